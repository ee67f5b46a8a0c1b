package org.rjkit.benchmarks.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.rjkit.benchmarks.Cases;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.screening.Screener;
import org.rjkit.eligibility.json.DecisionWriter;
import org.rjkit.eligibility.json.ScreeningRequestReader;

/**
 * Row (c) of the issue-12 table: the CSC request as one JSON Lines line read, screened and
 * written as decision JSON by rjkit, against the Jackson limit: plain Jackson parsing the same
 * text into a tree and writing a tree of the decision's size (the decision rjkit writes for this
 * request, parsed once in the setup) to a {@code String}. Neither checks anything: the limit is
 * what reading and writing these bytes costs at best with this JSON library.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class JsonLimitBenchmark {

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private ScreeningRequestReader reader;
  private Screener screener;
  private String line;
  private JsonNode decisionTree;

  /** The CSC sample as one compact line, and the tree of its decision. */
  @Setup
  public void setUp() {
    ProgrammeRegistry registry = ProgrammeRegistry.builtIn();
    reader = new ScreeningRequestReader(registry);
    screener = new Screener(registry);
    try {
      line = MAPPER.writeValueAsString(MAPPER.readTree(Cases.CSC.json()));
      decisionTree = MAPPER.readTree(new DecisionWriter().write(screener.screen(reader.read(line))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The length of the decision rjkit writes for the request, in characters. */
  public int decisionLength() {
    return new DecisionWriter().write(screener.screen(reader.read(line))).length();
  }

  /** rjkit: strict read, screening, decision JSON. */
  @Benchmark
  public String readScreenWrite() {
    return new DecisionWriter().write(screener.screen(reader.read(line)));
  }

  /** Jackson alone: parse the same text, write a document of the decision's size. */
  @Benchmark
  public void jacksonLimit(Blackhole blackhole) throws IOException {
    blackhole.consume(MAPPER.readTree(line));
    blackhole.consume(MAPPER.writeValueAsString(decisionTree));
  }
}
