package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.process.Cases.MEDIATOR;
import static org.rjkit.process.Cases.OFFENDER;
import static org.rjkit.process.Cases.VICTIM;
import static org.rjkit.process.Cases.day;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Role;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.programmes.EnglandWalesVictimInitiated;
import org.rjkit.eligibility.programmes.Programmes;
import org.rjkit.process.confidentiality.ContentRef;
import org.rjkit.process.confidentiality.ExceptionGround;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.lifecycle.ClosureReason;
import org.rjkit.process.lifecycle.EligibilityDecision;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.Meeting;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent.CaseClosed;
import org.rjkit.process.lifecycle.ProcessEvent.CaseOpened;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentGiven;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentWithdrawn;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureAgreed;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureAgreementRevoked;
import org.rjkit.process.lifecycle.ProcessEvent.EligibilityRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.ExceptionRevoked;
import org.rjkit.process.lifecycle.ProcessEvent.MeetingCancelled;
import org.rjkit.process.lifecycle.ProcessEvent.MeetingScheduled;
import org.rjkit.process.lifecycle.ProcessEvent.ParticipantEnrolled;
import org.rjkit.process.lifecycle.ProcessEvent.ReviewRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.SafetyAssessed;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.lifecycle.ReviewOutcome;
import org.rjkit.process.lifecycle.TransitionRefusedException;
import org.rjkit.process.type.Channel;
import org.rjkit.process.type.ProcessType;

/**
 * The guards at their edges: the last stage a rule still allows, the last meeting, the opening
 * day, a closed case, and what a revocation or an exception may refer to. Each test states one
 * rule of the process as a programme officer would read it.
 */
class GuardEdgeCasesTest {

  private static TransitionRefusedException refused(Executable attempt) {
    return assertThrows(TransitionRefusedException.class, attempt);
  }

  private static ProcessCase closedAtIntake() {
    return Cases.victimsRequest(ProcessType.LETTERS).recordAll(
        new StageEntered(day(1), ProcessStage.INTAKE),
        new CaseClosed(day(2), ClosureReason.UNSUITABLE));
  }

  private static ProcessCase withOneMeeting() {
    return Cases.readyToCommunicate(ProcessType.DIRECT_MEDIATION).record(
        new MeetingScheduled(day(6), new Meeting(day(6), day(20), Channel.FACE_TO_FACE)));
  }

  // ------------------------------------------------------------------ screening and review

  @Test
  void a_screening_may_still_be_recorded_in_communication_the_last_stage_before_agreement() {
    ProcessCase c = Cases.inCommunication(ProcessType.LETTERS).record(
        new EligibilityRecorded(day(7), Cases.screening(Outcome.INELIGIBLE)));
    assertEquals(Outcome.INELIGIBLE, c.eligibility().orElseThrow().outcome());
    assertEquals(ProcessStage.COMMUNICATION, c.stage());
  }

  @Test
  void a_review_of_a_manual_review_screening_may_still_be_recorded_in_communication() {
    ProcessCase c = Cases.inCommunication(ProcessType.LETTERS).recordAll(
        new EligibilityRecorded(day(7), Cases.screening(Outcome.MANUAL_REVIEW)),
        new ReviewRecorded(day(7), ReviewOutcome.ACCEPTED));
    assertEquals(ReviewOutcome.ACCEPTED, c.review().orElseThrow());
  }

  @Test
  void a_closed_case_takes_no_screening_and_no_review_because_it_is_closed() {
    ProcessCase closed = closedAtIntake();
    assertEquals("PROC-CASE-CLOSED", refused(() -> closed.record(
        new EligibilityRecorded(day(3), Cases.screening(Outcome.ELIGIBLE)))).ruleId());
    assertEquals("PROC-CASE-CLOSED", refused(() -> closed.record(
        new ReviewRecorded(day(3), ReviewOutcome.ACCEPTED))).ruleId());
  }

  // ------------------------------------------------------------------ meetings

  @Test
  void the_last_meeting_scheduled_may_be_cancelled() {
    ProcessCase c = withOneMeeting().record(new MeetingCancelled(day(7), 1));
    assertTrue(c.isCancelled(1));
  }

  @Test
  void a_meeting_is_cancelled_once() {
    ProcessCase c = withOneMeeting().record(new MeetingCancelled(day(7), 1));
    assertThrows(IllegalArgumentException.class,
        () -> c.record(new MeetingCancelled(day(8), 1)));
  }

