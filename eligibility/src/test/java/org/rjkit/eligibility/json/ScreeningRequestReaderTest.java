package org.rjkit.eligibility.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.eligibility.json.ScreeningRequestReader;
import org.rjkit.eligibility.json.ScreeningRequestReader.Overrides;
import org.rjkit.core.json.ScreeningRequestWriter;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.screening.Eligibility;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.Scenario;
import org.rjkit.eligibility.programmes.Programmes;

/**
 * Reading screening requests for the programmes a registry knows: an unknown programme and a
 * date before a programme's first version are input errors, reported with the document's
 * other problems; a request that reads can always be screened.
 */
@DisplayName("Screening requests checked against the registered programmes")
class ScreeningRequestReaderTest {

  private final ScreeningRequestReader requests = new ScreeningRequestReader(ProgrammeRegistry.builtIn());

  private static String request(Consumer<ObjectNode> change) {
    ObjectNode node = new ScreeningRequestWriter().toTree(
        Scenario.registeredVictimOfOffenderServingThreeYears().request());
    change.accept(node);
    return RjkitJson.write(node);
  }

  private List<InputError> errors(String json, Overrides overrides) {
    return assertThrows(InvalidInputException.class, () -> requests.read(json, overrides))
        .errors();
  }

  @Test
  void a_request_for_a_registered_programme_reads_back_as_written() {
    String json = request(n -> { });
    ScreeningRequest read = requests.read(json);
    assertEquals(Scenario.registeredVictimOfOffenderServingThreeYears().request(), read);
    assertEquals(read, ScreeningRequestReader.builtIn().read(
        new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    assertEquals(read, requests.read(new java.io.StringReader(json)));
    assertEquals(read, requests.read(RjkitJson.readTree(json)));
    assertEquals(Eligibility.screen(read), Eligibility.screener().screen(read));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      an unknown programme                        | programme | vendor-unknown | $.programme | names no registered programme; the programmes are ca-csc-restorative-opportunities
      a date before the programme's first version | asOf      | 2025-12-31     | $.asOf      | is before the first rule-set version of the programme; the programme applies from 2026-01-01
      """)
  void a_problem_with_the_programme_is_an_input_error_at_its_path(String what, String field,
      String value, String path, String message) {
    List<InputError> errors = errors(request(n -> n.put(field, value)), Overrides.NONE);
    assertEquals(1, errors.size(), errors::toString);
    assertEquals(path, errors.get(0).path());
    assertTrue(errors.get(0).message().startsWith(message), errors.get(0).message());
    assertFalse(errors.toString().contains(value), "the message does not repeat the value");
  }

  @Test
  void the_first_day_of_the_first_version_is_in_force() {
    assertEquals(LocalDate.of(2026, 1, 1),
        requests.read(request(n -> n.put("asOf", "2026-01-01"))).asOf());
  }

  @Test
  void an_unknown_programme_is_reported_with_the_other_problems_of_the_document() {
    List<InputError> errors = errors(request(n -> {
      n.put("programme", "vendor-unknown");
      n.put("requesterId", "P9");
      ((ObjectNode) n.get("case")).put("stage", "TRIAL");
    }), Overrides.NONE);
    List<String> paths = errors.stream().map(InputError::path).toList();
    assertTrue(paths.containsAll(List.of("$.programme", "$.requesterId", "$.case.stage")),
        paths::toString);
    assertEquals(3, paths.size(), paths::toString);
  }

  @Test
  void a_date_before_the_first_version_is_reported_with_the_other_problems_of_the_document() {
    List<InputError> errors = errors(request(n -> {
      n.put("asOf", "2020-06-01");
      n.put("schemaVersion", "2");
    }), Overrides.NONE);
    assertEquals(List.of("$.schemaVersion", "$.asOf"),
        errors.stream().map(InputError::path).toList());
  }

  @Test
  void a_malformed_programme_id_or_date_is_reported_once_by_the_document_reader() {
    List<InputError> errors = errors(request(n -> {
      n.put("programme", "no such programme");
      n.put("asOf", "2026-02-30");
    }), Overrides.NONE);
    assertEquals(List.of("$.programme", "$.asOf"), errors.stream().map(InputError::path)
        .toList());
    assertFalse(errors.get(0).message().contains("registered"));
  }

  @Test
  void overrides_replace_the_request_s_programme_and_date_and_are_checked_the_same_way() {
    String json = request(n -> n.put("programme", "vendor-unknown"));
    Overrides csc = new Overrides(Optional.of(Programmes.CSC_RESTORATIVE_OPPORTUNITIES),
        Optional.empty());
    assertEquals(Programmes.CSC_RESTORATIVE_OPPORTUNITIES, requests.read(json, csc).programme());

    Overrides unknown = new Overrides(Optional.of(ProgrammeId.of("vendor-other")),
        Optional.empty());
    List<InputError> errors = errors(request(n -> { }), unknown);
    assertEquals("$.programme", errors.get(0).path());
    assertTrue(errors.get(0).message().contains("the value given in place of the request's"));

    Overrides early = new Overrides(Optional.empty(), Optional.of(LocalDate.of(2025, 1, 1)));
    errors = errors(request(n -> { }), early);
    assertEquals("$.asOf", errors.get(0).path());
    assertTrue(errors.get(0).message().contains("the value given in place of the request's"));
  }

  @Test
  void a_vendor_s_registered_programme_can_be_named() {
    Programme csc = Programmes.all().get(0);
    Programme mine = new Programme(ProgrammeId.of("vendor-own"), csc.name(), csc.versions());
    ScreeningRequestReader withMine = new ScreeningRequestReader(ProgrammeRegistry.builtIn().with(mine));
    String json = request(n -> n.put("programme", "vendor-own"));
    assertEquals(ProgrammeId.of("vendor-own"), withMine.read(json).programme());
    assertEquals("$.programme", errors(json, Overrides.NONE).get(0).path());
    assertTrue(withMine.registry().find(ProgrammeId.of("vendor-own")).isPresent());
    assertTrue(withMine.toString().contains("vendor-own"), withMine.toString());
  }

  @Test
  void a_document_that_is_not_an_object_is_reported_at_the_root() {
    List<InputError> errors = assertThrows(InvalidInputException.class,
        () -> requests.read("[1]")).errors();
    assertEquals("$", errors.get(0).path());
  }
}
