package org.rjkit.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.casefile.Stage;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.LocalizedText;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.programmes.Programmes;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.rule.Rule;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.rule.SafetyRisk;
import org.rjkit.eligibility.rule.StageIn;
import org.rjkit.eligibility.screening.Eligibility;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.screening.Screener;

/**
 * Programmes are versioned, effective-dated rule sets: the version in force on {@code asOf}
 * applies; a vendor registers its own programme built from the same vocabulary.
 */
@DisplayName("programme versions and the registry")
class ProgrammeVersionsTest {

  static final ProgrammeId VENDOR = ProgrammeId.of("acme-victim-services");

  /** A vendor's programme: in 2025 any stage after charge; from 2027 post-sentence only and safety checked. */
  static Programme vendorProgramme() {
    Rule anyStage = Rule.builder("ACME-STAGE", Phase.ELIGIBILITY)
        .policy("The accused has been charged.", "L'accusé a été inculpé.")
        .cites(Citation.of("ACME service policy", "s. 1"))
        .is(new StageIn(EnumSet.of(Stage.POST_CHARGE, Stage.PRE_SENTENCE, Stage.POST_SENTENCE)));
    Rule postSentence = Rule.builder("ACME-STAGE", Phase.ELIGIBILITY)
        .policy("The offender has been sentenced.", "Le délinquant a reçu sa peine.")
        .cites(Citation.of("ACME service policy", "s. 1 (2027)"))
        .is(new StageIn(EnumSet.of(Stage.POST_SENTENCE)));
    Rule safety = Rule.builder("ACME-SAFETY", Phase.SUITABILITY)
        .policy("No danger to the victim.", "Aucun danger pour la victime.")
        .cites(Citation.of("ACME service policy", "s. 2"))
        .is(SafetyRisk.DANGER_REFUSED_HIGH_REVIEWED);
    return new Programme(VENDOR, LocalizedText.of("ACME victim services", "Services ACME"),
        List.of(new RuleSetVersion("v2027", LocalDate.of(2027, 1, 1), List.of(postSentence,
                safety)),
            new RuleSetVersion("v2025", LocalDate.of(2025, 1, 1), List.of(anyStage))));
  }

  @ParameterizedTest(name = "on {0} version {1} applies")
  @CsvSource(delimiter = '|', textBlock = """
      # as of    | version
      2025-01-01 | v2025
      2026-12-31 | v2025
      2027-01-01 | v2027
      2040-06-30 | v2027
      """)
  void the_version_in_force_on_the_date_applies(LocalDate asOf, String version) {
    assertEquals(version, vendorProgramme().versionOn(asOf).version());
  }

  @Test
  void versions_are_kept_in_date_order() {
    assertEquals(List.of("v2025", "v2027"),
        vendorProgramme().versions().stream().map(RuleSetVersion::version).toList());
  }

  @Test
  void a_date_before_the_first_version_is_an_error_naming_the_programme_and_its_first_version() {
    RuleSetNotInForceException e = assertThrows(RuleSetNotInForceException.class,
        () -> vendorProgramme().versionOn(LocalDate.of(2024, 12, 31)));
    assertEquals(VENDOR, e.programme());
    assertEquals(vendorProgramme().versions().get(0).version(), e.firstVersion());
    assertTrue(e.getMessage().contains("before the first rule-set version"), e.getMessage());
    assertTrue(e.text().in(Language.FR).contains("précède la première version"),
        e.text().in(Language.FR));
    assertFalse(e.getMessage().contains("2024-12-31"), "the date asked for is not echoed");
  }

  @Test
  void screening_a_built_in_programme_before_2026_is_an_error() {
    ScreeningRequest request = Scenario.registeredVictimOfOffenderServingThreeYears()
        .with("as of 2025-12-31").request();
    assertThrows(RuleSetNotInForceException.class, () -> Eligibility.screen(request));
  }

  @Test
  void a_vendor_programme_is_screened_by_id_like_a_built_in_one() {
    Screener screener = Eligibility.screener(ProgrammeRegistry.builtIn().with(vendorProgramme()));
    ScreeningRequest base = Scenario.registeredVictimOfOffenderServingThreeYears()
        .with("stage POST_CHARGE; risk DANGER").request();
    Decision in2026 = screener.screen(new ScreeningRequest(VENDOR, base.requesterId(),
        LocalDate.of(2026, 11, 21), base.caseFile()));
    assertEquals("v2025", in2026.ruleSetVersion());
    assertEquals(Outcome.ELIGIBLE, in2026.outcome());
    Decision in2027 = screener.screen(new ScreeningRequest(VENDOR, base.requesterId(),
        LocalDate.of(2027, 3, 1), base.caseFile()));
    assertEquals("v2027", in2027.ruleSetVersion());
    assertEquals(List.of("ACME-STAGE", "ACME-SAFETY"),
        in2027.rules().stream().map(RuleResult::ruleId).toList());
    assertEquals(Outcome.INELIGIBLE, in2027.outcome());
  }

