package org.rjkit.process.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.rule.RuleStatus;

/**
 * The administrative summary of a screening decision kept in the case history, recorded as what
 * it was: the programme, the rule set version, the date decided for, the overall outcome and the
 * outcome of each phase, the ids of the rules that did not pass (NOT_MET, REVIEW or UNKNOWN) and
 * the JSON paths of the missing facts. The lifecycle's gates read the phases: intake needs the
 * ELIGIBILITY phase, communication and agreement the SUITABILITY phase, exactly as the programme
 * decided (a NEEDS_INFORMATION screening is never recorded as ELIGIBLE).
 *
 * @param programme not null
 * @param ruleSetVersion not null
 * @param asOf not null
 * @param outcome the overall outcome, not null
 * @param phases the outcome of each phase, every phase present
 * @param blockingRules the ids of the rules whose status was not MET, in the programme's order
 * @param missingFacts the JSON paths of the facts missing, in rule order
 * @since 1.0
 */
public record EligibilityDecision(ProgrammeId programme, String ruleSetVersion, LocalDate asOf,
    Outcome outcome, Map<Phase, Outcome> phases, List<String> blockingRules,
    List<String> missingFacts) {

  /**
   * Checks the components: each is present and valid, or this throws.
   *
   * @param programme not null
   * @param ruleSetVersion not null
   * @param asOf not null
   * @param outcome the overall outcome, not null
   * @param phases the outcome of each phase, every phase present
   * @param blockingRules the ids of the rules whose status was not MET, in the programme's order
   * @param missingFacts the JSON paths of the facts missing, in rule order
   */
  public EligibilityDecision {
    checkNotNull(programme, "programme");
    checkNotNull(ruleSetVersion, "ruleSetVersion");
    checkNotNull(asOf, "asOf");
    checkNotNull(outcome, "outcome");
    EnumMap<Phase, Outcome> copy = new EnumMap<>(Phase.class);
    copy.putAll(phases);
    checkArgument(copy.keySet().containsAll(EnumSet.allOf(Phase.class)),
        "phases must give an outcome for every phase");
    phases = Maps.immutableEnumMap(copy);
    blockingRules = ImmutableList.copyOf(blockingRules);
    missingFacts = ImmutableList.copyOf(missingFacts);
  }

  /**
   * A summary with the same outcome for every phase and no rule detail (for a screening made
   * outside rjkit-eligibility).
   *
   * @param programme not null
   * @param ruleSetVersion not null
   * @param asOf not null
   * @param outcome not null
   */
  public EligibilityDecision(ProgrammeId programme, String ruleSetVersion, LocalDate asOf,
      Outcome outcome) {
    this(programme, ruleSetVersion, asOf, outcome, phasesOf(outcome), List.of(), List.of());
  }

  private static Map<Phase, Outcome> phasesOf(Outcome outcome) {
    EnumMap<Phase, Outcome> m = new EnumMap<>(Phase.class);
    for (Phase p : Phase.values()) {
      m.put(p, checkNotNull(outcome, "outcome"));
    }
    return m;
  }

  /**
   * The summary of a screening decision, as it was.
   *
   * @param decision not null
   * @return the summary
   */
  public static EligibilityDecision of(Decision decision) {
    checkNotNull(decision, "decision");
    return new EligibilityDecision(decision.programme(), decision.ruleSetVersion(),
        decision.asOf(), decision.outcome(), decision.phases(),
        decision.rules().stream().filter(r -> r.status() != RuleStatus.MET)
            .map(RuleResult::ruleId).toList(), decision.missingFacts());
  }

  /**
   * {@return the outcome of a phase}
   *
   * @param phase the phase asked about, not null
   */
  public Outcome phase(Phase phase) {
    return phases.get(checkNotNull(phase, "phase"));
  }
}
