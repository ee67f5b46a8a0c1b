package org.rjkit.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.screening.Screener;
import org.rjkit.eligibility.json.DecisionWriter;
import org.rjkit.eligibility.json.ScreeningRequestReader;

/**
 * What {@code ./rjkit screen --format json} does for one line of a JSON Lines file: read the
 * request (checking its programme against the registry), screen it, and write the decision as
 * JSON. Each operation takes the next line of {@code samples/batch/requests.jsonl} (21 requests
 * over the six built-in programmes), so the score is the average over that mix.
 *
 * <p>Its code paths (six programmes, JSON in and out) take the JIT about 15 s to settle on two
 * shared cores, hence ten warm-up iterations by default ({@code -wi} on the command line
 * overrides them; see docs/performance.md).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 10, time = 2)
public class PipelineBenchmark {

  private List<String> lines;
  private ScreeningRequestReader reader;
  private Screener screener;

  /** Where each thread is in the batch file. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  /** Loads the batch file and checks that every line screens. */
  @Setup
  public void setUp() {
    ProgrammeRegistry registry = ProgrammeRegistry.builtIn();
    reader = new ScreeningRequestReader(registry);
    screener = new Screener(registry);
    lines = Samples.batchLines();
    for (String line : lines) {
      new DecisionWriter().write(screener.screen(reader.read(line)));
    }
  }

  /** One JSON Lines line read, screened and written as a JSON decision. */
  @Benchmark
  public void readScreenWrite(Cursor cursor, Blackhole blackhole) {
    String line = lines.get(cursor.next);
    cursor.next = cursor.next + 1 == lines.size() ? 0 : cursor.next + 1;
    blackhole.consume(new DecisionWriter().write(screener.screen(reader.read(line))));
  }
}
