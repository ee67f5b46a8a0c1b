package org.rjkit.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.input.InputError;

/**
 * Issue 8, the sizes at which the reader stalled: {@code consecutiveTo} checks that walked from
 * every sentence to its chain's start (10,000 links: 13 s; 30,000: 120 s) and {@code offenceIds}
 * checked with {@code List.contains} (100,000: 2 min 45 s). The timeouts are stall guards, far
 * above what linear checks need, not measurements (see the benchmarks module).
 */
@DisplayName("Reading documents with long chains and wide references")
class LargeDocumentsTest {

  private static final Duration STALL = Duration.ofSeconds(30);

  /** A case whose sentences form one chain; {@code closed} makes the first follow the last. */
  static String chain(int links, boolean closed) {
    StringBuilder b = new StringBuilder("{\"caseId\":\"C1\",\"sentences\":[");
    for (int i = 0; i < links; i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append("{\"id\":\"S").append(i).append("\",\"kind\":\"IMPRISONMENT\",\"term\":\"P1D\"");
      if (i == 0) {
        b.append(closed ? ",\"consecutiveTo\":\"S" + (links - 1) + "\"" : ",\"startsOn\":\"2020-01-01\"");
      } else {
        b.append(",\"consecutiveTo\":\"S").append(i - 1).append('"');
      }
      b.append('}');
    }
    return b.append("]}").toString();
  }

  @ParameterizedTest(name = "{0} links")
  @ValueSource(ints = {10_000, 30_000, 100_000})
  void a_long_chain_is_checked_in_one_pass(int links) {
    CaseFile c = assertTimeoutPreemptively(STALL,
        () -> new CaseDocumentReader().read(chain(links, false)));
    assertEquals(links, c.sentences().orElseThrow().all().size());
    assertEquals(1, c.sentences().orElseThrow().chains().size());
  }

  @ParameterizedTest(name = "{0} links in a cycle")
  @ValueSource(ints = {10_000, 100_000})
  void every_sentence_of_a_long_cycle_is_reported_once(int links) {
    List<InputError> errors = assertTimeoutPreemptively(STALL,
        () -> InputErrors.of(() -> new CaseDocumentReader().read(chain(links, true))));
    assertEquals(links, errors.size());
    assertEquals("$.sentences[0].consecutiveTo", errors.get(0).path());
    assertEquals("$.sentences[" + (links - 1) + "].consecutiveTo",
        errors.get(links - 1).path());
  }

  @Test
  void a_sentence_for_100000_offences_is_checked_with_sets() {
    int n = 100_000;
    StringBuilder b = new StringBuilder("{\"caseId\":\"C1\",\"offences\":[");
    for (int i = 0; i < n; i++) {
      b.append(i > 0 ? "," : "").append("{\"id\":\"O").append(i).append("\"}");
    }
    b.append("],\"sentences\":[{\"id\":\"S1\",\"kind\":\"FINE\",\"offenceIds\":[");
    for (int i = 0; i < n; i++) {
      b.append(i > 0 ? "," : "").append("\"O").append(i).append('"');
    }
    String json = b.append("]}]}").toString();
    CaseFile c = assertTimeoutPreemptively(STALL, () -> new CaseDocumentReader().read(json));
    assertEquals(n, c.sentences().orElseThrow().all().get(0).offenceIds().size());
    // the same list with its last reference repeated is still reported at the repeat
    String repeated = json.replace("\"O" + (n - 1) + "\"]}]}", "\"O0\"]}]}");
    List<InputError> errors = assertTimeoutPreemptively(STALL,
        () -> InputErrors.of(() -> new CaseDocumentReader().read(repeated)));
    assertEquals("$.sentences[0].offenceIds[" + (n - 1) + "]", errors.get(0).path());
  }
}
