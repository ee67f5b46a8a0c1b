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
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.language.Language;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Role;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.eligibility.Outcome;
import org.rjkit.process.agreement.AgreementItem;
import org.rjkit.process.agreement.AgreementItemId;
import org.rjkit.process.agreement.AgreementTerm;
import org.rjkit.process.agreement.ItemStatus;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.communication.MessageStatus;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.lifecycle.ClosureReason;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.LifecycleRule;
import org.rjkit.process.lifecycle.Meeting;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementAssented;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementProposed;
import org.rjkit.process.lifecycle.ProcessEvent.CaseClosed;
import org.rjkit.process.lifecycle.ProcessEvent.CaseOpened;
import org.rjkit.process.lifecycle.ProcessEvent.CaseReopened;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentGiven;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentWithdrawn;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureAgreed;
import org.rjkit.process.lifecycle.ProcessEvent.EligibilityRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.ItemFollowedUp;
import org.rjkit.process.lifecycle.ProcessEvent.MeetingScheduled;
import org.rjkit.process.lifecycle.ProcessEvent.MessageRelayed;
import org.rjkit.process.lifecycle.ProcessEvent.MessageReturned;
import org.rjkit.process.lifecycle.ProcessEvent.MessageSubmitted;
import org.rjkit.process.lifecycle.ProcessEvent.ParticipantEnrolled;
import org.rjkit.process.lifecycle.ProcessEvent.ProcessTypeChanged;
import org.rjkit.process.lifecycle.ProcessEvent.ReviewRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.SafetyAssessed;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessEvent.StatementRecorded;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.lifecycle.ReviewOutcome;
import org.rjkit.process.lifecycle.TransitionRefusedException;
import org.rjkit.process.type.Channel;
import org.rjkit.process.type.ProcessType;

/**
 * The guards of the case lifecycle, one rule at a time: each refusal names its rule id, the stage
 * the case is in and the one it would have reached, and the rule's sources.
 */
class LifecycleGuardsTest {

  private static final MessageId M1 = MessageId.of("M1");
  private static final AgreementItemId I1 = AgreementItemId.of("I1");
  private static final ParticipantId NEIGHBOUR = ParticipantId.of("C1");
  private static final ParticipantId OFFENDERS_BROTHER = ParticipantId.of("OF1");

  private static TransitionRefusedException refused(Executable attempt) {
    return assertThrows(TransitionRefusedException.class, attempt);
  }

  private static ProcessEvent last(ProcessCase c) {
    return c.history().get(c.history().size() - 1);
  }

  private static ProcessCase inIntake() {
    return Cases.victimsRequest(ProcessType.DIRECT_MEDIATION)
        .record(new StageEntered(day(1), ProcessStage.INTAKE));
  }

  private static ProcessCase inAgreement(ProcessType type) {
    return Cases.inCommunication(type).record(new StageEntered(day(8), ProcessStage.AGREEMENT));
  }

  private static AgreementItem apologyConcerning(ParticipantId... parties) {
    return new AgreementItem(I1, new AgreementTerm.Apology(ProcessContent.of("a letter")),
        List.of(parties));
  }

  /** Letters with the victim's mother as a second harmed party, all consenting, in communication. */
  private static ProcessCase lettersWithTheVictimsMother() {
    return Cases.inPreparation(ProcessType.LETTERS).recordAll(
        new ParticipantEnrolled(day(3), Enrolment.of(VICTIMS_MOTHER, Role.VICTIM_FAMILY_MEMBER)),
        new ConsentGiven(day(4), VICTIM, true, ConsentForm.WRITTEN),
        new ConsentGiven(day(4), VICTIMS_MOTHER, true, ConsentForm.WRITTEN),
        new ConsentGiven(day(4), OFFENDER, true, ConsentForm.WRITTEN),
        new SafetyAssessed(day(5), RiskLevel.LOW),
        new StageEntered(day(6), ProcessStage.COMMUNICATION));
  }

  // ------------------------------------------------------------------ a refusal's facts

  @Test
  void a_refusal_for_missing_consent_names_the_people_in_its_message_and_nothing_they_said() {
    ProcessCase c = Cases.inPreparation(ProcessType.DIRECT_MEDIATION);
    TransitionRefusedException e = refused(
        () -> c.record(new StageEntered(day(6), ProcessStage.COMMUNICATION)));
    assertEquals(c.caseId(), e.caseId());
    assertEquals(LifecycleRule.COMMUNICATION_CONSENT, e.rule());
    assertEquals(LifecycleRule.COMMUNICATION_CONSENT.citations(), e.citations());
    assertEquals(LifecycleRule.COMMUNICATION_CONSENT.reason().in(Language.EN)
        + " Missing current consent: V1 and O1.", e.reason().in(Language.EN));
    assertEquals(LifecycleRule.COMMUNICATION_CONSENT.reason().in(Language.FR)
        + " Consentement actuel manquant : V1 et O1.", e.reason().in(Language.FR));
    assertEquals("case RO-2026-0001: PREPARATION -> COMMUNICATION (StageEntered) refused by "
        + "PROC-COMMUNICATION-CONSENT: " + LifecycleRule.COMMUNICATION_CONSENT.reason().in(
            Language.EN) + " Missing current consent: V1 and O1.", e.getMessage());
  }

  @Test
  void a_refusal_for_another_reason_names_nobody() {
    ProcessCase c = Cases.inPreparation(ProcessType.LETTERS);
    TransitionRefusedException e = refused(
        () -> c.record(new StageEntered(day(6), ProcessStage.FOLLOW_UP)));
    assertTrue(e.participants().isEmpty());
    assertFalse(e.getMessage().contains("Missing current consent"));
  }

  @Test
  void every_lifecycle_rule_has_a_stable_id_a_bilingual_reason_and_a_source() {
    for (LifecycleRule rule : LifecycleRule.values()) {
      assertTrue(rule.id().startsWith("PROC-"), rule.name());
      assertFalse(rule.reason().in(org.rjkit.core.language.Language.EN).isBlank(), rule.name());
      assertFalse(rule.reason().in(org.rjkit.core.language.Language.FR).isBlank(), rule.name());
      assertFalse(rule.citations().isEmpty(), rule.name());
    }
  }

  @Test
  void a_closed_case_takes_no_new_message_and_no_agreement() {
    ProcessCase letters = Cases.inCommunication(ProcessType.LETTERS)
        .record(new CaseClosed(day(7), ClosureReason.NO_AGREEMENT));
    assertEquals("PROC-CASE-CLOSED", refused(() -> letters.record(new MessageSubmitted(day(8),
        M1, VICTIM, OFFENDER, Channel.LETTER, ProcessContent.of("a letter")))).ruleId());
    ProcessCase reparation = inAgreement(ProcessType.COMMUNITY_REPARATION)
        .record(new CaseClosed(day(9), ClosureReason.NO_AGREEMENT));
    assertEquals("PROC-CASE-CLOSED", refused(() -> reparation.record(
        new AgreementProposed(day(10), List.of(apologyConcerning(OFFENDER))))).ruleId());
  }

