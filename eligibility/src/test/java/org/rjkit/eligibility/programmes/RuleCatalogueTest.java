package org.rjkit.eligibility.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.Language;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.RuleSetVersion;
import org.rjkit.eligibility.rule.Rule;

/**
 * Every built-in rule can be read and traced: a stable id, a phase, one policy sentence in
 * English and in French, at least one citation with a URL or a named source, and the rows of
 * the rule catalogue it comes from.
 */
@DisplayName("every built-in rule is explained and cited")
class RuleCatalogueTest {

  static Stream<Rule> rules() {
    return Programmes.all().stream().flatMap(p -> p.versions().stream())
        .flatMap(v -> v.rules().stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void every_rule_has_an_id_a_phase_a_bilingual_policy_and_a_citation(Rule rule) {
    assertTrue(Rule.ID.matcher(rule.id()).matches(), rule.id());
    assertTrue(rule.phase() != null, rule.id());
    assertFalse(rule.policy().in(Language.EN).isBlank(), rule.id());
    assertFalse(rule.policy().in(Language.FR).isBlank(), rule.id());
    assertTrue(rule.policy().in(Language.EN).endsWith("."), rule.id() + " policy is one sentence");
    assertTrue(rule.policy().in(Language.FR).endsWith("."), rule.id() + " policy is one sentence");
    assertFalse(rule.policy().in(Language.EN).equals(rule.policy().in(Language.FR)), rule.id() + " is translated");
    assertFalse(rule.citations().isEmpty(), rule.id());
    for (Citation c : rule.citations()) {
      assertFalse(c.instrument().isBlank(), rule.id());
      assertFalse(c.provision().isBlank(), rule.id());
      assertTrue(c.url().map(u -> u.getScheme().startsWith("http")).orElse(true), rule.id());
    }
    assertFalse(rule.catalogueRows().isEmpty(), rule.id() + " cites a catalogue row");
  }

  @Test
  void rule_ids_are_unique_across_all_built_in_programmes() {
    Set<String> seen = new HashSet<>();
    rules().forEach(r -> assertTrue(seen.add(r.id()), r.id()));
  }

  @Test
  void the_six_programmes_have_their_stable_ids() {
    assertEquals(List.of("ca-csc-restorative-opportunities", "ca-qc-pmrg",
            "ca-ycja-extrajudicial-sanctions", "nz-sentencing-act-s24a",
            "gb-ew-victim-initiated", "eu-victims-directive-art12"),
        Programmes.all().stream().map(p -> p.id().value()).toList());
  }

  @Test
  void every_programme_has_a_name_in_both_languages_and_a_version_in_force_from_2026() {
    for (Programme p : Programmes.all()) {
      assertFalse(p.name().in(Language.EN).equals(p.name().in(Language.FR)), p.id().value());
      RuleSetVersion first = p.versions().get(0);
      assertEquals("2026-01-01", first.version());
      assertEquals(java.time.LocalDate.of(2026, 1, 1), first.effectiveFrom());
    }
  }

  @Test
  void the_federal_sentence_rule_cites_criminal_code_section_743_1() {
    Rule federal = rules().filter(r -> r.id().equals(CscRestorativeOpportunities.FEDERAL_SENTENCE))
        .findFirst().orElseThrow();
    assertTrue(federal.citations().stream().anyMatch(c -> c.provision().equals("s. 743.1")
        && c.url().orElseThrow().toString()
            .equals("https://laws-lois.justice.gc.ca/eng/acts/C-46/section-743.1.html")));
    assertEquals(List.of("CA-RO-13", "CA-RO-14", "CA-RO-15"), federal.catalogueRows());
  }
}
