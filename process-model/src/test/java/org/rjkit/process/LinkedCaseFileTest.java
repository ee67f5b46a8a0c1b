package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.Decision;
import org.rjkit.core.safety.SafetyAssessment;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.casefile.Jurisdiction;
import org.rjkit.core.casefile.Stage;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.consent.ConsentRecord;
import org.rjkit.core.consent.ConsentStatus;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Role;
import org.rjkit.core.participant.Victim;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.core.sentence.Imposition;
import org.rjkit.core.sentence.Sentence;
import org.rjkit.core.sentence.SentenceId;
import org.rjkit.core.truth.Truth;
import org.rjkit.eligibility.screening.Eligibility;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.screening.Screener;
import org.rjkit.eligibility.programmes.CscRestorativeOpportunities;
import org.rjkit.eligibility.programmes.Programmes;
import org.rjkit.process.json.ProcessHistoryStorageReader;
import org.rjkit.process.json.ProcessHistoryStorageWriter;
import org.rjkit.process.lifecycle.EligibilityDecision;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.EventKind;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent;
import org.rjkit.process.lifecycle.ProcessEvent.CaseOpened;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentGiven;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentWithdrawn;
import org.rjkit.process.lifecycle.ProcessEvent.EligibilityRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.ReviewRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.SafetyAssessed;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.lifecycle.ReviewOutcome;
import org.rjkit.process.lifecycle.TransitionRefusedException;
import org.rjkit.process.type.ProcessType;

/**
 * Participants and consents are entered once (issue 10): a case linked to the case file it was
 * taken on with screens, at each gate, the programme's own rules on the facts derived from the
 * case file and its own events (consents and safety assessments recorded in the process), and
 * records that screening before the gate reads it. The vendor keeps no second copy. At the edges:
 * a review in communication reviews the screening of the current facts, a stage out of order is
 * refused for its order whatever the facts say, and the summary kept in the history names exactly
 * the rules that did not pass.
 */
class LinkedCaseFileTest {

  private static final ParticipantId VICTIM = ParticipantId.of("V1");
  private static final ParticipantId OFFENDER = ParticipantId.of("O1");
  private static final ParticipantId FACILITATOR = ParticipantId.of("F1");
  private static final CaseId CASE = CaseId.of("RO-1");
  private static final LocalDate OPENED = LocalDate.of(2026, 2, 2);
  private static final LocalDate INTAKE = LocalDate.of(2026, 2, 4);
  private static final LocalDate READY = LocalDate.of(2026, 3, 2);
  private static final LocalDate LATER = LocalDate.of(2026, 3, 9);

  /** A CSC case file of a federal sentence, with no consent or safety assessment yet. */
  private static CaseFile.Builder federal() {
    return file(CASE, "P3Y", Truth.YES);
  }

  private static CaseFile.Builder file(CaseId id, String term, Truth accepts) {
    return CaseFile.builder(id)
        .jurisdiction(Jurisdiction.parse("CA")).stage(Stage.POST_SENTENCE)
        .participant(Victim.of(VICTIM, true))
        .participant(Offender.builder(OFFENDER).acceptsResponsibility(accepts).build())
        .sentence(new Sentence.Imprisonment(
            Imposition.startingOn(SentenceId.of("S1"), LocalDate.of(2025, 1, 6)),
            Period.parse(term)));
  }

  private static ScreeningRequest intake(CaseFile file) {
    return new ScreeningRequest(Programmes.CSC_RESTORATIVE_OPPORTUNITIES, VICTIM, INTAKE, file);
  }

  private static ProcessCase opened() {
    return ProcessCase.open(new CaseOpened(OPENED, CASE,
        Programmes.CSC_RESTORATIVE_OPPORTUNITIES, ProcessType.LETTERS,
        List.of(Enrolment.of(VICTIM, Role.VICTIM), Enrolment.of(OFFENDER, Role.OFFENDER)),
        VICTIM));
  }

