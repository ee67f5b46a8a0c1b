package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.process.Cases.MEDIATOR;
import static org.rjkit.process.Cases.OFFENDER;
import static org.rjkit.process.Cases.VICTIM;
import static org.rjkit.process.Cases.VICTIMS_MOTHER;
import static org.rjkit.process.Cases.day;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.consent.ConsentStatus;
import org.rjkit.core.participant.Role;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.eligibility.Outcome;
import org.rjkit.process.lifecycle.ClosureReason;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.LifecycleRule;
import org.rjkit.process.lifecycle.Meeting;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent;
import org.rjkit.process.lifecycle.ProcessEvent.CaseClosed;
import org.rjkit.process.lifecycle.ProcessEvent.CaseReopened;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentGiven;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentWithdrawn;
import org.rjkit.process.lifecycle.ProcessEvent.EligibilityRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.MeetingScheduled;
import org.rjkit.process.lifecycle.ProcessEvent.ParticipantEnrolled;
import org.rjkit.process.lifecycle.ProcessEvent.ProcessTypeChanged;
import org.rjkit.process.lifecycle.ProcessEvent.ReviewRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.SafetyAssessed;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.lifecycle.ReviewOutcome;
import org.rjkit.process.lifecycle.TransitionRefusedException;
import org.rjkit.process.type.Channel;
import org.rjkit.process.type.ProcessType;

class CaseLifecycleTest {

  private static ProcessCase inIntake() {
    return Cases.victimsRequest(ProcessType.DIRECT_MEDIATION)
        .record(new StageEntered(day(1), ProcessStage.INTAKE));
  }

