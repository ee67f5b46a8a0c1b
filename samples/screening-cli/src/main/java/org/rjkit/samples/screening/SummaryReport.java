package org.rjkit.samples.screening;

import java.util.List;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.rule.RuleStatus;

/**
 * {@code rjkit screen --format summary}: one line per decision, for re-screening a caseload and
 * diffing the result after a rule change. Four fields separated by tabs: the case id, the
 * outcome, every rule that is not met with its status ({@code CSC-RO-CONSENT=NOT_MET}, in the
 * programme's order) and the missing facts (JSON paths, in rule order); a list is separated by
 * commas, and an empty one is {@code -}. The line depends on the decision alone, in the same
 * language-neutral codes as the JSON decision, so the same caseload under the same rules gives
 * the same bytes.
 */
final class SummaryReport {

  /** Written for an empty list. */
  static final String NONE = "-";

  private SummaryReport() {}

  /**
   * The summary line of a decision, without a line end.
   *
   * @param decision not null
   * @return {@code caseId TAB outcome TAB rules-not-met TAB missing-facts}
   */
  static String line(Decision decision) {
    StringBuilder line = new StringBuilder(96);
    line.append(decision.caseId().value()).append('\t').append(decision.outcome().name())
        .append('\t');
    int start = line.length();
    for (RuleResult rule : decision.rules()) {
      if (rule.status() != RuleStatus.MET) {
        if (line.length() > start) {
          line.append(',');
        }
        line.append(rule.ruleId()).append('=').append(rule.status().name());
      }
    }
    if (line.length() == start) {
      line.append(NONE);
    }
    line.append('\t');
    appendList(line, decision.missingFacts());
    return line.toString();
  }

  private static void appendList(StringBuilder line, List<String> items) {
    if (items.isEmpty()) {
      line.append(NONE);
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(items.get(i));
    }
  }
}