  /** Linked at intake, never screened by hand, prepared with consents in the process. */
  private static ProcessCase prepared(CaseFile file) {
    return opened().linkedTo(intake(file), Eligibility.screener())
        .recordAll(new StageEntered(OPENED.plusDays(1), ProcessStage.INTAKE),
            new StageEntered(INTAKE, ProcessStage.ASSESSMENT),
            new StageEntered(INTAKE, ProcessStage.PREPARATION));
  }

  private static ProcessCase consented(ProcessCase c, RiskLevel risk) {
    return c.recordAll(new ConsentGiven(READY, VICTIM, true, ConsentForm.WRITTEN),
        new ConsentGiven(READY, OFFENDER, true, ConsentForm.WRITTEN),
        new SafetyAssessed(READY, risk));
  }

  private static List<EligibilityDecision> screenings(ProcessCase c) {
    return c.history().stream().filter(e -> e.kind() == EventKind.ELIGIBILITY_RECORDED)
        .map(e -> ((EligibilityRecorded) e).decision()).toList();
  }

  @Test
  void intake_screens_the_linked_case_file_without_a_screening_handed_in() {
    ProcessCase c = prepared(federal().build());
    assertEquals(ProcessStage.PREPARATION, c.stage());
    List<EligibilityDecision> screened = screenings(c);
    assertEquals(1, screened.size(), "recorded once, before the intake gate");
    assertEquals(Outcome.ELIGIBLE, screened.get(0).phase(Phase.ELIGIBILITY));
    assertEquals(INTAKE, screened.get(0).asOf());
    int at = c.history().indexOf(new EligibilityRecorded(INTAKE, screened.get(0)));
    assertEquals(EventKind.STAGE_ENTERED, c.history().get(at + 1).kind());
    assertEquals(ProcessStage.ASSESSMENT, ((StageEntered) c.history().get(at + 1)).stage());
  }

