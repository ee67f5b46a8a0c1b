package org.rjkit.eligibility;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.rule.RuleResult;

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

  private static final Phase[] PHASES = Phase.values();

  private static final Outcome[] OUTCOMES = Outcome.values();

  private static final List<Map<Phase, Outcome>> PHASE_OUTCOMES = phaseOutcomes();

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
    // no copy of what is already immutable: the shared phase maps, the rules built by of(...)
    phases = Maps.immutableEnumMap(phases);
    rules = ImmutableList.copyOf(rules);
    missingFacts = ImmutableList.copyOf(missingFacts);
    checkArgument(outcome == outcome(rules, null), "outcome must follow from the rules");
    for (Phase phase : PHASES) {
      checkArgument(phases.containsKey(phase), "phases must give an outcome for every phase");
    }
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
    ImmutableList<RuleResult> results = ImmutableList.copyOf(rules);
    int key = 0;
    for (Phase phase : PHASES) {
      key = key * OUTCOMES.length + outcome(results, phase).ordinal();
    }
    // Distinct in rule order; most decisions miss nothing, and then nothing is allocated.
    List<String> missing = null;
    for (int i = 0; i < results.size(); i++) {
      List<String> facts = results.get(i).missingFacts();
      for (int j = 0; j < facts.size(); j++) {
        String fact = facts.get(j);
        if (missing == null) {
          missing = new ArrayList<>();
        }
        if (!missing.contains(fact)) {
          missing.add(fact);
        }
      }
    }
    return new Decision(programme, ruleSetVersion, asOf, caseId, outcome(results, null),
        PHASE_OUTCOMES.get(key), results,
        missing == null ? ImmutableList.of() : ImmutableList.copyOf(missing));
  }

  /**
   * {@link Outcome#of} of the statuses of the rules of a phase (all rules when {@code phase} is
   * null), without a view or an iterator: the dominance order NOT_MET, REVIEW, UNKNOWN, MET.
   */
  private static Outcome outcome(List<RuleResult> rules, Phase phase) {
    boolean review = false;
    boolean unknown = false;
    for (int i = 0; i < rules.size(); i++) {
      RuleResult r = rules.get(i);
      if (phase != null && r.phase() != phase) {
        continue;
      }
      switch (r.status()) {
        case NOT_MET -> {
          return Outcome.INELIGIBLE;
        }
        case REVIEW -> review = true;
        case UNKNOWN -> unknown = true;
        case MET -> { }
      }
    }
    if (review) {
      return Outcome.MANUAL_REVIEW;
    }
    return unknown ? Outcome.NEEDS_INFORMATION : Outcome.ELIGIBLE;
  }

  /**
   * Every map of an outcome for each phase, shared by all decisions: the map of outcomes
   * {@code o0, o1, …} (in phase order) is at {@code ((o0 * OUTCOMES) + o1) * OUTCOMES …}.
   */
  private static List<Map<Phase, Outcome>> phaseOutcomes() {
    int count = 1;
    for (int i = 0; i < PHASES.length; i++) {
      count *= OUTCOMES.length;
    }
    List<Map<Phase, Outcome>> all = new ArrayList<>(count);
    for (int key = 0; key < count; key++) {
      EnumMap<Phase, Outcome> map = new EnumMap<>(Phase.class);
      int rest = key;
      for (int p = PHASES.length - 1; p >= 0; p--) {
        map.put(PHASES[p], OUTCOMES[rest % OUTCOMES.length]);
        rest /= OUTCOMES.length;
      }
      all.add(Maps.immutableEnumMap(map));
    }
    return ImmutableList.copyOf(all);
  }

  /** {@return whether the overall outcome is {@link Outcome#ELIGIBLE}} */
  public boolean isEligible() {
    return outcome == Outcome.ELIGIBLE;
  }
}
