package org.rjkit.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import org.rjkit.core.language.Language;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.rule.RuleStatus;

/** Checks a decision against a row of a rule table. */
public final class RuleTables {

  private RuleTables() {}

  /**
   * The decision has the expected outcome, and exactly the listed rules are not MET (in the
   * programme's order); every rule not MET gives a reason in English and French.
   *
   * @param decision the decision
   * @param outcome the expected outcome
   * @param deciding the ids of the rules that are not MET, separated by spaces, or {@code -}
   */
  public static void check(Decision decision, Outcome outcome, String deciding) {
    List<String> expected = deciding == null || deciding.isBlank() || deciding.equals("-")
        ? List.of() : Arrays.asList(deciding.trim().split("\\s+"));
    List<String> actual = decision.rules().stream()
        .filter(r -> r.status() != RuleStatus.MET)
        .map(r -> r.ruleId() + "=" + r.status()).toList();
    assertEquals(expected, actual.stream().map(a -> a.substring(0, a.indexOf('='))).toList(),
        () -> "rules not met: " + actual);
    assertEquals(outcome, decision.outcome(), () -> "rules not met: " + actual);
    for (RuleResult r : decision.rules()) {
      assertFalse(r.reason().in(Language.EN).isBlank() || r.reason().in(Language.FR).isBlank(), r.ruleId());
    }
  }
}
