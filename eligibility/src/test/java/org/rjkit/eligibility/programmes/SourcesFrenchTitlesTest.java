package org.rjkit.eligibility.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.Language;

@DisplayName("CSC sources with a French version are cited by their French title")
class SourcesFrenchTitlesTest {

  @Test
  void the_csc_pages_and_guidelines_found_in_french_read_in_french() {
    assertEquals("Lignes directrices 785-1, Protocoles du programme Possibilités de justice"
        + " réparatrice, ordonnances de non-communication ou interdictions de communiquer, a) à d)",
        Sources.GL_785_1.in(Language.FR));
    assertEquals("Service correctionnel du Canada, Services en justice réparatrice au Service"
        + " correctionnel Canada, description du programme", Sources.CSC_RJ_SERVICES.in(Language.FR));
    assertTrue(Sources.CSC_RO_PAGE.in(Language.FR).startsWith("Service correctionnel du Canada,"
        + " Le programme Possibilités de justice réparatrice (médiation entre la victime et le"
        + " délinquant), "), Sources.CSC_RO_PAGE.in(Language.FR));
    for (Citation c : List.of(Sources.GL_785_1, Sources.CSC_RJ_SERVICES, Sources.CSC_RO_PAGE)) {
      assertTrue(c.isOfficialIn(Language.FR), c.toString());
      assertFalse(c.in(Language.FR).contains("«"), c.in(Language.FR));
      assertEquals(c.toString(), c.in(Language.EN), "English unchanged");
    }
  }

  @Test
  void a_source_whose_french_version_was_not_found_keeps_its_quoted_english_title() {
    for (Citation c : List.of(Sources.CD_785, Sources.CSC_VICTIMS_PAGE, Sources.CSC_FACT_SHEET)) {
      assertFalse(c.isOfficialIn(Language.FR), c.toString());
      assertTrue(c.in(Language.FR).startsWith("« " + c.instrument() + " », "), c.in(Language.FR));
    }
  }
}
