package org.rjkit.core.json.fuzz;

import static org.rjkit.core.json.fuzz.ReadingInvariant.text;
import static org.rjkit.core.json.fuzz.ReadingInvariant.valueOrInvalidInput;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;
import org.rjkit.core.json.TestRequestReader;
import org.rjkit.core.json.TestRequestReader.Overrides;
import org.rjkit.core.json.ScreeningRequestWriter;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.core.screening.ScreeningRequest;

/**
 * Fuzzes {@link TestRequestReader#read(String)} and
 * {@link TestRequestReader#read(String, Overrides)} with raw bytes: any text gives a request
 * or an input error (paths from {@code $}, plain messages, no value of the input), never another
 * exception, a hang or unbounded memory. Besides the invariant, three laws hold for every input:
 * <ul>
 *   <li>a request read is written and read again as the same request;</li>
 *   <li>overrides only supply values, so a request readable without them is readable with them,
 *       as the same request with the overridden programme and date;</li>
 *   <li>a request readable with overrides has the overridden programme and date.</li>
 * </ul>
 *
 * <p>The normal build runs the seeds in {@code ScreeningRequestFuzzTestInputs/read/} (the golden
 * documents, a document with a planted value in every kind of field, and each crash fuzzing has
 * found); {@code JAZZER_FUZZ=1} fuzzes (see docs/fuzzing.md).
 */
class ScreeningRequestFuzzTest {

  private static final ProgrammeId OTHER_PROGRAMME = ProgrammeId.of("nz-restorative-justice");
  private static final LocalDate OTHER_DATE = LocalDate.of(2000, 2, 29);
  private static final List<Overrides> OVERRIDES = List.of(
      new Overrides(Optional.of(OTHER_PROGRAMME), Optional.empty()),
      new Overrides(Optional.empty(), Optional.of(OTHER_DATE)),
      new Overrides(Optional.of(OTHER_PROGRAMME), Optional.of(OTHER_DATE)));

  private final TestRequestReader reader = new TestRequestReader();
  private final ScreeningRequestWriter writer = new ScreeningRequestWriter();

  @Timeout(10)
  @DictionaryFile(resourcePath = "rjkit-json.dict")
  @FuzzTest(maxDuration = "30s")
  void read(byte[] data) {
    String json = text(data);
    Optional<ScreeningRequest> plain =
        valueOrInvalidInput("TestRequestReader.read", () -> reader.read(json));
    plain.ifPresent(this::checkRoundTrip);
    for (Overrides overrides : OVERRIDES) {
      Optional<ScreeningRequest> overridden = valueOrInvalidInput(
          "TestRequestReader.read with overrides", () -> reader.read(json, overrides));
      if (plain.isPresent() && overridden.isEmpty()) {
        throw new AssertionError("overrides made a readable request unreadable");
      }
      overridden.ifPresent(request -> {
        checkRoundTrip(request);
        if (!request.programme().equals(overrides.programme().orElse(request.programme()))
            || !request.asOf().equals(overrides.asOf().orElse(request.asOf()))) {
          throw new AssertionError("an override was not applied");
        }
        plain.ifPresent(p -> {
          ScreeningRequest expected = new ScreeningRequest(
              overrides.programme().orElse(p.programme()), p.requesterId(),
              overrides.asOf().orElse(p.asOf()), p.caseFile());
          if (!expected.equals(request)) {
            throw new AssertionError("overrides changed more than the programme and the date");
          }
        });
      });
    }
  }

  private void checkRoundTrip(ScreeningRequest request) {
    if (!reader.read(writer.write(request)).equals(request)) {
      throw new AssertionError("a request written and read again is not the same request");
    }
  }
}
