package org.rjkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.rjkit.core.json.ScreeningRequestReader;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.screening.Screener;
import org.rjkit.eligibility.json.ScreeningRequests;

/**
 * Issue 8: screening a request whose case has one chain of 100,000 consecutive terms, read from
 * its JSON and decided against the CSC programme, must take well under a second (the chain was
 * collected recursively and every link looked up by a linear search). The document is about
 * 7 MB, within the 8 MiB limit.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class LongChainBenchmark {

  /** Links in the chain. */
  static final int LINKS = 100_000;

  private ScreeningRequests reader;
  private Screener screener;
  private String json;

  /** The CSC request with one chain of one-day terms from 1 January 2026. */
  static String request(int links) {
    StringBuilder s = new StringBuilder(links * 72);
    for (int i = 0; i < links; i++) {
      s.append(i > 0 ? "," : "").append("{\"id\":\"S").append(i)
          .append("\",\"kind\":\"IMPRISONMENT\",\"term\":\"P1D\",")
          .append(i == 0 ? "\"startsOn\":\"2026-01-01\"" : "\"consecutiveTo\":\"S" + (i - 1) + "\"")
          .append('}');
    }
    return "{\"schemaVersion\":\"1\",\"programme\":\"ca-csc-restorative-opportunities\","
        + "\"requesterId\":\"P1\",\"asOf\":\"2026-11-21\",\"case\":{\"caseId\":\"C1\","
        + "\"stage\":\"POST_SENTENCE\",\"sentences\":[" + s + "],"
        + "\"participants\":[{\"id\":\"P1\",\"role\":\"VICTIM\",\"registeredVictim\":true},"
        + "{\"id\":\"P2\",\"role\":\"OFFENDER\",\"acceptsResponsibility\":true}],"
        + "\"consents\":[{\"participantId\":\"P1\",\"givenOn\":\"2026-10-01\",\"informed\":true},"
        + "{\"participantId\":\"P2\",\"givenOn\":\"2026-10-01\",\"informed\":true}],"
        + "\"safetyAssessments\":[{\"assessedOn\":\"2026-10-05\",\"riskToVictim\":\"LOW\"}]}}";
  }

  /** Builds the document and checks that it is decided ELIGIBLE. */
  @Setup
  public void setUp() {
    ProgrammeRegistry registry = ProgrammeRegistry.builtIn();
    reader = new ScreeningRequests(registry);
    screener = new Screener(registry);
    json = request(LINKS);
    if (readAndScreen().outcome() != Outcome.ELIGIBLE) {
      throw new IllegalStateException("the 100,000-link chain must be decided ELIGIBLE");
    }
  }

  /**
   * Reads the request (every reference and the chain checked) and screens it.
   *
   * @return the decision
   */
  @Benchmark
  public Decision readAndScreen() {
    ScreeningRequest request = reader.read(json, ScreeningRequestReader.Overrides.NONE);
    return screener.screen(request);
  }
}
