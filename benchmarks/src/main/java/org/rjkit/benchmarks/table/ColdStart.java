package org.rjkit.benchmarks.table;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Row (e): time from starting a process to the first byte it writes, in interleaved rounds of
 * {@code java -jar hello.jar}, {@code ./rjkit screen FILE} (with its class-data archive) and the
 * same with {@code RJKIT_CDS=off}.
 */
final class ColdStart {

  /** Medians in seconds and median ratios to the empty JVM. */
  record Result(double hello, double withArchive, double withoutArchive,
      double withArchiveRatio, double withoutArchiveRatio) {}

  private ColdStart() {}

  static Result run(Path repo, Path work, Path request, int rounds, PrintStream log)
      throws IOException {
    Path hello = IssueTable.helloJar(work);
    List<String> helloCommand = List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-jar", hello.toString());
    List<String> rjkit = List.of(repo.resolve("rjkit").toString(), "screen", request.toString());
    // Once each, unmeasured: builds the tool and its archive if needed, warms the file cache.
    first(helloCommand, repo, Map.of());
    first(rjkit, repo, Map.of());
    first(rjkit, repo, Map.of("RJKIT_CDS", "off"));
    List<Double> helloTimes = new ArrayList<>();
    List<Double> with = new ArrayList<>();
    List<Double> without = new ArrayList<>();
    List<Double> withRatios = new ArrayList<>();
    List<Double> withoutRatios = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      double h = first(helloCommand, repo, Map.of());
      double w = first(rjkit, repo, Map.of());
      double wo = first(rjkit, repo, Map.of("RJKIT_CDS", "off"));
      helloTimes.add(h);
      with.add(w);
      without.add(wo);
      withRatios.add(w / h);
      withoutRatios.add(wo / h);
    }
    log.printf("  hello %s s, rjkit %s s, rjkit without archive %s s (ranges)%n",
        Stats.range(helloTimes), Stats.range(with), Stats.range(without));
    return new Result(Stats.median(helloTimes), Stats.median(with), Stats.median(without),
        Stats.median(withRatios), Stats.median(withoutRatios));
  }

  private static double first(List<String> command, Path repo, Map<String, String> env) {
    ProcessMeter.Run run = ProcessMeter.run(command, repo, env);
    if (run.exitCode() != 0 || Double.isNaN(run.firstByteSeconds())) {
      throw new IllegalStateException(String.join(" ", command) + " exited with "
          + run.exitCode() + ": " + run.stderr());
    }
    return run.firstByteSeconds();
  }
}
