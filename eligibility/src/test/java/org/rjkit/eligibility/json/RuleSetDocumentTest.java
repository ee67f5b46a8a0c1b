package org.rjkit.eligibility.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.LocalizedText;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.eligibility.Frozen;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.RuleSetVersion;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.eligibility.Scenario;
import org.rjkit.eligibility.programmes.Programmes;
import org.rjkit.eligibility.rule.FederalSentence;
import org.rjkit.eligibility.rule.Rule;
import org.rjkit.eligibility.rule.RuleDefinition;

/**
 * The rule-set document: every built-in programme written and read back unchanged, the
 * published schema accepting what the writer writes and agreeing with the vocabulary, a vendor's
 * own minimum term, and registering a document beside the built-in programmes.
 */
@DisplayName("Rule-set documents")
class RuleSetDocumentTest {

  private final RuleSetDocumentReader reader = new RuleSetDocumentReader();
  private final RuleSetDocumentWriter writer = new RuleSetDocumentWriter();

  static List<Programme> builtIn() {
    return Programmes.all();
  }

  @ParameterizedTest(name = "{0} survives a round trip through its rule-set document")
  @MethodSource("builtIn")
  void every_built_in_programme_survives_a_round_trip(Programme programme) {
    assertEquals(Frozen.programme(programme), reader.read(writer.writePretty(programme)));
    assertEquals(Frozen.programme(programme), reader.read(writer.write(programme)));
    assertFalse(writer.write(programme).contains("\n"));
    assertEquals(writer.writePretty(programme),
        writer.writePretty(reader.read(writer.writePretty(programme))));
  }

  @ParameterizedTest(name = "the rule-set document of {0} validates against the published schema")
  @MethodSource("builtIn")
  void every_built_in_programme_document_validates_against_the_schema(Programme programme) {
    assertEquals(List.of(), EligibilitySchemas.violations(EligibilitySchemas.RULE_SET,
        writer.toTree(programme)));
  }

  @Test
  void the_document_lists_the_fields_in_a_fixed_order_and_leaves_out_what_says_nothing() {
    Programme p = Programme.of(ProgrammeId.of("x-test"), LocalizedText.of("X", "X"),
        new RuleSetVersion("v1", LocalDate.of(2026, 1, 1), List.of(new Rule("X-1",
            Phase.ELIGIBILITY, LocalizedText.of("Policy.", "Politique."),
            List.of(Citation.of("Instrument", "s. 1")), List.of(), new FederalSentence()))));
    ObjectNode node = writer.toTree(p);
    assertEquals(List.of("schemaVersion", "id", "name", "versions"), fieldNames(node));
    JsonNode rule = node.get("versions").get(0).get("rules").get(0);
    assertEquals(List.of("id", "phase", "policy", "citations", "condition"), fieldNames(rule));
    assertEquals("{\"type\":\"FEDERAL_SENTENCE\"}", RjkitJson.write(rule.get("condition")));
    assertFalse(rule.get("citations").get(0).has("url"));
  }

  @Test
  void a_document_that_names_a_built_in_programme_s_id_cannot_be_registered_beside_it() {
    String json = writer.writePretty(Programmes.all().get(0));
    List<org.rjkit.core.input.InputError> errors = assertThrows(InvalidInputException.class,
        () -> reader.register(json, ProgrammeRegistry.builtIn())).errors();
    assertEquals(1, errors.size());
    assertEquals("$.id", errors.get(0).path());
    assertTrue(errors.get(0).message().contains("already the id of a registered programme"));
  }

  @Test
  void a_colliding_id_is_reported_together_with_the_document_s_other_problems() {
    ObjectNode node = writer.toTree(Programmes.all().get(1));
    ((ObjectNode) node.get("versions").get(0)).put("effectiveFrom", "2026-02-30");
    List<org.rjkit.core.input.InputError> errors = assertThrows(InvalidInputException.class,
        () -> reader.register(RjkitJson.write(node), ProgrammeRegistry.builtIn())).errors();
    assertEquals(List.of("$.id", "$.versions[0].effectiveFrom"),
        errors.stream().map(org.rjkit.core.input.InputError::path).toList());
  }

