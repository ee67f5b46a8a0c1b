package org.rjkit.eligibility.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.rjkit.eligibility.json.ScreeningRequestReader;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.screening.Screener;

/**
 * Issue 8: a comb of 3,000 consecutive links, each followed by ten more terms (30,000 followers,
 * so 30,000 chains), took 860 MB and failed under {@code -Xmx256m}. The comb is read and screened
 * here in a JVM of its own with a 256 MiB heap ({@link #main}); it must decide the request.
 */
@DisplayName("A comb of 3,000 links and 30,000 followers is decided in a 256 MiB heap")
class SmallHeapTest {

  static final int SPINE = 3_000;
  static final int TEETH = 10;

  /** The CSC starting request with the comb as its sentences. */
  static String combRequest() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < SPINE; i++) {
      s.append(i > 0 ? "," : "").append("{\"id\":\"S").append(i)
          .append("\",\"kind\":\"IMPRISONMENT\",\"term\":\"P1D\",")
          .append(i == 0 ? "\"startsOn\":\"2026-01-01\"" : "\"consecutiveTo\":\"S" + (i - 1) + "\"")
          .append('}');
    }
    for (int i = 0; i < SPINE; i++) {
      for (int k = 0; k < TEETH; k++) {
        s.append(",{\"id\":\"T").append(i).append('-').append(k)
            .append("\",\"kind\":\"IMPRISONMENT\",\"term\":\"P1D\",\"consecutiveTo\":\"S")
            .append(i).append("\"}");
      }
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

  /**
   * Reads and screens the comb, then prints the outcome and the federal-sentence rule's status.
   *
   * @param args none
   */
  public static void main(String[] args) {
    ScreeningRequest request = new ScreeningRequestReader(ProgrammeRegistry.builtIn())
        .read(combRequest(), ScreeningRequestReader.Overrides.NONE);
    Decision d = new Screener(ProgrammeRegistry.builtIn()).screen(request);
    System.out.println(d.outcome() + " " + d.rules().get(2).status() + " "
        + d.rules().get(3).status());
  }

  @Test
  void the_comb_is_decided_in_a_jvm_with_a_256_mib_heap() throws IOException,
      InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx256m", "-Xss512k", "-cp",
        System.getProperty("java.class.path"), SmallHeapTest.class.getName())
        .redirectErrorStream(true).start();
    boolean ended = p.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly();
    }
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(ended, "the JVM ended: " + output);
    assertEquals(0, p.exitValue(), output);
    // 3,000 one-day links and one more day: 3,001 days from 1 January 2026, two years or more,
    // still being served on 21 November 2026
    assertEquals(List.of("ELIGIBLE MET MET"), output.lines().toList());
  }
}
