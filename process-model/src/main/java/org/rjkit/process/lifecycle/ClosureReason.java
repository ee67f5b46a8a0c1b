package org.rjkit.process.lifecycle;

/**
 * Why a case was closed.
 *
 * @since 1.0
 */
public enum ClosureReason {
  /** The process ran its course (and any agreement was completed). */
  COMPLETED,
  /**
   * The agreement was followed up and at least one item was not completed. A fact about the
   * agreement, never a statement about guilt (UN para. 17, to be verified; ACT s.32A).
   */
  AGREEMENT_NOT_COMPLETED,
  /** The parties reached no agreement. */
  NO_AGREEMENT,
  /** A participant the process needs withdrew (CA-RO-21, CA-RO-22); set only by a withdrawal. */
  WITHDRAWN,
  /** The screening found the case ineligible, or a review declined it. */
  INELIGIBLE,
  /** The facilitator judged the case unsuitable. */
  UNSUITABLE,
  /** Closed for safety (CA-RO-27, CA-RO-28, EU-2). */
  SAFETY
}