  @Test
  void a_meeting_never_scheduled_cannot_be_cancelled() {
    assertThrows(IllegalArgumentException.class,
        () -> withOneMeeting().record(new MeetingCancelled(day(7), 2)));
  }

  @Test
  void a_closed_case_cancels_no_meeting_because_it_is_closed() {
    ProcessCase closed = withOneMeeting().record(
        new CaseClosed(day(7), ClosureReason.UNSUITABLE));
    assertEquals("PROC-CASE-CLOSED",
        refused(() -> closed.record(new MeetingCancelled(day(8), 1))).ruleId());
  }

  // ------------------------------------------------------------------ withdrawal

  @Test
  void a_withdrawal_takes_effect_at_the_earliest_on_the_day_the_case_was_opened() {
    ProcessCase c = Cases.victimsRequest(ProcessType.LETTERS)
        .record(new StageEntered(day(1), ProcessStage.INTAKE));
    assertThrows(IllegalArgumentException.class,
        () -> c.record(new ConsentWithdrawn(day(2), OFFENDER, day(-1))));
    ProcessCase onTheOpeningDay = c.record(new ConsentWithdrawn(day(2), OFFENDER, day(0)));
    assertTrue(onTheOpeningDay.hasWithdrawn(OFFENDER));
    assertEquals(ClosureReason.WITHDRAWN, onTheOpeningDay.closure().orElseThrow(),
        "the offender is required");
  }

  // ------------------------------------------------------------------ enrolment

  @Test
  void someone_already_enrolled_is_not_enrolled_again_whatever_the_role() {
    ProcessCase c = Cases.victimsRequest(ProcessType.DIRECT_MEDIATION);
    // A community member takes no part in direct mediation: enrolling a new one is refused by
    // the role rule, but enrolling the offender again is malformed before any rule is asked.
    assertEquals("PROC-ENROLMENT-ROLE", refused(() -> c.record(new ParticipantEnrolled(day(1),
        Enrolment.of(ParticipantId.of("C1"), Role.COMMUNITY_MEMBER)))).ruleId());
    assertThrows(IllegalArgumentException.class, () -> c.record(new ParticipantEnrolled(day(1),
        Enrolment.of(OFFENDER, Role.COMMUNITY_MEMBER))));
  }

  // ------------------------------------------------------------------ disclosure agreements

  @Test
  void only_a_standing_agreement_to_disclosure_can_be_revoked() {
    ProcessCase c = Cases.inCommunication(ProcessType.LETTERS);
    assertThrows(IllegalArgumentException.class, () -> c.record(
        new DisclosureAgreementRevoked(day(7), VICTIM, RecipientKind.RESEARCHER)));
    ProcessCase agreed = c.record(new DisclosureAgreed(day(7), VICTIM, RecipientKind.RESEARCHER));
    assertThrows(IllegalArgumentException.class, () -> agreed.record(
        new DisclosureAgreementRevoked(day(8), OFFENDER, RecipientKind.RESEARCHER)),
        "the offender never agreed");
    assertThrows(IllegalArgumentException.class, () -> agreed.record(
        new DisclosureAgreementRevoked(day(8), VICTIM, RecipientKind.POLICE)),
        "the victim agreed to disclosure to researchers, not to the police");
    ProcessCase revoked = agreed.record(
        new DisclosureAgreementRevoked(day(8), VICTIM, RecipientKind.RESEARCHER));
    assertThrows(IllegalArgumentException.class, () -> revoked.record(
        new DisclosureAgreementRevoked(day(9), VICTIM, RecipientKind.RESEARCHER)),
        "revoked once");
  }

  // ------------------------------------------------------------------ exceptions

  @Test
  void an_exception_names_only_content_items_of_the_case() {
    ProcessCase c = Cases.inCommunication(ProcessType.LETTERS);
    assertThrows(IllegalArgumentException.class, () -> c.record(Cases.exception(day(7),
        ExceptionGround.IMMINENT_HARM, RecipientKind.POLICE, ContentRef.statement("S1"))),
        "no statement was recorded");
  }

