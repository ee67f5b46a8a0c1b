package org.rjkit.process.lifecycle;

/**
 * The kinds of {@link ProcessEvent}, one per variant, with the stable type name a stored history
 * uses ({@code "consent-withdrawn"}), never a Java class name. Code that handles events switches
 * over this enum, so that a new kind that is not handled fails to compile (a switch expression)
 * or fails a test.
 */
public enum EventKind {
  CASE_OPENED("case-opened"),
  PARTICIPANT_ENROLLED("participant-enrolled"),
  STAGE_ENTERED("stage-entered"),
  CASE_CLOSED("case-closed"),
  CASE_REOPENED("case-reopened"),
  ELIGIBILITY_RECORDED("eligibility-recorded"),
  REVIEW_RECORDED("review-recorded"),
  CONSENT_GIVEN("consent-given"),
  CONSENT_WITHDRAWN("consent-withdrawn"),
  SAFETY_ASSESSED("safety-assessed"),
  PROCESS_TYPE_CHANGED("process-type-changed"),
  MEETING_SCHEDULED("meeting-scheduled"),
  MEETING_CANCELLED("meeting-cancelled"),
  MESSAGE_SUBMITTED("message-submitted"),
  MESSAGE_RELAYED("message-relayed"),
  MESSAGE_RETURNED("message-returned"),
  STATEMENT_RECORDED("statement-recorded"),
  AGREEMENT_PROPOSED("agreement-proposed"),
  AGREEMENT_ASSENTED("agreement-assented"),
  ITEM_FOLLOWED_UP("item-followed-up"),
  DISCLOSURE_AGREED("disclosure-agreed"),
  DISCLOSURE_AGREEMENT_REVOKED("disclosure-agreement-revoked"),
  EXCEPTION_ESTABLISHED("exception-established"),
  EXCEPTION_REVOKED("exception-revoked"),
  DISCLOSURE_RECORDED("disclosure-recorded"),
  WITHDRAWAL_FLAGGED("withdrawal-flagged");

  private final String typeName;

  EventKind(String typeName) {
    this.typeName = typeName;
  }

  /** The stable type name used in stored histories. */
  public String typeName() {
    return typeName;
  }

  /**
   * The kind with a type name.
   *
   * @param typeName not null
   * @return the kind, if there is one with this name
   */
  public static java.util.Optional<EventKind> ofTypeName(String typeName) {
    for (EventKind k : values()) {
      if (k.typeName.equals(typeName)) {
        return java.util.Optional.of(k);
      }
    }
    return java.util.Optional.empty();
  }
}