  @Test
  void a_malformed_event_is_rejected_as_malformed_before_any_guard_is_asked() {
    ProcessCase closed = Cases.inPreparation(ProcessType.LETTERS)
        .record(new CaseClosed(day(9), ClosureReason.UNSUITABLE));
    assertThrows(IllegalArgumentException.class,
        () -> closed.record(new SafetyAssessed(day(8), RiskLevel.LOW)));
    ProcessCase c = lettersWithTheVictimsMother().recordAll(
        new MessageSubmitted(day(7), M1, VICTIM, OFFENDER, Channel.LETTER,
            ProcessContent.of("a letter")),
        new ConsentWithdrawn(day(8), VICTIMS_MOTHER));
    assertThrows(IllegalArgumentException.class, () -> c.record(new MessageSubmitted(day(9), M1,
        VICTIMS_MOTHER, OFFENDER, Channel.LETTER, ProcessContent.of("another letter"))));
  }

  // ------------------------------------------------------------------ screening

  @Test
  void screening_may_be_recorded_at_referral_or_intake() {
    ProcessCase atReferral = Cases.victimsRequest(ProcessType.LETTERS)
        .record(new EligibilityRecorded(day(1), Cases.screening(Outcome.ELIGIBLE)));
    assertEquals(Outcome.ELIGIBLE, atReferral.eligibility().orElseThrow().outcome());
    ProcessCase atIntake = inIntake()
        .record(new EligibilityRecorded(day(1), Cases.screening(Outcome.INELIGIBLE)));
    assertEquals(Outcome.INELIGIBLE, atIntake.eligibility().orElseThrow().outcome());
  }

  @Test
  void screening_is_not_recorded_once_the_case_has_left_communication() {
    // Spec changed (issue 10): a case is screened again on its current facts before
    // communication, so screening is recorded up to communication, never after.
    ProcessCase c = Cases.inCommunication(ProcessType.CONFERENCING).record(
        new StageEntered(day(7), ProcessStage.AGREEMENT));
    TransitionRefusedException e = refused(() -> c.record(
        new EligibilityRecorded(day(8), Cases.screening(Outcome.INELIGIBLE))));
    assertEquals("PROC-SCREENING-AT-INTAKE", e.ruleId());
    assertEquals(ProcessStage.AGREEMENT, e.to());
    assertEquals(Outcome.INELIGIBLE, Cases.inPreparation(ProcessType.LETTERS).record(
        new EligibilityRecorded(day(4), Cases.screening(Outcome.INELIGIBLE))).eligibility()
        .orElseThrow().outcome());
  }

  @Test
  void a_review_may_follow_a_manual_review_screening_at_referral() {
    ProcessCase c = Cases.victimsRequest(ProcessType.LETTERS).recordAll(
        new EligibilityRecorded(day(1), Cases.screening(Outcome.MANUAL_REVIEW)),
        new ReviewRecorded(day(1), ReviewOutcome.ACCEPTED));
    assertEquals(ReviewOutcome.ACCEPTED, c.review().orElseThrow());
  }

  @Test
  void a_review_needs_a_screening_and_is_not_recorded_after_intake() {
    assertEquals("PROC-SCREENING-AT-INTAKE", refused(
        () -> inIntake().record(new ReviewRecorded(day(2), ReviewOutcome.ACCEPTED))).ruleId());
    ProcessCase accepted = inIntake().recordAll(
        new EligibilityRecorded(day(1), Cases.screening(Outcome.MANUAL_REVIEW)),
        new ReviewRecorded(day(2), ReviewOutcome.ACCEPTED),
        new StageEntered(day(2), ProcessStage.ASSESSMENT));
    // Spec changed (issue 10): a review may be recorded up to communication (suitability);
    // never after.
    ProcessCase agreement = accepted.recordAll(new StageEntered(day(3), ProcessStage.PREPARATION),
        new ConsentGiven(day(3), VICTIM, true, ConsentForm.WRITTEN),
        new ConsentGiven(day(3), OFFENDER, true, ConsentForm.WRITTEN),
        new SafetyAssessed(day(3), RiskLevel.LOW),
        new StageEntered(day(4), ProcessStage.COMMUNICATION),
        new StageEntered(day(5), ProcessStage.AGREEMENT));
    assertEquals("PROC-SCREENING-AT-INTAKE", refused(
        () -> agreement.record(new ReviewRecorded(day(6), ReviewOutcome.DECLINED))).ruleId());
  }

  @Test
  void a_new_screening_sets_aside_the_review_of_the_previous_one() {
    ProcessCase c = inIntake().recordAll(
        new EligibilityRecorded(day(1), Cases.screening(Outcome.MANUAL_REVIEW)),
        new ReviewRecorded(day(2), ReviewOutcome.ACCEPTED),
        new EligibilityRecorded(day(3), Cases.screening(Outcome.MANUAL_REVIEW)));
    assertTrue(c.review().isEmpty());
    assertEquals("PROC-INTAKE-ELIGIBLE", refused(
        () -> c.record(new StageEntered(day(4), ProcessStage.ASSESSMENT))).ruleId());
  }

  // ------------------------------------------------------------------ stages

  @ParameterizedTest(name = "{0} -> {1} = {2}")
  @CsvSource(delimiter = '|', textBlock = """
      REFERRAL      | INTAKE
      INTAKE        | ASSESSMENT
      ASSESSMENT    | PREPARATION
      PREPARATION   | COMMUNICATION
      COMMUNICATION | AGREEMENT
      AGREEMENT     | FOLLOW_UP
      """)
  void each_stage_leads_to_the_next(ProcessStage stage, ProcessStage next) {
    assertEquals(next, stage.next().orElseThrow());
  }

  @Test
  void follow_up_and_closure_have_no_next_stage() {
    assertTrue(ProcessStage.FOLLOW_UP.next().isEmpty());
    assertTrue(ProcessStage.CLOSED.next().isEmpty());
  }

