package org.rjkit.process.confidentiality;

/**
 * The kinds of content item a case holds, each with its own id.
 *
 * @since 1.0
 */
public enum ContentKind {
  /** A message, letter or recorded message carried by the facilitator (its message id). */
  MESSAGE,
  /** What a participant said, as recorded by the facilitator (its statement id). */
  STATEMENT,
  /** An item of the outcome agreement (its agreement item id). */
  AGREEMENT_ITEM
}
