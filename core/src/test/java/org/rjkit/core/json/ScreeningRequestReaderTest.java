package org.rjkit.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.core.json.InputErrors.assertReported;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.fixtures.Cases;
import org.rjkit.core.input.InputError;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.core.screening.ScreeningRequest;

/**
 * The screening request reader: the request's own fields, its case under {@code $.case}, and the
 * command line's overrides. Rows are requests around a small case with a victim P1 and an
 * offender P2.
 */
@DisplayName("Reading a screening request")
class ScreeningRequestReaderTest {

  private static final String CASE = "{\"caseId\":\"C1\",\"participants\":"
      + "[{\"id\":\"P1\",\"role\":\"VICTIM\"},{\"id\":\"P2\",\"role\":\"OFFENDER\"}]}";

  private final TestRequestReader reader = new TestRequestReader();

  private static String request(String fields) {
    return "{" + fields.replace("CASE", CASE) + "}";
  }

  @ParameterizedTest(name = "[{index}] {0}: {2} {3}")
  @CsvSource(delimiter = '|', textBlock = """
      # what                               | request fields | path | message says
      no schema version                    | "programme":"ca-qc-pmrg","requesterId":"P1","asOf":"2026-01-05","case":CASE | $.schemaVersion | is required
      another schema version               | "schemaVersion":"2","programme":"ca-qc-pmrg","requesterId":"P1","asOf":"2026-01-05","case":CASE | $.schemaVersion | must be the string "1"
      a schema version that is a number    | "schemaVersion":1,"programme":"ca-qc-pmrg","requesterId":"P1","asOf":"2026-01-05","case":CASE | $.schemaVersion | must be the string "1"
      no programme                         | "schemaVersion":"1","requesterId":"P1","asOf":"2026-01-05","case":CASE | $.programme | is required
      a programme id with spaces           | "schemaVersion":"1","programme":"CSC restorative","requesterId":"P1","asOf":"2026-01-05","case":CASE | $.programme | must be an identifier
      no requester                         | "schemaVersion":"1","programme":"ca-qc-pmrg","asOf":"2026-01-05","case":CASE | $.requesterId | is required
      a requester who is not in the case   | "schemaVersion":"1","programme":"ca-qc-pmrg","requesterId":"P9","asOf":"2026-01-05","case":CASE | $.requesterId | names no participant of the case
      no date                              | "schemaVersion":"1","programme":"ca-qc-pmrg","requesterId":"P1","case":CASE | $.asOf | is required
      an impossible date                   | "schemaVersion":"1","programme":"ca-qc-pmrg","requesterId":"P1","asOf":"2026-02-29","case":CASE | $.asOf | is not a real calendar date
      no case                              | "schemaVersion":"1","programme":"ca-qc-pmrg","requesterId":"P1","asOf":"2026-01-05" | $.case | is required
      a case that is not an object         | "schemaVersion":"1","programme":"ca-qc-pmrg","requesterId":"P1","asOf":"2026-01-05","case":"C1" | $.case | must be an object
      an unknown field                     | "schemaVersion":"1","programme":"ca-qc-pmrg","requesterId":"P1","asOf":"2026-01-05","case":CASE,"lang":"fr" | $.lang | is not a field of a screening request
      a null                               | "schemaVersion":"1","programme":null,"requesterId":"P1","asOf":"2026-01-05","case":CASE | $.programme | must not be null
      an error inside the case             | "schemaVersion":"1","programme":"ca-qc-pmrg","requesterId":"P1","asOf":"2026-01-05","case":{"caseId":"C1","participants":[{"id":"P1","role":"VICTIM"}],"sentences":[{"id":"S1","kind":"FINE"},{"id":"S2","kind":"IMPRISONMENT","term":"P0D"}]} | $.case.sentences[1].term | must be a positive length
      a reference inside the case          | "schemaVersion":"1","programme":"ca-qc-pmrg","requesterId":"P1","asOf":"2026-01-05","case":{"caseId":"C1","participants":[{"id":"P1","role":"VICTIM"},{"id":"P2","role":"VICTIM"},{"id":"P3","role":"VICTIM_FAMILY_MEMBER","relatedTo":"P7"}]} | $.case.participants[2].relatedTo | names no participant of the case
      """)
  void rejects(String what, String fields, String path, String message) {
    assertReported(InputErrors.of(() -> reader.read(request(fields))), path, message);
  }

