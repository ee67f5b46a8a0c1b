package org.rjkit.eligibility.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.Scenario;

/**
 * The published decision schema, checked by a real JSON Schema validator (networknt, draft
 * 2020-12) against decisions written for the six built-in programmes, with every outcome, and
 * shown to reject a decision that breaks it.
 */
@DisplayName("Decisions validate against the published decision schema")
class DecisionSchemaTest {

  static Stream<Arguments> decisions() {
    return Stream.of(
        of("CSC, as stated", Scenario::registeredVictimOfOffenderServingThreeYears, "none",
            Outcome.ELIGIBLE),
        of("CSC, two years less a day", Scenario::registeredVictimOfOffenderServingThreeYears,
            "term P2Y-1D", Outcome.INELIGIBLE),
        of("CSC, no safety assessment", Scenario::registeredVictimOfOffenderServingThreeYears,
            "no safety assessment", Outcome.NEEDS_INFORMATION),
        of("CSC, high risk", Scenario::registeredVictimOfOffenderServingThreeYears,
            "risk HIGH", Outcome.MANUAL_REVIEW),
        of("Québec PMRG, as stated", Scenario::adultChargedWithShopliftingInMontreal, "none",
            Outcome.ELIGIBLE),
        of("YCJA, as stated", Scenario::fifteenYearOldGraffitiInOntario, "none",
            Outcome.ELIGIBLE),
        of("YCJA, date of birth unknown", Scenario::fifteenYearOldGraffitiInOntario,
            "born unknown", Outcome.NEEDS_INFORMATION),
        of("New Zealand, as stated", Scenario::guiltyPleaBeforeTheDistrictCourt, "none",
            Outcome.ELIGIBLE),
        of("New Zealand, High Court", Scenario::guiltyPleaBeforeTheDistrictCourt,
            "court HIGH_COURT", Outcome.INELIGIBLE),
        of("EU, as stated", Scenario::assaultVictimInFrance, "none", Outcome.ELIGIBLE),
        of("EU, Denmark", Scenario::assaultVictimInFrance, "jurisdiction DK", Outcome.INELIGIBLE),
        of("England and Wales, as stated", Scenario::burglaryVictimInEngland, "none",
            Outcome.ELIGIBLE),
        of("England and Wales, sexual context", Scenario::burglaryVictimInEngland,
            "offence in SEXUAL context", Outcome.MANUAL_REVIEW));
  }

  private static Arguments of(String name, Supplier<Scenario> start, String changes,
      Outcome outcome) {
    return Arguments.of(name, start.get().with(changes).decide(), outcome);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("decisions")
  void every_written_decision_validates(String name, Decision decision, Outcome outcome) {
    assertEquals(outcome, decision.outcome(), name);
    assertEquals(List.of(), EligibilitySchemas.violations(EligibilitySchemas.DECISION,
        new DecisionWriter().toTree(decision)));
  }

  @Test
  void the_schema_rejects_a_decision_with_an_unknown_outcome_or_an_extra_field() {
    Decision decision = Scenario.registeredVictimOfOffenderServingThreeYears().decide();
    ObjectNode bad = new DecisionWriter().toTree(decision);
    bad.put("outcome", "MAYBE");
    assertFalse(EligibilitySchemas.violations(EligibilitySchemas.DECISION, bad).isEmpty());
    ObjectNode extra = new DecisionWriter().toTree(decision);
    ((ObjectNode) extra.get("rules").get(0)).put("comment", "x");
    assertFalse(EligibilitySchemas.violations(EligibilitySchemas.DECISION, extra).isEmpty());
  }
}