  @Test
  void an_unknown_programme_id_is_a_clear_error() {
    UnknownProgrammeException e = assertThrows(UnknownProgrammeException.class,
        () -> ProgrammeRegistry.builtIn().programme(ProgrammeId.of("xx-no-such-programme")));
    assertEquals("xx-no-such-programme", e.programme().value());
    ScreeningRequest r = Scenario.registeredVictimOfOffenderServingThreeYears().request();
    assertThrows(UnknownProgrammeException.class, () -> Eligibility.screen(new ScreeningRequest(
        ProgrammeId.of("xx-no-such-programme"), r.requesterId(), r.asOf(), r.caseFile())));
  }

  @Test
  void a_programme_id_can_be_registered_only_once() {
    assertThrows(IllegalArgumentException.class,
        () -> ProgrammeRegistry.builtIn().with(Programmes.all().get(0)));
  }

  @Test
  void registering_returns_a_new_registry_and_leaves_the_built_in_one_unchanged() {
    ProgrammeRegistry more = ProgrammeRegistry.builtIn().with(vendorProgramme());
    assertEquals(7, more.all().size());
    assertEquals(6, ProgrammeRegistry.builtIn().all().size());
    assertFalse(ProgrammeRegistry.builtIn().find(VENDOR).isPresent());
    assertSame(Programmes.all().get(0), ProgrammeRegistry.builtIn()
        .programme(Programmes.CSC_RESTORATIVE_OPPORTUNITIES));
  }

  @Test
  void rule_ids_must_be_unique_within_a_version() {
    Rule r = vendorProgramme().versions().get(0).rules().get(0);
    assertThrows(IllegalArgumentException.class,
        () -> new RuleSetVersion("v", LocalDate.of(2025, 1, 1), List.of(r, r)));
  }

  @Test
  void a_programme_has_at_least_one_version_each_with_its_own_label_and_date() {
    LocalizedText name = LocalizedText.of("ACME", "ACME");
    List<RuleSetVersion> versions = vendorProgramme().versions();
    RuleSetVersion v2025 = versions.get(0);
    assertThrows(IllegalArgumentException.class, () -> new Programme(VENDOR, name, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new Programme(VENDOR, name, List.of(v2025,
        new RuleSetVersion("v2025", LocalDate.of(2026, 1, 1), v2025.rules()))));
    assertThrows(IllegalArgumentException.class, () -> new Programme(VENDOR, name, List.of(v2025,
        new RuleSetVersion("v2025-bis", LocalDate.of(2025, 1, 1), v2025.rules()))));
  }

  @Test
  void a_rule_set_version_has_a_label_and_at_least_one_rule() {
    Rule r = vendorProgramme().versions().get(0).rules().get(0);
    assertThrows(IllegalArgumentException.class,
        () -> new RuleSetVersion(" ", LocalDate.of(2025, 1, 1), List.of(r)));
    assertThrows(IllegalArgumentException.class,
        () -> new RuleSetVersion("v", LocalDate.of(2025, 1, 1), List.of()));
  }

  @Test
  void an_empty_registry_knows_no_programme_until_programmes_are_registered() {
    ProgrammeRegistry empty = ProgrammeRegistry.empty();
    assertEquals(List.of(), empty.all());
    assertFalse(empty.find(Programmes.QC_PMRG).isPresent());
    ProgrammeRegistry all = empty.withAll(Programmes.all());
    assertEquals(Programmes.all(), all.all());
    assertEquals(ProgrammeRegistry.builtIn().all(), all.all());
  }

  @Test
  void a_screener_screens_with_the_registry_it_was_given() {
    ProgrammeRegistry registry = ProgrammeRegistry.builtIn().with(vendorProgramme());
    assertSame(registry, Eligibility.screener(registry).registry());
    assertSame(ProgrammeRegistry.builtIn(), Eligibility.screener().registry());
  }

  @Test
  void a_registry_names_its_programmes_ids_for_logs() {
    String text = ProgrammeRegistry.empty().with(vendorProgramme()).toString();
    assertTrue(text.contains("acme-victim-services"), text);
  }
}
