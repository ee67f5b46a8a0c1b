package org.rjkit.eligibility.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.internal.Identifier;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.internal.ObjectInput;
import org.rjkit.core.json.internal.Problems;
import org.rjkit.core.language.Message;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.core.language.LocalizedText;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.RuleSetVersion;
import org.rjkit.eligibility.rule.Rule;
import org.rjkit.eligibility.rule.RuleDefinition;

/**
 * Reads a rule-set document: a vendor's own programme written with rjkit's rule vocabulary
 * ({@link ConditionType}), as {@link RuleSetDocumentWriter} writes it and
 * {@code rule-set.schema.json} describes it.
 *
 * <pre>{@code
 * {
 *   "schemaVersion": "1",
 *   "id": "ca-on-example-community-mediation",
 *   "name": { "en": "...", "fr": "...", "cy": "..." },
 *   "versions": [
 *     { "version": "2026-01-01", "effectiveFrom": "2026-01-01",
 *       "rules": [
 *         { "id": "EX-STAGE", "phase": "ELIGIBILITY",
 *           "policy": { "en": "...", "fr": "..." },
 *           "citations": [ { "instrument": "...", "provision": "...", "url": "https://..." } ],
 *           "rows": [ "CA-AM-1" ],
 *           "condition": { "type": "STAGE_IN", "stages": ["PRE_CHARGE", "POST_CHARGE"] } } ] } ]
 * }
 * }</pre>
 *
 * <p>Strict like the interchange readers: the text is parsed with {@link RjkitJson} (size limits,
 * no duplicate fields, nothing after the document), then every problem of the whole document is
 * collected (unknown fields, wrong types, unknown condition types and enum values, malformed
 * rule ids, a rule id used twice in one version, empty lists, impossible dates and lengths of
 * time, versions out of order or repeated) and thrown as one {@link InvalidInputException} whose
 * errors name the JSON path ({@code $.versions[0].rules[3].condition.forms[1]}) and the rule
 * broken, never the value. {@code rows} may be left out (no catalogue row); every other field is
 * required except a citation's {@code url} and the optional condition parameters that
 * {@link ConditionType#optionalParameters()} lists. The versions must be listed in increasing
 * order of {@code effectiveFrom}. A text ({@code name}, {@code policy}) is keyed by language tag,
 * in any set of languages that includes English ({@code en}); a language it lacks reads it in
 * English. A citation may give its {@code translations}
 * ({@code {"fr": {"instrument": "Code criminel", "provision": "art. 743.1"}}}).
 *
 * <p>Stateless and thread-safe.
 *
 * @since 1.0
 */
public final class RuleSetDocumentReader {

  /** The rule-set document's schema version. */
  public static final String SCHEMA_VERSION = "1";

  static final List<String> ROOT = List.of("schemaVersion", "id", "name", "versions");
  static final List<String> VERSION = List.of("version", "effectiveFrom", "rules");
  static final List<String> RULE = List.of("id", "phase", "policy", "citations", "rows",
      "condition");

  private static final Message IDENTIFIER_MESSAGE = Message.of("input.identifier");

  /** A reader; it holds no state. */
  public RuleSetDocumentReader() {}

  /**
   * Reads a rule-set document.
   *
   * @param json the document, not null
   * @return the programme it defines
   * @throws InvalidInputException carrying every problem found
   */
  public Programme read(String json) {
    return read(RjkitJson.readObject(json));
  }

  /**
   * Reads a rule-set document from characters.
   *
   * @param reader the document, not null; read to its end, not closed
   * @return the programme it defines
   * @throws InvalidInputException carrying every problem found
   * @throws java.io.UncheckedIOException if the reader fails
   */
  public Programme read(Reader reader) {
    return read(RjkitJson.readObject(reader));
  }

