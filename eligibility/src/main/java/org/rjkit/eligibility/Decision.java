package org.rjkit.eligibility;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.rule.RuleStatus;

/**
 * The decision of a screening (interchange format, version 1): the overall outcome, the outcome
 * of each phase, every rule's result in a stable order, and the facts that are missing.
 *
 * @param programme the programme screened against
 * @param ruleSetVersion the version of the programme's rule set in force on {@code asOf}
 * @param asOf the date decided for
 * @param caseId the case
 * @param outcome the overall outcome
 * @param phases the outcome of each phase, in phase order
 * @param rules every rule's result, in the programme's order
 * @param missingFacts the JSON paths of missing facts, without duplicates, in rule order
 * @since 1.0
 */
public record Decision(ProgrammeId programme, String ruleSetVersion, LocalDate asOf,
    CaseId caseId, Outcome outcome, Map<Phase, Outcome> phases, List<RuleResult> rules,
    List<String> missingFacts) {

  /** The interchange schema version. */
  public static final String SCHEMA_VERSION = "1";

  private static final Set<Phase> ALL_PHASES = Sets.immutableEnumSet(EnumSet.allOf(Phase.class));

  /**
   * Checks that the outcome follows from the rules and copies every collection.
    *
    * @param programme the programme screened against
    * @param ruleSetVersion the version of the programme's rule set in force on {@code asOf}
    * @param asOf the date decided for
    * @param caseId the case
    * @param outcome the overall outcome
    * @param phases the outcome of each phase, in phase order
    * @param rules every rule's result, in the programme's order
    * @param missingFacts the JSON paths of missing facts, without duplicates, in rule order
   */
  public Decision {
    checkNotNull(programme, "programme");
    checkNotNull(ruleSetVersion, "ruleSetVersion");
    checkNotNull(asOf, "asOf");
    checkNotNull(caseId, "caseId");
    checkNotNull(outcome, "outcome");
    phases = Maps.immutableEnumMap(phases);
    rules = ImmutableList.copyOf(rules);
    missingFacts = ImmutableList.copyOf(missingFacts);
    checkArgument(outcome == Outcome.of(Lists.transform(rules, RuleResult::status)),
        "outcome must follow from the rules");
    checkArgument(phases.keySet().containsAll(ALL_PHASES),
        "phases must give an outcome for every phase");
  }

  /**
   * The decision that follows from rule results: the overall outcome, the outcome of every
   * phase ({@link Outcome#of}; a phase without rules is vacuously ELIGIBLE), and the missing
   * facts as the distinct union of the rules' missing facts, in rule order.
   *
   * @param programme not null
   * @param ruleSetVersion not null
   * @param asOf not null
   * @param caseId not null
   * @param rules every rule's result in the programme's order, not null
   * @return the decision
   */
  public static Decision of(ProgrammeId programme, String ruleSetVersion, LocalDate asOf,
      CaseId caseId, List<RuleResult> rules) {
    EnumMap<Phase, Outcome> phases = new EnumMap<>(Phase.class);
    List<RuleStatus> all = new ArrayList<>(rules.size());
    for (Phase phase : Phase.values()) {
      List<RuleStatus> statuses = new ArrayList<>();
      for (RuleResult r : rules) {
        if (r.phase() == phase) {
          statuses.add(r.status());
        }
      }
      phases.put(phase, Outcome.of(statuses));
    }
    // Distinct in rule order; most decisions miss nothing, and then nothing is allocated.
    List<String> missing = List.of();
    for (RuleResult r : rules) {
      all.add(r.status());
      for (String fact : r.missingFacts()) {
        if (missing.isEmpty()) {
          missing = new ArrayList<>();
        }
        if (!missing.contains(fact)) {
          missing.add(fact);
        }
      }
    }
    return new Decision(programme, ruleSetVersion, asOf, caseId, Outcome.of(all), phases, rules,
        missing);
  }

  /** {@return whether the overall outcome is {@link Outcome#ELIGIBLE}} */
  public boolean isEligible() {
    return outcome == Outcome.ELIGIBLE;
  }
}
