package org.rjkit.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.rjkit.core.fixtures.Cases;
import org.rjkit.core.screening.ScreeningRequest;

/**
 * The golden documents under {@code src/test/resources/golden/}: hand-written screening requests,
 * the first being the example of {@code interchange.md} verbatim. Each one must validate against
 * the published schemas, read as exactly the named case of {@link Cases}, and survive a round
 * trip through the writer.
 */
@DisplayName("Golden documents and the published JSON Schemas")
class GoldenDocumentsTest {

  static final List<String> GOLDEN = Cases.GOLDEN;

  private final TestRequestReader reader = new TestRequestReader();
  private final ScreeningRequestWriter writer = new ScreeningRequestWriter();

  static String golden(String file) {
    try (InputStream in = GoldenDocumentsTest.class.getResourceAsStream("/golden/" + file)) {
      assertNotNull(in, file);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0} validates against the published request and case schemas")
  @FieldSource("GOLDEN")
  void every_golden_document_validates_against_the_published_schemas(String file) {
    JsonNode document = RjkitJson.readTree(golden(file));
    assertEquals(List.of(), PublishedSchemas.violations(PublishedSchemas.SCREENING_REQUEST,
        document));
    assertEquals(List.of(), PublishedSchemas.violations(PublishedSchemas.CASE_DOCUMENT,
        document.get("case")));
  }

  @ParameterizedTest(name = "{0} reads as the named case it was written from")
  @FieldSource("GOLDEN")
  void every_golden_document_reads_as_its_named_case(String file) {
    assertEquals(Cases.golden(file), reader.read(golden(file)));
  }

  @ParameterizedTest(name = "{0} survives a round trip, and the writer's output validates too")
  @FieldSource("GOLDEN")
  void every_golden_document_round_trips(String file) {
    ScreeningRequest request = reader.read(golden(file));
    String written = writer.writePretty(request);
    assertEquals(request, reader.read(written));
    assertEquals(written, writer.writePretty(reader.read(written)));
    assertEquals(List.of(), PublishedSchemas.violations(PublishedSchemas.SCREENING_REQUEST,
        RjkitJson.readTree(written)));
  }

  @Test
  void the_interchange_example_is_written_back_field_for_field_except_what_says_nothing() {
    ObjectNode original = (ObjectNode) RjkitJson.readTree(golden("interchange-example.json"));
    // "contexts": [] says the same as no contexts; the writer omits what says nothing.
    ((ObjectNode) original.get("case").get("offences").get(0)).remove("contexts");
    assertEquals(original, writer.toTree(Cases.interchangeExampleRequest()));
  }

  @Test
  void each_schema_declares_the_id_it_is_published_under() {
    for (String name : JsonSchemas.names()) {
      JsonNode schema = JsonSchemas.load(name);
      assertEquals(JsonSchemas.id(name).toString(), schema.get("$id").textValue(), name);
      assertEquals("https://json-schema.org/draft/2020-12/schema",
          schema.get("$schema").textValue(), name);
    }
  }

  @ParameterizedTest(name = "the case schema rejects {0}")
  @CsvSource(delimiter = '|', textBlock = """
      # what                                   | case document
      an unknown field                         | {"caseId":"C1","colour":"blue"}
      a missing case id                        | {"stage":"POST_SENTENCE"}
      an unknown stage                         | {"caseId":"C1","stage":"ON_APPEAL"}
      a victim's field on an offender          | {"caseId":"C1","participants":[{"id":"P1","role":"OFFENDER","registeredVictim":true}]}
      a family member without relatedTo        | {"caseId":"C1","participants":[{"id":"P1","role":"VICTIM_FAMILY_MEMBER"}]}
      cohabitingSince for a spouse             | {"caseId":"C1","participants":[{"id":"P1","role":"VICTIM"},{"id":"P2","role":"VICTIM_FAMILY_MEMBER","relatedTo":"P1","relationship":"SPOUSE","cohabitingSince":"2020-01-01"}]}
      imprisonment without a term              | {"caseId":"C1","sentences":[{"id":"S1","kind":"IMPRISONMENT"}]}
      a term on a life sentence                | {"caseId":"C1","sentences":[{"id":"S1","kind":"LIFE","term":"P2Y"}]}
      a term that is not a period              | {"caseId":"C1","sentences":[{"id":"S1","kind":"IMPRISONMENT","term":"2 years"}]}
      a date not written YYYY-MM-DD            | {"caseId":"C1","offences":[{"id":"O1","category":"THEFT","committedOn":"14/03/2021"}]}
      a null where a fact is unknown           | {"caseId":"C1","stage":null}
      a string where a boolean belongs         | {"caseId":"C1","priorRestorativeProcess":"no"}
      a context listed twice                   | {"caseId":"C1","offences":[{"id":"O1","category":"THEFT","contexts":["HATE","HATE"]}]}
      a jurisdiction in lower case             | {"caseId":"C1","jurisdiction":"ca-qc"}
      an identifier with a space               | {"caseId":"C 1"}
      """)
  void the_case_schema_is_strict(String what, String document) {
    assertFalse(PublishedSchemas.violations(PublishedSchemas.CASE_DOCUMENT,
        RjkitJson.readTree(document)).isEmpty(), what);
  }

  @Test
  void the_request_schema_requires_its_fields_and_checks_the_case_it_refers_to() {
    ObjectNode request = (ObjectNode) RjkitJson.readTree(golden("interchange-example.json"));
    assertTrue(PublishedSchemas.violations(PublishedSchemas.SCREENING_REQUEST, request).isEmpty());
    ObjectNode withoutDate = request.deepCopy();
    withoutDate.remove("asOf");
    assertFalse(PublishedSchemas.violations(PublishedSchemas.SCREENING_REQUEST, withoutDate)
        .isEmpty());
    ObjectNode badCase = request.deepCopy();
    ((ObjectNode) badCase.get("case")).put("stage", "ON_APPEAL");
    assertFalse(PublishedSchemas.violations(PublishedSchemas.SCREENING_REQUEST, badCase)
        .isEmpty());
    ObjectNode otherVersion = request.deepCopy();
    otherVersion.put("schemaVersion", "2");
    assertFalse(PublishedSchemas.violations(PublishedSchemas.SCREENING_REQUEST, otherVersion)
        .isEmpty());
  }
}
