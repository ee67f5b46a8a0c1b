package org.rjkit.eligibility.json.fuzz;

import static org.rjkit.core.json.fuzz.ReadingInvariant.text;
import static org.rjkit.core.json.fuzz.ReadingInvariant.valueOrInvalidInput;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.eligibility.json.ScreeningRequestReader.Overrides;
import org.rjkit.core.json.fuzz.ReadingInvariant;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.screening.Screener;
import org.rjkit.eligibility.json.DecisionReader;
import org.rjkit.eligibility.json.DecisionWriter;
import org.rjkit.eligibility.json.ScreeningRequestReader;

/**
 * Fuzzes the whole path from outside text to a decision:
 * {@link ScreeningRequestReader#read(String)} with the built-in programmes, then
 * {@link Screener#screen}. Any text gives a {@link Decision} or an input error (paths from
 * {@code $}, no value of the input), never another exception, a hang or unbounded memory. Besides
 * that invariant:
 * <ul>
 *   <li>the decision names the request's programme and date, and
 *       {@link DecisionWriter#write(org.rjkit.eligibility.Decision)} written, {@link DecisionReader#read(String)} reads it back
 *       equal;</li>
 *   <li>a request that reads is read again with each built-in programme as the
 *       {@code --programme} override: it gives a decision for that programme, or an input error
 *       only at {@code $.asOf} (the date is before the programme's first rule-set version); so
 *       every case that reads is screened by every programme.</li>
 * </ul>
 *
 * <p>The normal build runs the seeds in {@code ScreeningFuzzTestInputs/screen/}: the sample cases
 * of {@code samples/cases/}, the sample requests for the vendor programme (unknown here), the
 * sample invalid request, a document with a planted value in every kind of field, and each crash
 * fuzzing has found. {@code JAZZER_FUZZ=1} fuzzes (see docs/fuzzing.md).
 */
class ScreeningFuzzTest {

  private static final ProgrammeRegistry BUILT_IN = ProgrammeRegistry.builtIn();

  private final ScreeningRequestReader requests = new ScreeningRequestReader(BUILT_IN);
  private final Screener screener = new Screener(BUILT_IN);

  @Timeout(10)
  @DictionaryFile(resourcePath = "/org/rjkit/core/json/fuzz/rjkit-json.dict")
  @FuzzTest(maxDuration = "30s")
  void screen(byte[] data) {
    String json = text(data);
    Optional<ScreeningRequest> request =
        valueOrInvalidInput("ScreeningRequestReader.read", () -> requests.read(json));
    if (request.isEmpty()) {
      return;
    }
    decide(request.get());
    for (Programme programme : BUILT_IN.all()) {
      Overrides overrides = new Overrides(Optional.of(programme.id()), Optional.empty());
      try {
        ScreeningRequest overridden = requests.read(json, overrides);
        if (!overridden.equals(new ScreeningRequest(programme.id(),
            request.get().requesterId(), request.get().asOf(), request.get().caseFile()))) {
          throw new AssertionError("the programme override changed more than the programme");
        }
        decide(overridden);
      } catch (InvalidInputException e) {
        ReadingInvariant.check("ScreeningRequestReader.read with --programme", e);
        if (e.errors().stream().anyMatch(error -> !error.path().equals("$.asOf"))) {
          throw new AssertionError("a request that reads was rejected with another programme,"
              + " and not only for its date");
        }
      }
    }
  }

  private void decide(ScreeningRequest request) {
    Decision decision = screener.screen(request);
    if (decision == null || !decision.programme().equals(request.programme())
        || !decision.asOf().equals(request.asOf())) {
      throw new AssertionError("a decision is missing or names another programme or date");
    }
    if (!new DecisionReader().read(new DecisionWriter().write(decision))
        .equals(org.rjkit.eligibility.Frozen.decision(decision))) {
      throw new AssertionError("a decision written and read again is not the same decision");
    }
  }
}