  @ParameterizedTest(name = "{0}: communicating or later = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      REFERRAL      | false
      INTAKE        | false
      ASSESSMENT    | false
      PREPARATION   | false
      COMMUNICATION | true
      AGREEMENT     | true
      FOLLOW_UP     | true
      CLOSED        | false
      """)
  void communication_agreement_and_follow_up_are_the_communicating_stages(ProcessStage stage,
      boolean communicating) {
    assertEquals(communicating, stage.isCommunicatingOrLater());
  }

  @Test
  void a_stage_is_not_entered_twice() {
    ProcessCase c = Cases.inCommunication(ProcessType.LETTERS);
    TransitionRefusedException e = refused(
        () -> c.record(new StageEntered(day(7), ProcessStage.COMMUNICATION)));
    assertEquals("PROC-STAGE-ORDER", e.ruleId());
  }

  @Test
  void a_closed_case_enters_no_stage() {
    ProcessCase closed = Cases.inPreparation(ProcessType.LETTERS)
        .record(new CaseClosed(day(4), ClosureReason.UNSUITABLE));
    assertEquals("PROC-CASE-CLOSED", refused(
        () -> closed.record(new StageEntered(day(5), ProcessStage.COMMUNICATION))).ruleId());
  }

  @Test
  void follow_up_rechecks_consent() {
    ProcessCase assented = inAgreement(ProcessType.FINANCIAL_COMPENSATION).recordAll(
        new AgreementProposed(day(9), List.of(apologyConcerning(VICTIM, OFFENDER))),
        new AgreementAssented(day(10), I1, VICTIM),
        new AgreementAssented(day(10), I1, OFFENDER),
        new ParticipantEnrolled(day(10), Enrolment.of(VICTIMS_MOTHER, Role.VICTIM_FAMILY_MEMBER)));
    assertEquals(ProcessStage.AGREEMENT, assented.stage());
    TransitionRefusedException e = refused(
        () -> assented.record(new StageEntered(day(12), ProcessStage.FOLLOW_UP)));
    assertEquals("PROC-CONSENT-AT-EVERY-STAGE", e.ruleId());
    assertEquals(ProcessStage.FOLLOW_UP, e.to());
    assertEquals(List.of(VICTIMS_MOTHER), e.participants());
  }

  @Test
  void an_uninformed_consent_during_agreement_returns_the_case_to_preparation() {
    ProcessCase c = inAgreement(ProcessType.COMMUNITY_REPARATION)
        .record(new ConsentGiven(day(11), OFFENDER, false, ConsentForm.ORAL));
    assertEquals(ProcessStage.PREPARATION, c.stage());
  }

  // ------------------------------------------------------------------ consent check

  @Test
  void the_consent_check_names_who_is_missing_and_which_roles_nobody_covers() {
    ProcessCase c = Cases.inPreparation(ProcessType.DIRECT_MEDIATION)
        .record(new ConsentGiven(day(4), VICTIM, true, ConsentForm.WRITTEN));
    var check = c.consentCheck(ProcessType.DIRECT_MEDIATION, day(4));
    assertEquals(List.of(OFFENDER), check.missing());
    assertEquals(java.util.Set.of(org.rjkit.process.type.ProcessRole.RESPONSIBLE_PARTY),
        check.uncoveredRoles());
    assertFalse(check.isSatisfied());
    assertTrue(Cases.readyToCommunicate(ProcessType.DIRECT_MEDIATION)
        .consentCheck(ProcessType.DIRECT_MEDIATION, day(6)).isSatisfied());
  }

  @Test
  void a_role_nobody_is_enrolled_in_is_uncovered_even_though_nobody_is_missing() {
    ProcessCase noVictim = ProcessCase.open(new CaseOpened(day(0), CaseId.of("RO-2026-0002"),
        Cases.CSC, ProcessType.COMMUNITY_REPARATION,
        List.of(Enrolment.of(OFFENDER, Role.OFFENDER), Enrolment.of(MEDIATOR, Role.FACILITATOR)),
        OFFENDER)).record(new ConsentGiven(day(1), OFFENDER, true, ConsentForm.WRITTEN));
    assertTrue(noVictim.consentCheck(ProcessType.COMMUNITY_REPARATION, day(1)).isSatisfied());
    var direct = noVictim.consentCheck(ProcessType.DIRECT_MEDIATION, day(1));
    assertTrue(direct.missing().isEmpty());
    assertEquals(java.util.Set.of(org.rjkit.process.type.ProcessRole.HARMED_PARTY),
        direct.uncoveredRoles());
    assertFalse(direct.isSatisfied());
  }

  @Test
  void a_refusal_before_any_consent_counts_as_a_withdrawal() {
    ProcessCase c = Cases.inPreparation(ProcessType.COMMUNITY_REPARATION)
        .record(new ConsentWithdrawn(day(4), VICTIM));
    assertTrue(c.hasWithdrawn(VICTIM));
    assertFalse(c.hasWithdrawn(OFFENDER));
    assertEquals(ProcessStage.PREPARATION, c.stage());
    ProcessCase back = c.record(new ConsentGiven(day(5), VICTIM, true, ConsentForm.WRITTEN));
    assertFalse(back.hasWithdrawn(VICTIM));
  }

  @Test
  void withdrawing_twice_keeps_the_first_withdrawal_on_record() {
    ProcessCase c = Cases.readyToCommunicate(ProcessType.COMMUNITY_REPARATION).recordAll(
        new ConsentWithdrawn(day(6), VICTIM),
        new ConsentWithdrawn(day(7), VICTIM));
    assertTrue(c.hasWithdrawn(VICTIM));
    assertEquals(day(6), c.consentOn(VICTIM, day(8)).record().orElseThrow().withdrawnOn()
        .orElseThrow());
    assertEquals(1, c.consents().records().stream()
        .filter(r -> r.participantId().equals(VICTIM)).count());
  }

  @Test
  void consent_is_given_and_withdrawn_only_by_someone_enrolled() {
    ProcessCase c = Cases.inPreparation(ProcessType.LETTERS);
    assertThrows(IllegalArgumentException.class,
        () -> c.record(new ConsentGiven(day(4), NEIGHBOUR, true, ConsentForm.WRITTEN)));
    assertThrows(IllegalArgumentException.class,
        () -> c.record(new ConsentWithdrawn(day(4), NEIGHBOUR)));
  }

  // ------------------------------------------------------------------ consequences

  @Test
  void consent_given_again_uninformed_during_communication_returns_the_case_to_preparation() {
    ProcessCase c = Cases.inCommunication(ProcessType.LETTERS)
        .record(new ConsentGiven(day(7), OFFENDER, false, ConsentForm.ORAL));
    assertEquals(ProcessStage.PREPARATION, c.stage());
    assertEquals(new StageEntered(day(7), ProcessStage.PREPARATION), last(c));
  }

  @Test
  void consent_given_again_informed_during_communication_changes_nothing() {
    ProcessCase before = Cases.inCommunication(ProcessType.LETTERS);
    ProcessCase c = before.record(new ConsentGiven(day(7), OFFENDER, true, ConsentForm.ORAL));
    assertEquals(ProcessStage.COMMUNICATION, c.stage());
    assertEquals(before.history().size() + 1, c.history().size());
  }

  @Test
  void an_uninformed_consent_of_someone_the_type_does_not_need_changes_nothing() {
    ProcessCase c = Cases.inCommunication(ProcessType.COMMUNITY_REPARATION)
        .record(new ConsentGiven(day(7), VICTIM, false, ConsentForm.ORAL));
    assertEquals(ProcessStage.COMMUNICATION, c.stage());
  }

  @Test
  void an_uninformed_consent_before_communication_does_not_move_the_case() {
    ProcessCase c = Cases.inPreparation(ProcessType.LETTERS)
        .record(new ConsentGiven(day(4), OFFENDER, false, ConsentForm.ORAL));
    assertEquals(ProcessStage.PREPARATION, c.stage());
    assertEquals(Cases.inPreparation(ProcessType.LETTERS).history().size() + 1,
        c.history().size());
  }

  @ParameterizedTest(name = "risk {0} assessed in {1}: stage becomes {2}")
  @CsvSource(delimiter = '|', textBlock = """
      DANGER   | COMMUNICATION | PREPARATION
      DANGER   | AGREEMENT     | PREPARATION
      DANGER   | PREPARATION   | PREPARATION
      DANGER   | FOLLOW_UP     | FOLLOW_UP
      HIGH     | COMMUNICATION | COMMUNICATION
      HIGH     | AGREEMENT     | AGREEMENT
      MODERATE | COMMUNICATION | COMMUNICATION
      """)
  void only_danger_returns_a_communicating_case_to_preparation(RiskLevel risk, ProcessStage in,
      ProcessStage becomes) {
    ProcessCase c = communityReparationIn(in).record(new SafetyAssessed(day(20), risk));
    assertEquals(becomes, c.stage());
  }

  private static ProcessCase communityReparationIn(ProcessStage stage) {
    ProcessCase c = Cases.readyToCommunicate(ProcessType.COMMUNITY_REPARATION);
    if (stage == ProcessStage.PREPARATION) {
      return c;
    }
    c = c.record(new StageEntered(day(6), ProcessStage.COMMUNICATION));
    if (stage == ProcessStage.COMMUNICATION) {
      return c;
    }
    c = c.recordAll(new StageEntered(day(8), ProcessStage.AGREEMENT),
        new AgreementProposed(day(9), List.of(apologyConcerning(OFFENDER, VICTIM))));
    if (stage == ProcessStage.AGREEMENT) {
      return c;
    }
    return c.recordAll(new AgreementAssented(day(10), I1, OFFENDER),
        new AgreementAssented(day(10), I1, VICTIM),
        new StageEntered(day(11), ProcessStage.FOLLOW_UP));
  }

  @Test
  void a_high_risk_is_not_a_guard_only_danger_is() {
    ProcessCase high = Cases.readyToCommunicate(ProcessType.DIRECT_MEDIATION)
        .record(new SafetyAssessed(day(6), RiskLevel.HIGH));
    ProcessCase meeting = high.record(new MeetingScheduled(day(7),
        new Meeting(day(7), day(20), Channel.FACE_TO_FACE)));
    assertEquals(1, meeting.meetings().size());
    ProcessCase communicating = meeting.record(new StageEntered(day(8), ProcessStage.COMMUNICATION));
    assertEquals(ProcessStage.COMMUNICATION, communicating.stage());
    assertEquals(ProcessStage.COMMUNICATION,
        communicating.record(new SafetyAssessed(day(9), RiskLevel.HIGH)).stage());
  }

  @Test
  void a_withdrawal_from_a_closed_case_does_not_close_it_again() {
    ProcessCase closed = Cases.inCommunication(ProcessType.LETTERS)
        .record(new CaseClosed(day(8), ClosureReason.NO_AGREEMENT));
    ProcessCase c = closed.record(new ConsentWithdrawn(day(9), VICTIM));
    assertEquals(closed.history().size() + 1, c.history().size());
    assertEquals(ClosureReason.NO_AGREEMENT, c.closure().orElseThrow());
    assertTrue(c.hasWithdrawn(VICTIM));
  }

  @Test
  void a_withdrawal_of_one_of_two_harmed_parties_before_communication_leaves_the_case_open() {
    ProcessCase c = Cases.inPreparation(ProcessType.LETTERS).recordAll(
        new ParticipantEnrolled(day(3), Enrolment.of(VICTIMS_MOTHER, Role.VICTIM_FAMILY_MEMBER)),
        new ConsentWithdrawn(day(4), VICTIM));
    assertEquals(ProcessStage.PREPARATION, c.stage());
    ProcessCase both = c.record(new ConsentWithdrawn(day(5), VICTIMS_MOTHER));
    assertEquals(ClosureReason.WITHDRAWN, both.closure().orElseThrow());
  }

  // ------------------------------------------------------------------ reopening

  @Test
  void only_a_case_closed_on_a_withdrawal_reopens() {
    ProcessCase open = Cases.inCommunication(ProcessType.LETTERS);
    TransitionRefusedException notClosed = refused(() -> open.record(new CaseReopened(day(8))));
    assertEquals("PROC-REOPEN-AFTER-WITHDRAWAL", notClosed.ruleId());
    assertEquals(ProcessStage.PREPARATION, notClosed.to());
    ProcessCase unsuitable = open.record(new CaseClosed(day(8), ClosureReason.UNSUITABLE));
    assertEquals("PROC-REOPEN-AFTER-WITHDRAWAL",
        refused(() -> unsuitable.record(new CaseReopened(day(9)))).ruleId());
  }

  @Test
  void a_case_closed_on_a_withdrawal_reopens_only_once_the_person_consents_again() {
    ProcessCase withdrawn = Cases.inCommunication(ProcessType.LETTERS)
        .record(new ConsentWithdrawn(day(7), OFFENDER));
    TransitionRefusedException e = refused(() -> withdrawn.record(new CaseReopened(day(8))));
    assertEquals("PROC-REOPEN-AFTER-WITHDRAWAL", e.ruleId());
    assertEquals(ProcessStage.CLOSED, e.from());
    ProcessCase reopened = withdrawn.recordAll(
        new ConsentGiven(day(9), OFFENDER, true, ConsentForm.WRITTEN),
        new CaseReopened(day(10)));
    assertEquals(ProcessStage.PREPARATION, reopened.stage());
    assertTrue(reopened.closure().isEmpty());
  }

  // ------------------------------------------------------------------ enrolment

  @Test
  void a_closed_case_enrols_nobody_and_nobody_is_enrolled_twice() {
    ProcessCase c = Cases.inPreparation(ProcessType.LETTERS);
    assertThrows(IllegalArgumentException.class, () -> c.record(
        new ParticipantEnrolled(day(4), Enrolment.of(VICTIM, Role.VICTIM))));
    ProcessCase closed = c.record(new CaseClosed(day(4), ClosureReason.UNSUITABLE));
    assertEquals("PROC-CASE-CLOSED", refused(() -> closed.record(
        new ParticipantEnrolled(day(5), Enrolment.of(VICTIMS_MOTHER, Role.VICTIM_FAMILY_MEMBER))))
        .ruleId());
  }

  @Test
  void a_participant_is_found_by_id() {
    ProcessCase c = Cases.inPreparation(ProcessType.LETTERS);
    assertEquals(Role.OFFENDER, c.participant(OFFENDER).orElseThrow().role());
    assertTrue(c.participant(NEIGHBOUR).isEmpty());
  }

  // ------------------------------------------------------------------ meetings

  @Test
  void a_meeting_may_be_scheduled_during_communication() {
    ProcessCase c = Cases.inCommunication(ProcessType.DIRECT_MEDIATION).record(
        new MeetingScheduled(day(7), new Meeting(day(7), day(10), Channel.TELEPHONE)));
    assertEquals(Channel.TELEPHONE, c.meetings().get(0).channel());
  }

  @Test
  void a_meeting_is_not_scheduled_before_preparation_nor_after_communication() {
    ProcessCase assessment = Cases.victimsRequest(ProcessType.DIRECT_MEDIATION).recordAll(
        new StageEntered(day(1), ProcessStage.INTAKE),
        new EligibilityRecorded(day(1), Cases.screening(Outcome.ELIGIBLE)),
        new StageEntered(day(2), ProcessStage.ASSESSMENT));
    assertEquals("PROC-MEETING-TYPE", refused(() -> assessment.record(new MeetingScheduled(day(3),
        new Meeting(day(3), day(10), Channel.FACE_TO_FACE)))).ruleId());
    ProcessCase agreement = inAgreement(ProcessType.DIRECT_MEDIATION);
    assertEquals("PROC-MEETING-TYPE", refused(() -> agreement.record(new MeetingScheduled(day(9),
        new Meeting(day(9), day(10), Channel.FACE_TO_FACE)))).ruleId());
  }

  @Test
  void a_meeting_uses_a_channel_of_the_process_type() {
    ProcessCase circle = Cases.readyToCommunicate(ProcessType.TALKING_CIRCLE);
    assertEquals("PROC-MEETING-TYPE", refused(() -> circle.record(new MeetingScheduled(day(7),
        new Meeting(day(7), day(10), Channel.VIDEO_CONFERENCE)))).ruleId());
  }

  @Test
  void a_meeting_is_not_scheduled_when_the_latest_assessment_finds_danger_or_there_is_none() {
    ProcessCase danger = Cases.readyToCommunicate(ProcessType.DIRECT_MEDIATION)
        .record(new SafetyAssessed(day(6), RiskLevel.DANGER));
    TransitionRefusedException e = refused(() -> danger.record(new MeetingScheduled(day(7),
        new Meeting(day(7), day(10), Channel.FACE_TO_FACE))));
    assertEquals("PROC-COMMUNICATION-SAFETY", e.ruleId());
    assertEquals(ProcessStage.PREPARATION, e.to());
    ProcessCase unassessed = Cases.inPreparation(ProcessType.DIRECT_MEDIATION).recordAll(
        new ConsentGiven(day(4), VICTIM, true, ConsentForm.WRITTEN),
        new ConsentGiven(day(4), OFFENDER, true, ConsentForm.WRITTEN));
    assertEquals("PROC-COMMUNICATION-SAFETY", refused(() -> unassessed.record(
        new MeetingScheduled(day(7), new Meeting(day(7), day(10), Channel.FACE_TO_FACE))))
        .ruleId());
  }

  @Test
  void the_assessment_that_counts_is_the_latest_on_the_date() {
    ProcessCase c = Cases.readyToCommunicate(ProcessType.DIRECT_MEDIATION)
        .record(new SafetyAssessed(day(8), RiskLevel.DANGER));
    assertEquals(RiskLevel.LOW, c.safetyOn(day(7)).orElseThrow().riskToVictim());
    assertEquals(RiskLevel.DANGER, c.safetyOn(day(8)).orElseThrow().riskToVictim());
    assertEquals(2, c.safetyAssessments().size());
  }

  // ------------------------------------------------------------------ messages

  @Test
  void a_message_is_not_submitted_by_or_to_someone_the_process_type_leaves_out() {
    // Spec changed (issue 10): a supporter is not even enrolled where the type has no supporters.
    assertEquals("PROC-ENROLMENT-ROLE", refused(() -> Cases.inCommunication(
        ProcessType.INDIRECT_MEDIATION).record(new ParticipantEnrolled(day(7),
            Enrolment.of(OFFENDERS_BROTHER, Role.SUPPORTER)))).ruleId());
    ProcessCase c = Cases.inCommunication(ProcessType.INDIRECT_MEDIATION);
    assertThrows(IllegalArgumentException.class, () -> c.record(new MessageSubmitted(day(8), M1,
        OFFENDERS_BROTHER, VICTIM, Channel.LETTER, ProcessContent.of("a letter"))));
    assertThrows(IllegalArgumentException.class, () -> c.record(new MessageSubmitted(day(8), M1,
        VICTIM, OFFENDERS_BROTHER, Channel.LETTER, ProcessContent.of("a letter"))));
  }

  @Test
  void a_message_is_submitted_only_while_its_author_and_its_recipient_consent() {
    ProcessCase c = lettersWithTheVictimsMother().record(new ConsentWithdrawn(day(7),
        VICTIMS_MOTHER));
    TransitionRefusedException from = refused(() -> c.record(new MessageSubmitted(day(8), M1,
        VICTIMS_MOTHER, OFFENDER, Channel.LETTER, ProcessContent.of("a letter"))));
    assertEquals("PROC-MESSAGE-CONSENT", from.ruleId());
    assertEquals(List.of(VICTIMS_MOTHER), from.participants());
    TransitionRefusedException to = refused(() -> c.record(new MessageSubmitted(day(8), M1,
        OFFENDER, VICTIMS_MOTHER, Channel.LETTER, ProcessContent.of("a letter"))));
    assertEquals(List.of(VICTIMS_MOTHER), to.participants());
  }

  @Test
  void a_message_is_not_relayed_once_its_author_has_withdrawn() {
    ProcessCase c = lettersWithTheVictimsMother().recordAll(
        new MessageSubmitted(day(7), M1, VICTIMS_MOTHER, OFFENDER, Channel.LETTER,
            ProcessContent.of("a letter")),
        new ConsentWithdrawn(day(8), VICTIMS_MOTHER));
    assertEquals(ProcessStage.COMMUNICATION, c.stage());
    TransitionRefusedException e = refused(() -> c.record(new MessageRelayed(day(9), M1)));
    assertEquals("PROC-MESSAGE-CONSENT", e.ruleId());
    assertEquals(List.of(VICTIMS_MOTHER), e.participants());
    ProcessCase returned = c.record(new MessageReturned(day(9), M1));
    assertEquals(MessageStatus.RETURNED, returned.message(M1).orElseThrow().status());
  }

  @Test
  void a_message_held_when_the_case_closed_may_still_be_returned_to_its_author() {
    ProcessCase closed = Cases.inCommunication(ProcessType.LETTERS).recordAll(
        new MessageSubmitted(day(7), M1, VICTIM, OFFENDER, Channel.LETTER,
            ProcessContent.of("a letter")),
        new ConsentWithdrawn(day(8), OFFENDER));
    assertEquals("PROC-CASE-CLOSED",
        refused(() -> closed.record(new MessageRelayed(day(9), M1))).ruleId());
    assertEquals(MessageStatus.RETURNED, closed.record(new MessageReturned(day(9), M1))
        .message(M1).orElseThrow().status());
  }

  @Test
  void a_relayed_message_is_not_returned_and_an_unknown_message_is_neither() {
    ProcessCase relayed = Cases.inCommunication(ProcessType.LETTERS).recordAll(
        new MessageSubmitted(day(7), M1, VICTIM, OFFENDER, Channel.LETTER,
            ProcessContent.of("a letter")),
        new MessageRelayed(day(8), M1));
    assertEquals("PROC-MESSAGE-REVIEW",
        refused(() -> relayed.record(new MessageReturned(day(9), M1))).ruleId());
    MessageId unknown = MessageId.of("M9");
    assertThrows(IllegalArgumentException.class,
        () -> relayed.record(new MessageRelayed(day(9), unknown)));
    assertThrows(IllegalArgumentException.class,
        () -> relayed.record(new MessageReturned(day(9), unknown)));
    assertThrows(IllegalArgumentException.class, () -> relayed.record(new MessageSubmitted(
        day(9), M1, VICTIM, OFFENDER, Channel.LETTER, ProcessContent.of("again"))));
    assertTrue(relayed.message(unknown).isEmpty());
  }

  // ------------------------------------------------------------------ statements

  @Test
  void nothing_a_participant_says_is_recorded_before_assessment() {
    TransitionRefusedException e = refused(() -> inIntake().record(
        new StatementRecorded(day(2), VICTIM, ProcessContent.of("what happened"))));
    assertEquals("PROC-STATEMENT-CONSENT", e.ruleId());
    assertTrue(e.participants().isEmpty());
  }

  @Test
  void a_statement_is_recorded_only_with_its_authors_current_consent_but_the_mediator_needs_none() {
    ProcessCase c = Cases.inPreparation(ProcessType.LETTERS);
    TransitionRefusedException e = refused(() -> c.record(
        new StatementRecorded(day(4), VICTIM, ProcessContent.of("what happened"))));
    assertEquals("PROC-STATEMENT-CONSENT", e.ruleId());
    assertEquals(List.of(VICTIM), e.participants());
    ProcessCase noted = c.record(
        new StatementRecorded(day(4), MEDIATOR, ProcessContent.of("first interview")));
    assertEquals(1, noted.statements().size());
    ProcessCase consented = c.recordAll(
        new ConsentGiven(day(4), VICTIM, true, ConsentForm.WRITTEN),
        new StatementRecorded(day(5), VICTIM, ProcessContent.of("what happened")));
    assertEquals(VICTIM, consented.statements().get(0).author());
  }

  @Test
  void a_closed_case_records_no_statement() {
    ProcessCase closed = Cases.inPreparation(ProcessType.LETTERS)
        .record(new CaseClosed(day(4), ClosureReason.UNSUITABLE));
    assertEquals("PROC-CASE-CLOSED", refused(() -> closed.record(
        new StatementRecorded(day(5), MEDIATOR, ProcessContent.of("note")))).ruleId());
  }

  // ------------------------------------------------------------------ agreements

  @Test
  void an_agreement_is_proposed_only_in_the_agreement_stage() {
    ProcessCase c = Cases.inCommunication(ProcessType.COMMUNITY_REPARATION);
    TransitionRefusedException e = refused(() -> c.record(
        new AgreementProposed(day(8), List.of(apologyConcerning(OFFENDER)))));
    assertEquals("PROC-AGREEMENT-PARTIES", e.ruleId());
    assertEquals(ProcessStage.COMMUNICATION, e.to());
  }

  @Test
  void an_agreement_item_concerns_only_enrolled_parties() {
    ProcessCase c = inAgreement(ProcessType.COMMUNITY_REPARATION);
    assertEquals("PROC-AGREEMENT-PARTIES", refused(() -> c.record(
        new AgreementProposed(day(9), List.of(apologyConcerning(OFFENDER, MEDIATOR))))).ruleId());
    assertEquals("PROC-AGREEMENT-PARTIES", refused(() -> c.record(
        new AgreementProposed(day(9), List.of(apologyConcerning(NEIGHBOUR))))).ruleId());
    assertEquals(1, c.record(new AgreementProposed(day(9),
        List.of(apologyConcerning(VICTIM, OFFENDER)))).agreement().orElseThrow().items().size());
  }

  @Test
  void a_victim_who_withdrew_from_a_community_reparation_does_not_assent_to_its_items() {
    ProcessCase c = inAgreement(ProcessType.COMMUNITY_REPARATION).recordAll(
        new AgreementProposed(day(9), List.of(apologyConcerning(VICTIM, OFFENDER))),
        new ConsentWithdrawn(day(10), VICTIM));
    assertEquals(ProcessStage.AGREEMENT, c.stage());
    TransitionRefusedException e = refused(
        () -> c.record(new AgreementAssented(day(11), I1, VICTIM)));
    assertEquals("PROC-CONSENT-AT-EVERY-STAGE", e.ruleId());
    assertEquals(List.of(VICTIM), e.participants());
  }

  @Test
  void an_assent_needs_the_agreement_stage_and_an_item_of_the_agreement() {
    ProcessCase noAgreement = inAgreement(ProcessType.COMMUNITY_REPARATION);
    assertEquals("PROC-AGREEMENT-PARTIES", refused(() -> noAgreement.record(
        new AgreementAssented(day(9), I1, OFFENDER))).ruleId());
    ProcessCase proposed = noAgreement.record(
        new AgreementProposed(day(9), List.of(apologyConcerning(OFFENDER))));
    assertEquals("PROC-AGREEMENT-PARTIES", refused(() -> proposed.record(
        new AgreementAssented(day(10), AgreementItemId.of("I7"), OFFENDER))).ruleId());
    // Spec changed (issue 10): follow-up needs a harmed party's assent as well.
    assertEquals("PROC-FOLLOW-UP-AGREEMENT", refused(() -> proposed.recordAll(
        new AgreementAssented(day(10), I1, OFFENDER),
        new StageEntered(day(11), ProcessStage.FOLLOW_UP))).ruleId());
    ProcessCase both = noAgreement.recordAll(
        new AgreementProposed(day(9), List.of(apologyConcerning(OFFENDER, VICTIM))),
        new AgreementAssented(day(10), I1, OFFENDER), new AgreementAssented(day(10), I1, VICTIM));
    ProcessCase followUp = both.record(new StageEntered(day(11), ProcessStage.FOLLOW_UP));
    assertEquals("PROC-AGREEMENT-PARTIES", refused(() -> followUp.record(
        new AgreementAssented(day(12), I1, OFFENDER))).ruleId());
    ProcessCase closed = proposed.record(new CaseClosed(day(10), ClosureReason.NO_AGREEMENT));
    assertEquals("PROC-CASE-CLOSED", refused(() -> closed.record(
        new AgreementAssented(day(11), I1, OFFENDER))).ruleId());
  }

  @Test
  void follow_up_records_only_items_of_the_agreement_and_only_in_follow_up() {
    ProcessCase proposed = inAgreement(ProcessType.COMMUNITY_REPARATION).recordAll(
        new AgreementProposed(day(9), List.of(apologyConcerning(OFFENDER, VICTIM))),
        new AgreementAssented(day(10), I1, OFFENDER), new AgreementAssented(day(10), I1, VICTIM));
    TransitionRefusedException early = refused(() -> proposed.record(
        new ItemFollowedUp(day(11), I1, ItemStatus.COMPLETED)));
    assertEquals("PROC-ACTION-STAGE", early.ruleId());
    ProcessCase followUp = proposed.record(new StageEntered(day(11), ProcessStage.FOLLOW_UP));
    assertEquals("PROC-FOLLOW-UP-AGREEMENT", refused(() -> followUp.record(
        new ItemFollowedUp(day(12), AgreementItemId.of("I7"), ItemStatus.COMPLETED))).ruleId());
    ProcessCase done = followUp.record(new ItemFollowedUp(day(12), I1, ItemStatus.COMPLETED));
    assertEquals(ItemStatus.COMPLETED, done.agreement().orElseThrow().status(I1));
    ProcessCase closed = done.record(new CaseClosed(day(13), ClosureReason.COMPLETED));
    assertEquals("PROC-CASE-CLOSED", refused(() -> closed.record(
        new ItemFollowedUp(day(14), I1, ItemStatus.NOT_COMPLETED))).ruleId());
  }

  @Test
  void follow_up_without_any_agreement_is_refused() {
    ProcessCase c = inAgreement(ProcessType.COMMUNITY_REPARATION);
    assertEquals("PROC-FOLLOW-UP-AGREEMENT", refused(
        () -> c.record(new StageEntered(day(9), ProcessStage.FOLLOW_UP))).ruleId());
  }

  @Test
  void only_a_party_agrees_to_disclosure() {
    ProcessCase c = Cases.inCommunication(ProcessType.LETTERS);
    assertThrows(IllegalArgumentException.class,
        () -> c.record(new DisclosureAgreed(day(7), MEDIATOR, RecipientKind.RESEARCHER)));
    assertThrows(IllegalArgumentException.class,
        () -> c.record(new DisclosureAgreed(day(7), NEIGHBOUR, RecipientKind.RESEARCHER)));
  }

  // ------------------------------------------------------------------ closing

  @ParameterizedTest(name = "closing as {0} in {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      COMPLETED               | COMMUNICATION | PROC-CLOSE-COMPLETED
      COMPLETED               | AGREEMENT     | PROC-CLOSE-COMPLETED
      COMPLETED               | FOLLOW_UP     | PROC-CLOSE-COMPLETED
      COMPLETED               | COMPLETED     | ALLOWED
      AGREEMENT_NOT_COMPLETED | FOLLOW_UP     | PROC-CLOSE-AGREEMENT-NOT-COMPLETED
      AGREEMENT_NOT_COMPLETED | COMPLETED     | PROC-CLOSE-AGREEMENT-NOT-COMPLETED
      AGREEMENT_NOT_COMPLETED | NOT_COMPLETED | ALLOWED
      NO_AGREEMENT            | AGREEMENT     | ALLOWED
      NO_AGREEMENT            | FOLLOW_UP     | PROC-CLOSE-NO-AGREEMENT
      UNSUITABLE              | AGREEMENT     | ALLOWED
      UNSUITABLE              | FOLLOW_UP     | PROC-CLOSE-UNSUITABLE
      SAFETY                  | FOLLOW_UP     | ALLOWED
      WITHDRAWN               | FOLLOW_UP     | PROC-CLOSE-WITHDRAWN
      INELIGIBLE              | FOLLOW_UP     | PROC-CLOSE-INELIGIBLE
      """)
  void an_agreement_case_closes_for_a_reason_that_fits_where_it_stands(ClosureReason reason,
      String where, String expected) {
    ProcessCase c = financialCompensation(where);
    CaseClosed close = new CaseClosed(day(40), reason);
    if (expected.equals("ALLOWED")) {
      ProcessCase closed = c.record(close);
      assertEquals(ProcessStage.CLOSED, closed.stage());
      assertEquals(reason, closed.closure().orElseThrow());
    } else {
      TransitionRefusedException e = refused(() -> c.record(close));
      assertEquals(expected, e.ruleId());
      assertEquals(ProcessStage.CLOSED, e.to());
    }
  }

