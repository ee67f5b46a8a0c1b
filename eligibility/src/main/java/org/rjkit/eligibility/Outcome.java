package org.rjkit.eligibility;

import org.rjkit.eligibility.rule.RuleStatus;

/**
 * The outcome of a screening, overall or for one phase. One rule NOT_MET makes it
 * {@link #INELIGIBLE}; otherwise any rule needing review makes it {@link #MANUAL_REVIEW};
 * otherwise any UNKNOWN makes it {@link #NEEDS_INFORMATION}; otherwise {@link #ELIGIBLE}.
 *
 * @since 1.0
 */
public enum Outcome {
  /** Every rule is met. */
  ELIGIBLE,
  /** At least one rule is not met. */
  INELIGIBLE,
  /** No rule is unmet or needs review, but a fact is missing. */
  NEEDS_INFORMATION,
  /** No rule is unmet, but at least one needs a decision-maker's review. */
  MANUAL_REVIEW;

  /**
   * The outcome of a set of rule statuses, by the dominance order NOT_MET, REVIEW, UNKNOWN, MET.
   *
   * @param statuses not null; an empty set gives ELIGIBLE
   * @return the outcome
   */
  public static Outcome of(Iterable<RuleStatus> statuses) {
    boolean review = false;
    boolean unknown = false;
    for (RuleStatus s : statuses) {
      switch (s) {
        case NOT_MET -> {
          return INELIGIBLE;
        }
        case REVIEW -> review = true;
        case UNKNOWN -> unknown = true;
        case MET -> { }
      }
    }
    if (review) {
      return MANUAL_REVIEW;
    }
    return unknown ? NEEDS_INFORMATION : ELIGIBLE;
  }
}
