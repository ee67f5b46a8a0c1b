package org.rjkit.process.lifecycle;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Outcome;

/**
 * The administrative summary of a screening decision kept in the case history: which programme,
 * which rule set version, for which date, and the outcome.
 *
 * @param programme not null
 * @param ruleSetVersion not null
 * @param asOf not null
 * @param outcome not null
 */
public record EligibilityDecision(ProgrammeId programme, String ruleSetVersion, LocalDate asOf,
    Outcome outcome) {

  public EligibilityDecision {
    checkNotNull(programme, "programme");
    checkNotNull(ruleSetVersion, "ruleSetVersion");
    checkNotNull(asOf, "asOf");
    checkNotNull(outcome, "outcome");
  }

  /**
   * The summary of a screening decision.
   *
   * @param decision not null
   * @return the summary
   */
  public static EligibilityDecision of(Decision decision) {
    checkNotNull(decision, "decision");
    return new EligibilityDecision(decision.programme(), decision.ruleSetVersion(),
        decision.asOf(), decision.outcome());
  }
}