  /** A financial compensation case in a stage, or in follow-up with its item COMPLETED etc. */
  private static ProcessCase financialCompensation(String where) {
    ProcessCase c = Cases.inCommunication(ProcessType.FINANCIAL_COMPENSATION);
    if (where.equals("COMMUNICATION")) {
      return c;
    }
    c = c.recordAll(new StageEntered(day(8), ProcessStage.AGREEMENT),
        new AgreementProposed(day(9), List.of(apologyConcerning(VICTIM, OFFENDER))));
    if (where.equals("AGREEMENT")) {
      return c;
    }
    c = c.recordAll(new AgreementAssented(day(10), I1, VICTIM),
        new AgreementAssented(day(10), I1, OFFENDER),
        new StageEntered(day(11), ProcessStage.FOLLOW_UP));
    if (where.equals("FOLLOW_UP")) {
      return c;
    }
    return c.record(new ItemFollowedUp(day(30), I1, ItemStatus.valueOf(where)));
  }

  @ParameterizedTest(name = "screening {0}, review {1}, in {2}: closing as ineligible {3}")
  @CsvSource(delimiter = '|', textBlock = """
      INELIGIBLE    | NONE     | REFERRAL | ALLOWED
      INELIGIBLE    | NONE     | INTAKE   | ALLOWED
      MANUAL_REVIEW | DECLINED | INTAKE   | ALLOWED
      MANUAL_REVIEW | ACCEPTED | INTAKE   | PROC-CLOSE-INELIGIBLE
      MANUAL_REVIEW | NONE     | INTAKE   | PROC-CLOSE-INELIGIBLE
      ELIGIBLE      | NONE     | INTAKE   | PROC-CLOSE-INELIGIBLE
      NONE          | NONE     | REFERRAL | PROC-CLOSE-INELIGIBLE
      """)
  void a_case_closes_as_ineligible_on_an_ineligible_screening_or_a_declining_review(
      String screening, String review, ProcessStage stage, String expected) {
    ProcessCase c = Cases.victimsRequest(ProcessType.LETTERS);
    if (stage == ProcessStage.INTAKE) {
      c = c.record(new StageEntered(day(1), ProcessStage.INTAKE));
    }
    if (!screening.equals("NONE")) {
      c = c.record(new EligibilityRecorded(day(1), Cases.screening(Outcome.valueOf(screening))));
    }
    if (!review.equals("NONE")) {
      c = c.record(new ReviewRecorded(day(2), ReviewOutcome.valueOf(review)));
    }
    ProcessCase before = c;
    CaseClosed close = new CaseClosed(day(3), ClosureReason.INELIGIBLE);
    if (expected.equals("ALLOWED")) {
      assertEquals(ClosureReason.INELIGIBLE, before.record(close).closure().orElseThrow());
    } else {
      assertEquals(expected, refused(() -> before.record(close)).ruleId());
    }
  }

