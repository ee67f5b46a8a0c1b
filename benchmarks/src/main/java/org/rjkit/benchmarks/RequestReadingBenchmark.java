package org.rjkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
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
import org.rjkit.core.json.RjkitJson;
import org.rjkit.eligibility.json.ScreeningRequestReader;

/**
 * Reading a screening request from its JSON text: parsing, strict checking of every field and
 * building the immutable {@code CaseFile}; with two references measured in the same run: the
 * strict parse alone ({@code RjkitJson.readObject}: limits, duplicate fields, the number check,
 * which is what the reader used before its quick tree, and still uses for a document with a
 * problem) and plain Jackson parsing the same text into a tree, checking nothing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class RequestReadingBenchmark {

  /** Which programme's sample request is read. */
  @Param({"CSC", "QC", "EU"})
  public String programme;

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

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

  /** The strict parse alone, into a tree: the reader's fallback for a document with a problem. */
  @Benchmark
  public void strictTree(Blackhole blackhole) {
    blackhole.consume(RjkitJson.readObject(json));
  }

  /** Plain Jackson parsing the same text into a tree, checking nothing: the reference. */
  @Benchmark
  public void jacksonTree(Blackhole blackhole) throws IOException {
    blackhole.consume(MAPPER.readTree(json));
  }
}
