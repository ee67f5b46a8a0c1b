package org.rjkit.eligibility;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.screening.ProgrammeId;

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
 */
public record Decision(ProgrammeId programme, String ruleSetVersion, LocalDate asOf,
    CaseId caseId, Outcome outcome, Map<Phase, Outcome> phases, List<RuleResult> rules,
    List<String> missingFacts) {

  /** The interchange schema version. */
  public static final String SCHEMA_VERSION = "1";

  /**
   * Checks that the outcome follows from the rules and copies every collection.
   */
  public Decision {
    checkNotNull(programme, "programme");
    checkNotNull(ruleSetVersion, "ruleSetVersion");
    checkNotNull(asOf, "asOf");
    checkNotNull(caseId, "caseId");
    checkNotNull(outcome, "outcome");
    EnumMap<Phase, Outcome> copy = new EnumMap<>(Phase.class);
    copy.putAll(phases);
    phases = Maps.immutableEnumMap(copy);
    rules = ImmutableList.copyOf(rules);
    missingFacts = ImmutableList.copyOf(missingFacts);
    checkArgument(outcome == Outcome.of(rules.stream().map(RuleResult::status).toList()),
        "outcome must follow from the rules");
    checkArgument(phases.keySet().containsAll(EnumSet.allOf(Phase.class)),
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
    LinkedHashSet<String> missing = new LinkedHashSet<>();
    for (RuleResult r : rules) {
      all.add(r.status());
      missing.addAll(r.missingFacts());
    }
    return new Decision(programme, ruleSetVersion, asOf, caseId, Outcome.of(all), phases, rules,
        ImmutableList.copyOf(missing));
  }

  /** Whether the overall outcome is {@link Outcome#ELIGIBLE}. */
  public boolean isEligible() {
    return outcome == Outcome.ELIGIBLE;
  }
}
