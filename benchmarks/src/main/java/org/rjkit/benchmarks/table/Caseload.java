package org.rjkit.benchmarks.table;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.rjkit.benchmarks.Samples;

/**
 * Row (d): whole {@code ./rjkit screen} processes over a generated JSON Lines caseload, with
 * {@code JAVA_OPTS=-Xmx256m}: JSON output, the same on one thread
 * ({@code -Drjkit.screen.threads=0}, the reference: the same code without the pipeline's
 * threads) and summary output on the same file, one after the other, then JSON output at a
 * small and a large size for memory.
 */
final class Caseload {

  /** The number of lines in {@code samples/batch/requests.jsonl}. */
  static final int BATCH_LINES = Samples.batchLines().size();

  /** One format's throughput. */
  record Throughput(double requestsPerSecond, double coresBusy, double bytesPerDecision,
      double cpuMicrosPerRequest) {}

  /** What the caseload row reports. */
  record Result(Throughput json, Throughput oneThread, Throughput summary, double smallRssMb,
      double largeRssMb) {}

  private Caseload() {}

  static Result run(Path repo, Path work, IssueTable.Settings settings, PrintStream log) {
    Path file = IssueTable.requests(work, settings.caseload());
    // Unmeasured: builds the tool (and its class-data archive) if they are missing or stale.
    ProcessMeter.Run build = ProcessMeter.run(List.of(repo.resolve("rjkit").toString(),
        "programmes"), repo, IssueTable.env());
    if (build.exitCode() != 0) {
      throw new IllegalStateException("./rjkit programmes exited with " + build.exitCode()
          + ": " + build.stderr());
    }
    Throughput json = throughput(screen(repo, file, "json", "", log), settings.caseload());
    Throughput oneThread = throughput(screen(repo, file, "json", ONE_THREAD, log),
        settings.caseload());
    Throughput summary = throughput(screen(repo, file, "summary", "", log), settings.caseload());
    double small = screen(repo, IssueTable.requests(work, settings.memorySmall()), "json", "",
        log).peakRssKb() / 1024;
    double large = screen(repo, IssueTable.requests(work, settings.memoryLarge()), "json", "",
        log).peakRssKb() / 1024;
    return new Result(json, oneThread, summary, small, large);
  }

  /** The JVM option that makes {@code screen} run on its main thread only. */
  static final String ONE_THREAD = "-Drjkit.screen.threads=0";

  private static Throughput throughput(ProcessMeter.Run run, int requests) {
    return new Throughput(requests / run.wallSeconds(), run.coresBusy(),
        (double) run.bytesOut() / requests, run.cpuSeconds() * 1e6 / requests);
  }

  private static ProcessMeter.Run screen(Path repo, Path file, String format, String options,
      PrintStream log) {
    ProcessMeter.Run run = ProcessMeter.run(
        List.of(repo.resolve("rjkit").toString(), "screen", "--format", format, file.toString()),
        repo, IssueTable.env("JAVA_OPTS", ("-Xmx256m " + options).strip()));
    if (run.exitCode() != 0) {
      throw new IllegalStateException("./rjkit screen --format " + format + " exited with "
          + run.exitCode() + ": " + run.stderr());
    }
    log.printf("  %s --format %s %s: %s s, %s cores, %s s CPU, peak RSS %s MB%n",
        file.getFileName(), format, options, Stats.number(run.wallSeconds()),
        Stats.number(run.coresBusy()), Stats.number(run.cpuSeconds()),
        Stats.number(run.peakRssKb() / 1024));
    return run;
  }
}
