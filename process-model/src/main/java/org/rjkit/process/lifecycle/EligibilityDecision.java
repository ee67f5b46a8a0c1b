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

  /**
   * The summary of whether the request can be taken on: the outcome of the decision's
   * eligibility phase (standing, sentence, stage, age, offence exclusions). A case is screened at
   * intake, before consents are collected and safety assessed; those suitability conditions are
   * not skipped but checked again by the lifecycle's own guards before communication
   * (interchange format: "suitability rules decide whether the case may proceed to
   * communication").
   *
   * @param decision not null
   * @return the summary, with the eligibility phase's outcome
   */
  public static EligibilityDecision ofEligibilityPhase(Decision decision) {
    checkNotNull(decision, "decision");
    return new EligibilityDecision(decision.programme(), decision.ruleSetVersion(),
        decision.asOf(), decision.phases().get(org.rjkit.eligibility.Phase.ELIGIBILITY));
  }
}
