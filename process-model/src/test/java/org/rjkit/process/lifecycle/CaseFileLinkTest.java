package org.rjkit.process.lifecycle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.Phase;

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
}