  /**
   * Reads a rule-set document from UTF-8 bytes.
   *
   * @param in the document in UTF-8, not null; read to its end, not closed
   * @return the programme it defines
   * @throws InvalidInputException carrying every problem found (bytes that are not UTF-8 too)
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public Programme read(InputStream in) {
    return read(RjkitJson.readObject(in));
  }

  /**
   * Reads a rule-set document from a parsed JSON value.
   *
   * @param node the document's value, not null
   * @return the programme it defines
   * @throws InvalidInputException carrying every problem found
   */
  public Programme read(JsonNode node) {
    return walk(node, Optional.empty());
  }

  /**
   * Reads a rule-set document and registers its programme. An id that the registry already
   * holds (a built-in programme's, say) is an input error at {@code $.id}, reported together
   * with any other problem of the document.
   *
   * @param json the document, not null
   * @param registry the programmes known so far, not null
   * @return a new registry with the document's programme added
   * @throws InvalidInputException carrying every problem found
   */
  public ProgrammeRegistry register(String json, ProgrammeRegistry registry) {
    checkNotNull(registry, "registry");
    return registry.with(walk(RjkitJson.readObject(json), Optional.of(registry)));
  }

  private static Programme walk(JsonNode node, Optional<ProgrammeRegistry> registry) {
    checkNotNull(node, "node");
    Problems problems = new Problems();
    Optional<ObjectInput> root = ObjectInput.of(node, "$", problems);
    if (root.isEmpty()) {
      problems.throwIfAny();
    }
    ObjectInput r = root.orElseThrow();
    r.allowOnly(ROOT, Message.of("input.what.ruleSet"));
    r.value("schemaVersion", true).ifPresent(v -> {
      if (!v.isTextual() || !SCHEMA_VERSION.equals(v.textValue())) {
        problems.report(r.path("schemaVersion"), "input.schemaVersion", SCHEMA_VERSION);
      }
    });
    Optional<ProgrammeId> id = r.matching("id", true, Identifier.SYNTAX, IDENTIFIER_MESSAGE)
        .map(ProgrammeId::new);
    if (id.isPresent() && registry.isPresent() && registry.get().find(id.get()).isPresent()) {
      problems.report(r.path("id"), "input.ruleSet.registeredId");
    }
    Optional<LocalizedText> name = LanguageTexts.read(r, "name", Message.of("input.what.programmeName"));
    Optional<List<RuleSetVersion>> versions = versions(r);
    problems.throwIfAny();
    return new Programme(id.orElseThrow(), name.orElseThrow(), versions.orElseThrow());
  }

  private static Optional<List<RuleSetVersion>> versions(ObjectInput r) {
    Optional<List<JsonNode>> items = r.array("versions", true);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    if (items.get().isEmpty()) {
      r.problems().report(r.path("versions"), "input.ruleSet.noVersion");
      return Optional.empty();
    }
    List<RuleSetVersion> versions = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    Optional<LocalDate> previous = Optional.empty();
    boolean ok = true;
    for (int i = 0; i < items.get().size(); i++) {
      String at = ObjectInput.index(r.path("versions"), i);
      Optional<ObjectInput> v = ObjectInput.of(items.get().get(i), at, r.problems());
      if (v.isEmpty()) {
        ok = false;
        continue;
      }
      Optional<RuleSetVersion> version = version(v.get(), labels, previous);
      Optional<LocalDate> date = ObjectInput.peekDate(v.get().peek("effectiveFrom").orElse(null));
      if (date.isPresent()) {
        previous = date;
      }
      version.ifPresent(versions::add);
      ok &= version.isPresent();
    }
    return ok ? Optional.of(versions) : Optional.empty();
  }

