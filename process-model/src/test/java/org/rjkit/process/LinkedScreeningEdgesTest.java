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
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.casefile.Jurisdiction;
import org.rjkit.core.casefile.Stage;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.consent.ConsentRecord;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Role;
import org.rjkit.core.participant.Victim;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.core.safety.SafetyAssessment;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.core.sentence.Imposition;
import org.rjkit.core.sentence.Sentence;
import org.rjkit.core.sentence.SentenceId;
import org.rjkit.core.truth.Truth;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.programmes.CscRestorativeOpportunities;
import org.rjkit.eligibility.programmes.Programmes;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.eligibility.screening.Eligibility;
import org.rjkit.process.lifecycle.EligibilityDecision;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.EventKind;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent;
import org.rjkit.process.lifecycle.ProcessEvent.CaseOpened;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentGiven;
import org.rjkit.process.lifecycle.ProcessEvent.ReviewRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.SafetyAssessed;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.lifecycle.ReviewOutcome;
import org.rjkit.process.lifecycle.TransitionRefusedException;
import org.rjkit.process.type.ProcessType;

/**
 * The programme's screening at the edges of a linked case (issue 10): a review in communication
 * reviews the screening of the current facts; a stage out of order is refused for its order,
 * whatever the facts say; and the summary kept in the history names exactly the rules that did
 * not pass.
 */
class LinkedScreeningEdgesTest {

  private static final ParticipantId VICTIM = ParticipantId.of("V1");
  private static final ParticipantId OFFENDER = ParticipantId.of("O1");
  private static final CaseId CASE = CaseId.of("RO-1");
  private static final LocalDate OPENED = LocalDate.of(2026, 2, 2);
  private static final LocalDate INTAKE = LocalDate.of(2026, 2, 4);
  private static final LocalDate READY = LocalDate.of(2026, 3, 2);
  private static final LocalDate LATER = LocalDate.of(2026, 3, 9);

  /** A CSC case file of a federal sentence whose offender accepts responsibility. */
  private static CaseFile.Builder federal() {
    return CaseFile.builder(CASE)
        .jurisdiction(Jurisdiction.parse("CA")).stage(Stage.POST_SENTENCE)
        .participant(Victim.of(VICTIM, true))
        .participant(Offender.builder(OFFENDER).acceptsResponsibility(Truth.YES).build())
        .sentence(new Sentence.Imprisonment(
            Imposition.startingOn(SentenceId.of("S1"), LocalDate.of(2025, 1, 6)),
            Period.parse("P3Y")));
  }

  /** Linked at intake, consented in the process at low risk, in communication. */
  private static ProcessCase communicating() {
    ProcessCase opened = ProcessCase.open(new CaseOpened(OPENED, CASE,
        Programmes.CSC_RESTORATIVE_OPPORTUNITIES, ProcessType.LETTERS,
        List.of(Enrolment.of(VICTIM, Role.VICTIM), Enrolment.of(OFFENDER, Role.OFFENDER)),
        VICTIM));
    return opened.linkedTo(new ScreeningRequest(Programmes.CSC_RESTORATIVE_OPPORTUNITIES, VICTIM,
            INTAKE, federal().build()), Eligibility.screener())
        .recordAll(new StageEntered(OPENED.plusDays(1), ProcessStage.INTAKE),
            new StageEntered(INTAKE, ProcessStage.ASSESSMENT),
            new StageEntered(INTAKE, ProcessStage.PREPARATION),
            new ConsentGiven(READY, VICTIM, true, ConsentForm.WRITTEN),
            new ConsentGiven(READY, OFFENDER, true, ConsentForm.WRITTEN),
            new SafetyAssessed(READY, RiskLevel.LOW),
            new StageEntered(READY, ProcessStage.COMMUNICATION));
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
