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

/**
 * Reading a screening request from its JSON text: parsing, strict checking of every field and
 * building the immutable {@code CaseFile}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class RequestReadingBenchmark {

  /** Which programme's sample request is read. */
  @Param({"CSC", "QC", "EU"})
  public String programme;

  private ScreeningRequestReader reader;
  private String json;

  /** Loads the sample text once. */
  @Setup
  public void setUp() {
    reader = ScreeningRequestReader.builtIn();
    json = Cases.valueOf(programme).json();
    reader.read(json);
  }

  /** One request read from JSON (the pretty-printed sample file). */
  @Benchmark
  public void read(Blackhole blackhole) {
    blackhole.consume(reader.read(json));
  }
}