  @Test
  void reads_the_example_of_the_interchange_format() {
    ScreeningRequest r = reader.read(GoldenDocumentsTest.golden("interchange-example.json"));
    assertEquals(Cases.CSC, r.programme());
    assertEquals(ParticipantId.of("P1"), r.requesterId());
    assertEquals(LocalDate.of(2026, 11, 21), r.asOf());
    assertEquals(Cases.interchangeExample(), r.caseFile());
  }

  @Test
  void errors_in_the_request_and_in_its_case_are_reported_together() {
    List<InputError> errors = InputErrors.of(() -> reader.read(request(
        "\"schemaVersion\":\"1\",\"requesterId\":\"P9\",\"asOf\":\"2026-13-01\","
            + "\"case\":{\"caseId\":\"C1\",\"stage\":\"LATER\","
            + "\"participants\":[{\"id\":\"P1\",\"role\":\"VICTIM\",\"plea\":\"GUILTY\"}]}")));
    assertEquals(List.of("$.programme", "$.asOf", "$.case.stage",
            "$.case.participants[0].plea", "$.requesterId"),
        errors.stream().map(InputError::path).toList(), errors::toString);
  }

  @Test
  void overrides_replace_the_programme_and_the_date_of_the_request() {
    String json = request("\"schemaVersion\":\"1\",\"programme\":\"ca-qc-pmrg\","
        + "\"requesterId\":\"P2\",\"asOf\":\"2026-01-05\",\"case\":CASE");
    ScreeningRequest r = reader.read(json, new TestRequestReader.Overrides(
        Optional.of(Cases.CSC), Optional.of(LocalDate.of(2027, 1, 1))));
    assertEquals(Cases.CSC, r.programme());
    assertEquals(LocalDate.of(2027, 1, 1), r.asOf());
    assertEquals(ProgrammeId.of("ca-qc-pmrg"), reader.read(json).programme());
  }

  @Test
  void a_request_without_a_date_or_programme_is_valid_when_overrides_give_them() {
    String json = request("\"schemaVersion\":\"1\",\"requesterId\":\"P2\",\"case\":CASE");
    ScreeningRequest r = reader.read(json, new TestRequestReader.Overrides(
        Optional.of(Cases.YCJA), Optional.of(LocalDate.of(2026, 6, 30))));
    assertEquals(Cases.YCJA, r.programme());
    assertEquals(LocalDate.of(2026, 6, 30), r.asOf());
    List<InputError> withoutOverrides = InputErrors.of(() -> reader.read(json));
    assertReported(withoutOverrides, "$.programme", "is required");
    assertReported(withoutOverrides, "$.asOf", "is required");
  }

  @Test
  void an_overridden_value_that_the_request_states_wrongly_is_still_an_error() {
    String json = request("\"schemaVersion\":\"1\",\"programme\":\"ca-qc-pmrg\","
        + "\"requesterId\":\"P2\",\"asOf\":\"yesterday\",\"case\":CASE");
    assertReported(InputErrors.of(() -> reader.read(json, new TestRequestReader.Overrides(
        Optional.empty(), Optional.of(LocalDate.of(2026, 6, 30))))), "$.asOf",
        "must be a date written YYYY-MM-DD");
  }

  @Test
  void a_top_level_null_is_an_input_error_not_a_null_request() {
    assertReported(InputErrors.of(() -> reader.read("null")), "$", "not null");
    assertReported(InputErrors.of(() -> reader.read("null{\"")), "$", "is not valid");
  }

  @Test
  void the_request_round_trips_through_the_writer() {
    ScreeningRequest r = Cases.interchangeExampleRequest();
    String json = new ScreeningRequestWriter().write(r);
    assertEquals(r, reader.read(json));
    assertTrue(json.startsWith("{\"schemaVersion\":\"1\",\"programme\":"), json);
  }
}
