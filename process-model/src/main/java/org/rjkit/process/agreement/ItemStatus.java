package org.rjkit.process.agreement;

/**
 * Where an agreement item stands in follow-up. {@link #NOT_COMPLETED} records a fact about the
 * agreement, never a statement about guilt: failing to implement an agreement is not to be used
 * against the offender (UN Basic Principles para. 17, to be verified; ACT s.32A(f)).
 *
 * @since 1.0
 */
public enum ItemStatus {
  /** Agreed, not yet completed. */
  PENDING,
  /** Completed. */
  COMPLETED,
  /** Not completed. */
  NOT_COMPLETED
}