  @ParameterizedTest(name = "screening {0}, review {1}: leaves intake = {2}")
  @CsvSource(delimiter = '|', textBlock = """
      ELIGIBLE          | NONE     | true
      INELIGIBLE        | NONE     | false
      NEEDS_INFORMATION | NONE     | false
      MANUAL_REVIEW     | NONE     | false
      MANUAL_REVIEW     | ACCEPTED | true
      MANUAL_REVIEW     | DECLINED | false
      """)
  void a_case_leaves_intake_only_when_eligible_or_accepted_on_review(Outcome outcome,
      String review, boolean leaves) {
    ProcessCase c = inIntake().record(new EligibilityRecorded(day(1), Cases.screening(outcome)));
    if (!review.equals("NONE")) {
      c = c.record(new ReviewRecorded(day(2), ReviewOutcome.valueOf(review)));
    }
    StageEntered toAssessment = new StageEntered(day(2), ProcessStage.ASSESSMENT);
    if (leaves) {
      assertEquals(ProcessStage.ASSESSMENT, c.record(toAssessment).stage());
    } else {
      ProcessCase before = c;
      TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
          () -> before.record(toAssessment));
      assertEquals("PROC-INTAKE-ELIGIBLE", e.ruleId());
      assertEquals(ProcessStage.INTAKE, e.from());
      assertEquals(ProcessStage.ASSESSMENT, e.to());
    }
  }

  @Test
  void a_review_is_recorded_only_for_a_screening_that_called_for_manual_review() {
    ProcessCase eligible = inIntake()
        .record(new EligibilityRecorded(day(1), Cases.screening(Outcome.ELIGIBLE)));
    TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
        () -> eligible.record(new ReviewRecorded(day(2), ReviewOutcome.ACCEPTED)));
    assertEquals(LifecycleRule.SCREENING_AT_INTAKE, e.rule());
  }

  @Test
  void a_refused_transition_is_an_exception_carrying_from_to_rule_reason_and_sources() {
    ProcessCase c = Cases.inPreparation(ProcessType.DIRECT_MEDIATION);
    TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
        () -> c.record(new StageEntered(day(6), ProcessStage.COMMUNICATION)));
    assertEquals(ProcessStage.PREPARATION, e.from());
    assertEquals(ProcessStage.COMMUNICATION, e.to());
    assertEquals("PROC-COMMUNICATION-CONSENT", e.ruleId());
    assertEquals("StageEntered", e.event());
    assertEquals(List.of(VICTIM, OFFENDER), e.participants());
    assertTrue(e.reason().in(org.rjkit.core.language.Language.FR).contains("consentement"));
    assertTrue(e.citations().stream().anyMatch(x -> x.provision().equals("s. 26.1(2)")));
    assertTrue(e.getMessage().contains("PREPARATION -> COMMUNICATION"));
  }

  @Test
  void communication_needs_the_current_consent_of_every_participant_the_process_type_needs() {
    ProcessCase onlyVictim = Cases.inPreparation(ProcessType.DIRECT_MEDIATION).recordAll(
        new ConsentGiven(day(4), VICTIM, true, ConsentForm.WRITTEN),
        new SafetyAssessed(day(5), RiskLevel.LOW));
    TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
        () -> onlyVictim.record(new StageEntered(day(6), ProcessStage.COMMUNICATION)));
    assertEquals(List.of(OFFENDER), e.participants());
  }

  @Test
  void consent_given_without_being_informed_does_not_count() {
    ProcessCase c = Cases.inPreparation(ProcessType.LETTERS).recordAll(
        new ConsentGiven(day(4), VICTIM, true, ConsentForm.WRITTEN),
        new ConsentGiven(day(4), OFFENDER, false, ConsentForm.ORAL),
        new SafetyAssessed(day(5), RiskLevel.NONE));
    TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
        () -> c.record(new StageEntered(day(6), ProcessStage.COMMUNICATION)));
    assertEquals(List.of(OFFENDER), e.participants());
  }

  @ParameterizedTest(name = "latest risk {0}: communication allowed = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      NONE     | true
      LOW      | true
      MODERATE | true
      HIGH     | true
      DANGER   | false
      """)
  void communication_needs_a_safety_assessment_that_does_not_find_danger(RiskLevel risk,
      boolean allowed) {
    ProcessCase c = Cases.readyToCommunicate(ProcessType.DIRECT_MEDIATION)
        .record(new SafetyAssessed(day(6), risk));
    StageEntered toCommunication = new StageEntered(day(6), ProcessStage.COMMUNICATION);
    if (allowed) {
      assertEquals(ProcessStage.COMMUNICATION, c.record(toCommunication).stage());
    } else {
      assertEquals("PROC-COMMUNICATION-SAFETY",
          assertThrows(TransitionRefusedException.class, () -> c.record(toCommunication))
              .ruleId());
    }
  }

  @Test
  void communication_without_any_safety_assessment_is_refused() {
    ProcessCase c = Cases.inPreparation(ProcessType.LETTERS).recordAll(
        new ConsentGiven(day(4), VICTIM, true, ConsentForm.WRITTEN),
        new ConsentGiven(day(4), OFFENDER, true, ConsentForm.WRITTEN));
    assertEquals("PROC-COMMUNICATION-SAFETY", assertThrows(TransitionRefusedException.class,
        () -> c.record(new StageEntered(day(6), ProcessStage.COMMUNICATION))).ruleId());
  }

  @Test
  void a_meeting_cannot_be_scheduled_while_the_offenders_consent_is_withdrawn() {
    ProcessCase c = Cases.readyToCommunicate(ProcessType.DIRECT_MEDIATION)
        .record(new ConsentWithdrawn(day(6), OFFENDER));
    TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
        () -> c.record(new MeetingScheduled(day(7),
            new Meeting(day(7), day(20), Channel.FACE_TO_FACE))));
    assertEquals("PROC-CASE-CLOSED", e.ruleId());
    assertEquals(ProcessStage.CLOSED, c.stage());
    assertEquals(ClosureReason.WITHDRAWN, c.closure().orElseThrow());
  }

  @Test
  void a_meeting_cannot_be_scheduled_before_the_offender_consents() {
    ProcessCase c = Cases.inPreparation(ProcessType.DIRECT_MEDIATION).recordAll(
        new ConsentGiven(day(4), VICTIM, true, ConsentForm.WRITTEN),
        new SafetyAssessed(day(5), RiskLevel.LOW));
    TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
        () -> c.record(new MeetingScheduled(day(7),
            new Meeting(day(7), day(20), Channel.FACE_TO_FACE))));
    assertEquals("PROC-COMMUNICATION-CONSENT", e.ruleId());
    assertEquals(List.of(OFFENDER), e.participants());
  }

  @Test
  void a_meeting_is_scheduled_once_both_consent_and_the_risk_is_not_danger() {
    ProcessCase c = Cases.readyToCommunicate(ProcessType.DIRECT_MEDIATION)
        .record(new MeetingScheduled(day(7), new Meeting(day(7), day(20), Channel.VIDEO_CONFERENCE)));
    assertEquals(1, c.meetings().size());
  }

  @Test
  void letters_hold_no_meeting() {
    ProcessCase c = Cases.readyToCommunicate(ProcessType.LETTERS);
    assertEquals("PROC-MEETING-TYPE", assertThrows(TransitionRefusedException.class,
        () -> c.record(new MeetingScheduled(day(7),
            new Meeting(day(7), day(20), Channel.FACE_TO_FACE)))).ruleId());
  }

  @ParameterizedTest(name = "withdrawal in {0}")
  @CsvSource(textBlock = """
      REFERRAL
      INTAKE
      ASSESSMENT
      PREPARATION
      COMMUNICATION
      """)
  void a_withdrawal_takes_effect_at_once_from_any_stage_and_closes_a_case_that_needs_that_person(
      ProcessStage stage) {
    ProcessCase c = caseIn(stage).record(new ConsentWithdrawn(day(7), VICTIM));
    assertEquals(ProcessStage.CLOSED, c.stage());
    assertEquals(ClosureReason.WITHDRAWN, c.closure().orElseThrow());
    assertTrue(c.hasWithdrawn(VICTIM));
    assertFalse(c.consentOn(VICTIM, day(7)).status().isCurrent());
    ProcessEvent last = c.history().get(c.history().size() - 1);
    assertEquals(new CaseClosed(day(7), ClosureReason.WITHDRAWN), last);
  }

  private static ProcessCase caseIn(ProcessStage stage) {
    ProcessCase c = Cases.inCommunication(ProcessType.INDIRECT_MEDIATION);
    int index = 0;
    for (int i = 0; i < c.history().size(); i++) {
      if (c.history().get(i) instanceof StageEntered s && s.stage() == stage) {
        index = i;
      }
    }
    return ProcessCase.replay(stage == ProcessStage.REFERRAL ? c.history().subList(0, 1)
        : c.history().subList(0, index + 1));
  }

  @Test
  void community_reparation_goes_ahead_without_the_victim_who_withdraws() {
    ProcessCase c = Cases.inCommunication(ProcessType.COMMUNITY_REPARATION)
        .record(new ConsentWithdrawn(day(7), VICTIM));
    assertEquals(ProcessStage.COMMUNICATION, c.stage());
    assertTrue(c.hasWithdrawn(VICTIM));
    assertEquals(ProcessStage.AGREEMENT,
        c.record(new StageEntered(day(8), ProcessStage.AGREEMENT)).stage());
  }

  @Test
  void a_case_continues_without_a_victim_side_participant_when_another_still_takes_part() {
    ProcessCase c = Cases.inPreparation(ProcessType.LETTERS).recordAll(
        new ParticipantEnrolled(day(3), Enrolment.of(VICTIMS_MOTHER, Role.VICTIM_FAMILY_MEMBER)),
        new ConsentGiven(day(4), VICTIM, true, ConsentForm.WRITTEN),
        new ConsentGiven(day(4), VICTIMS_MOTHER, true, ConsentForm.WRITTEN),
        new ConsentGiven(day(4), OFFENDER, true, ConsentForm.WRITTEN),
        new SafetyAssessed(day(5), RiskLevel.LOW),
        new StageEntered(day(6), ProcessStage.COMMUNICATION),
        new ConsentWithdrawn(day(7), VICTIMS_MOTHER));
    assertEquals(ProcessStage.COMMUNICATION, c.stage());
  }

  @Test
  void a_person_who_withdrew_may_come_back_and_the_history_shows_both() {
    ProcessCase withdrawn = Cases.inCommunication(ProcessType.LETTERS)
        .record(new ConsentWithdrawn(day(7), OFFENDER));
    assertEquals(ClosureReason.WITHDRAWN, withdrawn.closure().orElseThrow());
    ProcessCase back = withdrawn.recordAll(
        new ConsentGiven(day(40), OFFENDER, true, ConsentForm.WRITTEN),
        new CaseReopened(day(41)));
    assertEquals(ProcessStage.PREPARATION, back.stage());
    assertEquals(ConsentStatus.CURRENT, back.consentOn(OFFENDER, day(41)).status());
    assertEquals(ConsentStatus.WITHDRAWN, back.consentOn(OFFENDER, day(39)).status());
    assertEquals(2, back.consents().records().stream()
        .filter(r -> r.participantId().equals(OFFENDER)).count());
    assertTrue(back.history().contains(new ConsentWithdrawn(day(7), OFFENDER)));
    assertTrue(back.history().contains(new ConsentGiven(day(40), OFFENDER, true,
        ConsentForm.WRITTEN)));
  }

  @Test
  void a_case_closed_on_a_withdrawal_does_not_reopen_without_a_new_consent() {
    ProcessCase withdrawn = Cases.inCommunication(ProcessType.LETTERS)
        .record(new ConsentWithdrawn(day(7), OFFENDER));
    assertEquals("PROC-REOPEN-AFTER-WITHDRAWAL", assertThrows(TransitionRefusedException.class,
        () -> withdrawn.record(new CaseReopened(day(8)))).ruleId());
  }

  @Test
  void each_later_stage_rechecks_consent() {
    ProcessCase c = Cases.inCommunication(ProcessType.LETTERS).record(
        new ParticipantEnrolled(day(7), Enrolment.of(VICTIMS_MOTHER, Role.VICTIM_FAMILY_MEMBER)));
    TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
        () -> c.record(new StageEntered(day(8), ProcessStage.AGREEMENT)));
    assertEquals("PROC-CONSENT-AT-EVERY-STAGE", e.ruleId());
    assertEquals(List.of(VICTIMS_MOTHER), e.participants());
  }

  @Test
  void a_danger_assessment_during_communication_returns_the_case_to_preparation() {
    ProcessCase c = Cases.inCommunication(ProcessType.DIRECT_MEDIATION)
        .record(new SafetyAssessed(day(8), RiskLevel.DANGER));
    assertEquals(ProcessStage.PREPARATION, c.stage());
  }

  @Test
  void a_victim_who_will_not_meet_may_write_instead() {
    ProcessCase c = Cases.inCommunication(ProcessType.DIRECT_MEDIATION)
        .record(new ProcessTypeChanged(day(8), ProcessType.LETTERS));
    assertEquals(ProcessType.LETTERS, c.processType());
    assertEquals(ProcessStage.COMMUNICATION, c.stage());
  }

  @ParameterizedTest(name = "{0} -> {1} is refused")
  @CsvSource(delimiter = '|', textBlock = """
      REFERRAL      | ASSESSMENT
      REFERRAL      | COMMUNICATION
      PREPARATION   | AGREEMENT
      PREPARATION   | FOLLOW_UP
      """)
  void stages_cannot_be_skipped(ProcessStage from, ProcessStage to) {
    ProcessCase c = caseIn(from);
    TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
        () -> c.record(new StageEntered(day(9), to)));
    assertEquals("PROC-STAGE-ORDER", e.ruleId());
    assertEquals(from, e.from());
    assertEquals(to, e.to());
  }

  @ParameterizedTest(name = "closing as {0} in {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      WITHDRAWN     | COMMUNICATION | PROC-CLOSE-WITHDRAWN
      COMPLETED     | PREPARATION   | PROC-CLOSE-COMPLETED
      NO_AGREEMENT  | PREPARATION   | PROC-CLOSE-NO-AGREEMENT
      INELIGIBLE    | PREPARATION   | PROC-CLOSE-INELIGIBLE
      AGREEMENT_NOT_COMPLETED | COMMUNICATION | PROC-CLOSE-AGREEMENT-NOT-COMPLETED
      SAFETY        | PREPARATION   | ALLOWED
      UNSUITABLE    | ASSESSMENT    | ALLOWED
      COMPLETED     | COMMUNICATION | ALLOWED
      NO_AGREEMENT  | COMMUNICATION | ALLOWED
      """)
  void a_case_closes_for_a_reason_that_fits_its_stage(ClosureReason reason, ProcessStage stage,
      String expected) {
    ProcessCase c = caseIn(stage);
    CaseClosed close = new CaseClosed(day(9), reason);
    if (expected.equals("ALLOWED")) {
      assertEquals(reason, c.record(close).closure().orElseThrow());
    } else {
      assertEquals(expected,
          assertThrows(TransitionRefusedException.class, () -> c.record(close)).ruleId());
    }
  }

  @Test
  void a_closed_case_does_not_move() {
    ProcessCase closed = Cases.inCommunication(ProcessType.LETTERS)
        .record(new CaseClosed(day(9), ClosureReason.COMPLETED));
    assertEquals("PROC-CASE-CLOSED", assertThrows(TransitionRefusedException.class,
        () -> closed.record(new SafetyAssessed(day(10), RiskLevel.LOW))).ruleId());
  }

  @Test
  void events_cannot_be_dated_before_the_last_event() {
    ProcessCase c = Cases.inCommunication(ProcessType.LETTERS);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> c.record(new ConsentWithdrawn(day(1), VICTIM)));
    assertFalse(e.getMessage().contains(day(1).toString()));
  }

  @Test
  void replaying_the_history_gives_the_same_case() {
    ProcessCase c = Cases.inCommunication(ProcessType.DIRECT_MEDIATION).recordAll(
        new ConsentWithdrawn(day(8), OFFENDER),
        new ConsentGiven(day(9), OFFENDER, true, ConsentForm.ORAL_RECORDED),
        new CaseReopened(day(10)));
    assertEquals(c, ProcessCase.replay(c.history()));
    assertEquals(c.toString(), ProcessCase.replay(c.history()).toString());
  }

  @Test
  void the_mediator_needs_no_consent() {
    ProcessCase c = Cases.inCommunication(ProcessType.LETTERS);
    assertEquals(ConsentStatus.NO_RECORD, c.consentOn(MEDIATOR, day(6)).status());
    assertEquals(ProcessStage.COMMUNICATION, c.stage());
  }
}