  @Test
  void a_linked_case_that_is_not_eligible_never_leaves_intake() {
    CaseFile provincial = file(CASE, "P2Y-1D", Truth.YES).build();
    ProcessCase c = opened().linkedTo(intake(provincial), Eligibility.screener())
        .record(new StageEntered(OPENED.plusDays(1), ProcessStage.INTAKE));
    TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
        () -> c.record(new StageEntered(INTAKE, ProcessStage.ASSESSMENT)));
    assertEquals("PROC-INTAKE-ELIGIBLE", e.ruleId());
    assertTrue(e.details().contains("CSC-RO-FEDERAL-SENTENCE"), e.details().toString());
  }

  @Test
  void consents_and_safety_recorded_in_the_process_are_the_facts_communication_screens() {
    ProcessCase c = consented(prepared(federal().build()), RiskLevel.LOW)
        .record(new StageEntered(READY, ProcessStage.COMMUNICATION));
    assertEquals(ProcessStage.COMMUNICATION, c.stage());
    EligibilityDecision atGate = c.eligibility().orElseThrow();
    assertEquals(READY, atGate.asOf());
    assertEquals(Outcome.ELIGIBLE, atGate.phase(Phase.SUITABILITY));
    assertEquals(2, screenings(c).size(), "intake, then communication on the new facts");
  }

  @Test
  void a_fact_missing_from_the_case_file_is_named_when_communication_is_refused() {
    ProcessCase c = consented(prepared(file(CASE, "P3Y", Truth.UNKNOWN).build()),
        RiskLevel.LOW);
    TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
        () -> c.record(new StageEntered(READY, ProcessStage.COMMUNICATION)));
    assertEquals("PROC-SUITABILITY", e.ruleId());
    EligibilityDecision onFacts = EligibilityDecision.of(
        Eligibility.screen(c.currentFacts(READY)));
    assertEquals(Outcome.NEEDS_INFORMATION, onFacts.phase(Phase.SUITABILITY));
    assertEquals(onFacts.missingFacts(), e.details());
    assertFalse(e.details().isEmpty());
    assertTrue(e.details().stream().noneMatch(f -> f.contains("consent")), e.details().toString());
  }

  @Test
  void high_risk_in_csc_needs_a_review_of_the_screening_on_current_facts() {
    ProcessCase c = consented(prepared(federal().build()), RiskLevel.HIGH);
    TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
        () -> c.record(new StageEntered(READY, ProcessStage.COMMUNICATION)));
    assertEquals("PROC-SUITABILITY", e.ruleId());
    assertTrue(e.details().contains(CscRestorativeOpportunities.SAFETY), e.details().toString());
    ProcessCase reviewed = c.record(new ReviewRecorded(READY, ReviewOutcome.ACCEPTED));
    assertEquals(Outcome.MANUAL_REVIEW,
        reviewed.eligibility().orElseThrow().phase(Phase.SUITABILITY),
        "the screening reviewed is recorded before the review");
    ProcessCase communicating = reviewed.record(
        new StageEntered(READY, ProcessStage.COMMUNICATION));
    assertEquals(ProcessStage.COMMUNICATION, communicating.stage());
    assertEquals(screenings(reviewed), screenings(communicating),
        "the same screening is not recorded again, so the review counts");
    assertEquals(Optional.of(ReviewOutcome.ACCEPTED), communicating.review());
  }

  @Test
  void a_review_counts_while_the_facts_say_what_it_reviewed() {
    ProcessCase reviewed = consented(prepared(federal().build()), RiskLevel.HIGH)
        .record(new ReviewRecorded(READY, ReviewOutcome.ACCEPTED));
    ProcessCase reassessed = reviewed.record(new SafetyAssessed(LATER, RiskLevel.HIGH));
    assertEquals(ProcessStage.COMMUNICATION,
        reassessed.record(new StageEntered(LATER, ProcessStage.COMMUNICATION)).stage(),
        "new facts that do not change the decision keep its review");
    ProcessCase low = reviewed.record(new SafetyAssessed(LATER, RiskLevel.LOW))
        .record(new StageEntered(LATER, ProcessStage.COMMUNICATION));
    assertEquals(Outcome.ELIGIBLE, low.eligibility().orElseThrow().phase(Phase.SUITABILITY));
    assertEquals(Optional.empty(), low.review(), "another screening sets the review aside");
    assertEquals(ProcessStage.COMMUNICATION, low.stage());
  }

  @Test
  void a_withdrawal_in_the_process_withdraws_the_consent_of_the_case_file() {
    CaseFile withConsents = federal()
        .consent(ConsentRecord.informed(VICTIM, INTAKE, ConsentForm.WRITTEN))
        .consent(ConsentRecord.informed(OFFENDER, INTAKE, ConsentForm.WRITTEN)).build();
    ProcessCase c = prepared(withConsents).record(new SafetyAssessed(READY, RiskLevel.LOW));
    assertEquals(ConsentStatus.CURRENT,
        c.currentFacts(READY).caseFile().consents().currentOn(OFFENDER, READY).status());
    ProcessCase withdrawn = c.record(new ConsentWithdrawn(LATER, OFFENDER));
    ScreeningRequest facts = withdrawn.currentFacts(LATER);
    assertEquals(ConsentStatus.WITHDRAWN,
        facts.caseFile().consents().currentOn(OFFENDER, LATER).status());
    assertEquals(ConsentStatus.CURRENT,
        facts.caseFile().consents().currentOn(OFFENDER, READY).status(), "from its date only");
    assertEquals(2, facts.caseFile().consents().records().size(), "no second copy");
    assertEquals(LATER, facts.asOf());
    assertEquals(INTAKE, c.currentFacts(INTAKE).asOf());
    assertEquals(1, facts.caseFile().safetyAssessments().size());
    assertTrue(c.currentFacts(INTAKE).caseFile().safetyAssessments().isEmpty(),
        "only what was recorded up to the date");
  }

  @Test
  void a_refusal_before_any_consent_is_a_consent_withdrawn_the_day_it_was_given() {
    ProcessCase c = ProcessCase.open(new CaseOpened(OPENED, CASE,
            Programmes.CSC_RESTORATIVE_OPPORTUNITIES, ProcessType.INDIRECT_MEDIATION,
            List.of(Enrolment.of(VICTIM, Role.VICTIM), Enrolment.of(OFFENDER, Role.OFFENDER),
                Enrolment.of(FACILITATOR, Role.FACILITATOR)),
            VICTIM))
        .linkedTo(intake(federal().build()), Eligibility.screener())
        .recordAll(new ConsentGiven(READY, FACILITATOR, true, ConsentForm.ORAL),
            new ConsentWithdrawn(READY, VICTIM));
    CaseFile facts = c.currentFacts(READY).caseFile();
    ConsentRecord refusal = facts.consents().currentOn(VICTIM, READY).record().orElseThrow();
    assertEquals(Optional.of(READY), refusal.withdrawnOn());
    assertEquals(READY, refusal.givenOn());
    assertEquals(Truth.UNKNOWN, refusal.informed());
    assertEquals(Optional.empty(), refusal.form());
    assertEquals(ConsentStatus.WITHDRAWN, facts.consents().currentOn(VICTIM, READY).status());
    assertEquals(1, facts.consents().records().size(),
        "the facilitator, who is not in the case file, is left out");
  }

  @Test
  void the_link_is_not_part_of_the_history_and_a_loaded_case_passes_the_same_gates() {
    ProcessCase linked = consented(prepared(federal().build()), RiskLevel.HIGH)
        .record(new ReviewRecorded(READY, ReviewOutcome.ACCEPTED));
    assertTrue(linked.isLinked());
    ProcessCase replayed = ProcessCase.replay(linked.history());
    assertFalse(replayed.isLinked());
    assertEquals(linked, replayed);
    assertThrows(IllegalStateException.class, () -> replayed.currentFacts(READY));
    ProcessCase loaded = ProcessHistoryStorageReader.builtIn().read(
        new ProcessHistoryStorageWriter().write(linked));
    assertEquals(linked, loaded);
    StageEntered gate = new StageEntered(READY, ProcessStage.COMMUNICATION);
    assertEquals(linked.record(gate), loaded.record(gate));
    assertEquals(linked.record(gate).history().size(), loaded.record(gate).history().size());
  }

  @Test
  void events_are_recorded_as_before_on_a_closed_or_later_linked_case() {
    ProcessCase c = consented(prepared(federal().build()), RiskLevel.LOW)
        .record(new StageEntered(READY, ProcessStage.COMMUNICATION));
    int screened = screenings(c).size();
    ProcessCase agreement = c.record(new ConsentGiven(LATER, OFFENDER, true, ConsentForm.WRITTEN));
    assertEquals(screened, screenings(agreement).size(), "a consent is not a gate");
    TransitionRefusedException backwards = assertThrows(TransitionRefusedException.class,
        () -> c.record(new StageEntered(LATER, ProcessStage.ASSESSMENT)));
    assertEquals("PROC-STAGE-ORDER", backwards.ruleId());
    TransitionRefusedException late = assertThrows(TransitionRefusedException.class,
        () -> c.record(new StageEntered(LATER, ProcessStage.AGREEMENT))
            .record(new ReviewRecorded(LATER, ReviewOutcome.ACCEPTED)));
    assertEquals("PROC-SCREENING-AT-INTAKE", late.ruleId());
  }

  @Test
  void a_link_is_to_the_case_programme_and_requester_the_case_was_taken_on_with() {
    ProcessCase c = opened();
    Screener screener = Eligibility.screener();
    CaseFile file = federal().build();
    IllegalArgumentException programme = assertThrows(IllegalArgumentException.class,
        () -> c.linkedTo(new ScreeningRequest(Programmes.NZ_SENTENCING_ACT_S24A, VICTIM, INTAKE,
            file), screener));
    assertTrue(programme.getMessage().contains("intake.programme"), programme.getMessage());
    IllegalArgumentException caseId = assertThrows(IllegalArgumentException.class,
        () -> c.linkedTo(intake(file(CaseId.of("RO-2"), "P3Y", Truth.YES).build()),
            screener));
    assertTrue(caseId.getMessage().contains("intake.caseFile.caseId"), caseId.getMessage());
    IllegalArgumentException requester = assertThrows(IllegalArgumentException.class,
        () -> c.linkedTo(new ScreeningRequest(Programmes.CSC_RESTORATIVE_OPPORTUNITIES,
            OFFENDER, INTAKE, file), screener));
    assertTrue(requester.getMessage().contains("intake.requesterId"), requester.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> c.linkedTo(intake(file), new Screener(ProgrammeRegistry.empty())));
    assertTrue(unknown.getMessage().contains("screener"), unknown.getMessage());
    assertThrows(NullPointerException.class, () -> c.linkedTo(null, screener));
    assertThrows(NullPointerException.class, () -> c.linkedTo(intake(file), null));
    assertFalse(c.isLinked());
    assertTrue(c.linkedTo(intake(file), screener).isLinked());
  }

  // ------------------------------------------------ screening at the edges of a linked case

  /** Linked at intake, consented in the process at low risk, in communication. */
  private static ProcessCase communicating() {
    return consented(prepared(federal().build()), RiskLevel.LOW)
        .record(new StageEntered(READY, ProcessStage.COMMUNICATION));
  }

  private static ProcessEvent last(ProcessCase c, int fromTheEnd) {
    return c.history().get(c.history().size() - 1 - fromTheEnd);
  }

  @Test
  void a_review_in_communication_reviews_the_screening_of_the_current_facts() {
    ProcessCase high = communicating().record(new SafetyAssessed(LATER, RiskLevel.HIGH));
    assertEquals(Outcome.ELIGIBLE, high.eligibility().orElseThrow().phase(Phase.SUITABILITY),
        "nothing screened yet on the new assessment");
    ProcessCase reviewed = high.record(new ReviewRecorded(LATER, ReviewOutcome.ACCEPTED));
    assertEquals(EventKind.ELIGIBILITY_RECORDED, last(reviewed, 1).kind(),
        "the screening reviewed is recorded before the review");
    assertEquals(new ReviewRecorded(LATER, ReviewOutcome.ACCEPTED), last(reviewed, 0));
    assertEquals(Outcome.MANUAL_REVIEW,
        reviewed.eligibility().orElseThrow().phase(Phase.SUITABILITY));
    assertEquals(Optional.of(ReviewOutcome.ACCEPTED), reviewed.review());
  }

  @Test
  void a_stage_out_of_order_is_refused_for_its_order_even_when_the_facts_have_changed() {
    ProcessCase agreement = communicating().recordAll(
        new StageEntered(READY.plusDays(1), ProcessStage.AGREEMENT),
        new SafetyAssessed(LATER, RiskLevel.HIGH));
    assertEquals(ProcessStage.AGREEMENT, agreement.stage());
    TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
        () -> agreement.record(new StageEntered(LATER, ProcessStage.COMMUNICATION)));
    assertEquals("PROC-STAGE-ORDER", e.ruleId());
  }

  @Test
  void the_summary_of_a_screening_names_exactly_the_rules_that_did_not_pass() {
    CaseFile current = federal()
        .consent(ConsentRecord.informed(VICTIM, READY, ConsentForm.WRITTEN))
        .consent(ConsentRecord.informed(OFFENDER, READY, ConsentForm.WRITTEN))
        .safetyAssessment(new SafetyAssessment(READY, RiskLevel.HIGH)).build();
    Decision d = Eligibility.screen(new ScreeningRequest(
        Programmes.CSC_RESTORATIVE_OPPORTUNITIES, VICTIM, READY, current));
    List<String> met = d.rules().stream().filter(r -> r.status() == RuleStatus.MET)
        .map(RuleResult::ruleId).toList();
    assertFalse(met.isEmpty(), "a federal sentence meets the programme's eligibility rules");
    EligibilityDecision summary = EligibilityDecision.of(d);
    assertEquals(Outcome.MANUAL_REVIEW, summary.phase(Phase.SUITABILITY));
    assertTrue(summary.blockingRules().contains(CscRestorativeOpportunities.SAFETY),
        summary.blockingRules().toString());
    assertTrue(summary.blockingRules().stream().noneMatch(met::contains),
        summary.blockingRules().toString());
  }
}
