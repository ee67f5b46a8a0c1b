package org.rjkit.samples.rulebook.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rjkit.core.language.LocalizedText;
import org.rjkit.eligibility.screening.Eligibility;
import org.rjkit.samples.rulebook.RuleBookException;
import org.rjkit.samples.rulebook.conformance.CaseResult.Result;
import org.rjkit.samples.rulebook.conformance.json.ProcessCases;
import org.rjkit.samples.rulebook.conformance.json.SuiteDocuments;

/**
 * The process level: the golden history loads, the tampered ones are refused naming the event
 * and the rule, the parole board's view is empty; a process model that trusts what it reads, or
 * that discloses, fails; the golden copy is the process model's own.
 */
class ProcessLevelTest {

  private static final Path DIR = Path.of(System.getProperty("rjkit.rulebook.dir",
      "../../rulebook"));

  private static ConformanceSuite process() {
    return new ConformanceSuite(ProcessCases.load(DIR));
  }

  @Test
  void every_process_case_passes_against_the_java_api_and_exports_with_level_process() {
    List<CaseResult> results = process().run(new JavaTarget(Eligibility.screener()));
    assertEquals(List.of(), results.stream().filter(r -> r.result() != Result.SUCCESS).toList());
    assertTrue(results.size() >= 8);
    assertTrue(results.stream().anyMatch(r -> r.testCase().expected()
        instanceof org.rjkit.samples.rulebook.RuleBook.History h
        && h.kind() == org.rjkit.samples.rulebook.RuleBook.HistoryKind.VIEW_EMPTY));
    String csv = Results.csv(results);
    assertTrue(csv.contains("process-model/P04,process,ca-csc-restorative-opportunities,"
        + "PROC-STAGE-ORDER,SUCCESS,"), csv);
    ConformanceSuite back = SuiteDocuments.fromJsonLines(SuiteDocuments.toJsonLines(process()));
    assertEquals(process().cases(), back.cases());
  }

  @Test
  void a_process_model_that_trusts_the_store_or_discloses_fails() {
    Target trusting = new Target() {
      @Override
      public Response screen(String json) {
        return new Failed(LocalizedText.english("not a screener"));
      }

      @Override
      public Optional<HistoryAnswer> history(String json, Optional<ViewAsk> view) {
        return Optional.of(new Loaded(false));  // loads anything, shows something
      }

      @Override
      public String name() {
        return "trusting";
      }
    };
    List<CaseResult> results = process().run(trusting);
    for (CaseResult r : results) {
      var h = (org.rjkit.samples.rulebook.RuleBook.History) r.testCase().expected();
      Result expected = h.kind() == org.rjkit.samples.rulebook.RuleBook.HistoryKind.LOADS
          ? Result.SUCCESS : Result.FAILURE;
      assertEquals(expected, r.result(), r.toString());
    }
    CaseResult stage = results.stream().filter(r -> r.testCase().id()
        .equals("process-model/P04")).findFirst().orElseThrow();
    assertTrue(stage.message().contains("expected a refusal of event E15 by PROC-STAGE-ORDER"),
        stage.message());
    // a refusal of another event, or by another rule, fails too
    Target wrongEvent = new Target() {
      @Override
      public Response screen(String json) {
        return new Failed(LocalizedText.english("not a screener"));
      }

      @Override
      public Optional<HistoryAnswer> history(String json, Optional<ViewAsk> view) {
        return Optional.of(new Refused(List.of("$.events[0]: event E1 refused by PROC-OTHER")));
      }

      @Override
      public String name() {
        return "wrong event";
      }
    };
    assertTrue(process().run(wrongEvent).stream().allMatch(r -> r.result() == Result.FAILURE));
    assertFalse(Results.allPass(results));
  }

  @Test
  void the_golden_history_is_the_process_model_s_own() throws IOException {
    assertEquals(Files.readString(Path.of("../../process-model/src/test/resources/org/rjkit/"
        + "process/json/golden/story.json"), StandardCharsets.UTF_8),
        Files.readString(DIR.resolve("process-model/story.json"), StandardCharsets.UTF_8));
  }

  @Test
  void a_change_naming_no_event_is_an_error_of_the_file(@org.junit.jupiter.api.io.TempDir Path t)
      throws IOException {
    Files.createDirectories(t.resolve("process-model"));
    Files.copy(DIR.resolve("process-model/story.json"), t.resolve("process-model/story.json"));
    Files.writeString(t.resolve(ProcessCases.FILE), """
        {"history": "story.json", "cases": [{"id": "X1", "scenario": "s", "requirement": "r",
          "changes": [{"event": "E99", "set": {"stage": "PREPARATION"}}],
          "expected": {"history": "loads"}}]}""", StandardCharsets.UTF_8);
    RuleBookException e = assertThrows(RuleBookException.class, () -> ProcessCases.load(t));
    assertTrue(e.getMessage().contains("cases[0].changes[0]: no event E99"), e.getMessage());
    Files.writeString(t.resolve(ProcessCases.FILE), """
        {"history": "story.json", "cases": [{"id": "X1", "scenario": "s", "requirement": "r",
          "changes": [{"event": "E15", "set": {"stage": "AGREEMENT"}}],
          "expected": {"history": "loads"}}]}""", StandardCharsets.UTF_8);
    e = assertThrows(RuleBookException.class, () -> ProcessCases.load(t));
    assertTrue(e.getMessage().contains("stage changes nothing"), e.getMessage());
  }
}