  @Test
  void only_an_exception_that_was_established_can_be_revoked() {
    ProcessCase none = Cases.inCommunication(ProcessType.LETTERS);
    assertThrows(IllegalArgumentException.class, () -> none.record(new ExceptionRevoked(day(7),
        MEDIATOR, ExceptionGround.IMMINENT_HARM, RecipientKind.POLICE)));
    ProcessCase one = none.record(Cases.exception(day(7), ExceptionGround.IMMINENT_HARM,
        RecipientKind.POLICE));
    assertThrows(IllegalArgumentException.class, () -> one.record(new ExceptionRevoked(day(8),
        MEDIATOR, ExceptionGround.CHILD_PROTECTION, RecipientKind.POLICE)), "another ground");
    assertThrows(IllegalArgumentException.class, () -> one.record(new ExceptionRevoked(day(8),
        MEDIATOR, ExceptionGround.IMMINENT_HARM, RecipientKind.PROSECUTOR)),
        "another recipient");
    assertTrue(one.record(new ExceptionRevoked(day(8), MEDIATOR, ExceptionGround.IMMINENT_HARM,
        RecipientKind.POLICE)).exceptions().isEmpty());
  }

  @Test
  void only_the_facilitator_revokes_an_exception_not_a_party() {
    ProcessCase c = Cases.inCommunication(ProcessType.LETTERS).record(Cases.exception(day(7),
        ExceptionGround.IMMINENT_HARM, RecipientKind.POLICE));
    TransitionRefusedException e = refused(() -> c.record(new ExceptionRevoked(day(8), VICTIM,
        ExceptionGround.IMMINENT_HARM, RecipientKind.POLICE)));
    assertEquals("PROC-EXCEPTION-AUTHOR", e.ruleId());
    assertEquals(1, c.exceptions().size());
  }

  // ------------------------------------------------------------------ the agreement gate

  @Test
  void agreement_needs_suitability_on_the_latest_screening_recorded_in_communication() {
    ProcessCase c = Cases.inCommunication(ProcessType.CONFERENCING).record(
        new EligibilityRecorded(day(7), Cases.screening(Outcome.INELIGIBLE)));
    TransitionRefusedException e = refused(
        () -> c.record(new StageEntered(day(8), ProcessStage.AGREEMENT)));
    assertEquals("PROC-SUITABILITY", e.ruleId());
    assertEquals(ProcessStage.AGREEMENT, e.to());
  }

  @Test
  void an_oral_consent_given_again_in_communication_does_not_open_agreement_in_england_and_wales() {
    LocalDate opened = LocalDate.of(2026, 2, 2);
    LocalDate ready = LocalDate.of(2026, 3, 2);
    ProcessCase communicating = ProcessCase.open(new CaseOpened(opened, CaseId.of("EW-1"),
            Programmes.GB_EW_VICTIM_INITIATED, ProcessType.LETTERS,
            List.of(Enrolment.of(VICTIM, Role.VICTIM), Enrolment.of(OFFENDER, Role.OFFENDER)),
            VICTIM))
        .recordAll(new StageEntered(opened.plusDays(1), ProcessStage.INTAKE),
            new EligibilityRecorded(opened.plusDays(2), new EligibilityDecision(
                Programmes.GB_EW_VICTIM_INITIATED, "2026.1", opened.plusDays(2),
                Outcome.ELIGIBLE)),
            new StageEntered(opened.plusDays(2), ProcessStage.ASSESSMENT),
            new StageEntered(opened.plusDays(2), ProcessStage.PREPARATION),
            new ConsentGiven(ready, VICTIM, true, ConsentForm.WRITTEN),
            new ConsentGiven(ready, OFFENDER, true, ConsentForm.WRITTEN),
            new SafetyAssessed(ready, RiskLevel.LOW),
            new StageEntered(ready, ProcessStage.COMMUNICATION));
    ProcessCase oral = communicating.record(
        new ConsentGiven(ready.plusDays(1), VICTIM, true, ConsentForm.ORAL));
    assertEquals(ProcessStage.COMMUNICATION, oral.stage(), "an informed consent is current");
    TransitionRefusedException e = refused(
        () -> oral.record(new StageEntered(ready.plusDays(2), ProcessStage.AGREEMENT)));
    assertEquals("PROC-SUITABILITY", e.ruleId());
    assertEquals(List.of(VICTIM), e.participants());
    assertEquals(List.of(EnglandWalesVictimInitiated.CONSENT), e.details());
    assertEquals(ProcessStage.AGREEMENT, communicating.record(
        new StageEntered(ready.plusDays(2), ProcessStage.AGREEMENT)).stage(),
        "written consent opens agreement");
  }
}
