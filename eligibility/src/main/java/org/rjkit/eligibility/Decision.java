package org.rjkit.eligibility;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.EnumMap;
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
  }

  /** Whether the overall outcome is {@link Outcome#ELIGIBLE}. */
  public boolean isEligible() {
    return outcome == Outcome.ELIGIBLE;
  }
}
