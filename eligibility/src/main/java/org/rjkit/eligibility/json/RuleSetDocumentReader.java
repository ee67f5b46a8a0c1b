package org.rjkit.eligibility.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.rjkit.core.json.ObjectInput;
import org.rjkit.core.json.Problems;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.core.language.BilingualText;
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
 *   "name": { "en": "...", "fr": "..." },
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
 * order of {@code effectiveFrom}.
 *
 * <p>Stateless and thread-safe.
 */
public final class RuleSetDocumentReader {

  /** The rule-set document's schema version. */
  public static final String SCHEMA_VERSION = "1";

  static final List<String> ROOT = List.of("schemaVersion", "id", "name", "versions");
  static final List<String> TEXT = List.of("en", "fr");
  static final List<String> VERSION = List.of("version", "effectiveFrom", "rules");
  static final List<String> RULE = List.of("id", "phase", "policy", "citations", "rows",
      "condition");
  static final List<String> CITATION = List.of("instrument", "provision", "url");

  private static final String IDENTIFIER_MESSAGE =
      "must be an identifier: 1 to 64 letters, digits or . _ : / - starting with a letter or digit";

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
    r.allowOnly(ROOT, "a rule-set document");
    r.value("schemaVersion", true).ifPresent(v -> {
      if (!v.isTextual() || !SCHEMA_VERSION.equals(v.textValue())) {
        problems.add(r.path("schemaVersion"), "must be the string \"" + SCHEMA_VERSION + "\"");
      }
    });
    Optional<ProgrammeId> id = r.matching("id", true, Identifier.SYNTAX, IDENTIFIER_MESSAGE)
        .map(ProgrammeId::new);
    if (id.isPresent() && registry.isPresent() && registry.get().find(id.get()).isPresent()) {
      problems.add(r.path("id"), "is already the id of a registered programme (a built-in"
          + " programme or one registered before): a programme needs an id of its own");
    }
    Optional<BilingualText> name = r.object("name", true, Reading::text);
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
      r.problems().add(r.path("versions"), "must list at least one version");
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
    v.allowOnly(VERSION, "a rule-set version");
    Optional<String> label = v.nonBlank("version", true);
    if (label.isPresent() && !labels.add(label.get())) {
      v.problems().add(v.path("version"), "repeats the label of an earlier version");
      label = Optional.empty();
    }
    Optional<LocalDate> from = v.date("effectiveFrom", true);
    if (from.isPresent() && previous.isPresent() && !from.get().isAfter(previous.get())) {
      v.problems().add(v.path("effectiveFrom"), "must be after the effectiveFrom of the version"
          + " before it: list versions in increasing order of date, each on its own date");
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
      v.problems().add(v.path("rules"), "must list at least one rule");
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
    r.allowOnly(RULE, "a rule");
    Optional<String> id = r.matching("id", true, Rule.ID,
        "must be upper-case letters and digits separated by hyphens, such as EX-CONSENT");
    if (id.isPresent() && !ids.add(id.get())) {
      r.problems().add(r.path("id"), "repeats the id of an earlier rule of this version");
      id = Optional.empty();
    }
    Optional<Phase> phase = r.enumValue("phase", true, Phase.class);
    Optional<BilingualText> policy = r.object("policy", true, Reading::text);
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
      r.problems().add(r.path("citations"), "must list at least one citation");
      return Optional.empty();
    }
    List<Citation> citations = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < items.get().size(); i++) {
      String at = ObjectInput.index(r.path("citations"), i);
      Optional<Citation> citation = ObjectInput.of(items.get().get(i), at, r.problems())
          .flatMap(Reading::citation);
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
          Rule.CATALOGUE_ROW, "must be a catalogue row id such as CA-RO-13: letters and digits"
              + " separated by hyphens");
      row.ifPresent(rows::add);
      ok &= row.isPresent();
    }
    return ok ? Optional.of(rows) : Optional.empty();
  }

  /** Small readers shared by the fields above. */
  private static final class Reading {

    private Reading() {}

    static Optional<BilingualText> text(ObjectInput t) {
      t.allowOnly(TEXT, "a text in English and French");
      Optional<String> en = t.nonBlank("en", true);
      Optional<String> fr = t.nonBlank("fr", true);
      return en.isPresent() && fr.isPresent()
          ? Optional.of(BilingualText.of(en.get(), fr.get()))
          : Optional.empty();
    }

    static Optional<Citation> citation(ObjectInput c) {
      c.allowOnly(CITATION, "a citation");
      Optional<String> instrument = c.nonBlank("instrument", true);
      Optional<String> provision = c.nonBlank("provision", true);
      boolean hasUrl = c.peek("url").isPresent();
      Optional<URI> url = c.uri("url", false);
      if (url.isPresent() && !Citation.isWebAddress(url.get())) {
        c.problems().add(c.path("url"), "must be an https or http URL such as"
            + " https://example.org/page");
        url = Optional.empty();
      }
      if (instrument.isEmpty() || provision.isEmpty() || (hasUrl && url.isEmpty())) {
        return Optional.empty();
      }
      return Optional.of(new Citation(instrument.get(), provision.get(), url));
    }
  }

  /** Names the document kind. */
  @Override
  public String toString() {
    return "RuleSetDocumentReader";
  }
}
