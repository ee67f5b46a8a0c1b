package org.rjkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.screening.Screener;
import org.rjkit.eligibility.json.ScreeningRequestReader;

/**
 * Issue 8: screening a request whose case has one chain of 100,000 consecutive terms, read from
 * its JSON and decided against the CSC programme, must take under a second (the chain was
 * collected recursively and every link looked up by a linear search). The document is about
 * 7 MB, within the 8 MiB limit.
 *
 * <p>{@link #fromBytes} is the measure: the document's UTF-8 bytes decoded strictly (as
 * the command line decodes a file), read (every field, reference and the chain checked) and
 * screened. {@link #readAndScreen} starts from the decoded text; {@link #screen} screens the
 * request already read. {@link #jacksonTree}, plain Jackson parsing the same text into a tree
 * and checking nothing, is the reference measured in the same run: on a shared machine compare
 * the ratio, not the times.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class LongChainBenchmark {

  /** Links in the chain. */
  static final int LINKS = 100_000;

  private static final ObjectMapper PLAIN = JsonMapper.builder().build();

  private ScreeningRequestReader reader;
  private Screener screener;
  private String json;
  private byte[] bytes;
  private ScreeningRequest request;

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
    reader = new ScreeningRequestReader(registry);
    screener = new Screener(registry);
    json = request(LINKS);
    bytes = json.getBytes(StandardCharsets.UTF_8);
    request = reader.read(json, ScreeningRequestReader.Overrides.NONE);
    if (fromBytes().outcome() != Outcome.ELIGIBLE) {
      throw new IllegalStateException("the 100,000-link chain must be decided ELIGIBLE");
    }
  }

  /**
   * The measure: decodes the bytes strictly, reads the request (every reference and the
   * chain checked) and screens it.
   *
   * @return the decision
   */
  @Benchmark
  public Decision fromBytes() {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException(e);
    }
    return screener.screen(reader.read(text, ScreeningRequestReader.Overrides.NONE));
  }

  /**
   * Reads the request from its text (every reference and the chain checked) and screens it.
   *
   * @return the decision
   */
  @Benchmark
  public Decision readAndScreen() {
    ScreeningRequest read = reader.read(json, ScreeningRequestReader.Overrides.NONE);
    return screener.screen(read);
  }

  /**
   * Screens the request already read.
   *
   * @return the decision
   */
  @Benchmark
  public Decision screen() {
    return screener.screen(request);
  }

  /**
   * The reference: plain Jackson parses the same text into a tree, checking nothing.
   *
   * @param blackhole keeps the tree
   * @throws IOException never: the text is valid JSON
   */
  @Benchmark
  public void jacksonTree(Blackhole blackhole) throws IOException {
    blackhole.consume(PLAIN.readTree(json));
  }
}
