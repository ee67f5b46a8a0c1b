package org.rjkit.process;

import java.time.LocalDate;
import java.util.List;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Role;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.eligibility.Outcome;
import org.rjkit.process.lifecycle.EligibilityDecision;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent.CaseOpened;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentGiven;
import org.rjkit.process.lifecycle.ProcessEvent.EligibilityRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.SafetyAssessed;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.type.ProcessType;

/** Named example cases that read like case files: a CSC Restorative Opportunities request. */
public final class Cases {

  private Cases() {}

  public static final ParticipantId VICTIM = ParticipantId.of("V1");
  public static final ParticipantId OFFENDER = ParticipantId.of("O1");
  public static final ParticipantId MEDIATOR = ParticipantId.of("F1");
  public static final ParticipantId VICTIMS_MOTHER = ParticipantId.of("VF1");
  public static final ProgrammeId CSC = ProgrammeId.of("ca-csc-restorative-opportunities");

  /** Day {@code n} of the case, counted from 5 January 2026. */
  public static LocalDate day(int n) {
    return LocalDate.of(2026, 1, 5).plusDays(n);
  }

  public static EligibilityDecision screening(Outcome outcome) {
    return new EligibilityDecision(CSC, "2026.1", day(1), outcome);
  }

  /** A victim asks CSC to communicate with the offender; a mediator is assigned. */
  public static ProcessCase victimsRequest(ProcessType type) {
    return ProcessCase.open(new CaseOpened(day(0), CaseId.of("RO-2026-0001"), CSC, type,
        List.of(Enrolment.of(VICTIM, Role.VICTIM), Enrolment.of(OFFENDER, Role.OFFENDER),
            Enrolment.of(MEDIATOR, Role.FACILITATOR)),
        VICTIM));
  }

  /** The request screened eligible and assessed, in preparation. */
  public static ProcessCase inPreparation(ProcessType type) {
    return victimsRequest(type).recordAll(
        new StageEntered(day(1), ProcessStage.INTAKE),
        new EligibilityRecorded(day(1), screening(Outcome.ELIGIBLE)),
        new StageEntered(day(2), ProcessStage.ASSESSMENT),
        new StageEntered(day(3), ProcessStage.PREPARATION));
  }

  /** Both parties consented, informed and in writing, and the risk to the victim is low. */
  public static ProcessCase readyToCommunicate(ProcessType type) {
    return inPreparation(type).recordAll(
        new ConsentGiven(day(4), VICTIM, true, ConsentForm.WRITTEN),
        new ConsentGiven(day(4), OFFENDER, true, ConsentForm.WRITTEN),
        new SafetyAssessed(day(5), RiskLevel.LOW));
  }

  /** In communication. */
  public static ProcessCase inCommunication(ProcessType type) {
    return readyToCommunicate(type).record(new StageEntered(day(6), ProcessStage.COMMUNICATION));
  }

  /**
   * The mediator establishes an exception towards a recipient for thirty days, triggered by the
   * items named, or for a stated reason when none is named.
   */
  public static org.rjkit.process.lifecycle.ProcessEvent.ExceptionEstablished exception(
      LocalDate on, org.rjkit.process.confidentiality.ExceptionGround ground,
      org.rjkit.process.confidentiality.RecipientKind recipient,
      org.rjkit.process.confidentiality.ContentRef... items) {
    return new org.rjkit.process.lifecycle.ProcessEvent.ExceptionEstablished(on, MEDIATOR, ground,
        recipient, List.of(items), items.length == 0
            ? java.util.Optional.of(org.rjkit.process.confidentiality.ProcessContent.of(
                "a stated reason"))
            : java.util.Optional.empty(), on.plusDays(30));
  }
}
