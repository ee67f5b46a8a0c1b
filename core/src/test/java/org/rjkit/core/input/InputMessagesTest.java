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

  private static final String BROKEN = "{\"schemaVersion\":\"2\",\"programme\":\"p\","
      + "\"requesterId\":\"P9\",\"asOf\":\"2026-02-30\",\"case\":{\"caseId\":\"C1\","
      + "\"stage\":\"LATER\",\"participants\":[{\"id\":\"P1\",\"role\":\"VICTIM\","
      + "\"extra\":true,\"registeredVictim\":\"yes\"},{\"id\":\"P2\",\"role\":\"JUDGE\"}],"
      + "\"sentences\":[{\"id\":\"S1\",\"kind\":\"IMPRISONMENT\",\"term\":\"P0D\","
      + "\"startsOn\":\"1 May\"}]}}";

  private static InputError at(List<InputError> errors, String path) {
    return errors.stream().filter(e -> e.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no error at " + path + ": " + errors));
  }

  @Test
  void english_lists_the_allowed_values_as_they_are() {
    List<InputError> errors = InputErrorsOf.reading(BROKEN);
    assertEquals("must be one of PRE_CHARGE, POST_CHARGE, PRE_SENTENCE, POST_SENTENCE",
        at(errors, "$.case.stage").message());
  }

  @Test
  void french_quotes_each_allowed_value_and_gives_its_label() {
    List<InputError> errors = InputErrorsOf.reading(BROKEN);
    assertEquals("doit prendre l’une des valeurs « PRE_CHARGE » (avant la mise en accusation),"
            + " « POST_CHARGE » (après la mise en accusation), « PRE_SENTENCE » (avant la"
            + " détermination de la peine), « POST_SENTENCE » (après la détermination de la"
            + " peine)", at(errors, "$.case.stage").message(Language.FR));
    String roles = at(errors, "$.case.participants[1].role").message(Language.FR);
    assertTrue(roles.contains("« VICTIM » (victime), « VICTIM_REPRESENTATIVE » (représentant de"
        + " la victime)"), roles);
    String fields = at(errors, "$.case.participants[0].extra").message(Language.FR);
    assertTrue(fields.contains("« id », « role »"), fields);
    assertTrue(at(errors, "$.case.participants[0].registeredVictim").message(Language.FR)
        .contains("« true » ou « false »"));
  }

  /** A Java constant ({@code POST_SENTENCE}) or a field name ({@code registeredVictim}). */
  private static final java.util.regex.Pattern CONTRACT_TOKEN = java.util.regex.Pattern.compile(
      "\\b(?:[A-Z][A-Z0-9]*_[A-Z0-9_]+|[a-z]+[A-Z][A-Za-z]*|null|true|false|YYYY-MM-DD|P2Y)\\b");

  @Test
  void in_french_every_contract_token_is_between_guillemets() {
    List<InputError> errors = InputErrorsOf.reading(BROKEN);
    assertTrue(errors.size() >= 8, errors::toString);
    for (InputError e : errors) {
      String outside = e.message(Language.FR).replaceAll("«[^»]*»", " ");
      java.util.regex.Matcher stray = CONTRACT_TOKEN.matcher(outside);
      assertFalse(stray.find(), e.path() + ": " + e.message(Language.FR));
    }
    assertTrue(CONTRACT_TOKEN.matcher("l’une des valeurs PRE_CHARGE").find(), "the check can fail");
    assertTrue(CONTRACT_TOKEN.matcher("si relationship vaut x, avant givenOn").find());
  }

  @Test
  void every_french_input_pattern_quotes_the_contract_tokens_it_names() throws IOException {
    Properties fr = bundle("messages_fr.properties");
    for (String key : inputKeys(fr)) {
      String outside = fr.getProperty(key).replaceAll("«[^»]*»", " ");
      assertFalse(CONTRACT_TOKEN.matcher(outside).find(), key + "=" + fr.getProperty(key));
    }
  }
}