  private static Optional<RuleSetVersion> version(ObjectInput v, Set<String> labels,
      Optional<LocalDate> previous) {
    v.allowOnly(VERSION, Message.of("input.what.ruleSetVersion"));
    Optional<String> label = v.nonBlank("version", true);
    if (label.isPresent() && !labels.add(label.get())) {
      v.problems().report(v.path("version"), "input.ruleSet.repeatedVersion");
      label = Optional.empty();
    }
    Optional<LocalDate> from = v.date("effectiveFrom", true);
    if (from.isPresent() && previous.isPresent() && !from.get().isAfter(previous.get())) {
      v.problems().report(v.path("effectiveFrom"), "input.ruleSet.versionOrder");
      from = Optional.empty();
    }
    Optional<List<Rule>> rules = rules(v);
    if (label.isEmpty() || from.isEmpty() || rules.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RuleSetVersion(label.get(), from.get(), rules.get()));
  }

  private static Optional<List<Rule>> rules(ObjectInput v) {
    Optional<List<JsonNode>> items = v.array("rules", true);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    if (items.get().isEmpty()) {
      v.problems().report(v.path("rules"), "input.ruleSet.noRule");
      return Optional.empty();
    }
    List<Rule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    boolean ok = true;
    for (int i = 0; i < items.get().size(); i++) {
      String at = ObjectInput.index(v.path("rules"), i);
      Optional<Rule> rule = ObjectInput.of(items.get().get(i), at, v.problems())
          .flatMap(r -> rule(r, ids));
      rule.ifPresent(rules::add);
      ok &= rule.isPresent();
    }
    return ok ? Optional.of(rules) : Optional.empty();
  }

  private static Optional<Rule> rule(ObjectInput r, Set<String> ids) {
    r.allowOnly(RULE, Message.of("input.what.rule"));
    Optional<String> id = r.matching("id", true, Rule.ID,
        Message.of("input.ruleSet.ruleId"));
    if (id.isPresent() && !ids.add(id.get())) {
      r.problems().report(r.path("id"), "input.ruleSet.repeatedRule");
      id = Optional.empty();
    }
    Optional<Phase> phase = r.enumValue("phase", true, Phase.class);
    Optional<LocalizedText> policy = LanguageTexts.read(r, "policy", Message.of("input.what.policy"));
    Optional<List<Citation>> citations = citations(r);
    Optional<List<String>> rows = rows(r);
    Optional<RuleDefinition> condition = r.object("condition", true, Conditions::read);
    if (id.isEmpty() || phase.isEmpty() || policy.isEmpty() || citations.isEmpty()
        || rows.isEmpty() || condition.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Rule(id.get(), phase.get(), policy.get(), citations.get(),
        rows.get(), condition.get()));
  }

  private static Optional<List<Citation>> citations(ObjectInput r) {
    Optional<List<JsonNode>> items = r.array("citations", true);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    if (items.get().isEmpty()) {
      r.problems().report(r.path("citations"), "input.ruleSet.noCitation");
      return Optional.empty();
    }
    List<Citation> citations = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < items.get().size(); i++) {
      String at = ObjectInput.index(r.path("citations"), i);
      Optional<Citation> citation = ObjectInput.of(items.get().get(i), at, r.problems())
          .flatMap(LanguageTexts::readCitation);
      citation.ifPresent(citations::add);
      ok &= citation.isPresent();
    }
    return ok ? Optional.of(citations) : Optional.empty();
  }

  private static Optional<List<String>> rows(ObjectInput r) {
    if (r.peek("rows").isEmpty()) {
      return Optional.of(List.of());
    }
    Optional<List<JsonNode>> items = r.array("rows", true);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    List<String> rows = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < items.get().size(); i++) {
      Optional<String> row = r.matchingOf(items.get().get(i), ObjectInput.index(r.path("rows"), i),
          Rule.CATALOGUE_ROW, Message.of("input.ruleSet.row"));
      row.ifPresent(rows::add);
      ok &= row.isPresent();
    }
    return ok ? Optional.of(rows) : Optional.empty();
  }

  /** Names the document kind. */
  @Override
  public String toString() {
    return "RuleSetDocumentReader";
  }
}
