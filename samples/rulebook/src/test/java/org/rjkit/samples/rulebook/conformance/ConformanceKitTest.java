package org.rjkit.samples.rulebook.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.LocalizedText;
import org.rjkit.eligibility.json.ScreeningRequestReader;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.screening.Eligibility;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.json.DecisionWriter;
import org.rjkit.samples.rulebook.RuleBook;
import org.rjkit.samples.rulebook.RuleBooks;
import org.rjkit.samples.rulebook.conformance.CaseResult.Result;
import org.rjkit.samples.rulebook.conformance.json.HttpTarget;
import org.rjkit.samples.rulebook.conformance.json.ProcessCases;
import org.rjkit.samples.rulebook.conformance.json.SuiteDocuments;

/**
 * The conformance kit runs in the build against rjkit's Java API and every case must pass; it
 * also runs over HTTP (against a small service wrapping the Java API), and an implementation
 * that decides differently fails.
 */
class ConformanceKitTest {

  static ConformanceSuite suite() {
    Path dir = Path.of(System.getProperty("rjkit.rulebook.dir", "../../rulebook"));
    List<RuleBook> books = new ArrayList<>();
    for (Path f : RuleBooks.files(dir)) {
      books.add(RuleBooks.load(f, Eligibility.screener().registry()));
    }
    return ConformanceSuite.from(books, Eligibility.screener().registry())
        .with(ProcessCases.load(dir));
  }

  @Test
  void every_case_passes_against_the_java_api() throws IOException {
    ConformanceSuite suite = suite();
    List<CaseResult> results = suite.run(new JavaTarget(Eligibility.screener()));
    List<CaseResult> failing = results.stream().filter(r -> r.result() != Result.SUCCESS).toList();
    assertEquals(List.of(), failing);
    assertTrue(results.stream().anyMatch(r -> r.testCase().level() == Level.CONTRACT));
    assertTrue(results.stream().filter(r -> r.testCase().level() == Level.SCREENING).count()
        >= 200);
    assertTrue(results.stream().filter(r -> r.testCase().level() == Level.PROCESS).count()
        >= 8);
    Files.createDirectories(Path.of("target", "conformance"));
    Files.writeString(Path.of("target", "conformance", "results.csv"), Results.csv(results),
        StandardCharsets.UTF_8);
    Files.writeString(Path.of("target", "conformance", "cases.jsonl"),
        SuiteDocuments.toJsonLines(suite), StandardCharsets.UTF_8);
    String summary = Results.summary(results, "java");
    assertTrue(summary.contains("    Total: " + results.size()), summary);
    assertTrue(summary.contains("Success: " + results.size() + " 100.0%"), summary);
  }

  @Test
  void the_results_are_a_csv_with_case_level_programme_requirement_result_and_message() {
    List<CaseResult> results = suite().run(new JavaTarget(Eligibility.screener()));
    String[] lines = Results.csv(results).split("\n");
    assertEquals("case,level,programme,requirement,result,message", lines[0]);
    assertEquals(results.size() + 1, lines.length);
    assertTrue(Results.csv(results).contains("ca-csc-restorative-opportunities/L0"));
    assertTrue(Results.csv(results).contains(",screening,ca-csc-restorative-opportunities,"
        + "\"CSC-RO-FEDERAL-SENTENCE (Criminal Code (Canada), s. 743.1)\",SUCCESS,"));
    assertEquals("\"a, \"\"b\"\"\"", Results.field("a, \"b\""));
  }

