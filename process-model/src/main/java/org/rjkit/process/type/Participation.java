package org.rjkit.process.type;

/**
 * Whether a process type needs a kind of participant.
 *
 * @since 1.0
 */
public enum Participation {
  /** The process cannot go ahead without at least one such participant's current consent. */
  REQUIRED,
  /** Such a participant may take part, with their own current consent, but is not needed. */
  MAY_JOIN,
  /** Such a participant does not take part in this process type. */
  NOT_INVOLVED;

  /** {@return whether such a participant takes part at all} */
  public boolean takesPart() {
    return this != NOT_INVOLVED;
  }
}
