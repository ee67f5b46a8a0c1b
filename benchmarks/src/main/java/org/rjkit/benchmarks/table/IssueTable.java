package org.rjkit.benchmarks.table;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.TimeValue;
import org.rjkit.benchmarks.CscDecisionBenchmark;
import org.rjkit.benchmarks.Samples;
import org.rjkit.benchmarks.json.JsonLimitBenchmark;

/**
 * Reproduces the table of issue 12 in one run and writes it as Markdown: (a) a CSC decision
 * against the hand-written floor, (b) against Easy Rules 4.1, (c) read + screen + write against
 * the Jackson limit, (d) the caseload through {@code ./rjkit screen} (JSON and summary output,
 * memory at two sizes), (e) cold start to the first decision against an empty
 * {@code java -jar}. Every benchmark and its reference run interleaved in the same run; ratios
 * are medians over rounds. Run from the repository root:
 *
 * <pre>benchmarks/issue-table [--rounds N] [--warmup N] [--cold-rounds N] [--caseload N]
 *     [--memory SMALL,LARGE] [--only jmh|caseload|cold] [--quick] [--out FILE]</pre>
 */
public final class IssueTable {

  private static final String CSC = CscDecisionBenchmark.class.getName();
  private static final String JSON = JsonLimitBenchmark.class.getName();
  private static final String RJKIT = CSC + ".rjkit";
  private static final String FLOOR = CSC + ".floor";
  private static final String EASY_FOUR = CSC + ".easyRulesFourFacts";
  private static final String EASY_ONE = CSC + ".easyRulesOneFact";
  private static final String PIPELINE = JSON + ".readScreenWrite";
  private static final String JACKSON = JSON + ".jacksonLimit";

  private static final String CSC_SAMPLE =
      "cases/ca-csc-restorative-opportunities/01-registered-victim-three-year-term.json";

