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
import org.rjkit.eligibility.screening.Eligibility;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.programmes.CscRestorativeOpportunities;
import org.rjkit.eligibility.programmes.Programmes;
import org.rjkit.process.lifecycle.EligibilityDecision;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent.CaseOpened;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentGiven;
import org.rjkit.process.lifecycle.ProcessEvent.EligibilityRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.ReviewRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.SafetyAssessed;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.lifecycle.ReviewOutcome;
import org.rjkit.process.lifecycle.TransitionRefusedException;
import org.rjkit.process.type.ProcessType;

/**
 * Suitability is decided once, by the programme: the lifecycle reads the SUITABILITY phase of the
 * programme's own screening at communication and agreement, and never re-decides it.
 */
class SuitabilityGateTest {

  private static final ParticipantId VICTIM = ParticipantId.of("V1");
  private static final ParticipantId OFFENDER = ParticipantId.of("O1");
  private static final LocalDate OPENED = LocalDate.of(2026, 2, 2);
  private static final LocalDate INTAKE = LocalDate.of(2026, 2, 4);
  private static final LocalDate READY = LocalDate.of(2026, 3, 2);

  /** A CSC case file of a federal sentence; consents and safety as given. */
  private static CaseFile.Builder federal() {
    return CaseFile.builder(CaseId.of("RO-1"))
        .jurisdiction(Jurisdiction.parse("CA")).stage(Stage.POST_SENTENCE)
        .participant(Victim.of(VICTIM, true))
        .participant(Offender.builder(OFFENDER).acceptsResponsibility(true).build())
        .sentence(new Sentence.Imprisonment(
            Imposition.startingOn(SentenceId.of("S1"), LocalDate.of(2025, 1, 6)),
            Period.parse("P3Y")));
  }

  private static EligibilityDecision screen(CaseFile file, LocalDate on) {
    return EligibilityDecision.of(Eligibility.screen(new ScreeningRequest(
        Programmes.CSC_RESTORATIVE_OPPORTUNITIES, VICTIM, on, file)));
  }

  /** Screened at intake (consent not yet known), then prepared with consents and an assessment. */
  private static ProcessCase prepared(RiskLevel risk) {
    return ProcessCase.open(new CaseOpened(OPENED, CaseId.of("RO-1"),
            Programmes.CSC_RESTORATIVE_OPPORTUNITIES, ProcessType.LETTERS,
            List.of(Enrolment.of(VICTIM, Role.VICTIM), Enrolment.of(OFFENDER, Role.OFFENDER)),
            VICTIM))
        .recordAll(new StageEntered(OPENED.plusDays(1), ProcessStage.INTAKE),
            new EligibilityRecorded(INTAKE, screen(federal().build(), INTAKE)),
            new StageEntered(INTAKE, ProcessStage.ASSESSMENT),
            new StageEntered(INTAKE, ProcessStage.PREPARATION),
            new ConsentGiven(READY, VICTIM, true, ConsentForm.WRITTEN),
            new ConsentGiven(READY, OFFENDER, true, ConsentForm.WRITTEN),
            new SafetyAssessed(READY, risk));
  }

  private static CaseFile current(RiskLevel risk) {
    return federal()
        .consent(ConsentRecord.informed(VICTIM, READY, ConsentForm.WRITTEN))
        .consent(ConsentRecord.informed(OFFENDER, READY, ConsentForm.WRITTEN))
        .safetyAssessment(new SafetyAssessment(READY, risk)).build();
  }

