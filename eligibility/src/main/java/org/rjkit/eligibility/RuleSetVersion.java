package org.rjkit.eligibility;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.rule.ScreeningFacts;
import org.rjkit.eligibility.rule.Rule;

/**
 * One version of a programme's rule set: a label, the date from which it applies, and the rules
 * in the order they are evaluated and reported.
 *
 * @param version the version label ({@code 2026-01-01}), not blank
 * @param effectiveFrom the first date on which this version applies, not null
 * @param rules the rules in order, at least one, with distinct ids
 * @since 1.0
 */
public record RuleSetVersion(String version, LocalDate effectiveFrom, List<Rule> rules) {

  /**
   * Checks the label and the rule ids, and copies the rules.
   *
   * @param version the version label ({@code 2026-01-01}), not blank
   * @param effectiveFrom the first date on which this version applies, not null
   * @param rules the rules in order, at least one, with distinct ids
   */
  public RuleSetVersion {
    checkNotNull(version, "version");
    checkArgument(!version.isBlank(), "version must not be blank");
    checkNotNull(effectiveFrom, "effectiveFrom");
    rules = ImmutableList.copyOf(rules);
    checkArgument(!rules.isEmpty(), "a rule set has at least one rule");
    Set<String> ids = new HashSet<>();
    for (Rule r : rules) {
      checkArgument(ids.add(r.id()), "rule ids must be unique within a rule set");
    }
  }

  /**
   * Evaluates every rule (nothing short-circuits) and builds the decision.
   *
   * @param programme the programme's id, not null
   * @param caseFile the case, not null
   * @param requesterId a participant of the case
   * @param asOf the date decided for, not null
   * @return the decision
   */
  public Decision evaluate(ProgrammeId programme, CaseFile caseFile, ParticipantId requesterId,
      LocalDate asOf) {
    return evaluate(programme, caseFile, requesterId, asOf, Optional.empty());
  }

  /**
   * Evaluates every rule (nothing short-circuits) for the offender a request names, and builds
   * the decision.
   *
   * @param programme the programme's id, not null
   * @param caseFile the case, not null
   * @param requesterId a participant of the case
   * @param asOf the date decided for, not null
   * @param offenderId the offender the request concerns, when it names one: an offender of the
   *     case
   * @return the decision
   */
  public Decision evaluate(ProgrammeId programme, CaseFile caseFile, ParticipantId requesterId,
      LocalDate asOf, Optional<ParticipantId> offenderId) {
    checkNotNull(programme, "programme");
    ScreeningFacts facts = new ScreeningFacts(caseFile, requesterId, asOf, offenderId);
    // built at its size, so that neither this list nor the decision copies it
    ImmutableList.Builder<RuleResult> results = ImmutableList.builderWithExpectedSize(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      results.add(rules.get(i).evaluate(facts));
    }
    return Decision.of(programme, version, asOf, caseFile.caseId(), results.build());
  }
}
