package org.rjkit.benchmarks.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs JMH benchmarks in interleaved rounds: each round runs every benchmark once in its own
 * fork, in the same order, so that a benchmark and its reference see the same load on a shared
 * machine. Allocation per operation comes from JMH's GC profiler ({@code -prof gc}).
 */
final class JmhRounds {

  /** One benchmark's results, one entry per round. */
  record Series(String benchmark, String unit, List<Double> scores, List<Double> bytesPerOp) {}

  /** How long each fork measures. */
  record Budget(int rounds, int warmups, int iterations, TimeValue time, boolean fork) {}

  private JmhRounds() {}

  /**
   * Runs the benchmarks, each named {@code fully.qualified.Class.method}.
   *
   * @param benchmarks the benchmarks, in the order run within a round
   * @param budget rounds, iterations and time
   * @param jvmArgs passed to every fork
   * @param log where progress goes
   * @return each benchmark's series, in the order given
   */
  static Map<String, Series> run(List<String> benchmarks, Budget budget, List<String> jvmArgs,
      java.io.PrintStream log) throws RunnerException {
    Map<String, String> units = new LinkedHashMap<>();
    Map<String, List<Double>> scores = new LinkedHashMap<>();
    Map<String, List<Double>> bytes = new LinkedHashMap<>();
    for (String benchmark : benchmarks) {
      scores.put(benchmark, new ArrayList<>());
      bytes.put(benchmark, new ArrayList<>());
    }
    for (int round = 1; round <= budget.rounds(); round++) {
      for (String benchmark : benchmarks) {
        ChainedOptionsBuilder options = new OptionsBuilder()
            .include("^" + Pattern.quote(benchmark) + "$")
            .forks(budget.fork() ? 1 : 0)
            .warmupIterations(budget.warmups())
            .warmupTime(budget.time())
            .measurementIterations(budget.iterations())
            .measurementTime(budget.time())
            .addProfiler(GCProfiler.class)
            .verbosity(VerboseMode.SILENT)
            .shouldFailOnError(true);
        if (!jvmArgs.isEmpty()) {
          options.jvmArgsAppend(jvmArgs.toArray(String[]::new));
        }
        RunResult result = only(new Runner(options.build()).run(), benchmark);
        Result<?> primary = result.getPrimaryResult();
        units.put(benchmark, primary.getScoreUnit());
        // The median iteration, not JMH's mean: a burst of load from another process in one
        // iteration must not decide the round.
        List<Double> iterations = new ArrayList<>();
        for (BenchmarkResult fork : result.getBenchmarkResults()) {
          for (IterationResult iteration : fork.getIterationResults()) {
            iterations.add(iteration.getPrimaryResult().getScore());
          }
        }
        double score = iterations.isEmpty() ? primary.getScore() : Stats.median(iterations);
        scores.get(benchmark).add(score);
        Result<?> alloc = result.getSecondaryResults().get("gc.alloc.rate.norm");
        bytes.get(benchmark).add(alloc == null ? Double.NaN : alloc.getScore());
        log.printf("  round %d/%d %s: %s %s%n", round, budget.rounds(), shortName(benchmark),
            Stats.number(score), primary.getScoreUnit());
      }
    }
    Map<String, Series> series = new LinkedHashMap<>();
    for (String benchmark : benchmarks) {
      series.put(benchmark, new Series(benchmark, units.get(benchmark),
          List.copyOf(scores.get(benchmark)), List.copyOf(bytes.get(benchmark))));
    }
    return series;
  }

  /** The median over rounds of each round's ratio {@code numerator / denominator}. */
  static double medianRatio(Series numerator, Series denominator) {
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < numerator.scores().size(); i++) {
      ratios.add(numerator.scores().get(i) / denominator.scores().get(i));
    }
    return Stats.median(ratios);
  }

  /** {@code Class.method} of a fully qualified benchmark name. */
  static String shortName(String benchmark) {
    int method = benchmark.lastIndexOf('.');
    int type = benchmark.lastIndexOf('.', method - 1);
    return benchmark.substring(type + 1);
  }

  private static RunResult only(java.util.Collection<RunResult> results, String benchmark) {
    if (results.size() != 1) {
      throw new IllegalStateException(benchmark + ": expected one result, got " + results.size());
    }
    return results.iterator().next();
  }
}
