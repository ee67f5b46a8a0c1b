package org.rjkit.eligibility.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.internal.ObjectInput;
import org.rjkit.core.json.internal.Problems;
import org.rjkit.core.language.Message;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.core.language.LocalizedText;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.eligibility.rule.Rule;

/**
 * Reads a decision document (interchange format, version 1) back into a {@link Decision}.
 *
 * <p>Strict like the other rjkit readers: the text is parsed with {@link RjkitJson} (size limits,
 * a field repeated in an object, content after the document, a byte-order mark only at the very
 * start), then the whole document is walked with rjkit's strict walker, and every problem (unknown
 * fields, missing fields, wrong types, unknown enum values, impossible dates, citation URLs that
 * are not https or http, an outcome that does not follow from the rules) is reported at once in
 * one {@link InvalidInputException}, each naming its JSON path. A field name that could carry data
 * is never echoed. A rule's missing facts are the facts it used that the decision lists as
 * missing. Stateless and thread-safe.
 *
 * @since 1.0
 */
public final class DecisionReader {

  private static final List<String> ROOT = List.of("schemaVersion", "programme",
      "ruleSetVersion", "asOf", "caseId", "outcome", "phases", "rules", "missingFacts");
  private static final List<String> RULE = List.of("id", "phase", "status", "reason",
      "citations", "facts");
  private static final List<String> PHASES;

  static {
    List<String> keys = new ArrayList<>();
    for (Phase p : Phase.values()) {
      keys.add(p.name().toLowerCase(Locale.ROOT));
    }
    PHASES = List.copyOf(keys);
  }

  /** A reader; it holds no state. */
  public DecisionReader() {}

  /**
   * Reads a decision document.
   *
   * @param json not null
   * @return the decision
   * @throws InvalidInputException carrying every problem found
   */
  public Decision read(String json) {
    checkNotNull(json, "json");
    return read(RjkitJson.readTree(json));
  }

  /**
   * Reads a decision document from characters.
   *
   * @param reader the document, not null; read to its end, not closed
   * @return the decision
   * @throws InvalidInputException carrying every problem found
   * @throws java.io.UncheckedIOException if the reader fails
   */
  public Decision read(Reader reader) {
    return read(RjkitJson.readTree(reader));
  }