  @Test
  void an_ineligible_screening_does_not_close_a_case_once_it_is_past_intake() {
    ProcessCase c = Cases.inPreparation(ProcessType.LETTERS);
    assertEquals("PROC-CLOSE-INELIGIBLE", refused(
        () -> c.record(new CaseClosed(day(4), ClosureReason.INELIGIBLE))).ruleId());
  }

  @Test
  void a_closed_case_is_not_closed_again() {
    ProcessCase closed = Cases.inPreparation(ProcessType.LETTERS)
        .record(new CaseClosed(day(4), ClosureReason.SAFETY));
    assertEquals("PROC-CASE-CLOSED", refused(
        () -> closed.record(new CaseClosed(day(5), ClosureReason.SAFETY))).ruleId());
  }

  // ------------------------------------------------------------------ process type changes

  @Test
  void the_process_type_changes_to_a_different_type_and_before_follow_up() {
    ProcessCase c = Cases.inCommunication(ProcessType.LETTERS);
    assertEquals("PROC-PROCESS-TYPE-CHANGE", refused(
        () -> c.record(new ProcessTypeChanged(day(7), ProcessType.LETTERS))).ruleId());
    ProcessCase followUp = communityReparationIn(ProcessStage.FOLLOW_UP);
    assertEquals("PROC-PROCESS-TYPE-CHANGE", refused(() -> followUp.record(
        new ProcessTypeChanged(day(20), ProcessType.COMMUNITY_DONATION))).ruleId());
    ProcessCase closed = c.record(new CaseClosed(day(8), ClosureReason.NO_AGREEMENT));
    assertEquals("PROC-CASE-CLOSED", refused(() -> closed.record(
        new ProcessTypeChanged(day(9), ProcessType.AUDIO_MESSAGES))).ruleId());
  }

