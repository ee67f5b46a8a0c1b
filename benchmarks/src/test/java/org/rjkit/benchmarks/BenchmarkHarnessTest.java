package org.rjkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The build runs no real benchmark, but it proves the harness works: the annotation processor
 * generated the benchmark list, every benchmark's setup finds its samples and still screens
 * them, and every benchmark measures something. Each runs once for 200 ms, in this JVM, with
 * no warm-up: the scores mean nothing beyond being positive.
 */
class BenchmarkHarnessTest {

  /**
   * Benchmark methods times parameter values: 2 x 3 (ScreeningBenchmark) + 3 x 3
   * (RequestReadingBenchmark) + 1 + 2 + 2, the issue-12 table's 4 (CscDecisionBenchmark) + 2
   * (json.JsonLimitBenchmark), and 4 (LongChainBenchmark).
   */
  private static final int RUNS = 30;

  private static List<RunResult> results;

  @BeforeAll
  static void runEveryBenchmarkBriefly() throws RunnerException {
    results = List.copyOf(new Runner(new OptionsBuilder()
        .include("^" + Pattern.quote(BenchmarkHarnessTest.class.getPackageName() + ".") + ".*")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(200))
        .verbosity(VerboseMode.SILENT)
        .shouldFailOnError(true)
        .build()).run());
  }

  @Test
  void every_benchmark_and_parameter_runs() {
    assertEquals(RUNS, results.size());
  }

  @Test
  void every_benchmark_scores_above_zero() {
    for (RunResult result : results) {
      assertTrue(result.getPrimaryResult().getScore() > 0,
          describe(result) + " must have a positive score");
    }
  }

  @Test
  void the_pipeline_reports_microseconds_per_line() {
    RunResult pipeline = only(PipelineBenchmark.class.getName() + ".readScreenWrite");

    assertEquals("us/op", pipeline.getPrimaryResult().getScoreUnit());
  }

  @Test
  void the_shared_screener_is_measured_with_two_threads_in_operations_per_second() {
    RunResult shared = only(SharedScreenerBenchmark.class.getName() + ".twoThreads");

    assertEquals(2, shared.getParams().getThreads());
    assertEquals("ops/s", shared.getPrimaryResult().getScoreUnit());
  }

  private static String describe(RunResult result) {
    StringBuilder text = new StringBuilder(result.getParams().getBenchmark());
    for (String key : result.getParams().getParamsKeys()) {
      text.append(' ').append(key).append('=').append(result.getParams().getParam(key));
    }
    return text.toString();
  }

  private static RunResult only(String benchmark) {
    List<RunResult> matching = results.stream()
        .filter(r -> r.getParams().getBenchmark().equals(benchmark))
        .toList();
    assertEquals(1, matching.size(), benchmark);
    return matching.get(0);
  }
}
