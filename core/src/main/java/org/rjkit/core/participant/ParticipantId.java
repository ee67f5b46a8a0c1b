package org.rjkit.core.participant;

import org.rjkit.core.casefile.Identifier;

/**
 * The identifier of a participant, unique within its document. Opaque: never a person's name.
 *
 * @param value matches {@link org.rjkit.core.casefile.Identifier#SYNTAX}
 */
public record ParticipantId(String value) implements Comparable<ParticipantId> {

  public ParticipantId {
    Identifier.check(value, "participant id");
  }

  /**
   * The identifier with this value.
   *
   * @param value matches {@link org.rjkit.core.casefile.Identifier#SYNTAX}
   * @return the identifier
   */
  public static ParticipantId of(String value) {
    return new ParticipantId(value);
  }

  @Override
  public int compareTo(ParticipantId other) {
    return value.compareTo(other.value);
  }

  /** The value, exactly as {@link #of(String)} accepts it. */
  @Override
  public String toString() {
    return value;
  }
}
