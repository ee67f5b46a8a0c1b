package org.rjkit.samples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.screening.Eligibility;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.samples.rulebook.RuleBook;
import org.rjkit.samples.rulebook.RuleBooks;
import org.rjkit.samples.rulebook.command.Commands;
import org.rjkit.samples.rulebook.conformance.CaseResult;
import org.rjkit.samples.rulebook.conformance.CaseResult.Result;
import org.rjkit.samples.rulebook.conformance.ConformanceSuite;
import org.rjkit.samples.rulebook.conformance.Level;
import org.rjkit.samples.rulebook.conformance.Results;
import org.rjkit.samples.rulebook.conformance.Target;
import org.rjkit.samples.rulebook.conformance.json.HttpTarget;
import org.rjkit.samples.rulebook.conformance.json.ProcessCases;

/**
 * The whole conformance kit over HTTP against the reference service on H2: every case passes
 * with a token of a role that may screen; the kit's own checks fail a deliberately wrong answer
 * of the service; without a token every case is an ERROR (401), never a pass.
 */
class ConformanceKitServiceTest {

  private static ServiceHarness h;
  private static ConformanceSuite suite;

  @BeforeAll
  static void start() throws IOException {
    Path target = Path.of("target");
    Files.createDirectories(target);
    h = ServiceHarness.start(TestDatabases.h2(
        Files.createTempDirectory(target.toAbsolutePath(), "h2-conformance-")));
    Path dir = Path.of(System.getProperty("rjkit.rulebook.dir", "../../rulebook"));
    List<RuleBook> books = new ArrayList<>();
    for (Path f : RuleBooks.files(dir)) {
      books.add(RuleBooks.load(f, Eligibility.screener().registry()));
    }
    suite = ConformanceSuite.from(books, Eligibility.screener().registry())
        .with(ProcessCases.load(dir));
  }

  @AfterAll
  static void stop() {
    if (h != null) {
      h.close();
    }
  }

  private static HttpTarget service(String token) {
    return new HttpTarget(URI.create(h.base()), Optional.of(token));
  }

  @Test
  void every_case_of_the_kit_passes_against_the_reference_service() throws IOException {
    List<CaseResult> results = suite.run(service(h.token(CallerRole.PROGRAMME_STAFF)));
    // the process level is not applicable over HTTP: the service exposes no history loading
    assertEquals(List.of(), results.stream().filter(r -> r.result() != (r.testCase().level()
        == Level.PROCESS ? Result.NOT_APPLICABLE : Result.SUCCESS)).toList());
    assertTrue(results.stream().anyMatch(r -> r.testCase().level() == Level.PROCESS));
    assertTrue(Results.allPass(results));
    assertEquals(suite.cases().size(), results.size());
    assertTrue(results.stream().anyMatch(r -> r.testCase().level() == Level.CONTRACT));
    assertTrue(results.stream().filter(r -> r.testCase().level() == Level.SCREENING).count()
        >= 200);
    Files.createDirectories(Path.of("target", "conformance"));
    Files.writeString(Path.of("target", "conformance", "service-results.csv"),
        Results.csv(results), StandardCharsets.UTF_8);
  }

  @Test
  void a_wrong_answer_of_the_service_fails_the_kit_s_checks() {
    HttpTarget real = service(h.token(CallerRole.FACILITATOR));
    // The service's answers, with every rule of every decision turned MET: what a service that
    // ignored the rules would answer.
    Target wrong = new Target() {
      @Override
      public Response screen(String json) {
        Response r = real.screen(json);
        if (r instanceof Decided d) {
          Decision x = d.decision();
          return new Decided(Decision.of(x.programme(), x.ruleSetVersion(), x.asOf(), x.caseId(),
              x.rules().stream().map(rr -> new RuleResult(rr.ruleId(), rr.phase(),
                  RuleStatus.MET, rr.reason(), rr.citations(), rr.facts())).toList()));
        }
        return r;
      }

      @Override
      public String name() {
        return "the service, every rule MET";
      }
    };
    List<CaseResult> results = suite.run(wrong);
    CaseResult federal = results.stream()
        .filter(r -> r.testCase().scenario().equals("two years less a day is provincial"))
        .findFirst().orElseThrow();
    assertEquals(Result.FAILURE, federal.result());
    assertTrue(federal.message().contains("outcome: expected INELIGIBLE, actual ELIGIBLE"),
        federal.message());
    long failing = results.stream().filter(r -> r.result() == Result.FAILURE).count();
    long notEligible = suite.cases().stream().filter(c -> c.expected()
        instanceof RuleBook.Screening s && s.outcome() != Outcome.ELIGIBLE).count();
    assertEquals(notEligible, failing);
    assertFalse(Results.allPass(results));
  }

