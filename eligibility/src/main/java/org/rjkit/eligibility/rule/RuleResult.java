package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.Text;

/**
 * What one rule concluded about a case.
 *
 * <p>An {@link RuleStatus#UNKNOWN} rule names the facts that are missing ({@code missingFacts},
 * never empty then); every other status has none. The missing facts are among the facts the
 * rule used, so that a decision's {@code facts} and {@code missingFacts} (interchange format)
 * are enough to rebuild them.
 *
 * @param ruleId the rule's stable id ({@code CSC-RO-FEDERAL-SENTENCE}), not null
 * @param phase the rule's phase, not null
 * @param status the three-valued result (or REVIEW), not null
 * @param reason why, in any configured language: a {@link org.rjkit.core.language.Message} (key
 *     and arguments, formatted when read) for a built-in rule, a
 *     {@link org.rjkit.core.language.LocalizedText} for texts read from JSON; says what was found,
 *     never personal data or what a participant said; not null
 * @param citations the legal sources of the rule, not null
 * @param facts the JSON paths of the facts the rule used ({@code sentences[0].term}), not null
 * @param missingFacts the JSON paths of the facts that were missing, among {@code facts}, not
 *     empty exactly when the status is UNKNOWN
 * @since 1.0
 */
public record RuleResult(String ruleId, Phase phase, RuleStatus status, Text reason,
    List<Citation> citations, List<String> facts, List<String> missingFacts) {

  /**
   * Checks the missing facts against the status and the facts, and copies the lists.
   *
   * @param ruleId not null
   * @param phase not null
   * @param status not null
   * @param reason not null
   * @param citations not null
   * @param facts not null
   * @param missingFacts not empty exactly when the status is UNKNOWN, among {@code facts}
   */
  public RuleResult {
    checkNotNull(ruleId, "ruleId");
    checkNotNull(phase, "phase");
    checkNotNull(status, "status");
    checkNotNull(reason, "reason");
    citations = Finding.immutable(citations);
    facts = Finding.immutable(facts);
    missingFacts = Finding.immutable(missingFacts);
    checkArgument(missingFacts.isEmpty() == (status != RuleStatus.UNKNOWN),
        "missingFacts must be stated exactly when the status is UNKNOWN");
    checkArgument(missingFacts.isEmpty()
        || com.google.common.collect.ImmutableSet.copyOf(facts).containsAll(missingFacts),
        "missingFacts must be among facts");
  }

  /**
   * A result whose missing facts, when the status is UNKNOWN, are all of its facts.
   *
   * @param ruleId not null
   * @param phase not null
   * @param status not null
   * @param reason not null
   * @param citations not null
   * @param facts not null; not empty when the status is UNKNOWN
   */
  public RuleResult(String ruleId, Phase phase, RuleStatus status, Text reason,
      List<Citation> citations, List<String> facts) {
    this(ruleId, phase, status, reason, citations, facts,
        status == RuleStatus.UNKNOWN ? facts : List.of());
  }
}