  @Test
  void a_document_with_a_new_id_is_registered_after_the_built_in_programmes() {
    Programme csc = Programmes.all().get(0);
    Programme mine = new Programme(ProgrammeId.of("vendor-csc-copy"), csc.name(),
        csc.versions());
    ProgrammeRegistry registry = reader.register(writer.writePretty(mine), ProgrammeRegistry.builtIn());
    assertEquals(7, registry.all().size());
    assertEquals(Frozen.programme(mine), registry.programme(ProgrammeId.of("vendor-csc-copy")));
  }

  // ---------------------------------------------------------------- the schema and the vocabulary

  @Test
  void the_schema_names_exactly_the_condition_types_and_their_parameters() {
    JsonNode schema = schemaTree();
    List<String> types = new ArrayList<>();
    schema.get("$defs").get("condition").get("properties").get("type").get("enum")
        .forEach(t -> types.add(t.textValue()));
    assertEquals(Arrays.stream(ConditionType.values()).map(Enum::name).toList(), types);
    for (ConditionType t : ConditionType.values()) {
      JsonNode def = schema.get("$defs").get(t.name());
      List<String> properties = fieldNames(def.get("properties"));
      List<String> expected = new ArrayList<>(List.of("type"));
      expected.addAll(t.parameters());
      assertEquals(expected, properties, t.name());
      List<String> required = new ArrayList<>();
      def.get("required").forEach(r -> required.add(r.textValue()));
      List<String> expectedRequired = new ArrayList<>(expected);
      expectedRequired.removeAll(t.optionalParameters());
      assertEquals(expectedRequired, required, t.name());
    }
  }

  @Test
  void every_record_of_the_vocabulary_has_exactly_one_condition_type() {
    List<Class<?>> permitted = Arrays.asList(RuleDefinition.class.getPermittedSubclasses());
    assertEquals(permitted, Arrays.stream(ConditionType.values())
        .map(ConditionType::definition).toList());
  }

  @ParameterizedTest(name = "the schema's {0} values are the library's")
  @CsvSource(delimiter = '|', textBlock = """
      stage           | org.rjkit.core.casefile.Stage
      role            | org.rjkit.core.participant.Role
      offenceCategory | org.rjkit.core.offence.OffenceCategory
      offenceContext  | org.rjkit.core.offence.OffenceContext
      consentParty    | org.rjkit.eligibility.rule.ConsentParty
      consentForm     | org.rjkit.core.consent.ConsentForm
      riskLevel       | org.rjkit.core.safety.RiskLevel
      plea            | org.rjkit.core.participant.Plea
      court           | org.rjkit.core.casefile.Court
      """)
  void the_schema_enumerations_follow_the_library_s_enums(String def, String type)
      throws ClassNotFoundException {
    List<String> values = new ArrayList<>();
    schemaTree().get("$defs").get(def).get("enum").forEach(v -> values.add(v.textValue()));
    assertEquals(Arrays.stream(Class.forName(type).getEnumConstants())
        .map(e -> ((Enum<?>) e).name()).toList(), values);
  }

