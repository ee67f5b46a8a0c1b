package org.rjkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.rjkit.eligibility.json.ScreeningRequestReader;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.screening.Eligibility;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.screening.Screener;

/**
 * Screening a request that is already read: picking the programme version in force and
 * evaluating every rule into a {@code Decision}. No JSON is involved.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class ScreeningBenchmark {

  /** Which programme's sample case is screened. */
  @Param({"CSC", "QC", "EU"})
  public String programme;

  private Screener screener;
  private ScreeningRequest request;

  /** Reads the sample request once; it is not part of the measurement. */
  @Setup
  public void setUp() {
    screener = new Screener(ProgrammeRegistry.builtIn());
    request = ScreeningRequestReader.builtIn().read(Cases.valueOf(programme).json());
    // Fail here, not in the measurement, if the sample no longer screens.
    screener.screen(request);
  }

  /** One screening with a screener built once. */
  @Benchmark
  public void screen(Blackhole blackhole) {
    blackhole.consume(screener.screen(request));
  }

  /** One screening through the static entry point, {@code Eligibility.screen}. */
  @Benchmark
  public void screenWithBuiltIns(Blackhole blackhole) {
    blackhole.consume(Eligibility.screen(request));
  }
}