  @Test
  void during_communication_the_new_type_needs_the_consent_of_everyone_it_needs() {
    ProcessCase c = Cases.inCommunication(ProcessType.COMMUNITY_REPARATION)
        .record(new ConsentWithdrawn(day(7), VICTIM));
    TransitionRefusedException e = refused(
        () -> c.record(new ProcessTypeChanged(day(8), ProcessType.LETTERS)));
    assertEquals("PROC-COMMUNICATION-CONSENT", e.ruleId());
    assertEquals(ProcessStage.COMMUNICATION, e.to());
    assertEquals(ProcessType.COMMUNITY_DONATION, c.record(
        new ProcessTypeChanged(day(8), ProcessType.COMMUNITY_DONATION)).processType());
  }

  @Test
  void a_relaying_type_is_not_left_while_a_message_awaits_the_facilitator() {
    ProcessCase c = Cases.inCommunication(ProcessType.INDIRECT_MEDIATION).record(
        new MessageSubmitted(day(7), M1, VICTIM, OFFENDER, Channel.LETTER,
            ProcessContent.of("a letter")));
    assertEquals("PROC-MESSAGE-REVIEW", refused(() -> c.record(
        new ProcessTypeChanged(day(8), ProcessType.DIRECT_MEDIATION))).ruleId());
    assertEquals(ProcessType.LETTERS, c.record(
        new ProcessTypeChanged(day(8), ProcessType.LETTERS)).processType());
    ProcessCase relayed = c.record(new MessageRelayed(day(8), M1));
    assertEquals(ProcessType.DIRECT_MEDIATION, relayed.record(
        new ProcessTypeChanged(day(9), ProcessType.DIRECT_MEDIATION)).processType());
  }

