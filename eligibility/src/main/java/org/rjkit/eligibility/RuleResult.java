package org.rjkit.eligibility;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.BilingualText;

/**
 * What one rule concluded about a case.
 *
 * @param ruleId the rule's stable id ({@code CSC-RO-FEDERAL-SENTENCE})
 * @param phase the rule's phase
 * @param status the three-valued result (or REVIEW)
 * @param reason why, in English and French; never what a participant said
 * @param citations the legal sources of the rule
 * @param facts the JSON paths of the facts the rule used ({@code sentences[0].term})
 */
public record RuleResult(String ruleId, Phase phase, RuleStatus status, BilingualText reason,
    List<Citation> citations, List<String> facts) {

  public RuleResult {
    checkNotNull(ruleId, "ruleId");
    checkNotNull(phase, "phase");
    checkNotNull(status, "status");
    checkNotNull(reason, "reason");
    citations = ImmutableList.copyOf(citations);
    facts = ImmutableList.copyOf(facts);
  }
}
