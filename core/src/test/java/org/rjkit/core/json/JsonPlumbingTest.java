package org.rjkit.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.core.json.InputErrors.assertReported;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.json.internal.StrictJson;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.fixtures.Cases;
import org.rjkit.core.offence.Offence;
import org.rjkit.core.offence.OffenceCategory;
import org.rjkit.core.offence.OffenceId;

/**
 * The JSON settings every rjkit reader shares, the schemas this module publishes, and the limits
 * on what a document can hold: the same limits hold for a vendor who parses with rjkit's mapper.
 */
@DisplayName("JSON settings, schemas and limits")
class JsonPlumbingTest {

  private final CaseDocumentReader reader = new CaseDocumentReader();
  private final CaseDocumentWriter writer = new CaseDocumentWriter();

  @Test
  void the_shared_limits_are_those_the_interchange_format_states() {
    assertEquals(RjkitJson.MAX_NESTING_DEPTH, StrictJson.constraints().getMaxNestingDepth());
    assertEquals(RjkitJson.MAX_STRING_LENGTH, StrictJson.constraints().getMaxStringLength());
    assertEquals(RjkitJson.MAX_NUMBER_LENGTH, StrictJson.constraints().getMaxNumberLength());
    assertEquals(RjkitJson.MAX_DOCUMENT_LENGTH, StrictJson.constraints().getMaxDocumentLength());
  }

  @Test
  void a_new_mapper_rejects_a_field_twice_and_content_after_the_value() throws IOException {
    ObjectMapper mapper = StrictJson.newMapper();
    assertThrows(IOException.class, () -> mapper.readTree("{\"a\":1,\"a\":2}"));
    assertThrows(IOException.class, () -> mapper.readTree("{\"a\":1} {}"));
    assertEquals(1, mapper.readTree("{\"a\":1}").get("a").asInt());
  }

  @Test
  void a_new_factory_stops_at_the_nesting_limit() throws IOException {
    String deep = "[".repeat(RjkitJson.MAX_NESTING_DEPTH + 1);
    try (JsonParser parser = StrictJson.newFactory().createParser(deep)) {
      assertThrows(StreamConstraintsException.class, () -> {
        while (parser.nextToken() == JsonToken.START_ARRAY) {
          // descend
        }
      });
    }
  }

  @Test
  void a_field_name_longer_than_the_limit_is_rejected_without_being_repeated() {
    List<org.rjkit.core.input.InputError> errors = InputErrors.of(() -> reader.read(
        "{\"caseId\":\"C1\",\"" + "n".repeat(RjkitJson.MAX_STRING_LENGTH + 1) + "\":1}"));
    // Jackson measures a field name as a string first: the string limit is the one reported.
    assertReported(errors, "$", "exceeds a size limit: a string longer than 65536 characters");
    assertTrue(!errors.get(0).message().contains("nnn"), errors.get(0)::message);
  }

  @Test
  void a_document_longer_than_eight_megabytes_is_rejected() {
    String big = "{\"caseId\":\"C1\",\"offences\":[" + "0,".repeat(4_200_000) + "0]}";
    assertTrue(big.length() > RjkitJson.MAX_DOCUMENT_LENGTH);
    assertReported(InputErrors.of(() -> reader.read(big)), "$",
        "a document longer than 8388608 characters");
  }

  @Test
  void the_module_publishes_the_case_document_and_the_screening_request_schemas() {
    assertEquals(List.of("case-document.schema.json", "screening-request.schema.json"),
        JsonSchemas.names());
    assertEquals(URI.create("https://rjkit.org/schema/v1/case-document.schema.json"),
        JsonSchemas.id(JsonSchemas.CASE_DOCUMENT));
    assertEquals("org/rjkit/core/json/schema/screening-request.schema.json",
        JsonSchemas.resource(JsonSchemas.SCREENING_REQUEST));
    assertEquals(JsonSchemas.id(JsonSchemas.SCREENING_REQUEST).toString(),
        JsonSchemas.load(JsonSchemas.SCREENING_REQUEST).get("$id").asText());
  }

  @Test
  void no_other_schema_is_published() {
    assertThrows(IllegalArgumentException.class, () -> JsonSchemas.id("decision.schema.json"));
    assertThrows(IllegalArgumentException.class,
        () -> JsonSchemas.resource("../case-document.schema.json"));
    assertThrows(IllegalArgumentException.class, () -> JsonSchemas.text("x.json"));
  }

  /** Dates are written YYYY-MM-DD: only the years 0000 to 9999 can be written. */
  @ParameterizedTest(name = "an offence committed on {0} can be written: {1}")
  @CsvSource({"0000-01-01, true", "9999-12-31, true", "-0001-12-31, false",
      "+10000-01-01, false"})
  void only_dates_of_four_digit_years_can_be_written(LocalDate committedOn, boolean written) {
    CaseFile c = CaseFile.builder(CaseId.of("C1")).offence(new Offence(OffenceId.of("O1"),
        OffenceCategory.THEFT, Optional.of(committedOn), java.util.Set.of())).build();
    if (written) {
      assertEquals(c, reader.read(writer.write(c)));
    } else {
      assertThrows(IllegalArgumentException.class, () -> writer.write(c));
    }
  }

  @Test
  void the_pretty_form_is_indented_and_reads_back_as_the_same_case() {
    CaseFile c = Cases.interchangeExample();
    String pretty = writer.writePretty(c);
    assertTrue(pretty.startsWith("{\n  \"caseId\": \"C-2026-0042\",\n"), pretty);
    assertEquals(c, reader.read(pretty));
    assertEquals(writer.write(c), RjkitJson.write(RjkitJson.readTree(pretty)));
  }

  @Test
  void a_screening_request_that_is_not_an_object_is_an_input_error() {
    TestRequestReader requests = new TestRequestReader();
    TestRequestReader.Overrides none = new TestRequestReader.Overrides(
        Optional.empty(), Optional.empty());
    assertReported(InputErrors.of(() -> requests.read(
        JsonNodeFactory.instance.arrayNode(), none)), "$", "must be an object");
    assertReported(InputErrors.of(() -> requests.read(
        JsonNodeFactory.instance.textNode("request"), none)), "$", "must be an object");
    assertReported(InputErrors.of(() -> requests.read(
        JsonNodeFactory.instance.nullNode(), none)), "$", "must not be null");
    assertReported(InputErrors.of(() -> reader.read(
        JsonNodeFactory.instance.nullNode(), "$.case")), "$.case", "must not be null");
  }

  /** Issue 8: the error points at the number's path, not at {@code $}. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}: rejected at {1}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      {"a":1e999999999}              | $.a
      {"a":-1e400}                   | $.a
      {"a":[1,{"b":{"c":[2e308]}}]}  | $.a[1].b.c[0]
      {"a":1e300}                    | -
      {"a":[1,{"b":-2.5}]}           | -
      """)
  void a_number_beyond_the_range_of_a_double_is_rejected_at_its_path_not_read_as_infinity(
      String json, String path) {
    if (!path.equals("-")) {
      org.rjkit.core.input.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
          org.rjkit.core.input.InvalidInputException.class, () -> RjkitJson.readTree(json));
      org.junit.jupiter.api.Assertions.assertEquals(path, e.errors().get(0).path());
      org.junit.jupiter.api.Assertions.assertTrue(
          e.errors().get(0).message().contains("range of a double"), e.getMessage());
    } else {
      org.junit.jupiter.api.Assertions.assertTrue(RjkitJson.readTree(json).isObject());
    }
  }
}