  @Test
  void an_implementation_that_decides_otherwise_fails_and_one_that_crashes_errs() {
    ConformanceSuite suite = suite();
    Target alwaysEligible = new Target() {
      @Override
      public Response screen(String json) {
        try {
          Decision d = Eligibility.screen(ScreeningRequestReader.builtIn().read(json));
          return new Decided(Decision.of(d.programme(), d.ruleSetVersion(), d.asOf(), d.caseId(),
              d.rules().stream().map(r -> new org.rjkit.eligibility.rule.RuleResult(r.ruleId(),
                  r.phase(), org.rjkit.eligibility.rule.RuleStatus.MET, r.reason(), r.citations(),
                  r.facts())).toList()));
        } catch (RuntimeException e) {  // invalid input, unknown programme, too early
          return new Rejected(List.of("$.somewhere"));
        }
      }

      @Override
      public String name() {
        return "always eligible";
      }
    };
    List<CaseResult> results = suite.run(alwaysEligible);
    CaseResult federal = results.stream()
        .filter(r -> r.testCase().scenario().equals("two years less a day is provincial"))
        .findFirst().orElseThrow();
    assertEquals(Result.FAILURE, federal.result());
    assertTrue(federal.message().contains("outcome: expected INELIGIBLE, actual ELIGIBLE"),
        federal.message());
    CaseResult contract = results.stream()
        .filter(r -> r.testCase().scenario().equals("a term that is not positive"))
        .findFirst().orElseThrow();
    assertEquals(Result.FAILURE, contract.result());
    assertTrue(contract.message().contains("expected a rejection at $.case.sentences[0].term"),
        contract.message());
    // The same details in French, in the CSV the command writes with --lang fr.
    String french = federal.in(Language.FR);
    assertFalse(french.contains("expected"), french);
    assertFalse(french.equals(federal.message()), french);
    String csv = Results.csv(results, Language.FR);
    assertTrue(csv.contains(french.contains(",") || french.contains("\"")
        ? Results.field(french) : french), csv);
    assertFalse(csv.contains("outcome: expected INELIGIBLE"), csv);
    assertTrue(Results.csv(results).contains("outcome: expected INELIGIBLE, actual ELIGIBLE"));
    List<CaseResult> crashed = suite.run(new Target() {
      @Override
      public Response screen(String json) {
        return new Failed(LocalizedText.english("down"));
      }

      @Override
      public String name() {
        return "down";
      }
    });
    assertTrue(crashed.stream().allMatch(r -> r.result() == (r.testCase().level()
        == Level.PROCESS ? Result.NOT_APPLICABLE : Result.ERROR)));
    CaseResult process = crashed.stream().filter(r -> r.testCase().level() == Level.PROCESS)
        .findFirst().orElseThrow();
    assertEquals("the target does not implement the process model", process.message());
    assertEquals("la cible ne prend pas en charge le modèle de processus",
        process.in(Language.FR));
  }

  @Test
  void the_http_target_posts_to_screenings_and_every_case_passes_against_a_service()
      throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    List<String> paths = new ArrayList<>();
    server.createContext("/", exchange -> {
      paths.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      int status;
      String answer;
      var response = new JavaTarget(Eligibility.screener()).screen(body);
      if (response instanceof Target.Decided d) {
        status = 200;
        answer = new DecisionWriter().write(d.decision());
      } else if (response instanceof Target.Rejected r) {
        status = 422;
        answer = "{\"errors\":[" + String.join(",", r.paths().stream()
            .map(p -> "{\"path\":\"" + p + "\",\"message\":\"invalid\"}").toList()) + "]}";
      } else {
        status = 500;
        answer = "{}";
      }
      byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
    try {
      URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
      ConformanceSuite suite = suite();
      List<CaseResult> results = suite.run(new HttpTarget(base));
      // the process level is not applicable to a screening service
      assertEquals(List.of(), results.stream().filter(r -> r.result() != (r.testCase().level()
          == Level.PROCESS ? Result.NOT_APPLICABLE : Result.SUCCESS)).toList());
      assertTrue(Results.allPass(results));
      assertTrue(paths.stream().allMatch(p -> p.equals("POST /screenings")), paths.toString());
      long process = suite.cases().stream().filter(c -> c.level() == Level.PROCESS).count();
      assertTrue(process >= 8);
      assertEquals(suite.cases().size() - process, paths.size());
    } finally {
      server.stop(0);
    }
    // a service that is not there is an ERROR, never a crash
    List<CaseResult> down = new ConformanceSuite(suite().cases().subList(0, 1))
        .run(new HttpTarget(URI.create("http://127.0.0.1:1")));
    assertEquals(Result.ERROR, down.get(0).result());
  }

  @Test
  void the_exported_kit_reads_back_and_passes() {
    ConformanceSuite suite = suite();
    ConformanceSuite back = SuiteDocuments.fromJsonLines(SuiteDocuments.toJsonLines(suite));
    assertEquals(suite.cases(), back.cases());
    assertTrue(Results.allPass(back.run(new JavaTarget(Eligibility.screener()))));
    assertEquals(Outcome.ELIGIBLE, ((RuleBook.Screening) back.cases().get(0).expected())
        .outcome());
  }
}
