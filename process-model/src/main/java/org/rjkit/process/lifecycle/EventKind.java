package org.rjkit.process.lifecycle;

/**
 * The kinds of {@link ProcessEvent}, one per variant, with the stable type name a stored history
 * uses ({@code "consent-withdrawn"}), never a Java class name. Code that handles events switches
 * over this enum, so that a new kind that is not handled fails to compile (a switch expression)
 * or fails a test.
 */
public enum EventKind {
  CASE_OPENED("case-opened", ProcessEvent.CaseOpened.class),
  PARTICIPANT_ENROLLED("participant-enrolled", ProcessEvent.ParticipantEnrolled.class),
  STAGE_ENTERED("stage-entered", ProcessEvent.StageEntered.class),
  CASE_CLOSED("case-closed", ProcessEvent.CaseClosed.class),
  CASE_REOPENED("case-reopened", ProcessEvent.CaseReopened.class),
  ELIGIBILITY_RECORDED("eligibility-recorded", ProcessEvent.EligibilityRecorded.class),
  REVIEW_RECORDED("review-recorded", ProcessEvent.ReviewRecorded.class),
  CONSENT_GIVEN("consent-given", ProcessEvent.ConsentGiven.class),
  CONSENT_WITHDRAWN("consent-withdrawn", ProcessEvent.ConsentWithdrawn.class),
  SAFETY_ASSESSED("safety-assessed", ProcessEvent.SafetyAssessed.class),
  PROCESS_TYPE_CHANGED("process-type-changed", ProcessEvent.ProcessTypeChanged.class),
  MEETING_SCHEDULED("meeting-scheduled", ProcessEvent.MeetingScheduled.class),
  MEETING_CANCELLED("meeting-cancelled", ProcessEvent.MeetingCancelled.class),
  MESSAGE_SUBMITTED("message-submitted", ProcessEvent.MessageSubmitted.class),
  MESSAGE_RELAYED("message-relayed", ProcessEvent.MessageRelayed.class),
  MESSAGE_RETURNED("message-returned", ProcessEvent.MessageReturned.class),
  STATEMENT_RECORDED("statement-recorded", ProcessEvent.StatementRecorded.class),
  AGREEMENT_PROPOSED("agreement-proposed", ProcessEvent.AgreementProposed.class),
  AGREEMENT_ASSENTED("agreement-assented", ProcessEvent.AgreementAssented.class),
  ITEM_FOLLOWED_UP("item-followed-up", ProcessEvent.ItemFollowedUp.class),
  DISCLOSURE_AGREED("disclosure-agreed", ProcessEvent.DisclosureAgreed.class),
  DISCLOSURE_AGREEMENT_REVOKED("disclosure-agreement-revoked", ProcessEvent.DisclosureAgreementRevoked.class),
  EXCEPTION_ESTABLISHED("exception-established", ProcessEvent.ExceptionEstablished.class),
  EXCEPTION_REVOKED("exception-revoked", ProcessEvent.ExceptionRevoked.class),
  DISCLOSURE_RECORDED("disclosure-recorded", ProcessEvent.DisclosureRecorded.class),
  WITHDRAWAL_FLAGGED("withdrawal-flagged", ProcessEvent.WithdrawalFlagged.class);

  private final String typeName;
  private final Class<? extends ProcessEvent> eventType;

  EventKind(String typeName, Class<? extends ProcessEvent> eventType) {
    this.typeName = typeName;
    this.eventType = eventType;
  }

  /** The stable type name used in stored histories. */
  public String typeName() {
    return typeName;
  }

  /**
   * The variant of the sealed {@link ProcessEvent} family of this kind: every event of this kind
   * is an instance of it, and every permitted variant has exactly one kind.
   *
   * @return the record class of the events of this kind
   */
  public Class<? extends ProcessEvent> eventType() {
    return eventType;
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
