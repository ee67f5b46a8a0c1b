package org.rjkit.process.communication;

/**
 * Where a message stands with the facilitator.
 *
 * @since 1.0
 */
public enum MessageStatus {
  /** Submitted to the facilitator, not yet reviewed; the recipient does not see it. */
  SUBMITTED,
  /** Reviewed and relayed by the facilitator; the recipient sees it. */
  RELAYED,
  /** Reviewed and returned to its author; the recipient never sees it. */
  RETURNED
}
