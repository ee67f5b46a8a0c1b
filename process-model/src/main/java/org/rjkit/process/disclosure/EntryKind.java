package org.rjkit.process.disclosure;

/**
 * The kinds of process content a view lists.
 *
 * @since 1.0
 */
public enum EntryKind {
  /** A message, letter or recorded message carried by the facilitator. */
  MESSAGE,
  /** What a participant said, as recorded by the facilitator. */
  STATEMENT,
  /** An item of the outcome agreement. */
  AGREEMENT_ITEM
}