  /**
   * Reads a decision document from UTF-8 bytes.
   *
   * @param in the document in UTF-8, not null; read to its end, not closed
   * @return the decision
   * @throws InvalidInputException carrying every problem found (bytes that are not UTF-8 too)
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public Decision read(InputStream in) {
    return read(RjkitJson.readTree(in));
  }

  /**
   * Reads a decision from a parsed JSON value (parse it with {@link RjkitJson} to keep the
   * limits and the duplicate-field check).
   *
   * @param root not null
   * @return the decision
   * @throws InvalidInputException carrying every problem found
   */
  public Decision read(JsonNode root) {
    checkNotNull(root, "root");
    Problems problems = new Problems();
    Optional<ObjectInput> top = ObjectInput.of(root, "$", problems);
    if (top.isEmpty()) {
      problems.throwIfAny();
    }
    ObjectInput r = top.orElseThrow();
    r.allowOnly(ROOT, Message.of("input.what.decision"));
    r.value("schemaVersion", true).ifPresent(v -> {
      if (!v.isTextual() || !Decision.SCHEMA_VERSION.equals(v.textValue())) {
        problems.report(r.path("schemaVersion"), "input.decision.schemaVersion",
            Decision.SCHEMA_VERSION);
      }
    });
    Optional<ProgrammeId> programme = r.id("programme", true, ProgrammeId::new);
    Optional<String> version = r.nonBlank("ruleSetVersion", true);
    Optional<LocalDate> asOf = r.date("asOf", true);
    Optional<CaseId> caseId = r.id("caseId", true, CaseId::new);
    Optional<Outcome> outcome = r.enumValue("outcome", true, Outcome.class);
    EnumMap<Phase, Outcome> phases = new EnumMap<>(Phase.class);
    boolean phasesOk = r.object("phases", true).map(p -> {
      int before = problems.count();
      p.allowOnly(PHASES, Message.of("input.what.phases"));
      for (Phase phase : Phase.values()) {
        p.enumValue(phase.name().toLowerCase(Locale.ROOT), true, Outcome.class)
            .ifPresent(o -> phases.put(phase, o));
      }
      return problems.count() == before;
    }).orElse(false);
    Optional<List<String>> missing = strings(r, "missingFacts");
    Set<String> missingSet = ImmutableSet.copyOf(missing.orElse(List.of()));
    List<RuleResult> rules = new ArrayList<>();
    boolean rulesOk = r.array("rules", true).map(items -> {
      boolean ok = true;
      for (int i = 0; i < items.size(); i++) {
        String at = ObjectInput.index(r.path("rules"), i);
        Optional<RuleResult> rule = ObjectInput.of(items.get(i), at, problems)
            .flatMap(o -> rule(o, missingSet));
        rule.ifPresent(rules::add);
        ok &= rule.isPresent();
      }
      return ok;
    }).orElse(false);
    problems.throwIfAny();
    if (!phasesOk || !rulesOk) {
      throw new IllegalStateException("a problem was found but not reported");
    }
    try {
      return new Decision(programme.orElseThrow(), version.orElseThrow(), asOf.orElseThrow(),
          caseId.orElseThrow(), outcome.orElseThrow(), phases, rules, missing.orElseThrow());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(r.path("outcome"), Message.of("input.decision.outcome"));
    }
  }

  private static Optional<RuleResult> rule(ObjectInput o, Set<String> decisionMissing) {
    Problems problems = o.problems();
    int before = problems.count();
    o.allowOnly(RULE, Message.of("input.what.ruleResult"));
    Optional<String> id = o.matching("id", true, Rule.ID,
        Message.of("input.decision.ruleId"));
    Optional<Phase> phase = o.enumValue("phase", true, Phase.class);
    Optional<RuleStatus> status = o.enumValue("status", true, RuleStatus.class);
    Optional<LocalizedText> reason = LanguageTexts.read(o, "reason", Message.of("input.what.reason"));
    List<Citation> citations = new ArrayList<>();
    o.array("citations", true).ifPresent(items -> {
      for (int i = 0; i < items.size(); i++) {
        String at = ObjectInput.index(o.path("citations"), i);
        ObjectInput.of(items.get(i), at, problems).flatMap(LanguageTexts::readCitation)
            .ifPresent(citations::add);
      }
    });
    Optional<List<String>> facts = strings(o, "facts");
    if (problems.count() > before) {
      return Optional.empty();
    }
    List<String> missing = new ArrayList<>();
    if (status.orElseThrow() == RuleStatus.UNKNOWN) {
      for (String f : facts.orElseThrow()) {
        if (decisionMissing.contains(f)) {
          missing.add(f);
        }
      }
    }
    try {
      return Optional.of(new RuleResult(id.orElseThrow(), phase.orElseThrow(),
          status.orElseThrow(), reason.orElseThrow(), citations, facts.orElseThrow(), missing));
    } catch (IllegalArgumentException e) {
      problems.report(o.path("facts"), "input.decision.unknownFacts");
      return Optional.empty();
    }
  }

  private static Optional<List<String>> strings(ObjectInput o, String field) {
    return o.array(field, true).flatMap(items -> {
      List<String> list = new ArrayList<>();
      boolean ok = true;
      for (int i = 0; i < items.size(); i++) {
        Optional<String> s = o.textOf(items.get(i), ObjectInput.index(o.path(field), i));
        s.ifPresent(list::add);
        ok &= s.isPresent();
      }
      return ok ? Optional.of(list) : Optional.empty();
    });
  }
}