  /** The settings of one run. */
  record Settings(int rounds, int warmups, int coldRounds, int caseload, int memorySmall,
      int memoryLarge, String only, boolean quick, Path out) {

    boolean runs(String part) {
      return only.isEmpty() || only.equals(part);
    }

    static Settings parse(String... args) {
      int rounds = 3;
      int warmups = 15;
      int coldRounds = 10;
      int caseload = 200_000;
      int small = 100_000;
      int large = 1_000_000;
      String only = "";
      boolean quick = false;
      Path out = Path.of("benchmarks/target/issue-table.md");
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (name.equals("--quick")) {
          quick = true;
          continue;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        String value = args[++i];
        switch (name) {
          case "--rounds" -> rounds = positive(name, value);
          case "--warmup" -> warmups = positive(name, value);
          case "--cold-rounds" -> coldRounds = positive(name, value);
          case "--caseload" -> caseload = positive(name, value);
          case "--memory" -> {
            String[] sizes = value.split(",", -1);
            if (sizes.length != 2) {
              throw new IllegalArgumentException("--memory takes two sizes, SMALL,LARGE");
            }
            small = positive(name, sizes[0]);
            large = positive(name, sizes[1]);
          }
          case "--only" -> {
            if (!List.of("jmh", "caseload", "cold").contains(value)) {
              throw new IllegalArgumentException("--only must be jmh, caseload or cold");
            }
            only = value;
          }
          case "--out" -> out = Path.of(value);
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      }
      return new Settings(rounds, warmups, coldRounds, caseload, small, large, only, quick,
          out);
    }

    private static int positive(String name, String value) {
      try {
        int n = Integer.parseInt(value.replace("_", ""));
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(name + " must be a positive whole number");
    }
  }

  private IssueTable() {}

  /**
   * Runs the measurements and writes the table.
   *
   * @param args see the class comment
   */
  public static void main(String[] args) throws Exception {
    Settings settings;
    try {
      settings = Settings.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("issue-table: " + e.getMessage());
      System.exit(2);
      return;
    }
    String table = run(settings, System.err);
    Files.createDirectories(settings.out().toAbsolutePath().getParent());
    Files.writeString(settings.out(), table, StandardCharsets.UTF_8);
    System.out.print(table);
    System.err.println("issue-table: written to " + settings.out());
  }

  /** Runs what the settings ask for and returns the Markdown report. */
  static String run(Settings settings, PrintStream log) throws RunnerException, IOException {
    Path samples = Samples.root();
    Path repo = samples.getParent();
    Path work = repo.resolve("benchmarks/target/issue-table");
    Files.createDirectories(work);
    StringBuilder md = new StringBuilder();
    String startLoad = Machine.loadAverage();
    Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    List<String[]> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();

    if (settings.runs("jmh")) {
      log.println("issue-table: JMH rows (a)-(c), " + settings.rounds() + " interleaved rounds");
      JmhRounds.Budget budget = settings.quick()
          ? new JmhRounds.Budget(settings.rounds(), 0, 1, TimeValue.milliseconds(200), false)
          : new JmhRounds.Budget(settings.rounds(), settings.warmups(), 5, TimeValue.seconds(1),
              true);
      Map<String, JmhRounds.Series> s = JmhRounds.run(
          List.of(RJKIT, FLOOR, EASY_FOUR, EASY_ONE, PIPELINE, JACKSON), budget,
          List.of("-D" + Samples.PROPERTY + "=" + samples), log);
      JmhRounds.Series rjkit = s.get(RJKIT);
      JmhRounds.Series floor = s.get(FLOOR);
      JmhRounds.Series four = s.get(EASY_FOUR);
      JmhRounds.Series one = s.get(EASY_ONE);
      JmhRounds.Series pipeline = s.get(PIPELINE);
      JmhRounds.Series jackson = s.get(JACKSON);
      double toFloor = JmhRounds.medianRatio(rjkit, floor);
      rows.add(new String[] {"(a) CSC decision in memory, full explanation",
          time(rjkit) + ", " + alloc(rjkit),
          "hand-written booleans, no explanation: " + time(floor) + ", " + alloc(floor),
          Stats.ratio(toFloor) + " the floor",
          "≤ 1 µs, ≤ 5× the floor: " + goal(micros(rjkit) <= 1 && toFloor <= 5,
              Math.max(micros(rjkit) / 1, toFloor / 5))});
      double fourOverRjkit = JmhRounds.medianRatio(four, rjkit);
      double oneOverRjkit = JmhRounds.medianRatio(one, rjkit);
      rows.add(new String[] {"(b) same rules in Easy Rules 4.1, listener recording every rule",
          "rjkit as in (a)",
          "four named facts, engine and listener per request: " + time(four) + ", "
              + alloc(four) + "; one fact object: " + time(one) + ", " + alloc(one),
          "four facts: " + faster(fourOverRjkit) + "; one fact: " + faster(oneOverRjkit),
          "≥ 5× and ≥ 3×: " + goal(fourOverRjkit >= 5 && oneOverRjkit >= 3,
              Math.max(5 / fourOverRjkit, 3 / oneOverRjkit))});
      double toLimit = JmhRounds.medianRatio(pipeline, jackson);
      JsonLimitBenchmark sizes = new JsonLimitBenchmark();
      sizes.setUp();
      rows.add(new String[] {"(c) read JSON request, screen, write decision JSON (CSC, one line)",
          time(pipeline) + ", " + alloc(pipeline),
          "Jackson parsing the same bytes and writing a tree of the decision's size ("
              + Stats.kilobytes(sizes.decisionLength()) + "): " + time(jackson) + ", "
              + alloc(jackson),
          Stats.ratio(toLimit) + " the limit",
          "≤ 1.5× the limit: " + goal(toLimit <= 1.5, toLimit / 1.5)});
      notes.add("JMH: " + settings.rounds() + " interleaved rounds (" + (settings.quick()
          ? "quick: no fork, no warm-up, one 200 ms iteration; the numbers mean nothing"
          : "each a fork with " + settings.warmups() + " × 1 s warm-up and 5 × 1 s measurement")
          + "), `-prof gc`;"
          + " a round's score is its median iteration; times are medians of the rounds' scores,"
          + " ratios medians of the rounds' ratios;"
          + " per round: " + rounds(s));
    }

    if (settings.runs("caseload")) {
      log.println("issue-table: caseload (d)");
      Caseload.Result c = Caseload.run(repo, work, settings, log);
      rows.add(new String[] {"(d) caseload: " + String.format("%,d", settings.caseload())
              + " JSON Lines requests through `./rjkit screen --format json`, `-Xmx256m`",
          Stats.number(c.json().requestsPerSecond()) + " requests/s, "
              + Stats.number(c.json().coresBusy()) + " cores busy, "
              + Stats.number(c.json().cpuMicrosPerRequest()) + " µs CPU per request, "
              + Stats.kilobytes(c.json().bytesPerDecision()) + " out per decision",
          "the same on one thread (`" + Caseload.ONE_THREAD + "`): "
              + Stats.number(c.oneThread().requestsPerSecond()) + " requests/s, "
              + Stats.number(c.oneThread().coresBusy()) + " cores busy, "
              + Stats.number(c.oneThread().cpuMicrosPerRequest()) + " µs CPU per request; "
              + "`--format summary`: " + Stats.number(c.summary().requestsPerSecond())
              + " requests/s, " + Stats.number(c.summary().coresBusy()) + " cores busy, "
              + Stats.number(c.summary().bytesPerDecision()) + " B per decision; peak RSS "
              + Stats.number(c.smallRssMb()) + " MB at " + String.format("%,d", settings
              .memorySmall()) + ", " + Stats.number(c.largeRssMb()) + " MB at "
              + String.format("%,d", settings.memoryLarge()),
          Stats.ratio(c.json().requestsPerSecond() / c.oneThread().requestsPerSecond())
              + " the one-thread rate; " + Stats.ratio(c.json().requestsPerSecond() / 50_000)
              + " the goal's rate; memory "
              + Stats.ratio(c.largeRssMb() / c.smallRssMb()) + " from small to large",
          "≥ 50,000 requests/s on 2 cores, memory flat: " + goal(
              c.json().requestsPerSecond() >= 50_000 && c.largeRssMb() / c.smallRssMb() <= 1.1,
              50_000 / c.json().requestsPerSecond())});
      notes.add("Caseload: the " + Caseload.BATCH_LINES + " lines of `samples/batch/requests"
          + ".jsonl` (six programmes) repeated; each run is `JAVA_OPTS=-Xmx256m ./rjkit screen"
          + " --format F FILE` with standard output counted and discarded; CPU and peak RSS"
          + " sampled from /proc every 10 ms; times include JVM start and warm-up; µs CPU per"
          + " request is the process's user + system CPU time (JIT and GC threads included)"
          + " over the requests."
          + " Memory: peak RSS of a run of " + String.format("%,d", settings.memorySmall())
          + " and of " + String.format("%,d", settings.memoryLarge()) + " requests.");
    }

    if (settings.runs("cold")) {
      log.println("issue-table: cold start (e), " + settings.coldRounds() + " rounds");
      ColdStart.Result c = ColdStart.run(repo, work, samples.resolve(CSC_SAMPLE),
          settings.coldRounds(), log);
      rows.add(new String[] {"(e) cold start to the first decision (`./rjkit screen` one CSC"
              + " file, time to its first output byte)",
          Stats.number(c.withArchive()) + " s with the class-data archive; "
              + Stats.number(c.withoutArchive()) + " s without (`RJKIT_CDS=off`)",
          "`java -jar hello.jar`: " + Stats.number(c.hello()) + " s",
          Stats.ratio(c.withArchiveRatio()) + " an empty JVM (" + Stats.ratio(
              c.withoutArchiveRatio()) + " without the archive)",
          "≤ 0.3 s: " + goal(c.withArchive() <= 0.3, c.withArchive() / 0.3)});
      notes.add("Cold start: " + settings.coldRounds() + " interleaved rounds of the three"
          + " commands; medians of time to the first byte on standard output, ratios medians of"
          + " the rounds' ratios.");
    }

    md.append("# Issue 12 table, measured\n\n");
    md.append("| measurement | rjkit | reference | ratio | goal |\n");
    md.append("|---|---|---|---|---|\n");
    for (String[] row : rows) {
      md.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    md.append("\n");
    for (String note : notes) {
      md.append("- ").append(note).append("\n");
    }
    md.append("- Command: `benchmarks/issue-table ").append(String.join(" ", argsOf(settings)))
        .append("` (from the repository root)\n");
    md.append("- Machine: ").append(Machine.describe()).append("\n");
    md.append("- Started ").append(started).append(", load average at start ")
        .append(startLoad).append(", at end ").append(Machine.loadAverage())
        .append(" (the machine may be shared: compare ratios, not absolute times)\n");
    return md.toString();
  }

  private static List<String> argsOf(Settings s) {
    List<String> args = new ArrayList<>(List.of("--rounds", "" + s.rounds(), "--warmup",
        "" + s.warmups(), "--cold-rounds",
        "" + s.coldRounds(), "--caseload", "" + s.caseload(), "--memory",
        s.memorySmall() + "," + s.memoryLarge()));
    if (!s.only().isEmpty()) {
      args.add("--only");
      args.add(s.only());
    }
    if (s.quick()) {
      args.add("--quick");
    }
    return args;
  }

  /** "rjkit 2.0× faster" or "Easy Rules 1.2× faster", from the peer's time over rjkit's. */
  static String faster(double peerOverRjkit) {
    return peerOverRjkit >= 1 ? "rjkit " + Stats.ratio(peerOverRjkit) + " faster"
        : "Easy Rules " + Stats.ratio(1 / peerOverRjkit) + " faster";
  }

  private static String goal(boolean met, double missedBy) {
    return met ? "**met**" : "missed by " + Stats.ratio(missedBy);
  }

  private static double micros(JmhRounds.Series s) {
    double median = Stats.median(s.scores());
    return switch (s.unit()) {
      case "ns/op" -> median / 1000;
      case "us/op" -> median;
      case "ms/op" -> median * 1000;
      default -> throw new IllegalStateException("unexpected unit " + s.unit());
    };
  }

  private static String time(JmhRounds.Series s) {
    return Stats.number(micros(s)) + " µs";
  }

  private static String alloc(JmhRounds.Series s) {
    return Stats.kilobytes(Stats.median(s.bytesPerOp())) + " allocated";
  }

  private static String rounds(Map<String, JmhRounds.Series> series) {
    StringBuilder b = new StringBuilder();
    for (JmhRounds.Series s : series.values()) {
      if (b.length() > 0) {
        b.append("; ");
      }
      b.append('`').append(JmhRounds.shortName(s.benchmark())).append("` ");
      List<String> each = new ArrayList<>();
      for (double v : s.scores()) {
        each.add(Stats.number(v));
      }
      b.append(String.join(", ", each)).append(' ').append(s.unit());
    }
    return b.toString();
  }

  /** Writes a jar holding only {@link Hello}, the empty program of the cold-start reference. */
  static Path helloJar(Path directory) throws IOException {
    Path jar = directory.resolve("hello.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Hello.class.getName());
    String entry = Hello.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest);
        InputStream in = Hello.class.getClassLoader().getResourceAsStream(entry)) {
      if (in == null) {
        throw new IllegalStateException("cannot find " + entry);
      }
      out.putNextEntry(new JarEntry(entry));
      in.transferTo(out);
      out.closeEntry();
    }
    return jar;
  }

  /** Writes {@code count} requests, the batch lines over and over, one per line. */
  static Path requests(Path directory, int count) {
    Path file = directory.resolve("requests-" + count + ".jsonl");
    List<String> lines = Samples.batchLines();
    try {
      if (Files.isRegularFile(file)) {
        try (java.util.stream.Stream<String> existing = Files.lines(file)) {
          if (existing.count() == count) {
            return file;
          }
        }
      }
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (int i = 0; i < count; i++) {
          out.write(lines.get(i % lines.size()));
          out.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }

  /** Environment additions of a process run. */
  static Map<String, String> env(String... pairs) {
    Map<String, String> env = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }
}
