package org.rjkit.eligibility.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.core.json.ScreeningRequestWriter;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.programmes.Programmes;
import org.rjkit.eligibility.Scenario;

@DisplayName("A vendor's own ObjectMapper writes and reads decisions, rule sets and requests")
class RjkitEligibilityModuleTest {

  private static final ObjectMapper VENDOR = new ObjectMapper().findAndRegisterModules();

  @Test
  void a_decision_is_written_with_the_bytes_of_rjkits_writer_and_read_back() throws Exception {
    Decision d = DecisionJsonTest.consecutiveTermsWithMissingConsent();
    String json = VENDOR.writeValueAsString(d);
    assertEquals(new DecisionWriter().write(d), json);
    assertEquals(org.rjkit.eligibility.Frozen.decision(d), VENDOR.readValue(json, Decision.class));
  }

  @Test
  void every_built_in_programme_is_written_as_its_rule_set_document_and_read_back()
      throws Exception {
    for (Programme p : Programmes.all()) {
      String json = VENDOR.writeValueAsString(p);
      assertEquals(new RuleSetDocumentWriter().write(p), json, p.id().value());
      assertEquals(org.rjkit.eligibility.Frozen.programme(p), VENDOR.readValue(json, Programme.class), p.id().value());
    }
  }

  @Test
  void a_screening_request_is_read_by_the_checking_reader() throws Exception {
    ScreeningRequest request = Scenario.registeredVictimOfOffenderServingThreeYears().request();
    String json = VENDOR.writeValueAsString(request);
    assertEquals(new ScreeningRequestWriter().write(request), json);
    assertEquals(request, VENDOR.readValue(json, ScreeningRequest.class));

    ObjectNode unknown = new ScreeningRequestWriter().toTree(request);
    unknown.put("programme", "vendor-unknown");
    unknown.put("asOf", "2026-02-30");
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> VENDOR.readValue(RjkitJson.write(unknown), ScreeningRequest.class));
    List<InputError> errors = assertInstanceOf(InvalidInputException.class, e.getCause())
        .errors();
    assertEquals(List.of("$.asOf", "$.programme"),
        errors.stream().map(InputError::path).sorted().toList());
  }

  @Test
  void a_decision_whose_outcome_does_not_follow_is_refused() throws Exception {
    ObjectNode tree = new DecisionWriter().toTree(DecisionJsonTest.consecutiveTermsWithMissingConsent());
    tree.put("outcome", "ELIGIBLE");
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> VENDOR.readValue(RjkitJson.write(tree), Decision.class));
    assertEquals("$.outcome", assertInstanceOf(InvalidInputException.class, e.getCause())
        .errors().get(0).path());
  }

  @Test
  void every_reader_reads_text_characters_bytes_and_trees_alike() {
    Decision d = DecisionJsonTest.consecutiveTermsWithMissingConsent();
    String decision = new DecisionWriter().writePretty(d);
    DecisionReader decisions = new DecisionReader();
    assertEquals(org.rjkit.eligibility.Frozen.decision(d), decisions.read(new java.io.StringReader(decision)));
    assertEquals(org.rjkit.eligibility.Frozen.decision(d), decisions.read(new java.io.ByteArrayInputStream(
        decision.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    assertEquals(org.rjkit.eligibility.Frozen.decision(d), decisions.read(RjkitJson.readTree(decision)));
    Programme p = Programmes.all().get(0);
    String ruleSet = new RuleSetDocumentWriter().write(p);
    RuleSetDocumentReader ruleSets = new RuleSetDocumentReader();
    assertEquals(org.rjkit.eligibility.Frozen.programme(p), ruleSets.read(new java.io.StringReader(ruleSet)));
    assertEquals(org.rjkit.eligibility.Frozen.programme(p), ruleSets.read(new java.io.ByteArrayInputStream(
        ruleSet.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    InvalidInputException latin1 = assertThrows(InvalidInputException.class,
        () -> ruleSets.read(new java.io.ByteArrayInputStream(new byte[] {'{', (byte) 0xE9, '}'})));
    assertEquals("$", latin1.errors().get(0).path());
  }

  private static List<InputError> errors(org.junit.jupiter.api.function.Executable read) {
    Throwable e = assertThrows(Throwable.class, read);
    Throwable cause = e instanceof JsonMappingException ? e.getCause() : e;
    return assertInstanceOf(InvalidInputException.class, cause).errors();
  }

  @Test
  void every_document_longer_than_the_limit_is_refused_as_rjkits_readers_refuse_it() {
    ScreeningRequest request = Scenario.registeredVictimOfOffenderServingThreeYears().request();
    String json = new ScreeningRequestWriter().write(request);
    String over = "{" + " ".repeat((int) (RjkitJson.MAX_DOCUMENT_LENGTH + 1 - json.length()))
        + json.substring(1);
    List<InputError> expected = errors(() -> ScreeningRequestReader.builtIn()
        .read(new java.io.StringReader(over)));
    assertEquals(List.of("$"), expected.stream().map(InputError::path).toList());
    ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
    assertEquals(expected, errors(() -> plain.readValue(over, ScreeningRequest.class)));
    assertEquals(expected, errors(() -> plain.readValue(over, Decision.class)));
    assertEquals(expected, errors(() -> plain.readValue(over, Programme.class)));
    assertEquals(expected, errors(() -> new DecisionReader().read(over)));
    assertEquals(expected, errors(() -> new RuleSetDocumentReader().read(over)));
  }
}
