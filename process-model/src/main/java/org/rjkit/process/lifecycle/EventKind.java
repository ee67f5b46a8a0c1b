package org.rjkit.process.lifecycle;

/**
 * The kinds of {@link ProcessEvent}, one per variant, with the stable type name a stored history
 * uses ({@code "consent-withdrawn"}), never a Java class name. Code that handles events switches
 * over this enum, so that a new kind that is not handled fails to compile (a switch expression)
 * or fails a test.
 *
 * @since 1.0
 */
public enum EventKind {
  /** The {@code case-opened} event. */
  CASE_OPENED("case-opened", ProcessEvent.CaseOpened.class),
  /** The {@code participant-enrolled} event. */
  PARTICIPANT_ENROLLED("participant-enrolled", ProcessEvent.ParticipantEnrolled.class),
  /** The {@code stage-entered} event. */
  STAGE_ENTERED("stage-entered", ProcessEvent.StageEntered.class),
  /** The {@code case-closed} event. */
  CASE_CLOSED("case-closed", ProcessEvent.CaseClosed.class),
  /** The {@code case-reopened} event. */
  CASE_REOPENED("case-reopened", ProcessEvent.CaseReopened.class),
  /** The {@code eligibility-recorded} event. */
  ELIGIBILITY_RECORDED("eligibility-recorded", ProcessEvent.EligibilityRecorded.class),
  /** The {@code review-recorded} event. */
  REVIEW_RECORDED("review-recorded", ProcessEvent.ReviewRecorded.class),
  /** The {@code consent-given} event. */
  CONSENT_GIVEN("consent-given", ProcessEvent.ConsentGiven.class),
  /** The {@code consent-withdrawn} event. */
  CONSENT_WITHDRAWN("consent-withdrawn", ProcessEvent.ConsentWithdrawn.class),
  /** The {@code safety-assessed} event. */
  SAFETY_ASSESSED("safety-assessed", ProcessEvent.SafetyAssessed.class),
  /** The {@code process-type-changed} event. */
  PROCESS_TYPE_CHANGED("process-type-changed", ProcessEvent.ProcessTypeChanged.class),
  /** The {@code meeting-scheduled} event. */
  MEETING_SCHEDULED("meeting-scheduled", ProcessEvent.MeetingScheduled.class),
  /** The {@code meeting-cancelled} event. */
  MEETING_CANCELLED("meeting-cancelled", ProcessEvent.MeetingCancelled.class),
  /** The {@code message-submitted} event. */
  MESSAGE_SUBMITTED("message-submitted", ProcessEvent.MessageSubmitted.class),
  /** The {@code message-relayed} event. */
  MESSAGE_RELAYED("message-relayed", ProcessEvent.MessageRelayed.class),
  /** The {@code message-returned} event. */
  MESSAGE_RETURNED("message-returned", ProcessEvent.MessageReturned.class),
  /** The {@code statement-recorded} event. */
  STATEMENT_RECORDED("statement-recorded", ProcessEvent.StatementRecorded.class),
  /** The {@code agreement-proposed} event. */
  AGREEMENT_PROPOSED("agreement-proposed", ProcessEvent.AgreementProposed.class),
  /** The {@code agreement-assented} event. */
  AGREEMENT_ASSENTED("agreement-assented", ProcessEvent.AgreementAssented.class),
  /** The {@code item-followed-up} event. */
  ITEM_FOLLOWED_UP("item-followed-up", ProcessEvent.ItemFollowedUp.class),
  /** The {@code disclosure-agreed} event. */
  DISCLOSURE_AGREED("disclosure-agreed", ProcessEvent.DisclosureAgreed.class),
  /** The {@code disclosure-agreement-revoked} event. */
  DISCLOSURE_AGREEMENT_REVOKED("disclosure-agreement-revoked", ProcessEvent.DisclosureAgreementRevoked.class),
  /** The {@code exception-established} event. */
  EXCEPTION_ESTABLISHED("exception-established", ProcessEvent.ExceptionEstablished.class),
  /** The {@code exception-revoked} event. */
  EXCEPTION_REVOKED("exception-revoked", ProcessEvent.ExceptionRevoked.class),
  /** The {@code disclosure-recorded} event. */
  DISCLOSURE_RECORDED("disclosure-recorded", ProcessEvent.DisclosureRecorded.class),
  /** The {@code withdrawal-flagged} event. */
  WITHDRAWAL_FLAGGED("withdrawal-flagged", ProcessEvent.WithdrawalFlagged.class);

  private final String typeName;
  private final Class<? extends ProcessEvent> eventType;

  EventKind(String typeName, Class<? extends ProcessEvent> eventType) {
    this.typeName = typeName;
    this.eventType = eventType;
  }

  /** {@return the stable type name used in stored histories} */
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
