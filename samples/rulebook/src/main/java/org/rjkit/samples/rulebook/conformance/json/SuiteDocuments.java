package org.rjkit.samples.rulebook.conformance.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Message;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.samples.rulebook.RuleBook;
import org.rjkit.samples.rulebook.RuleBook.Contract;
import org.rjkit.samples.rulebook.RuleBook.ExpectedStatus;
import org.rjkit.samples.rulebook.RuleBook.ReasonWords;
import org.rjkit.samples.rulebook.RuleBook.Screening;
import org.rjkit.samples.rulebook.RuleBookException;
import org.rjkit.samples.rulebook.conformance.ConformanceCase;
import org.rjkit.samples.rulebook.conformance.ConformanceSuite;
import org.rjkit.samples.rulebook.conformance.Level;

/**
 * The conformance kit as a JSON Lines file, one case a line, for implementations in any
 * language:
 *
 * <pre>{"case":"ca-qc-pmrg/L0042","level":"screening","programme":"ca-qc-pmrg",
 *  "requirement":"...","source":"rulebook/ca-qc-pmrg.md:42","scenario":"...",
 *  "request":{...},"expected":{"outcome":"INELIGIBLE","rules":{"QC-PMRG-ADULT":"NOT_MET"}}}</pre>
 *
 * A contract case expects {@code {"document":"rejected","rejectedAt":["$.case..."]}} or
 * {@code {"document":"accepted"}}. A process case's {@code request} is the stored history
 * document, and it expects {@code {"history":"loads"}},
 * {@code {"history":"refused","eventId":"E15","ruleId":"PROC-STAGE-ORDER"}} or
 * {@code {"history":"view-empty","recipient":"PAROLE_BOARD","purpose":"PAROLE_DECISION",
 * "on":"2026-01-19"}}.
 */
public final class SuiteDocuments {

  private SuiteDocuments() {}

  /**
   * Writes a suite.
   *
   * @param suite not null
   * @return JSON Lines text, {@code \n} line ends
   */
  public static String toJsonLines(ConformanceSuite suite) {
    StringBuilder b = new StringBuilder();
    for (ConformanceCase c : suite.cases()) {
      ObjectNode n = JsonNodeFactory.instance.objectNode();
      n.put("case", c.id());
      n.put("level", c.level().label());
      n.put("programme", c.programme());
      n.put("requirement", c.requirement());
      n.put("source", c.source());
      n.put("scenario", c.scenario());
      n.set("request", RjkitJson.readObject(c.request()));
      ObjectNode e = n.putObject("expected");
      if (c.expected() instanceof Screening s) {
        e.put("outcome", s.outcome().name());
        ObjectNode rules = e.putObject("rules");
        s.notMet().forEach(x -> rules.put(x.ruleId(), x.status().name()));
        if (!s.reasons().isEmpty()) {
          ArrayNode reasons = e.putArray("reasons");
          s.reasons().forEach(w -> reasons.addObject().put("rule", w.ruleId())
              .put("language", w.language().tag()).put("says", w.words()));
        }
      } else if (c.expected() instanceof RuleBook.History h) {
        ProcessCases.write(h, e);
      } else {
        Contract k = (Contract) c.expected();
        e.put("document", k.accepted() ? "accepted" : "rejected");
        if (!k.accepted()) {
          ArrayNode paths = e.putArray("rejectedAt");
          k.rejectedAt().forEach(paths::add);
        }
      }
      b.append(RjkitJson.write(n)).append('\n');
    }
    return b.toString();
  }

  /**
   * Reads a suite written by {@link #toJsonLines}.
   *
   * @param text the JSON Lines text, not null
   * @return the suite
   * @throws IllegalArgumentException naming the line of a case that cannot be read
   */
  public static ConformanceSuite fromJsonLines(String text) {
    try {
      return fromJsonLines(text, "line");
    } catch (RuleBookException e) {
      throw new IllegalArgumentException("line " + e.line() + ": "
          + e.message().in(Language.EN));
    }
  }

  /**
   * Reads a suite written by {@link #toJsonLines} from a file.
   *
   * @param text the JSON Lines text, not null
   * @param source the file as shown to people, not null
   * @return the suite
   * @throws RuleBookException naming the file and line of a case that cannot be read
   */
  public static ConformanceSuite fromJsonLines(String text, String source) {
    List<ConformanceCase> cases = new ArrayList<>();
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        ObjectNode n = RjkitJson.readObject(lines[i]);
        Level level = Level.valueOf(n.get("level").textValue().toUpperCase(java.util.Locale.ROOT));
        JsonNode e = n.get("expected");
        RuleBook.Expected expected;
        if (level == Level.PROCESS) {
          expected = ProcessCases.expected(e, "line " + (i + 1), "case");
        } else if (level == Level.CONTRACT) {
          List<String> paths = new ArrayList<>();
          if (e.has("rejectedAt")) {
            e.get("rejectedAt").forEach(p -> paths.add(p.textValue()));
          }
          expected = new Contract(e.get("document").textValue().equals("accepted"), paths);
        } else {
          List<ExpectedStatus> statuses = new ArrayList<>();
          e.get("rules").fields().forEachRemaining(f -> statuses.add(
              new ExpectedStatus(f.getKey(), RuleStatus.valueOf(f.getValue().textValue()))));
          List<ReasonWords> reasons = new ArrayList<>();
          if (e.has("reasons")) {
            e.get("reasons").forEach(r -> reasons.add(new ReasonWords(r.get("rule").textValue(),
                org.rjkit.core.language.Language.of(r.get("language").textValue()),
                r.get("says").textValue())));
          }
          expected = new Screening(Outcome.valueOf(e.get("outcome").textValue()), statuses,
              reasons);
        }
        cases.add(new ConformanceCase(n.get("case").textValue(), level,
            n.get("programme").textValue(), n.get("requirement").textValue(),
            n.get("source").textValue(), n.get("scenario").textValue(),
            RjkitJson.write(n.get("request")), expected));
      } catch (RuntimeException ex) {
        throw new RuleBookException(source, i + 1, Message.of("rulebook.conformance.notACase",
            ex.getClass().getSimpleName()));
      }
    }
    return new ConformanceSuite(cases);
  }
}
