package org.rjkit.eligibility.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.core.language.BilingualText;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.RuleSetVersion;
import org.rjkit.eligibility.rule.Rule;

/**
 * Writes a {@link Programme} as a rule-set document (see {@link RuleSetDocumentReader} for the
 * format): {@code schemaVersion, id, name, versions}, versions in order of date, rules in the
 * order they are evaluated, each rule's fields in the order {@code id, phase, policy, citations,
 * rows, condition}; {@code rows} is left out when the rule names no catalogue row, and an
 * optional condition parameter when it has no value. Reading what this writes gives back an
 * equal programme, for every programme, the built-in ones included. Stateless and thread-safe.
 *
 * @since 1.0
 */
public final class RuleSetDocumentWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A writer; it holds no state. */
  public RuleSetDocumentWriter() {}

  /**
   * The programme as a rule-set document, indented by two spaces with {@code \n} line ends.
   *
   * @param programme not null
   * @return the JSON text
   */
  public String writePretty(Programme programme) {
    return RjkitJson.writePretty(toTree(programme));
  }

  /**
   * The programme as a rule-set document on one line.
   *
   * @param programme not null
   * @return the JSON text, without line breaks
   */
  public String write(Programme programme) {
    return RjkitJson.write(toTree(programme));
  }

  /**
   * The programme as a JSON tree.
   *
   * @param programme not null
   * @return a new tree
   */
  public ObjectNode toTree(Programme programme) {
    checkNotNull(programme, "programme");
    ObjectNode root = NODES.objectNode();
    root.put("schemaVersion", RuleSetDocumentReader.SCHEMA_VERSION);
    root.put("id", programme.id().value());
    root.set("name", text(programme.name()));
    ArrayNode versions = root.putArray("versions");
    for (RuleSetVersion v : programme.versions()) {
      ObjectNode version = versions.addObject();
      version.put("version", v.version());
      version.put("effectiveFrom", v.effectiveFrom().toString());
      ArrayNode rules = version.putArray("rules");
      for (Rule r : v.rules()) {
        rules.add(rule(r));
      }
    }
    return root;
  }

  private static ObjectNode rule(Rule r) {
    ObjectNode rule = NODES.objectNode();
    rule.put("id", r.id());
    rule.put("phase", r.phase().name());
    rule.set("policy", text(r.policy()));
    ArrayNode citations = rule.putArray("citations");
    for (Citation c : r.citations()) {
      ObjectNode citation = citations.addObject();
      citation.put("instrument", c.instrument());
      citation.put("provision", c.provision());
      c.url().ifPresent(u -> citation.put("url", u.toString()));
    }
    if (!r.catalogueRows().isEmpty()) {
      ArrayNode rows = rule.putArray("rows");
      r.catalogueRows().forEach(rows::add);
    }
    rule.set("condition", Conditions.write(r.definition()));
    return rule;
  }

  private static ObjectNode text(BilingualText text) {
    ObjectNode node = NODES.objectNode();
    node.put("en", text.en());
    node.put("fr", text.fr());
    return node;
  }

  /** Names the document kind. */
  @Override
  public String toString() {
    return "RuleSetDocumentWriter";
  }
}
