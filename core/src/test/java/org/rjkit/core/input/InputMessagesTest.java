package org.rjkit.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.rjkit.core.json.TestRequestReader;
import org.rjkit.core.language.Language;

@DisplayName("Input errors in the reader's language")
class InputMessagesTest {

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = InputMessagesTest.class.getResourceAsStream(
        "/org/rjkit/core/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static Set<String> inputKeys(Properties p) {
    Set<String> keys = new TreeSet<>();
    p.stringPropertyNames().stream().filter(k -> k.startsWith("input.")).forEach(keys::add);
    return keys;
  }

  @Test
  void every_input_error_has_its_own_french_text() throws IOException {
    Properties en = bundle("messages.properties");
    Properties fr = bundle("messages_fr.properties");
    assertFalse(inputKeys(en).isEmpty());
    assertEquals(inputKeys(en), inputKeys(fr));
    for (String key : inputKeys(en)) {
      assertNotEquals(en.getProperty(key), fr.getProperty(key), key);
    }
  }

  @Test
  void a_document_with_mistakes_reads_in_french_with_paths_unchanged() {
    String json = "{\"schemaVersion\":\"2\",\"programme\":\"p\",\"requesterId\":\"P9\","
        + "\"asOf\":\"2026-02-30\",\"case\":{\"caseId\":\"C1\",\"stage\":\"LATER\","
        + "\"participants\":[{\"id\":\"P1\",\"role\":\"VICTIM\",\"extra\":true}],"
        + "\"sentences\":[{\"id\":\"S1\",\"kind\":\"IMPRISONMENT\",\"term\":\"P0D\"}]}}";
    List<InputError> errors = InputErrorsOf.reading(json);
    assertTrue(errors.size() >= 6, errors::toString);
    for (InputError e : errors) {
      String french = e.message(Language.FR);
      assertNotEquals(e.message(), french, e.path());
      for (String word : List.of("must", "is not", "names no", " the ", "required")) {
        assertFalse(french.contains(word), e.path() + ": " + french);
      }
      assertEquals(e.path() + ": " + french, e.toString(Language.FR));
    }
  }

  /** Reading through the core walker. */
  private static final class InputErrorsOf {
    static List<InputError> reading(String json) {
      try {
        new TestRequestReader().read(json);
      } catch (InvalidInputException e) {
        return e.errors();
      }
      throw new AssertionError("the document was read");
    }
  }
}
