package org.rjkit.core.json.fuzz;

import static org.rjkit.core.json.fuzz.ReadingInvariant.valueOrInvalidInput;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.json.CaseDocumentReader;
import org.rjkit.core.sentence.Sentences;

/**
 * Structure-aware fuzzing of what the byte-level fuzzers never reach (issue 8): long chains of
 * consecutive terms, combs (a chain whose links each have followers), cycles and dangling links
 * at any place in them, and sentences listing many offences, sometimes twice. Any such document
 * is read, or rejected as input, within the timeout; its chains are collected, the s.743.1
 * arithmetic done, and service on a date derived, never with a {@code StackOverflowError} or an
 * {@code OutOfMemoryError}.
 */
public class LongChainFuzzTest {

  private final CaseDocumentReader reader = new CaseDocumentReader();

  /** A case built from the fuzzer's choices: sizes up to the ones that failed in issue 8. */
  public static String document(FuzzedDataProvider data) {
    int links = data.consumeInt(1, 100_000);
    int teeth = data.consumeInt(0, 10);
    int toothEvery = data.consumeInt(1, 1_000);
    int offences = data.consumeInt(0, 1_000);
    int closeAt = data.consumeInt(-1, links - 1); // the first link follows this one: a cycle
    boolean dangling = data.consumeBoolean();
    boolean repeat = data.consumeBoolean();
    StringBuilder b = new StringBuilder(links * 80).append("{\"caseId\":\"C1\",\"offences\":[");
    for (int i = 0; i < offences; i++) {
      b.append(i > 0 ? "," : "").append("{\"id\":\"O").append(i).append("\"}");
    }
    b.append("],\"sentences\":[");
    for (int i = 0; i < links; i++) {
      b.append(i > 0 ? "," : "").append("{\"id\":\"S").append(i)
          .append("\",\"kind\":\"IMPRISONMENT\",\"term\":\"P1D\"");
      if (i == 0) {
        b.append(closeAt >= 0 ? ",\"consecutiveTo\":\"S" + closeAt + "\""
            : ",\"startsOn\":\"2020-01-01\"");
        if (offences > 0) {
          b.append(",\"offenceIds\":[");
          for (int k = 0; k < offences; k++) {
            b.append(k > 0 ? "," : "").append("\"O").append(k).append('"');
          }
          b.append(repeat ? ",\"O0\"]" : "]");
        }
      } else {
        b.append(",\"consecutiveTo\":\"S")
            .append(dangling && i == links - 1 ? "missing" : String.valueOf(i - 1)).append('"');
      }
      b.append('}');
      for (int t = 0; i % toothEvery == 0 && t < teeth; t++) {
        b.append(",{\"id\":\"T").append(i).append('-').append(t)
            .append("\",\"kind\":\"IMPRISONMENT\",\"term\":\"P1D\",\"consecutiveTo\":\"S")
            .append(i).append("\"}");
      }
    }
    return b.append("]}").toString();
  }

  @Timeout(60)
  @FuzzTest(maxDuration = "60s")
  void longChainsAndWideReferences(FuzzedDataProvider data) {
    String json = document(data);
    valueOrInvalidInput("CaseDocumentReader.read (long chains)", () -> reader.read(json))
        .ifPresent(LongChainFuzzTest::decide);
  }

  private static void decide(CaseFile c) {
    Sentences s = c.sentences().orElseThrow();
    if (s.chains().isEmpty()) {
      throw new AssertionError("a case with terms has at least one chain");
    }
    s.penitentiary();
    s.determinateExpiry();
    s.penitentiaryServiceOn(java.time.LocalDate.of(2030, 1, 1));
  }
}
