package org.rjkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;
import org.rjkit.eligibility.json.ScreeningRequestReader;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.screening.Screener;

/**
 * One {@code Screener}, one programme and one request shared by every benchmark thread
 * ({@code Scope.Benchmark}): the same work measured with one thread and with two. Throughput is
 * the total over all threads, so with two free cores a shared immutable programme should nearly
 * double it; contention on shared state would show as no gain.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class SharedScreenerBenchmark {

  private Screener screener;
  private ScreeningRequest request;

  /** Builds the shared screener and reads the CSC sample request. */
  @Setup
  public void setUp() {
    screener = new Screener(ProgrammeRegistry.builtIn());
    request = ScreeningRequestReader.builtIn().read(Cases.CSC.json());
    screener.screen(request);
  }

  /** The CSC request screened by one thread. */
  @Benchmark
  @Threads(1)
  public void oneThread(Blackhole blackhole) {
    blackhole.consume(screener.screen(request));
  }

  /** The same request screened by two threads at once through the same screener. */
  @Benchmark
  @Threads(2)
  public void twoThreads(Blackhole blackhole) {
    blackhole.consume(screener.screen(request));
  }
}