  @Test
  void before_communication_a_type_is_not_chosen_that_needs_someone_who_has_withdrawn() {
    ProcessCase c = Cases.inPreparation(ProcessType.COMMUNITY_REPARATION)
        .record(new ConsentWithdrawn(day(4), VICTIM));
    TransitionRefusedException e = refused(
        () -> c.record(new ProcessTypeChanged(day(5), ProcessType.DIRECT_MEDIATION)));
    assertEquals("PROC-PROCESS-TYPE-CHANGE", e.ruleId());
    assertEquals(ProcessType.COMMUNITY_DONATION, c.record(
        new ProcessTypeChanged(day(5), ProcessType.COMMUNITY_DONATION)).processType());
  }

  @Test
  void before_communication_a_type_may_be_chosen_whose_people_have_yet_to_consent() {
    ProcessCase c = Cases.inPreparation(ProcessType.LETTERS);
    assertEquals(ProcessType.DIRECT_MEDIATION, c.record(
        new ProcessTypeChanged(day(4), ProcessType.DIRECT_MEDIATION)).processType());
  }

  @Test
  void before_communication_a_type_may_be_chosen_that_needs_a_role_nobody_holds_yet() {
    ProcessCase noVictim = ProcessCase.open(new CaseOpened(day(0), CaseId.of("RO-2026-0002"),
        Cases.CSC, ProcessType.COMMUNITY_REPARATION,
        List.of(Enrolment.of(OFFENDER, Role.OFFENDER), Enrolment.of(MEDIATOR, Role.FACILITATOR)),
        OFFENDER));
    assertEquals(ProcessType.LETTERS, noVictim.record(
        new ProcessTypeChanged(day(1), ProcessType.LETTERS)).processType());
  }

  @Test
  void a_case_of_one_of_two_harmed_parties_who_withdrew_may_still_change_type() {
    ProcessCase c = Cases.inPreparation(ProcessType.LETTERS).recordAll(
        new ParticipantEnrolled(day(3), Enrolment.of(VICTIMS_MOTHER, Role.VICTIM_FAMILY_MEMBER)),
        new ConsentWithdrawn(day(4), VICTIM));
    assertEquals(ProcessType.DIRECT_MEDIATION, c.record(
        new ProcessTypeChanged(day(5), ProcessType.DIRECT_MEDIATION)).processType());
  }
}
