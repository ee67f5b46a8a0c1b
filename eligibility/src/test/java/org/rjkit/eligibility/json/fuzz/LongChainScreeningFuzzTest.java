package org.rjkit.eligibility.json.fuzz;

import static org.rjkit.core.json.fuzz.ReadingInvariant.valueOrInvalidInput;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import org.rjkit.eligibility.json.ScreeningRequestReader.Overrides;
import org.rjkit.core.json.fuzz.LongChainFuzzTest;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.screening.Screener;
import org.rjkit.eligibility.json.DecisionReader;
import org.rjkit.eligibility.json.DecisionWriter;
import org.rjkit.eligibility.json.ScreeningRequestReader;

/**
 * Structure-aware fuzzing of screening (issue 8): the long chains, combs, cycles, dangling links
 * and wide offence references of {@link LongChainFuzzTest#document}, in a CSC request. Any such
 * request is decided, or rejected as input, within the timeout, and its decision reads back equal.
 */
class LongChainScreeningFuzzTest {

  private static final ProgrammeRegistry BUILT_IN = ProgrammeRegistry.builtIn();

  private final ScreeningRequestReader requests = new ScreeningRequestReader(BUILT_IN);
  private final Screener screener = new Screener(BUILT_IN);

  @Timeout(60)
  @FuzzTest(maxDuration = "60s")
  void screenLongChains(FuzzedDataProvider data) {
    String caseDocument = LongChainFuzzTest.document(data);
    String withParties = caseDocument.substring(0, caseDocument.length() - 1)
        + ",\"stage\":\"POST_SENTENCE\",\"participants\":[{\"id\":\"P1\",\"role\":\"VICTIM\"},"
        + "{\"id\":\"P2\",\"role\":\"OFFENDER\"}]}";
    String json = "{\"schemaVersion\":\"1\",\"programme\":\"ca-csc-restorative-opportunities\","
        + "\"requesterId\":\"P1\",\"asOf\":\"2026-11-21\",\"case\":" + withParties + "}";
    valueOrInvalidInput("ScreeningRequestReader.read (long chains)",
        () -> requests.read(json, Overrides.NONE)).ifPresent(request -> {
          Decision decision = screener.screen(request);
          if (!new DecisionReader().read(new DecisionWriter().write(decision)).equals(decision)) {
            throw new AssertionError("a decision written and read again is not the same");
          }
        });
  }
}
