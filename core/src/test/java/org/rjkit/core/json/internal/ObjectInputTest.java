package org.rjkit.core.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.core.json.InputErrors.assertReported;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.json.InputErrors;
import org.rjkit.core.language.Message;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.core.safety.RiskLevel;

/**
 * The strict walker every rjkit reader (core's and eligibility's) uses, read the way a vendor's
 * own reader would use it: each wrong field is reported at its path with the rule broken, and
 * reading goes on so that all problems come out at once.
 */
@DisplayName("Reading a JSON object field by field")
class ObjectInputTest {

  private static JsonNode json(String text) {
    try {
      return StrictJson.newMapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("bad test JSON", e);
    }
  }

  /** Reads {"f": value} with one getter and returns the problems it reported. */
  private static Problems read(String value, Function<ObjectInput, Optional<?>> getter,
      boolean expectValue) {
    Problems problems = new Problems();
    ObjectInput o = ObjectInput.of(json("{\"f\":" + value + "}"), "$", problems).orElseThrow();
    assertEquals(expectValue, getter.apply(o).isPresent(), "value read");
    return problems;
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      a whole number      | 7                         | integer | true  |        |
      a whole number      | 11                        | integer | false | $.f    | must be a whole number from 1 to 10
      a whole number      | 1.5                       | integer | false | $.f    | must be a whole number from 1 to 10
      a whole number      | '"3"'                     | integer | false | $.f    | must be a whole number from 1 to 10
      an absolute URL     | '"https://example.org/a"' | uri     | true  |        |
      an absolute URL     | '"/relative/page"'        | uri     | false | $.f    | must be an absolute URL
      a non-blank string  | '"x"'                     | blank   | true  |        |
      a non-blank string  | '"   "'                   | blank   | false | $.f    | must not be blank
      a non-blank string  | 3                         | blank   | false | $.f    | must be a string
      a required boolean  | true                      | bool    | true  |        |
      a required boolean  | '"yes"'                   | bool    | false | $.f    | must be true or false
      some enum values    | '["LOW","HIGH"]'          | enums   | true  |        |
      some enum values    | '["LOW","LOW"]'           | enums   | false | $.f[1] | repeats a value listed before
      some enum values    | '[]'                      | enums   | false | $.f    | must list at least one value
      some enum values    | '["LOUD"]'                | enums   | false | $.f[0] | must be one of NONE, LOW
      a null field        | null                      | integer | false | $.f    | must not be null; omit the field when unknown
      """)
  void a_field_is_read_or_its_broken_rule_reported(String what, String value, String getter,
      boolean read, String path, String fragment) {
    Function<ObjectInput, Optional<?>> get = switch (getter) {
      case "integer" -> o -> o.integer("f", true, 1, 10);
      case "uri" -> o -> o.uri("f", true);
      case "blank" -> o -> o.nonBlank("f", true);
      case "bool" -> o -> o.bool("f", true);
      case "enums" -> o -> o.enumSet("f", true, RiskLevel.class);
      default -> throw new IllegalArgumentException(getter);
    };
    Problems problems = read(value, get, read);
    if (fragment == null) {
      assertTrue(problems.isEmpty());
    } else {
      assertEquals(1, problems.count());
      assertReported(InputErrors.of(problems::throwIfAny), path, fragment);
    }
  }

  @Test
  void an_object_that_may_have_no_fields_says_so() {
    Problems problems = new Problems();
    ObjectInput.of(json("{\"extra\":1}"), "$.x", problems).orElseThrow()
        .allowOnly(List.of(), Message.of("input.what.offence"));
    assertReported(InputErrors.of(problems::throwIfAny), "$.x.extra",
        "is not a field of an offence; the fields are none");
  }

  @Test
  void a_field_whose_name_could_hold_data_is_reported_without_its_name() {
    Problems problems = new Problems();
    ObjectInput.of(json("{\"Jane Doe 1970-01-01\":1}"), "$", problems).orElseThrow()
        .allowOnly(List.of("a", "b"), Message.of("input.what.order"));
    assertReported(InputErrors.of(problems::throwIfAny), "$",
        "has a field whose name is not a field of an order; the fields are a, b");
  }

  @Test
  void a_required_field_that_is_missing_is_reported_and_an_optional_one_is_not() {
    Problems problems = new Problems();
    ObjectInput o = ObjectInput.of(json("{}"), "$", problems).orElseThrow();
    assertFalse(o.uri("optional", false).isPresent());
    assertTrue(problems.isEmpty());
    assertFalse(o.integer("required", true, 0, 1).isPresent());
    assertEquals(1, problems.count());
    assertReported(InputErrors.of(problems::throwIfAny), "$.required", "is required but missing");
  }

  @Test
  void peeking_at_a_date_never_reports() {
    assertEquals(Optional.of(LocalDate.of(2024, 2, 29)),
        ObjectInput.peekDate(json("\"2024-02-29\"")));
    assertEquals(Optional.empty(), ObjectInput.peekDate(json("\"2023-02-29\"")));
    assertEquals(Optional.empty(), ObjectInput.peekDate(json("20230101")));
    assertEquals(Optional.empty(), ObjectInput.peekDate(null));
  }

  @Test
  void distinct_values_keep_the_document_order() {
    Problems problems = new Problems();
    Optional<Set<RiskLevel>> levels = ObjectInput.of(json("{\"f\":[\"HIGH\",\"LOW\"]}"), "$",
        problems).orElseThrow().enumSet("f", false, RiskLevel.class);
    assertEquals(List.of(RiskLevel.HIGH, RiskLevel.LOW), List.copyOf(levels.orElseThrow()));
    assertEquals(Optional.of(URI.create("https://example.org")), ObjectInput.of(
        json("{\"u\":\"https://example.org\"}"), "$", problems).orElseThrow().uri("u", true));
  }
}
