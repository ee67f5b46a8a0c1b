package org.rjkit.core.json.fuzz;

import static org.rjkit.core.json.fuzz.ReadingInvariant.text;
import static org.rjkit.core.json.fuzz.ReadingInvariant.valueOrInvalidInput;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import org.rjkit.core.json.CaseDocumentReader;
import org.rjkit.core.json.CaseDocumentWriter;

/**
 * Fuzzes {@link CaseDocumentReader#read(String)} with raw bytes: any text gives a case or an input
 * error (paths from {@code $}, plain messages, no value of the input), never another exception, a
 * hang or unbounded memory; a case read is written and read again as the same case.
 *
 * <p>The normal build runs the seeds in {@code CaseDocumentFuzzTestInputs/read/} (the cases of the
 * golden documents, a case with a planted value in every kind of field, and each crash fuzzing has
 * found); {@code JAZZER_FUZZ=1} fuzzes (see docs/fuzzing.md).
 */
class CaseDocumentFuzzTest {

  private final CaseDocumentReader reader = new CaseDocumentReader();
  private final CaseDocumentWriter writer = new CaseDocumentWriter();

  @Timeout(10)
  @DictionaryFile(resourcePath = "rjkit-json.dict")
  @FuzzTest(maxDuration = "30s")
  void read(byte[] data) {
    String json = text(data);
    valueOrInvalidInput("CaseDocumentReader.read", () -> reader.read(json)).ifPresent(c -> {
      if (!reader.read(writer.write(c)).equals(c)) {
        throw new AssertionError("a case written and read again is not the same case");
      }
    });
  }
}
