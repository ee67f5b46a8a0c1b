package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.rjkit.core.participant.Offender;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Role;
import org.rjkit.core.participant.Victim;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.core.sentence.Imposition;
import org.rjkit.core.sentence.Sentence;
import org.rjkit.core.sentence.SentenceId;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.screening.Eligibility;
import org.rjkit.eligibility.Outcome;
import org.rjkit.process.lifecycle.EligibilityDecision;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent.CaseOpened;
import org.rjkit.process.lifecycle.ProcessEvent.EligibilityRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.lifecycle.TransitionRefusedException;
import org.rjkit.process.type.ProcessType;

/**
 * A request is screened at intake, before consent is collected: the eligibility phase says
 * whether it can be taken on; consent and safety are checked again by the lifecycle before
 * communication.
 */
class ScreeningAtIntakeTest {

  private static final ParticipantId VICTIM = ParticipantId.of("V1");
  private static final ParticipantId OFFENDER = ParticipantId.of("O1");
  private static final ProgrammeId CSC = ProgrammeId.of("ca-csc-restorative-opportunities");
  private static final LocalDate INTAKE = LocalDate.of(2026, 2, 4);

  private static Decision screen(String term) {
    CaseFile caseFile = CaseFile.builder(CaseId.of("RO-1"))
        .jurisdiction(Jurisdiction.parse("CA")).stage(Stage.POST_SENTENCE)
        .participant(Victim.of(VICTIM, true))
        .participant(Offender.builder(OFFENDER).acceptsResponsibility(true).build())
        .sentence(new Sentence.Imprisonment(
            Imposition.startingOn(SentenceId.of("S1"), LocalDate.of(2025, 1, 6)),
            Period.parse(term)))
        .build();
    return Eligibility.screen(new ScreeningRequest(CSC, VICTIM, INTAKE, caseFile));
  }

  private static ProcessCase atIntake(EligibilityDecision decision) {
    return ProcessCase.open(new CaseOpened(INTAKE.minusDays(2), CaseId.of("RO-1"), CSC,
            ProcessType.INDIRECT_MEDIATION,
            List.of(Enrolment.of(VICTIM, Role.VICTIM), Enrolment.of(OFFENDER, Role.OFFENDER)),
            VICTIM))
        .recordAll(new StageEntered(INTAKE.minusDays(1), ProcessStage.INTAKE),
            new EligibilityRecorded(INTAKE, decision));
  }

  @Test
  void a_request_screened_before_consent_is_collected_can_be_taken_on_by_its_eligibility_phase() {
    Decision decision = screen("P3Y");
    assertEquals(Outcome.NEEDS_INFORMATION, decision.outcome(), "consent and safety not yet known");
    // Spec changed (issue 10): the screening is recorded as it was, never as ELIGIBLE; intake
    // reads its eligibility phase.
    EligibilityDecision taken = EligibilityDecision.of(decision);
    assertEquals(Outcome.NEEDS_INFORMATION, taken.outcome());
    assertEquals(Outcome.ELIGIBLE, taken.phase(org.rjkit.eligibility.rule.Phase.ELIGIBILITY));
    ProcessCase c = atIntake(taken).record(
        new StageEntered(INTAKE.plusDays(1), ProcessStage.ASSESSMENT));
    assertEquals(ProcessStage.ASSESSMENT, c.stage());
  }

  @Test
  void a_request_that_fails_the_eligibility_phase_never_leaves_intake() {
    Decision provincial = screen("P2Y-1D");
    EligibilityDecision taken = EligibilityDecision.of(provincial);
    assertEquals(Outcome.INELIGIBLE, taken.phase(org.rjkit.eligibility.rule.Phase.ELIGIBILITY));
    ProcessCase c = atIntake(taken);
    TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
        () -> c.record(new StageEntered(INTAKE.plusDays(1), ProcessStage.ASSESSMENT)));
    assertEquals("PROC-INTAKE-ELIGIBLE", e.ruleId());
    assertTrue(e.details().contains("CSC-RO-FEDERAL-SENTENCE"), e.details().toString());
  }

  @Test
  void the_whole_decision_keeps_its_overall_outcome() {
    assertEquals(Outcome.NEEDS_INFORMATION, EligibilityDecision.of(screen("P3Y")).outcome());
  }
}
