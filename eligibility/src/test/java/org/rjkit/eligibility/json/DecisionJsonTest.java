package org.rjkit.eligibility.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Scenario;

/** The decision document of interchange.md: field names, order, keys and strict reading. */
class DecisionJsonTest {

  static final ObjectMapper MAPPER = new ObjectMapper();

  static Decision consecutiveTermsWithMissingConsent() {
    return Scenario.registeredVictimOfOffenderServingThreeYears()
        .with("consecutive P12M+P12M; no consent of P2").decide();
  }

  @Test
  void the_document_has_the_fields_of_the_interchange_format_in_order() throws Exception {
    JsonNode json = MAPPER.readTree(new DecisionWriter().write(consecutiveTermsWithMissingConsent()));
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("schemaVersion", "programme", "ruleSetVersion", "asOf", "caseId",
        "outcome", "phases", "rules", "missingFacts"), names);
    assertEquals("1", json.get("schemaVersion").textValue());
    assertEquals("ca-csc-restorative-opportunities", json.get("programme").textValue());
    assertEquals("2026-01-01", json.get("ruleSetVersion").textValue());
    assertEquals("2026-11-21", json.get("asOf").textValue());
    assertEquals("C-2026-0042", json.get("caseId").textValue());
    assertEquals("NEEDS_INFORMATION", json.get("outcome").textValue());
    assertEquals("ELIGIBLE", json.get("phases").get("eligibility").textValue());
    assertEquals("NEEDS_INFORMATION", json.get("phases").get("suitability").textValue());
    JsonNode federal = json.get("rules").get(2);
    assertEquals("CSC-RO-FEDERAL-SENTENCE", federal.get("id").textValue());
    assertEquals("ELIGIBILITY", federal.get("phase").textValue());
    assertEquals("MET", federal.get("status").textValue());
    assertTrue(federal.get("reason").get("fr").textValue().contains("743.1(1)c)"));
    assertEquals("https://laws-lois.justice.gc.ca/eng/acts/C-46/section-743.1.html",
        federal.get("citations").get(0).get("url").textValue());
    assertEquals("[\"sentences[0].term\",\"sentences[1].term\",\"sentences[1].consecutiveTo\"]",
        federal.get("facts").toString());
    assertEquals("[\"consents[P2]\"]", json.get("missingFacts").toString());
  }

  @Test
  void a_decision_reads_back_equal_to_itself() {
    Decision d = consecutiveTermsWithMissingConsent();
    assertEquals(d, new DecisionReader().read(new DecisionWriter().write(d)));
  }

  @Test
  void a_citation_without_url_has_no_url_field() throws Exception {
    Decision d = Scenario.registeredVictimOfOffenderServingThreeYears().decide();
    JsonNode standing = MAPPER.readTree(new DecisionWriter().write(d)).get("rules").get(1);
    boolean brochureWithoutUrl = false;
    for (JsonNode c : standing.get("citations")) {
      if (c.get("instrument").textValue().contains("brochure")) {
        brochureWithoutUrl = !c.has("url");
      }
    }
    assertTrue(brochureWithoutUrl);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # problem                          | find                                    | replace                                     | path
      an unknown field                   | "schemaVersion":"1"                     | "schemaVersion":"1","extra":true            | $.extra
      an unsupported schema version      | "schemaVersion":"1"                     | "schemaVersion":"2"                         | $.schemaVersion
      an impossible date                 | "asOf":"2026-11-21"                     | "asOf":"2026-02-30"                         | $.asOf
      an unknown outcome                 | "outcome":"NEEDS_INFORMATION"           | "outcome":"MAYBE"                           | $.outcome
      an outcome contradicting the rules | "outcome":"NEEDS_INFORMATION"           | "outcome":"ELIGIBLE"                        | $.outcome
      a wrong type                       | "caseId":"C-2026-0042"                  | "caseId":42                                 | $.caseId
      an unknown phase key               | "suitability":                          | "later":                                    | $.phases.later
      an unknown rule status             | "status":"MET"                          | "status":"OK"                               | $.rules[0].status
      an unknown field in a rule         | "status":"MET"                          | "status":"MET","note":"x"                   | $.rules[0].note
      a reason in a third language       | "fr":"                                  | "de":"x","fr":"                             | $.rules[0].reason.de
      an unknown field in a citation     | "instrument":                           | "page":3,"instrument":                      | $.rules[0].citations[0].page
      """)
  void a_malformed_document_is_rejected_with_the_path(String problem, String find,
      String replace, String path) {
    String json = new DecisionWriter().write(consecutiveTermsWithMissingConsent());
    assertTrue(json.contains(find), problem);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new DecisionReader().read(json.replaceFirst(java.util.regex.Pattern.quote(find),
            java.util.regex.Matcher.quoteReplacement(replace))));
    assertEquals(path, e.errors().get(0).path(), problem);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      null            | null
      trailing tokens | {}{
      an array        | []
      """)
  void a_document_that_is_not_one_object_is_rejected_at_the_root(String problem, String json) {
    String text = problem.equals("trailing tokens")
        ? new DecisionWriter().write(consecutiveTermsWithMissingConsent()) + "{" : json;
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new DecisionReader().read(text));
    assertEquals("$", e.errors().get(0).path());
  }

  @Test
  void the_published_schema_requires_exactly_the_written_fields() throws Exception {
    try (InputStream in = DecisionWriter.class.getResourceAsStream(
        "schema/decision.schema.json")) {
      JsonNode schema = MAPPER.readTree(in);
      JsonNode json = MAPPER.readTree(new DecisionWriter().write(consecutiveTermsWithMissingConsent()));
      List<String> required = new ArrayList<>();
      schema.get("required").forEach(n -> required.add(n.textValue()));
      List<String> written = new ArrayList<>();
      json.fieldNames().forEachRemaining(written::add);
      assertEquals(written, required);
      List<String> ruleRequired = new ArrayList<>();
      schema.get("$defs").get("rule").get("required").forEach(n -> ruleRequired.add(n.textValue()));
      List<String> ruleWritten = new ArrayList<>();
      json.get("rules").get(0).fieldNames().forEachRemaining(ruleWritten::add);
      assertEquals(ruleWritten, ruleRequired);
    }
  }
}
