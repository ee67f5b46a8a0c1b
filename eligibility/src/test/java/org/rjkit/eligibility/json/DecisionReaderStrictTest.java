package org.rjkit.eligibility.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.RjkitJson;

/**
 * Issue 8: {@link DecisionReader} was not strict. Duplicate keys were accepted (the last won),
 * there were no size limits, a field name was echoed into the error, and reading stopped at the
 * first error.
 */
@DisplayName("Reading a decision strictly")
class DecisionReaderStrictTest {

  private static String decision() {
    return new DecisionWriter().write(DecisionJsonTest.consecutiveTermsWithMissingConsent());
  }

  private static List<InputError> errors(String json) {
    return assertThrows(InvalidInputException.class, () -> new DecisionReader().read(json))
        .errors();
  }

  @Test
  void a_field_given_twice_is_rejected_at_its_path() {
    String json = decision().replaceFirst("\"outcome\":", "\"outcome\":\"ELIGIBLE\",\"outcome\":");
    List<InputError> e = errors(json);
    assertEquals("$.outcome", e.get(0).path());
    assertTrue(e.get(0).message().contains("same field twice"), e.get(0).message());
  }

  @Test
  void a_string_beyond_the_limit_is_rejected_without_being_repeated() {
    String huge = "x".repeat(RjkitJson.MAX_STRING_LENGTH + 1);
    String json = decision().replaceFirst("\"en\":\"", "\"en\":\"" + huge);
    List<InputError> e = errors(json);
    assertTrue(e.get(0).message().contains("a string longer than 65536"), e.get(0).message());
    assertFalse(e.toString().contains("xxxxxxxx"));
  }

  @Test
  void a_document_nested_beyond_the_limit_is_rejected() {
    String deep = "[".repeat(RjkitJson.MAX_NESTING_DEPTH + 1)
        + "]".repeat(RjkitJson.MAX_NESTING_DEPTH + 1);
    List<InputError> e = errors(decision().replaceFirst("\"missingFacts\":\\[",
        "\"x\":" + deep + ",\"missingFacts\":["));
    assertTrue(e.get(0).message().contains("nesting deeper than 64"), e.get(0).message());
  }

  @ParameterizedTest(name = "an unknown field named {0}")
  @ValueSource(strings = {"Jane Doe", "jane.doe@example.org", "Le délinquant a dit"})
  void a_field_name_that_could_carry_data_is_never_echoed(String name) {
    String json = decision().replaceFirst("\"schemaVersion\":\"1\"",
        "\"schemaVersion\":\"1\",\"" + name + "\":true");
    List<InputError> e = errors(json);
    assertEquals("$", e.get(0).path());
    assertFalse(e.toString().contains(name), e::toString);
  }

  @Test
  void every_problem_of_the_document_is_reported_at_once() {
    String json = decision()
        .replaceFirst("\"asOf\":\"2026-11-21\"", "\"asOf\":\"2026-02-30\"")
        .replaceFirst("\"caseId\":\"C-2026-0042\"", "\"caseId\":42")
        .replaceFirst("\"status\":\"MET\"", "\"status\":\"OK\"");
    List<String> paths = errors(json).stream().map(InputError::path).toList();
    assertTrue(paths.containsAll(List.of("$.asOf", "$.caseId", "$.rules[0].status")),
        paths::toString);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/x"})
  void a_citation_url_must_be_https_or_http(String url) {
    String json = decision().replaceFirst(
        "\"url\":\"https://laws-lois\\.justice\\.gc\\.ca[^\"]*\"", "\"url\":\"" + url + "\"");
    assertTrue(!json.equals(decision()), "a URL was replaced");
    List<InputError> e = errors(json);
    assertTrue(e.get(0).path().endsWith(".url"), e::toString);
    assertTrue(e.get(0).message().contains("https or http"), e.get(0).message());
  }

  @Test
  void a_byte_order_mark_at_the_very_start_is_ignored() {
    assertEquals(DecisionJsonTest.consecutiveTermsWithMissingConsent(),
        new DecisionReader().read("\uFEFF" + decision()));
  }
}
