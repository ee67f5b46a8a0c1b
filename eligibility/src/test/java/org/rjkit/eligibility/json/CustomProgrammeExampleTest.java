package org.rjkit.eligibility.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.core.language.Language;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.screening.Eligibility;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.eligibility.screening.Screener;
import org.rjkit.eligibility.rule.Rule;

/**
 * The example custom programme shipped in {@code samples/programmes/}: a fictional municipal
 * community mediation programme in Ontario, loaded from its rule-set document, registered beside
 * the built-in programmes, and screened by id with the example requests beside it.
 */
@DisplayName("The example custom programme (samples/programmes)")
class CustomProgrammeExampleTest {

  /** The folder, from the eligibility module where the tests run. */
  static final Path FOLDER = Path.of("..", "samples", "programmes");
  static final Path DOCUMENT = FOLDER.resolve("community-mediation-example.json");
  static final ProgrammeId ID = ProgrammeId.of("ca-on-example-community-mediation");

  private final RuleSetDocumentReader reader = new RuleSetDocumentReader();
  private final ProgrammeRegistry registry =
      reader.register(read(DOCUMENT), ProgrammeRegistry.builtIn());
  private final Screener screener = Eligibility.screener(registry);
  private final ScreeningRequestReader requests = new ScreeningRequestReader(registry);

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void the_example_validates_against_the_published_schema() {
    assertEquals(List.of(), EligibilitySchemas.violations(EligibilitySchemas.RULE_SET,
        RjkitJson.readTree(read(DOCUMENT))));
  }

  @Test
  void the_example_is_registered_after_the_six_built_in_programmes_and_survives_a_round_trip() {
    assertEquals(7, registry.all().size());
    Programme example = registry.all().get(6);
    assertEquals(ID, example.id());
    RuleSetDocumentWriter writer = new RuleSetDocumentWriter();
    assertEquals(example, reader.read(writer.writePretty(example)));
  }

  @Test
  void every_rule_of_the_example_has_a_policy_in_both_languages_a_citation_and_catalogue_rows() {
    Programme example = registry.programme(ID);
    for (Rule rule : example.versions().get(0).rules()) {
      assertTrue(rule.id().startsWith("EX-CM-"), rule.id());
      assertNotEquals(rule.policy().in(Language.EN), rule.policy().in(Language.FR), rule.id());
      assertTrue(rule.policy().in(Language.EN).endsWith("."), rule.id());
      assertFalse(rule.catalogueRows().isEmpty(), rule.id());
      for (Citation c : rule.citations()) {
        assertTrue(c.url().map(u -> u.getScheme().equals("https")).orElse(true), rule.id());
      }
    }
    assertTrue(example.name().in(Language.EN).contains("fictional"), "the example says it is fictional");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      01-youth-graffiti-on-a-neighbour-s-fence.json | ELIGIBLE       | ''
      02-assault-is-not-a-property-offence.json     | INELIGIBLE     | EX-CM-PROPERTY-OFFENCES=NOT_MET
      03-break-and-enter-with-high-risk.json        | MANUAL_REVIEW  | EX-CM-SAFETY=REVIEW
      """)
  void the_example_requests_are_screened_against_the_example_by_id(String file,
      Outcome expected, String exception) {
    ScreeningRequest request = requests.read(read(FOLDER.resolve("requests").resolve(file)));
    assertEquals(ID, request.programme());
    Decision decision = screener.screen(request);
    assertEquals(expected, decision.outcome(), () -> decision.rules().toString());
    List<String> notMet = decision.rules().stream().filter(r -> r.status() != RuleStatus.MET)
        .map(r -> r.ruleId() + "=" + r.status()).toList();
    assertEquals(exception.isEmpty() ? List.of() : List.of(exception), notMet);
    assertEquals(registry.programme(ID).versions().get(0).rules().size(),
        decision.rules().size(), "every rule is evaluated and reported");
  }

  @Test
  void the_example_requests_cannot_be_read_without_the_example_registered() {
    try (Stream<Path> files = Files.list(FOLDER.resolve("requests"))) {
      List<Path> all = files.sorted().toList();
      assertEquals(3, all.size());
      ScreeningRequestReader builtInOnly = new ScreeningRequestReader(ProgrammeRegistry.builtIn());
      for (Path file : all) {
        var errors = org.junit.jupiter.api.Assertions.assertThrows(
            org.rjkit.core.input.InvalidInputException.class,
            () -> builtInOnly.read(read(file))).errors();
        assertEquals("$.programme", errors.get(0).path(), file.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void a_decision_about_the_example_names_its_rules_and_validates_as_a_decision() {
    ScreeningRequest request = requests.read(read(FOLDER.resolve("requests")
        .resolve("02-assault-is-not-a-property-offence.json")));
    Decision decision = screener.screen(request);
    RuleResult excluded = decision.rules().stream()
        .filter(r -> r.ruleId().equals("EX-CM-PROPERTY-OFFENCES")).findFirst().orElseThrow();
    assertTrue(excluded.reason().in(Language.EN).contains("assault"),
        excluded.reason().in(Language.EN));
    assertTrue(excluded.reason().in(Language.FR).contains("voies de fait"),
        excluded.reason().in(Language.FR));
    assertEquals(List.of(), EligibilitySchemas.violations(EligibilitySchemas.DECISION,
        new DecisionWriter().toTree(decision)));
  }
}
