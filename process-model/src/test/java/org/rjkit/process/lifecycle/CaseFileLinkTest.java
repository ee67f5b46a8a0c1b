package org.rjkit.process.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.RecipientKind;

/**
 * A linked case records the screening of its current facts only when it says something else
 * than the latest one: everything but the date decided for counts.
 */
class CaseFileLinkTest {

  private static final ProgrammeId CSC = ProgrammeId.of("ca-csc-restorative-opportunities");
  private static final LocalDate ON = LocalDate.of(2026, 3, 2);

  private static Map<Phase, Outcome> phases(Outcome eligibility, Outcome suitability) {
    Map<Phase, Outcome> m = new EnumMap<>(Phase.class);
    m.put(Phase.ELIGIBILITY, eligibility);
    m.put(Phase.SUITABILITY, suitability);
    return m;
  }

  private static EligibilityDecision decision(ProgrammeId programme, String version,
      LocalDate on, Outcome suitability, List<String> blocking, List<String> missing) {
    Outcome overall = suitability;
    return new EligibilityDecision(programme, version, on, overall,
        phases(Outcome.ELIGIBLE, suitability), blocking, missing);
  }

  @Test
  void two_screenings_are_the_same_when_everything_but_the_date_is() {
    EligibilityDecision a = decision(CSC, "2026.1", ON, Outcome.MANUAL_REVIEW,
        List.of("CSC-RO-SAFETY"), List.of());
    assertTrue(CaseFileLink.sameDecision(a, decision(CSC, "2026.1", ON.plusDays(7),
        Outcome.MANUAL_REVIEW, List.of("CSC-RO-SAFETY"), List.of())));
    assertFalse(CaseFileLink.sameDecision(a, decision(ProgrammeId.of("other"), "2026.1", ON,
        Outcome.MANUAL_REVIEW, List.of("CSC-RO-SAFETY"), List.of())), "programme");
    assertFalse(CaseFileLink.sameDecision(a, decision(CSC, "2027.1", ON,
        Outcome.MANUAL_REVIEW, List.of("CSC-RO-SAFETY"), List.of())), "rule set version");
    assertFalse(CaseFileLink.sameDecision(a, new EligibilityDecision(CSC, "2026.1", ON,
        Outcome.NEEDS_INFORMATION, phases(Outcome.ELIGIBLE, Outcome.MANUAL_REVIEW),
        List.of("CSC-RO-SAFETY"), List.of())), "overall outcome");
    assertFalse(CaseFileLink.sameDecision(a, new EligibilityDecision(CSC, "2026.1", ON,
        Outcome.MANUAL_REVIEW, phases(Outcome.MANUAL_REVIEW, Outcome.MANUAL_REVIEW),
        List.of("CSC-RO-SAFETY"), List.of())), "phases");
    assertFalse(CaseFileLink.sameDecision(a, decision(CSC, "2026.1", ON,
        Outcome.MANUAL_REVIEW, List.of("CSC-RO-OTHER"), List.of())), "blocking rules");
    assertFalse(CaseFileLink.sameDecision(a, decision(CSC, "2026.1", ON,
        Outcome.MANUAL_REVIEW, List.of("CSC-RO-SAFETY"), List.of("$.case.x"))),
        "missing facts");
  }

  @Test
  void the_parts_of_a_case_state_print_counts_never_who_or_what() {
    ParticipantId victim = ParticipantId.of("V1");
    ConsentState consents = ConsentState.NONE
        .given(new ProcessEvent.ConsentGiven(ON, victim, true, ConsentForm.WRITTEN))
        .withdrawn(new ProcessEvent.ConsentWithdrawn(ON, ParticipantId.of("O1")));
    assertEquals("ConsentState[1 records, 1 declined]", consents.toString());
    CommunicationState communication = CommunicationState.NONE
        .assessed(new ProcessEvent.SafetyAssessed(ON, RiskLevel.LOW))
        .stated(new ProcessEvent.StatementRecorded(ON, victim, ProcessContent.of("secret words")));
    assertEquals("CommunicationState[1 assessments, 0 meetings, 0 messages, 1 statements]",
        communication.toString());
    assertEquals("DisclosureState[0 exceptions, 0 decisions]",
        DisclosureState.NONE.agreed(new ProcessEvent.DisclosureAgreed(ON, victim,
            RecipientKind.PAROLE_BOARD)).toString());
    assertEquals("ScreeningState[not screened]", ScreeningState.NONE.toString());
    EligibilityDecision d = decision(CSC, "2026.1", ON, Outcome.ELIGIBLE, List.of(), List.of());
    assertEquals("ScreeningState[screened, reviewed]",
        ScreeningState.NONE.screened(d).reviewed(ReviewOutcome.ACCEPTED).toString());
    assertEquals("ScreeningState[screened]",
        ScreeningState.NONE.screened(d).reviewed(ReviewOutcome.ACCEPTED).screened(d).toString());
  }
}
