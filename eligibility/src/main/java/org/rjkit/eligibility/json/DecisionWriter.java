package org.rjkit.eligibility.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.core.language.Language;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.rule.RuleResult;

/**
 * Writes a {@link Decision} as the decision document of the interchange format, version 1:
 * {@code schemaVersion, programme, ruleSetVersion, asOf, caseId, outcome, phases, rules,
 * missingFacts}, in that order, with lower-case phase keys. Stateless and thread-safe.
 *
 * <p>Each rule's {@code reason} is keyed by language tag: English and French always, and any
 * other configured language the writer is made with ({@code "cy"} for a vendor's Welsh). Texts
 * are formatted here, when the document is written, never during screening. A citation gives
 * its instrument and provision in English, and its {@code translations} when it has them.
 *
 * @since 1.0
 */
public final class DecisionWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Set<Language> languages;

  /** A writer of reasons in English and French. */
  public DecisionWriter() {
    this.languages = LanguageTexts.ALWAYS;
  }

  /**
   * A writer of reasons in English, French and more languages.
   *
   * @param languages the languages to write besides English and French, each configured
   *     ({@link org.rjkit.core.language.Messages#configured()}); not null
   * @throws IllegalArgumentException if a language is not configured
   */
  public DecisionWriter(Set<Language> languages) {
    this.languages = LanguageTexts.written(checkNotNull(languages, "languages"));
  }

  /**
   * The decision as compact JSON on one line (one line of a JSON Lines file).
   *
   * @param decision not null
   * @return the JSON text
   */
  public String write(Decision decision) {
    return RjkitJson.write(toTree(decision));
  }

  /**
   * The decision as indented JSON text.
   *
   * @param decision not null
   * @return the JSON text, two-space indented, {@code \n} line ends
   */
  public String writePretty(Decision decision) {
    return RjkitJson.writePretty(toTree(decision));
  }

  /**
   * The decision as a JSON tree.
   *
   * @param decision not null
   * @return a new tree
   */
  public ObjectNode toTree(Decision decision) {
    checkNotNull(decision, "decision");
    Set<Language> written = languages;
    ObjectNode root = NODES.objectNode();
    root.put("schemaVersion", Decision.SCHEMA_VERSION);
    root.put("programme", decision.programme().value());
    root.put("ruleSetVersion", decision.ruleSetVersion());
    root.put("asOf", decision.asOf().toString());
    root.put("caseId", decision.caseId().value());
    root.put("outcome", decision.outcome().name());
    ObjectNode phases = root.putObject("phases");
    for (Map.Entry<Phase, Outcome> e : decision.phases().entrySet()) {
      phases.put(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue().name());
    }
    ArrayNode rules = root.putArray("rules");
    for (RuleResult r : decision.rules()) {
      ObjectNode rule = rules.addObject();
      rule.put("id", r.ruleId());
      rule.put("phase", r.phase().name());
      rule.put("status", r.status().name());
      LanguageTexts.write(rule.putObject("reason"), r.reason(), written);
      ArrayNode citations = rule.putArray("citations");
      for (Citation c : r.citations()) {
        LanguageTexts.writeCitation(citations.addObject(), c);
      }
      ArrayNode facts = rule.putArray("facts");
      r.facts().forEach(facts::add);
    }
    ArrayNode missing = root.putArray("missingFacts");
    decision.missingFacts().forEach(missing::add);
    return root;
  }
}
