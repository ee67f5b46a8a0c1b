package org.rjkit.core.screening;

import org.rjkit.core.casefile.Identifier;

/**
 * The identifier of a programme, unique within its document. Opaque: never a person's name.
 *
 * @param value matches {@link org.rjkit.core.casefile.Identifier#SYNTAX}
 */
public record ProgrammeId(String value) implements Comparable<ProgrammeId> {

  public ProgrammeId {
    Identifier.check(value, "programme id");
  }

  /**
   * The identifier with this value.
   *
   * @param value matches {@link org.rjkit.core.casefile.Identifier#SYNTAX}
   * @return the identifier
   */
  public static ProgrammeId of(String value) {
    return new ProgrammeId(value);
  }

  @Override
  public int compareTo(ProgrammeId other) {
    return value.compareTo(other.value);
  }

  /** The value, exactly as {@link #of(String)} accepts it. */
  @Override
  public String toString() {
    return value;
  }
}
