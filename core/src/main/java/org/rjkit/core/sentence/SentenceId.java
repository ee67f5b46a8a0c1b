package org.rjkit.core.sentence;

import org.rjkit.core.casefile.Identifier;

/**
 * The identifier of a sentence, unique within its document. Opaque: never a person's name.
 *
 * @param value matches {@link org.rjkit.core.casefile.Identifier#SYNTAX}
 */
public record SentenceId(String value) implements Comparable<SentenceId> {

  public SentenceId {
    Identifier.check(value, "sentence id");
  }

  /**
   * The identifier with this value.
   *
   * @param value matches {@link org.rjkit.core.casefile.Identifier#SYNTAX}
   * @return the identifier
   */
  public static SentenceId of(String value) {
    return new SentenceId(value);
  }

  @Override
  public int compareTo(SentenceId other) {
    return value.compareTo(other.value);
  }

  /** The value, exactly as {@link #of(String)} accepts it. */
  @Override
  public String toString() {
    return value;
  }
}
