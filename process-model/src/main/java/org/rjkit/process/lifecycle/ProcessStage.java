package org.rjkit.process.lifecycle;

import java.util.Optional;

/**
 * The stages of a restorative case, in order. Never persist {@link #ordinal()}.
 *
 * @since 1.0
 */
public enum ProcessStage {
  /** A request or referral has been received (GL 785-1 s.1). */
  REFERRAL,
  /** The request is being screened for eligibility. */
  INTAKE,
  /** The facilitator assesses the case, its safety and its suitability. */
  ASSESSMENT,
  /** The facilitator prepares the participants. */
  PREPARATION,
  /** The participants communicate: a meeting, or messages relayed by the facilitator. */
  COMMUNICATION,
  /** The parties work out an outcome agreement. */
  AGREEMENT,
  /** The agreement is followed up to completion. */
  FOLLOW_UP,
  /** The case is closed, with a {@link ClosureReason}. */
  CLOSED;

  /** {@return the stage that follows this one, if any (CLOSED follows only by closing)} */
  public Optional<ProcessStage> next() {
    return switch (this) {
      case REFERRAL -> Optional.of(INTAKE);
      case INTAKE -> Optional.of(ASSESSMENT);
      case ASSESSMENT -> Optional.of(PREPARATION);
      case PREPARATION -> Optional.of(COMMUNICATION);
      case COMMUNICATION -> Optional.of(AGREEMENT);
      case AGREEMENT -> Optional.of(FOLLOW_UP);
      case FOLLOW_UP, CLOSED -> Optional.empty();
    };
  }

  /** {@return whether the case is in or past communication and not closed} */
  public boolean isCommunicatingOrLater() {
    return this == COMMUNICATION || this == AGREEMENT || this == FOLLOW_UP;
  }
}
