package org.rjkit.eligibility.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.google.common.collect.ImmutableSet;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.language.BilingualText;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.Phase;
import org.rjkit.eligibility.RuleResult;
import org.rjkit.eligibility.RuleStatus;

/**
 * Reads a decision document (interchange format, version 1) back into a {@link Decision}.
 * Strict: unknown fields, missing fields, wrong types, unknown enum values, trailing content and
 * an outcome that does not follow from the rules are rejected with an
 * {@link InvalidInputException} naming the JSON path. A rule's missing facts are the facts it
 * used that the decision lists as missing. Stateless and thread-safe.
 */
public final class DecisionReader {

  private static final ObjectReader READER = DecisionWriter.MAPPER.reader()
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final Set<String> ROOT = ImmutableSet.of("schemaVersion", "programme",
      "ruleSetVersion", "asOf", "caseId", "outcome", "phases", "rules", "missingFacts");
  private static final Set<String> RULE = ImmutableSet.of("id", "phase", "status", "reason",
      "citations", "facts");
  private static final Set<String> REASON = ImmutableSet.of("en", "fr");
  private static final Set<String> CITATION = ImmutableSet.of("instrument", "provision", "url");

  private DecisionReader() {}

  /**
   * Parses a decision document.
   *
   * @param json not null
   * @return the decision
   * @throws InvalidInputException if the document is not a valid decision
   */
  public static Decision fromJson(String json) {
    checkNotNull(json, "json");
    JsonNode root;
    try {
      root = READER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("$", "not a single well-formed JSON document");
    }
    if (root == null || !root.isObject()) {
      throw new InvalidInputException("$", "a decision must be a JSON object");
    }
    return fromTree(root);
  }

  /**
   * Reads a decision from a JSON tree.
   *
   * @param root not null
   * @return the decision
   * @throws InvalidInputException if the tree is not a valid decision
   */
  public static Decision fromTree(JsonNode root) {
    checkNotNull(root, "root");
    fields(root, "$", ROOT);
    String schema = text(root, "$", "schemaVersion");
    if (!schema.equals(Decision.SCHEMA_VERSION)) {
      throw new InvalidInputException("$.schemaVersion", "unsupported schema version");
    }
    ProgrammeId programme = parse("$.programme", () -> ProgrammeId.of(text(root, "$",
        "programme")));
    String version = text(root, "$", "ruleSetVersion");
    LocalDate asOf = parse("$.asOf", () -> LocalDate.parse(text(root, "$", "asOf")));
    CaseId caseId = parse("$.caseId", () -> CaseId.of(text(root, "$", "caseId")));
    Outcome outcome = constant(Outcome.class, root, "$", "outcome");
    JsonNode phasesNode = object(root, "$", "phases");
    EnumMap<Phase, Outcome> phases = new EnumMap<>(Phase.class);
    Set<String> phaseKeys = new java.util.LinkedHashSet<>();
    for (Phase p : Phase.values()) {
      phaseKeys.add(p.name().toLowerCase(Locale.ROOT));
    }
    fields(phasesNode, "$.phases", phaseKeys);
    for (Phase p : Phase.values()) {
      phases.put(p, constant(Outcome.class, phasesNode, "$.phases",
          p.name().toLowerCase(Locale.ROOT)));
    }
    List<String> missing = strings(root, "$", "missingFacts");
    JsonNode rulesNode = array(root, "$", "rules");
    List<RuleResult> rules = new ArrayList<>();
    for (int i = 0; i < rulesNode.size(); i++) {
      rules.add(rule(rulesNode.get(i), "$.rules[" + i + "]", missing));
    }
    try {
      return new Decision(programme, version, asOf, caseId, outcome, phases, rules, missing);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("$.outcome", "the outcome does not follow from the rules");
    }
  }

  private static RuleResult rule(JsonNode node, String path, List<String> decisionMissing) {
    if (!node.isObject()) {
      throw new InvalidInputException(path, "a rule must be an object");
    }
    fields(node, path, RULE);
    String id = text(node, path, "id");
    Phase phase = constant(Phase.class, node, path, "phase");
    RuleStatus status = constant(RuleStatus.class, node, path, "status");
    JsonNode reasonNode = object(node, path, "reason");
    fields(reasonNode, path + ".reason", REASON);
    BilingualText reason = parse(path + ".reason", () -> BilingualText.of(
        text(reasonNode, path + ".reason", "en"), text(reasonNode, path + ".reason", "fr")));
    JsonNode citationsNode = array(node, path, "citations");
    List<Citation> citations = new ArrayList<>();
    for (int i = 0; i < citationsNode.size(); i++) {
      String at = path + ".citations[" + i + "]";
      JsonNode c = citationsNode.get(i);
      if (!c.isObject()) {
        throw new InvalidInputException(at, "a citation must be an object");
      }
      fields(c, at, CITATION);
      Optional<URI> url = c.has("url")
          ? Optional.of(parse(at + ".url", () -> URI.create(text(c, at, "url"))))
          : Optional.empty();
      citations.add(parse(at, () -> new Citation(text(c, at, "instrument"),
          text(c, at, "provision"), url)));
    }
    List<String> facts = strings(node, path, "facts");
    List<String> missing = new ArrayList<>();
    if (status == RuleStatus.UNKNOWN) {
      for (String f : facts) {
        if (decisionMissing.contains(f)) {
          missing.add(f);
        }
      }
    }
    return parse(path, () -> new RuleResult(id, phase, status, reason, citations, facts,
        missing));
  }

  private interface Parse<T> {
    T get();
  }

  private static <T> T parse(String path, Parse<T> parse) {
    try {
      return parse.get();
    } catch (InvalidInputException e) {
      throw e;
    } catch (IllegalArgumentException | DateTimeParseException | NullPointerException e) {
      throw new InvalidInputException(path, "invalid value");
    }
  }

  private static void fields(JsonNode node, String path, Set<String> allowed) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new InvalidInputException(path + "." + name, "unknown field");
      }
    }
  }

  private static JsonNode required(JsonNode node, String path, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new InvalidInputException(path + "." + field, "required field is missing");
    }
    return value;
  }

  private static String text(JsonNode node, String path, String field) {
    JsonNode value = required(node, path, field);
    if (!value.isTextual()) {
      throw new InvalidInputException(path + "." + field, "must be a string");
    }
    return value.textValue();
  }

  private static JsonNode object(JsonNode node, String path, String field) {
    JsonNode value = required(node, path, field);
    if (!value.isObject()) {
      throw new InvalidInputException(path + "." + field, "must be an object");
    }
    return value;
  }

  private static JsonNode array(JsonNode node, String path, String field) {
    JsonNode value = required(node, path, field);
    if (!value.isArray()) {
      throw new InvalidInputException(path + "." + field, "must be an array");
    }
    return value;
  }

  private static List<String> strings(JsonNode node, String path, String field) {
    JsonNode value = array(node, path, field);
    List<String> list = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      if (!value.get(i).isTextual()) {
        throw new InvalidInputException(path + "." + field + "[" + i + "]", "must be a string");
      }
      list.add(value.get(i).textValue());
    }
    return list;
  }

  private static <E extends Enum<E>> E constant(Class<E> type, JsonNode node, String path,
      String field) {
    String text = text(node, path, field);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    throw new InvalidInputException(path + "." + field, "unknown value");
  }
}
