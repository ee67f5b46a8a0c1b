package org.rjkit.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.LocalizedText;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.rule.RuleStatus;

/**
 * A decision and its rule results are always consistent: the outcome follows from the rules,
 * every phase has an outcome, and a rule names the facts it is missing exactly when it is open.
 */
@DisplayName("decisions and rule results")
class DecisionTest {

  private static final LocalizedText WHY = LocalizedText.of("Why.", "Pourquoi.");
  private static final List<Citation> SOURCE = List.of(Citation.of("Instrument", "s. 1"));

  @Test
  void a_decision_gives_an_outcome_for_every_phase() {
    Decision d = Scenario.registeredVictimOfOffenderServingThreeYears().decide();
    Map<Phase, Outcome> eligibilityOnly = new EnumMap<>(Phase.class);
    eligibilityOnly.put(Phase.ELIGIBILITY, Outcome.ELIGIBLE);
    assertThrows(IllegalArgumentException.class, () -> new Decision(d.programme(),
        d.ruleSetVersion(), d.asOf(), d.caseId(), d.outcome(), eligibilityOnly, d.rules(),
        d.missingFacts()));
  }

  @Test
  void a_rule_result_names_missing_facts_exactly_when_it_is_open_and_among_its_facts() {
    assertThrows(IllegalArgumentException.class, () -> new RuleResult("EX-1", Phase.ELIGIBILITY,
        RuleStatus.UNKNOWN, WHY, SOURCE, List.of("stage"), List.of()));
    assertThrows(IllegalArgumentException.class, () -> new RuleResult("EX-1", Phase.ELIGIBILITY,
        RuleStatus.NOT_MET, WHY, SOURCE, List.of("stage"), List.of("stage")));
    assertThrows(IllegalArgumentException.class, () -> new RuleResult("EX-1", Phase.ELIGIBILITY,
        RuleStatus.UNKNOWN, WHY, SOURCE, List.of("stage"), List.of("court")));
  }

  @Test
  void an_open_rule_result_given_only_its_facts_is_missing_all_of_them() {
    assertEquals(List.of("stage", "court"), new RuleResult("EX-1", Phase.ELIGIBILITY,
        RuleStatus.UNKNOWN, WHY, SOURCE, List.of("stage", "court")).missingFacts());
    assertEquals(List.of(), new RuleResult("EX-1", Phase.ELIGIBILITY, RuleStatus.REVIEW, WHY,
        SOURCE, List.of("stage", "court")).missingFacts());
  }
}
