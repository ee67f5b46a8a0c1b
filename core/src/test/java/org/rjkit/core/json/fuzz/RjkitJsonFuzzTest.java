package org.rjkit.core.json.fuzz;

import static org.rjkit.core.json.fuzz.ReadingInvariant.text;
import static org.rjkit.core.json.fuzz.ReadingInvariant.valueOrInvalidInput;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Timeout;
import org.rjkit.core.json.RjkitJson;

/**
 * Fuzzes rjkit's one JSON parser, {@link RjkitJson#readObject} (and {@link RjkitJson#readTree}
 * under it), with raw bytes: any text gives an object or an input error at {@code $}, never
 * another exception, a hang or unbounded memory; an object it gives is written back and read again
 * as the same object.
 *
 * <p>The normal build runs the seeds in {@code RjkitJsonFuzzTestInputs/readObject/} (the golden
 * documents and one input for each limit); {@code JAZZER_FUZZ=1} fuzzes (see docs/fuzzing.md).
 */
class RjkitJsonFuzzTest {

  @Timeout(10)
  @DictionaryFile(resourcePath = "rjkit-json.dict")
  @FuzzTest(maxDuration = "30s")
  void readObject(byte[] data) {
    String json = text(data);
    valueOrInvalidInput("RjkitJson.readTree", () -> RjkitJson.readTree(json));
    valueOrInvalidInput("RjkitJson.readObject", () -> RjkitJson.readObject(json))
        .ifPresent(object -> {
          String written = RjkitJson.write(object);
          ObjectNode again = RjkitJson.readObject(written);
          if (!again.equals(object)) {
            throw new AssertionError("an object read, written and read again is not the same");
          }
          JsonNode pretty = RjkitJson.readObject(RjkitJson.writePretty(object));
          if (!pretty.equals(object)) {
            throw new AssertionError("an object written indented reads back differently");
          }
        });
  }
}
