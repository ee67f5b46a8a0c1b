package org.rjkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
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
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.rule.Rule;
import org.rjkit.eligibility.rule.ScreeningFacts;
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

  private static volatile Object sink;

  /**
   * Thread CPU time per operation of the four ways, in interleaved rounds on one thread (after
   * three rounds of warm-up), and with {@code --rules} each CSC rule's own evaluation: a check of
   * the JMH rows that depends less on how busy a shared machine is than wall time does (a
   * thread waiting for a core uses no CPU time). Prints the median of the rounds and the median
   * of the rounds' ratios to the floor.
   *
   * <pre>java -cp benchmarks/target/rjkit-benchmarks.jar org.rjkit.benchmarks.CscDecisionBenchmark 7 200000 [--rules]</pre>
   *
   * @param args rounds, operations per round, and optionally {@code --rules}
   */
  public static void main(String[] args) {
    int rounds = Integer.parseInt(args[0]);
    int ops = Integer.parseInt(args[1]);
    boolean rules = args.length > 2 && args[2].equals("--rules");
    CscDecisionBenchmark b = new CscDecisionBenchmark();
    b.setUp();
    Programme csc = b.screener.registry().programme(b.request.programme());
    List<Rule> all = csc.versionOn(b.request.asOf()).rules();
    ScreeningFacts facts = new ScreeningFacts(b.request.caseFile(), b.request.requesterId(),
        b.request.asOf(), b.request.offenderId());
    List<String> names = new java.util.ArrayList<>(
        List.of("rjkit", "floor", "easyRulesFourFacts", "easyRulesOneFact"));
    if (rules) {
      all.forEach(r -> names.add(r.id()));
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[][] ns = new double[names.size()][rounds];
    for (int round = -3; round < rounds; round++) {
      for (int w = 0; w < names.size(); w++) {
        long start = cpu.getCurrentThreadCpuTime();
        switch (w) {
          case 0 -> { for (int i = 0; i < ops; i++) { sink = b.rjkit(); } }
          case 1 -> { for (int i = 0; i < ops; i++) { sink = b.floor(); } }
          case 2 -> { for (int i = 0; i < ops; i++) { sink = b.easyRulesFourFacts(); } }
          case 3 -> { for (int i = 0; i < ops; i++) { sink = b.easyRulesOneFact(); } }
          default -> {
            Rule rule = all.get(w - 4);
            for (int i = 0; i < ops; i++) {
              sink = rule.evaluate(facts);
            }
          }
        }
        if (round >= 0) {
          ns[w][round] = (double) (cpu.getCurrentThreadCpuTime() - start) / ops;
        }
      }
    }
    for (int w = 0; w < names.size(); w++) {
      double[] sorted = ns[w].clone();
      Arrays.sort(sorted);
      double[] ratios = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratios[r] = ns[w][r] / ns[1][r];
      }
      Arrays.sort(ratios);
      System.out.printf("%-32s %8.0f ns CPU per operation, %6.2f x the floor%n", names.get(w),
          sorted[rounds / 2], ratios[rounds / 2]);
    }
  }
}