  @Test
  void a_screening_that_needs_information_is_recorded_as_such_and_communication_names_the_facts() {
    ProcessCase c = prepared(RiskLevel.LOW);
    EligibilityDecision atIntake = c.eligibility().orElseThrow();
    assertEquals(Outcome.NEEDS_INFORMATION, atIntake.outcome(), "never recorded as ELIGIBLE");
    TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
        () -> c.record(new StageEntered(READY, ProcessStage.COMMUNICATION)));
    assertEquals("PROC-SUITABILITY", e.ruleId());
    assertEquals(atIntake.missingFacts(), e.details());
    assertTrue(!e.details().isEmpty());
  }

  @Test
  void screened_again_on_current_facts_a_low_risk_case_communicates() {
    ProcessCase c = prepared(RiskLevel.LOW).record(
        new EligibilityRecorded(READY, screen(current(RiskLevel.LOW), READY)));
    assertEquals(Outcome.ELIGIBLE, c.eligibility().orElseThrow().phase(Phase.SUITABILITY));
    assertEquals(ProcessStage.COMMUNICATION,
        c.record(new StageEntered(READY, ProcessStage.COMMUNICATION)).stage());
  }

  @Test
  void high_risk_in_csc_needs_a_recorded_review_before_communication() {
    ProcessCase c = prepared(RiskLevel.HIGH).record(
        new EligibilityRecorded(READY, screen(current(RiskLevel.HIGH), READY)));
    assertEquals(Outcome.MANUAL_REVIEW, c.eligibility().orElseThrow().phase(Phase.SUITABILITY));
    TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
        () -> c.record(new StageEntered(READY, ProcessStage.COMMUNICATION)));
    assertEquals("PROC-SUITABILITY", e.ruleId());
    assertTrue(e.details().contains(CscRestorativeOpportunities.SAFETY), e.details().toString());
    ProcessCase reviewed = c.record(new ReviewRecorded(READY, ReviewOutcome.ACCEPTED));
    assertEquals(ProcessStage.COMMUNICATION,
        reviewed.record(new StageEntered(READY, ProcessStage.COMMUNICATION)).stage());
  }

  @Test
  void a_screening_for_another_programme_or_outside_the_timeline_is_refused() {
    ProcessCase c = prepared(RiskLevel.LOW);
    EligibilityDecision other = new EligibilityDecision(Programmes.NZ_SENTENCING_ACT_S24A,
        "2026.1", READY, Outcome.ELIGIBLE);
    assertEquals("PROC-SCREENING-FOR-CASE", assertThrows(TransitionRefusedException.class,
        () -> c.record(new EligibilityRecorded(READY, other))).ruleId());
    EligibilityDecision beforeOpening = new EligibilityDecision(
        Programmes.CSC_RESTORATIVE_OPPORTUNITIES, "2026.1", OPENED.minusDays(1), Outcome.ELIGIBLE);
    assertEquals("PROC-SCREENING-FOR-CASE", assertThrows(TransitionRefusedException.class,
        () -> c.record(new EligibilityRecorded(READY, beforeOpening))).ruleId());
    EligibilityDecision future = new EligibilityDecision(
        Programmes.CSC_RESTORATIVE_OPPORTUNITIES, "2026.1", READY.plusDays(30), Outcome.ELIGIBLE);
    assertEquals("PROC-SCREENING-FOR-CASE", assertThrows(TransitionRefusedException.class,
        () -> c.record(new EligibilityRecorded(READY, future))).ruleId());
  }
  /** An England and Wales case prepared with the victim's consent in a form, the offender's written. */
  private static ProcessCase englandAndWales(ConsentForm victimsConsent) {
    LocalDate on = READY;
    return ProcessCase.open(new CaseOpened(OPENED, CaseId.of("EW-1"),
            Programmes.GB_EW_VICTIM_INITIATED, ProcessType.LETTERS,
            List.of(Enrolment.of(VICTIM, Role.VICTIM), Enrolment.of(OFFENDER, Role.OFFENDER)),
            VICTIM))
        .recordAll(new StageEntered(OPENED.plusDays(1), ProcessStage.INTAKE),
            new EligibilityRecorded(INTAKE, new EligibilityDecision(
                Programmes.GB_EW_VICTIM_INITIATED, "2026.1", INTAKE, Outcome.ELIGIBLE)),
            new StageEntered(INTAKE, ProcessStage.ASSESSMENT),
            new StageEntered(INTAKE, ProcessStage.PREPARATION),
            new ConsentGiven(on, VICTIM, true, victimsConsent),
            new ConsentGiven(on, OFFENDER, true, ConsentForm.WRITTEN),
            new SafetyAssessed(on, RiskLevel.LOW));
  }

  @Test
  void an_oral_consent_does_not_open_communication_in_england_and_wales() {
    ProcessCase c = englandAndWales(ConsentForm.ORAL);
    TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
        () -> c.record(new StageEntered(READY, ProcessStage.COMMUNICATION)));
    assertEquals("PROC-SUITABILITY", e.ruleId());
    assertEquals(List.of(VICTIM), e.participants());
    assertEquals(List.of(
        org.rjkit.eligibility.programmes.EnglandWalesVictimInitiated.CONSENT), e.details());
    assertEquals(ProcessStage.PREPARATION, e.from());
  }

  @Test
  void written_consent_or_oral_consent_recorded_in_writing_opens_communication_in_england_and_wales() {
    for (ConsentForm form : List.of(ConsentForm.WRITTEN, ConsentForm.ORAL_RECORDED)) {
      assertEquals(ProcessStage.COMMUNICATION, englandAndWales(form)
          .record(new StageEntered(READY, ProcessStage.COMMUNICATION)).stage(), form.name());
    }
  }

  @Test
  void an_oral_consent_counts_where_the_programme_accepts_any_form() {
    ProcessCase c = ProcessCase.open(new CaseOpened(OPENED, CaseId.of("RO-2"),
            Programmes.CSC_RESTORATIVE_OPPORTUNITIES, ProcessType.LETTERS,
            List.of(Enrolment.of(VICTIM, Role.VICTIM), Enrolment.of(OFFENDER, Role.OFFENDER)),
            VICTIM))
        .recordAll(new StageEntered(OPENED.plusDays(1), ProcessStage.INTAKE),
            new EligibilityRecorded(INTAKE, new EligibilityDecision(
                Programmes.CSC_RESTORATIVE_OPPORTUNITIES, "2026.1", INTAKE, Outcome.ELIGIBLE)),
            new StageEntered(INTAKE, ProcessStage.ASSESSMENT),
            new StageEntered(INTAKE, ProcessStage.PREPARATION),
            new ConsentGiven(READY, VICTIM, true, ConsentForm.ORAL),
            new ConsentGiven(READY, OFFENDER, true, ConsentForm.WRITTEN),
            new SafetyAssessed(READY, RiskLevel.LOW));
    assertEquals(ProcessStage.COMMUNICATION,
        c.record(new StageEntered(READY, ProcessStage.COMMUNICATION)).stage());
  }
}
