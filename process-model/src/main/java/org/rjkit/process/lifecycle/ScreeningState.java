package org.rjkit.process.lifecycle;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * The screening of a case, part of its state: the latest screening decision recorded and the
 * review of that decision, if one was recorded after it. Immutable.
 *
 * @param decision the latest screening decision
 * @param review the review recorded after it
 */
record ScreeningState(Optional<EligibilityDecision> decision, Optional<ReviewOutcome> review) {

  /** Never screened. */
  static final ScreeningState NONE = new ScreeningState(Optional.empty(), Optional.empty());

  ScreeningState {
    checkNotNull(decision, "decision");
    checkNotNull(review, "review");
  }

  /** A new screening: it sets aside the review of the previous one. */
  ScreeningState screened(EligibilityDecision d) {
    return new ScreeningState(Optional.of(d), Optional.empty());
  }

  /** The review of the latest screening. */
  ScreeningState reviewed(ReviewOutcome outcome) {
    return new ScreeningState(decision, Optional.of(outcome));
  }

  /** Whether screened and reviewed, nothing else. */
  @Override
  public String toString() {
    return "ScreeningState[" + (decision.isPresent() ? "screened" : "not screened")
        + (review.isPresent() ? ", reviewed" : "") + "]";
  }
}
