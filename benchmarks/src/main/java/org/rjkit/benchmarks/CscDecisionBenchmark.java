package org.rjkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rjkit.eligibility.json.ScreeningRequestReader;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.screening.Screener;

/**
 * Rows (a) and (b) of the issue-12 table, on the CSC sample request (already read, no JSON):
 * rjkit's decision with its full explanation, the hand-written booleans that are its floor, and
 * the same rules in Easy Rules 4.1 with an audit listener, with four named facts and with one
 * fact object. {@link IssueTable} runs them in interleaved rounds and divides.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class CscDecisionBenchmark {

  private Screener screener;
  private ScreeningRequest request;

  /** Reads the CSC sample and checks that the four ways agree that it is eligible. */
  @Setup
  public void setUp() {
    screener = new Screener(ProgrammeRegistry.builtIn());
    request = ScreeningRequestReader.builtIn().read(Cases.CSC.json());
    if (screener.screen(request).outcome() != Outcome.ELIGIBLE
        || !CscConditions.eligible(CscConditions.evaluate(request))
        || EasyRulesCsc.fourFacts(request).held.size() != CscConditions.NAMES.length
        || EasyRulesCsc.oneFact(request).held.size() != CscConditions.NAMES.length) {
      throw new IllegalStateException("the CSC sample must be eligible in all four ways");
    }
  }

  /** rjkit: every rule's status, reasons in both languages, citations, facts, missing facts. */
  @Benchmark
  public Decision rjkit() {
    return screener.screen(request);
  }

  /** The floor: eight hand-written booleans, no explanation. */
  @Benchmark
  public int floor() {
    return CscConditions.evaluate(request);
  }

  /** Easy Rules, a new engine and listener per request, four named facts. */
  @Benchmark
  public EasyRulesCsc.AuditListener easyRulesFourFacts() {
    return EasyRulesCsc.fourFacts(request);
  }

  /** Easy Rules, a new engine and listener per request, the request as its only fact. */
  @Benchmark
  public EasyRulesCsc.AuditListener easyRulesOneFact() {
    return EasyRulesCsc.oneFact(request);
  }
}
