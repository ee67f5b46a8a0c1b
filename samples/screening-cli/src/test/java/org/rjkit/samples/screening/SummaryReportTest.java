package org.rjkit.samples.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.eligibility.json.DecisionReader;

/** {@code rjkit screen --format summary}: one line per decision, for diffing a re-screening. */
class SummaryReportTest {

  private static final String CSC = ScreeningCommandTest.CASES
      .resolve("ca-csc-restorative-opportunities").toString();

  @Test
  void an_eligible_case_has_no_rule_and_no_fact_listed() {
    ScreeningCommandTest.Run run = ScreeningCommandTest.rjkit("screen", "--format", "summary",
        CSC + "/01-registered-victim-three-year-term.json");

    assertEquals(0, run.status(), run.err());
    assertEquals(List.of("C-2026-0042\tELIGIBLE\t-\t-"), run.lines());
  }

  @Test
  void every_line_lists_exactly_the_rules_not_met_and_the_missing_facts_of_its_decision() {
    String batch = ScreeningCommandTest.SAMPLES.resolve("batch/requests.jsonl").toString();
    ScreeningCommandTest.Run summary = ScreeningCommandTest.rjkit("screen", "--format",
        "summary", batch);
    ScreeningCommandTest.Run json = ScreeningCommandTest.rjkit("screen", "--format", "json",
        batch);

    assertEquals(0, summary.status(), summary.err());
    List<Decision> decisions = json.lines().stream().map(new DecisionReader()::read).toList();
    assertEquals(decisions.size(), summary.lines().size());
    boolean someRuleNotMet = false;
    boolean someFactMissing = false;
    for (int i = 0; i < decisions.size(); i++) {
      Decision d = decisions.get(i);
      String[] fields = summary.lines().get(i).split("\t", -1);
      assertEquals(4, fields.length, summary.lines().get(i));
      assertEquals(d.caseId().value(), fields[0]);
      assertEquals(d.outcome().name(), fields[1]);
      List<String> notMet = d.rules().stream().filter(r -> r.status() != RuleStatus.MET)
          .map(r -> r.ruleId() + "=" + r.status().name()).toList();
      assertEquals(notMet.isEmpty() ? List.of("-") : notMet, List.of(fields[2].split(",")));
      assertEquals(d.missingFacts().isEmpty() ? List.of("-") : d.missingFacts(),
          List.of(fields[3].split(",")));
      someRuleNotMet |= !notMet.isEmpty();
      someFactMissing |= !d.missingFacts().isEmpty();
    }
    assertTrue(someRuleNotMet && someFactMissing, "the batch covers both lists");
  }

  @Test
  void a_rule_not_met_and_a_missing_fact_are_named_with_their_status_and_path() {
    ScreeningCommandTest.Run run = ScreeningCommandTest.rjkit("screen", "--format", "summary",
        CSC + "/06-responsibility-and-safety-not-yet-known.json");
    ScreeningCommandTest.Run json = ScreeningCommandTest.rjkit("screen", "--format", "json",
        CSC + "/06-responsibility-and-safety-not-yet-known.json");
    Decision d = new DecisionReader().read(json.lines().get(0));
    RuleResult unknown = d.rules().stream().filter(r -> r.status() == RuleStatus.UNKNOWN)
        .findFirst().orElseThrow();

    String line = run.lines().get(0);
    assertTrue(line.contains(unknown.ruleId() + "=UNKNOWN"), line);
    assertTrue(line.endsWith("\t" + String.join(",", d.missingFacts())), line);
    assertEquals("NEEDS_INFORMATION", line.split("\t")[1]);
  }

  @Test
  void the_same_requests_give_the_same_bytes_whatever_the_language() {
    String cases = ScreeningCommandTest.CASES.toString();
    ScreeningCommandTest.Run en = ScreeningCommandTest.rjkit("screen", "--format", "summary",
        cases);
    ScreeningCommandTest.Run again = ScreeningCommandTest.rjkit("screen", "--format", "summary",
        cases);
    ScreeningCommandTest.Run fr = ScreeningCommandTest.rjkit("screen", "--lang", "fr",
        "--format", "summary", cases);

    assertEquals(0, en.status(), en.err());
    assertTrue(en.lines().size() >= 21, en.out());
    assertEquals(en.out(), again.out());
    assertEquals(en.out(), fr.out());
  }

  @Test
  void summary_is_refused_for_the_programme_listing() {
    ScreeningCommandTest.Run run = ScreeningCommandTest.rjkit("programmes", "--format",
        "summary");

    assertEquals(Main.INVALID_INPUT, run.status());
    assertTrue(run.err().contains("--format summary is for screen only"), run.err());
  }

  @Test
  void an_unknown_format_names_all_three() {
    ScreeningCommandTest.Run run = ScreeningCommandTest.rjkit("screen", "--format", "csv",
        CSC);

    assertEquals(Main.INVALID_INPUT, run.status());
    assertTrue(run.err().contains("--format must be text, json or summary"), run.err());
  }
}
