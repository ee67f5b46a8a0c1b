package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.regex.Pattern;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.LocalizedText;
import org.rjkit.core.language.Text;

/**
 * One rule of a programme: a condition from the rule vocabulary ({@link RuleDefinition}) with a
 * stable id that links the policy source, the code, the tests and the decision JSON; a phase;
 * one sentence in policy language, in every configured language; the legal sources it cites; and the
 * rows of the rjkit rule catalogue ({@code domain-rules.md}: {@code CA-RO-13}) it comes from.
 *
 * @param id stable id, upper-case letters, digits and hyphens ({@code CSC-RO-FEDERAL-SENTENCE})
 * @param phase the phase the rule belongs to, not null
 * @param policy the condition in one sentence of policy language: a
 *     {@link org.rjkit.core.language.Message} from the eligibility bundle for a built-in rule, a
 *     {@link LocalizedText} for a vendor's; not null
 * @param citations the legal and policy sources, at least one
 * @param catalogueRows the catalogue rows the rule comes from, possibly none, each matching
 *     {@link #CATALOGUE_ROW}
 * @param definition the condition evaluated, not null
 * @since 1.0
 */
public record Rule(String id, Phase phase, Text policy, List<Citation> citations,
    List<String> catalogueRows, RuleDefinition definition) {

  /** The syntax of a rule id. */
  public static final Pattern ID = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

  /** The syntax of a catalogue row id: letters and digits separated by hyphens ({@code NZ-1b}). */
  public static final Pattern CATALOGUE_ROW = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");

  /**
   * Checks the id and copies the lists.
   *
   * @param id stable id, upper-case letters, digits and hyphens ({@code CSC-RO-FEDERAL-SENTENCE})
   * @param phase the phase the rule belongs to, not null
   * @param policy the condition in one sentence of policy language: a {@link
   *     org.rjkit.core.language.Message} from the eligibility bundle for a built-in rule, a {@link
   *     LocalizedText} for a vendor's; not null
   * @param citations the legal and policy sources, at least one
   * @param catalogueRows the catalogue rows the rule comes from, possibly none, each matching
   *     {@link #CATALOGUE_ROW}
   * @param definition the condition evaluated, not null
   */
  public Rule {
    checkNotNull(id, "id");
    checkArgument(ID.matcher(id).matches(),
        "rule id must be upper-case letters and digits separated by hyphens");
    checkNotNull(phase, "phase");
    checkNotNull(policy, "policy");
    citations = ImmutableList.copyOf(citations);
    checkArgument(!citations.isEmpty(), "a rule cites at least one source");
    catalogueRows = ImmutableList.copyOf(catalogueRows);
    for (String row : catalogueRows) {
      checkArgument(CATALOGUE_ROW.matcher(row).matches(),
          "catalogue rows must be letters and digits separated by hyphens");
    }
    checkNotNull(definition, "definition");
  }

  /**
   * Evaluates the rule against a case.
   *
   * @param facts the case, requester and date, not null
   * @return the result, labelled with this rule's id, phase and citations
   */
  public RuleResult evaluate(ScreeningFacts facts) {
    checkNotNull(facts, "facts");
    Finding f = definition.evaluate(facts);
    return new RuleResult(id, phase, f.status(), f.reason(), citations, f.facts(),
        f.missingFacts());
  }

  /**
   * Starts a rule.
   *
   * @param id the stable id
   * @param phase not null
   * @return a builder
   */
  public static Builder builder(String id, Phase phase) {
    return new Builder(id, phase);
  }

  /** Builds a {@link Rule} step by step, the way the programme definitions read. */
  public static final class Builder {
    private final String id;
    private final Phase phase;
    private Text policy;
    private final ImmutableList.Builder<Citation> citations = ImmutableList.builder();
    private final ImmutableList.Builder<String> rows = ImmutableList.builder();

    private Builder(String id, Phase phase) {
      this.id = id;
      this.phase = phase;
    }

    /**
     * The policy sentence.
     *
     * @param en English, not blank
     * @param fr French, not blank
     * @return this builder
     */
    public Builder policy(String en, String fr) {
      this.policy = LocalizedText.of(en, fr);
      return this;
    }

    /**
     * The policy sentence as a text in any languages: a message from a bundle, or texts given
     * in full.
     *
     * @param text not null
     * @return this builder
     */
    public Builder policy(Text text) {
      this.policy = checkNotNull(text, "text");
      return this;
    }

    /**
     * Adds citations.
     *
     * @param values not null
     * @return this builder
     */
    public Builder cites(Citation... values) {
      citations.add(values);
      return this;
    }

    /**
     * Adds catalogue rows.
     *
     * @param values row ids such as {@code CA-RO-13}
     * @return this builder
     */
    public Builder rows(String... values) {
      rows.add(values);
      return this;
    }

    /**
     * The rule with its condition.
     *
     * @param definition not null
     * @return the rule
     */
    public Rule is(RuleDefinition definition) {
      return new Rule(id, phase, policy, citations.build(), rows.build(), definition);
    }
  }
}