  @ParameterizedTest(name = "the schema rejects {0}")
  @CsvSource(delimiter = '|', textBlock = """
      an unknown condition type       | "type":"FEDERAL_SENTENCE"  | "type":"FEDERAL_SENTENCES"
      a parameter of another type     | "type":"FEDERAL_SENTENCE"  | "type":"FEDERAL_SENTENCE","stages":["PRE_CHARGE"]
      a malformed minimum term        | "type":"FEDERAL_SENTENCE"  | "type":"FEDERAL_SENTENCE","minimumTerm":"two years"
      a missing parameter             | "type":"STAGE_IN","stages":["PRE_CHARGE"] | "type":"STAGE_IN"
      an empty list of stages         | "stages":["PRE_CHARGE"]    | "stages":[]
      an unknown stage                | "stages":["PRE_CHARGE"]    | "stages":["TRIAL"]
      a lower-case rule id            | "id":"X-1"                 | "id":"x-1"
      an unknown field                | "schemaVersion":"1"        | "schemaVersion":"1","extra":1
      """)
  void the_schema_rejects_what_the_reader_rejects(String what, String from, String to) {
    String valid = """
        {"schemaVersion":"1","id":"x","name":{"en":"X","fr":"X"},"versions":[{"version":"1",\
        "effectiveFrom":"2026-01-01","rules":[{"id":"X-1","phase":"ELIGIBILITY",\
        "policy":{"en":"P","fr":"P"},"citations":[{"instrument":"I","provision":"p"}],\
        "condition":{"type":"STAGE_IN","stages":["PRE_CHARGE"]}}]}]}""";
    String base = valid.replace("\"type\":\"STAGE_IN\",\"stages\":[\"PRE_CHARGE\"]",
        from.startsWith("\"type\"") ? from : "\"type\":\"STAGE_IN\",\"stages\":[\"PRE_CHARGE\"]");
    assertEquals(List.of(), EligibilitySchemas.violations(EligibilitySchemas.RULE_SET,
        RjkitJson.readTree(base)), "the starting document is valid");
    String invalid = base.replace(from, to);
    assertNotEquals(base, invalid);
    assertFalse(EligibilitySchemas.violations(EligibilitySchemas.RULE_SET,
        RjkitJson.readTree(invalid)).isEmpty(), what);
    assertThrows(InvalidInputException.class, () -> reader.read(invalid), what);
  }

  // ---------------------------------------------------------------- a vendor's minimum term

  @ParameterizedTest(name = "with a minimum term of three years, {0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      term P3Y                       | MET
      term P3Y-1D                    | NOT_MET
      term P2Y                       | NOT_MET
      consecutive P18M+P18M          | MET
      consecutive P18M+P18M-1D       | NOT_MET
      concurrent P30M+P30M           | NOT_MET
      life                           | MET
      indeterminate                  | MET
      probation P3Y                  | NOT_MET
      conditional sentence P3Y       | NOT_MET
      no sentence                    | NOT_MET
      sentences unknown              | UNKNOWN
      undated term P1095D            | UNKNOWN
      """)
  void a_vendor_s_minimum_term_replaces_the_two_years_of_section_743_1(String change,
      RuleStatus expected) {
    String json = """
        {"schemaVersion":"1","id":"vendor-long-sentences","name":{"en":"X","fr":"X"},\
        "versions":[{"version":"1","effectiveFrom":"2020-01-01","rules":[{"id":"V-TERM",\
        "phase":"ELIGIBILITY","policy":{"en":"At least three years.","fr":"Au moins trois ans."},\
        "citations":[{"instrument":"Vendor policy","provision":"s. 1"}],\
        "condition":{"type":"FEDERAL_SENTENCE","minimumTerm":"P3Y"}}]}]}""";
    Programme programme = reader.read(json);
    assertEquals(FederalSentence.atLeast(Period.ofYears(3)),
        programme.versions().get(0).rules().get(0).definition());
    RuleResult result = programme.screen(Scenario.registeredVictimOfOffenderServingThreeYears()
        .with(change).request()).rules().get(0);
    assertEquals(expected, result.status(), result.reason().in(Language.EN));
  }

  @Test
  void without_a_minimum_term_the_rule_is_the_built_in_penitentiary_sentence() {
    assertEquals(new FederalSentence(), new FederalSentence(java.util.Optional.empty()));
    assertNotEquals(new FederalSentence(), FederalSentence.atLeast(Period.ofYears(2)));
    assertThrows(IllegalArgumentException.class, () -> FederalSentence.atLeast(Period.ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> FederalSentence.atLeast(Period.of(0, 1, -31)));
  }

  // ---------------------------------------------------------------- helpers

  private static JsonNode schemaTree() {
    try (var in = RuleSetDocumentTest.class.getClassLoader().getResourceAsStream(
        EligibilitySchemas.FOLDER + EligibilitySchemas.RULE_SET_NAME)) {
      return RjkitJson.readTree(new String(in.readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
