package org.rjkit.eligibility.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.rjkit.core.citation.Citation;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.rule.RuleResult;

/**
 * Writes a {@link Decision} as the decision document of the interchange format, version 1:
 * {@code schemaVersion, programme, ruleSetVersion, asOf, caseId, outcome, phases, rules,
 * missingFacts}, in that order, with lower-case phase keys. Stateless and thread-safe.
 */
public final class DecisionWriter {

  static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DecisionWriter() {}

  /**
   * The decision as compact JSON on one line.
   *
   * @param decision not null
   * @return the JSON text
   */
  public static String toJson(Decision decision) {
    try {
      return MAPPER.writeValueAsString(toTree(decision));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The decision as a JSON tree.
   *
   * @param decision not null
   * @return a new tree
   */
  public static ObjectNode toTree(Decision decision) {
    checkNotNull(decision, "decision");
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
      ObjectNode reason = rule.putObject("reason");
      reason.put("en", r.reason().en());
      reason.put("fr", r.reason().fr());
      ArrayNode citations = rule.putArray("citations");
      for (Citation c : r.citations()) {
        ObjectNode citation = citations.addObject();
        citation.put("instrument", c.instrument());
        citation.put("provision", c.provision());
        c.url().ifPresent(u -> citation.put("url", u.toString()));
      }
      ArrayNode facts = rule.putArray("facts");
      r.facts().forEach(facts::add);
    }
    ArrayNode missing = root.putArray("missingFacts");
    decision.missingFacts().forEach(missing::add);
    return root;
  }
}
