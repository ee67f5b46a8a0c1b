package org.rjkit.process.lifecycle;

/**
 * A decision-maker's review of a screening whose outcome was MANUAL_REVIEW.
 *
 * @since 1.0
 */
public enum ReviewOutcome {
  /** The case is accepted into the programme. */
  ACCEPTED,
  /** The case is declined. */
  DECLINED
}
