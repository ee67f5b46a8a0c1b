package org.rjkit.eligibility.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.casefile.Jurisdiction;
import org.rjkit.core.language.Language;

/**
 * Jurisdictions include their subdivisions (programmes.md, common facts): the ISO 3166-2:GB
 * table shipped from Debian's iso-codes package, and what {@link JurisdictionIn} finds for a
 * programme in England and Wales, in Québec, and under the EU Directive.
 */
@DisplayName("Jurisdictions and their subdivisions")
class JurisdictionSubdivisionsTest {

  @Test
  void the_table_names_its_source_version_and_licence() throws IOException {
    try (InputStream in = Subdivisions.class.getResourceAsStream("iso-3166-2-gb.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(text.contains("Debian package iso-codes, version 4.15.0-1"), "source");
      assertTrue(text.contains("LGPL-2.1+"), "licence");
    }
    try (InputStream in = Subdivisions.class.getResourceAsStream("README.md")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(text.contains("LGPL-2.1+") && text.contains("iso-codes"), "README");
    }
  }

  @ParameterizedTest(name = "{0} belongs to {1}")
  @CsvSource({"GB-KEN, GB-ENG", "GB-CRF, GB-WLS", "GB-CMD, GB-ENG", "GB-EDH, GB-SCT",
      "GB-BFS, GB-NIR", "GB-CYM, GB-WLS", "GB-YNM, GB-AGY"})
  void every_subdivision_has_its_nation(String code, String parent) {
    assertEquals(Optional.of(parent), Subdivisions.parent(code));
  }

  @Test
  void the_whole_of_iso_3166_2_gb_is_there() {
    // 216 subdivisions below the four nations in iso-codes 4.15.0, and the Welsh alternative codes
    assertTrue(Subdivisions.withParent() >= 216, () -> "" + Subdivisions.withParent());
    assertEquals(Optional.empty(), Subdivisions.parent("GB-ENG"));
  }

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # case jurisdiction | programme's jurisdictions | status
      GB-ENG              | GB-ENG GB-WLS             | MET
      GB-KEN              | GB-ENG GB-WLS             | MET
      GB-CRF              | GB-ENG GB-WLS             | MET
      GB-EAW              | GB-ENG GB-WLS             | MET
      GB-EAW              | GB-ENG                    | UNKNOWN
      GB-GBN              | GB-ENG GB-WLS             | UNKNOWN
      GB-UKM              | GB-ENG GB-WLS             | UNKNOWN
      GB                  | GB-ENG GB-WLS             | UNKNOWN
      GB-SCT              | GB-ENG GB-WLS             | NOT_MET
      GB-EDH              | GB-ENG GB-WLS             | NOT_MET
      GB-KEN              | GB-WLS                    | NOT_MET
      GB-KEN              | GB                        | MET
      CA                  | CA-QC                     | UNKNOWN
      CA-QC               | CA-QC                     | MET
      CA-ON               | CA-QC                     | NOT_MET
      CA-QC               | CA                        | MET
      US                  | CA-QC                     | NOT_MET
      """)
  void a_jurisdiction_is_in_out_or_partly_in(String code, String included, RuleStatus status) {
    JurisdictionIn rule = new JurisdictionIn(ImmutableSet.copyOf(included.split(" ")),
        ImmutableSet.of());
    var facts = Facts.of(org.rjkit.eligibility.Scenario
        .registeredVictimOfOffenderServingThreeYears().with("jurisdiction " + code));
    Finding f = rule.evaluate(facts);
    assertEquals(status, f.status(), f.reason().in(Language.EN));
    if (status == RuleStatus.UNKNOWN) {
      assertEquals(java.util.List.of("jurisdiction"), f.missingFacts());
    }
  }

  @Test
  void an_excluded_subdivision_wins_over_its_included_country() {
    assertTrue(Subdivisions.within(Jurisdiction.parse("FR-PF"), Jurisdiction.parse("FR")));
    JurisdictionIn eu = new JurisdictionIn(ImmutableSet.of("FR"), ImmutableSet.of("FR-PF"));
    var facts = Facts.of(org.rjkit.eligibility.Scenario
        .registeredVictimOfOffenderServingThreeYears().with("jurisdiction FR-PF"));
    assertEquals(RuleStatus.NOT_MET, eu.evaluate(facts).status());
    assertEquals(ImmutableSet.of("GP", "GF", "MQ", "RE", "YT", "MF", "AX"),
        JurisdictionIn.EU_REGIONS_WITH_OWN_CODES);
  }
}