  @Test
  void without_a_token_or_with_a_role_that_may_not_screen_every_case_is_an_error() {
    ConformanceSuite few = new ConformanceSuite(suite.cases().subList(0, 3));
    assertTrue(few.cases().stream().noneMatch(c -> c.level() == Level.PROCESS));
    List<CaseResult> none = few.run(new HttpTarget(URI.create(h.base())));
    assertTrue(none.stream().allMatch(r -> r.result() == Result.ERROR
        && r.message().contains("HTTP 401") && r.message().contains("--token")), none.toString());
    String auditor = h.token(CallerRole.AUDITOR);
    List<CaseResult> denied = few.run(service(auditor));
    assertTrue(denied.stream().allMatch(r -> r.result() == Result.ERROR
        && r.message().contains("HTTP 403") && !r.message().contains(auditor)),
        denied.toString());
  }

  @Test
  void rjkit_conformance_with_http_and_a_token_or_rjkit_token_passes() throws IOException {
    String book = System.getProperty("rjkit.rulebook.dir", "../../rulebook");
    Path csv = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "conformance-")
        .resolve("results.csv");
    String staff = h.token(CallerRole.PROGRAMME_STAFF);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Commands.run(new String[] {"conformance", "--http", h.base(), "--token", staff,
        "--book", book, "--out", csv.toString()}, print(out), print(err), name -> null);
    assertEquals(Commands.OK, status, err.toString(StandardCharsets.UTF_8));
    String summary = out.toString(StandardCharsets.UTF_8);
    assertTrue(summary.contains("against " + h.base() + "/screenings"), summary);
    long process = suite.cases().stream().filter(c -> c.level() == Level.PROCESS).count();
    assertTrue(summary.contains("Success: " + (suite.cases().size() - process) + " "), summary);
    assertTrue(summary.contains("N/A: " + process + " "), summary);
    assertTrue(summary.contains("Failure: 0 ") && summary.contains("Error: 0 "), summary);
    assertFalse(summary.contains(staff));
    String written = Files.readString(csv, StandardCharsets.UTF_8);
    assertEquals(suite.cases().size() + 1, written.split("\n").length);
    assertFalse(written.contains(",FAILURE,") || written.contains(",ERROR,"));

    // the same through RJKIT_TOKEN
    ByteArrayOutputStream out2 = new ByteArrayOutputStream();
    status = Commands.run(new String[] {"conformance", "--http", h.base(), "--book", book,
        "--out", csv.toString()}, print(out2), print(err),
        name -> name.equals("RJKIT_TOKEN") ? staff : null);
    assertEquals(Commands.OK, status, err.toString(StandardCharsets.UTF_8));

    // without a token the service refuses every case: the command fails, saying why
    ByteArrayOutputStream out3 = new ByteArrayOutputStream();
    status = Commands.run(new String[] {"conformance", "--http", h.base(), "--book", book,
        "--out", csv.toString()}, print(out3), print(err), name -> null);
    assertEquals(Commands.FAILS, status);
    assertTrue(Files.readString(csv, StandardCharsets.UTF_8).contains("HTTP 401"));

    // a token without a service, or a token that cannot be a header, is an invalid argument
    ByteArrayOutputStream err4 = new ByteArrayOutputStream();
    assertEquals(Commands.INVALID, Commands.run(new String[] {"conformance", "--token", staff,
        "--book", book}, print(new ByteArrayOutputStream()), print(err4), name -> null));
    assertTrue(err4.toString(StandardCharsets.UTF_8).contains("--token is sent to a service"));
    ByteArrayOutputStream err5 = new ByteArrayOutputStream();
    assertEquals(Commands.INVALID, Commands.run(new String[] {"conformance", "--http", h.base(),
        "--token", "two words", "--book", book}, print(new ByteArrayOutputStream()),
        print(err5), name -> null));
    assertTrue(err5.toString(StandardCharsets.UTF_8).contains("--token must be a bearer token"));
    assertFalse(err5.toString(StandardCharsets.UTF_8).contains("two words"));
  }

  private static PrintStream print(ByteArrayOutputStream b) {
    return new PrintStream(b, true, StandardCharsets.UTF_8);
  }
}
