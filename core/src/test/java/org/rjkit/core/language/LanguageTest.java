package org.rjkit.core.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({"en, en", "EN, en", "fr, fr", "Fr, fr", "cy, cy", "fr-ca, fr-CA", "MI, mi"})
  void a_language_is_named_by_its_bcp47_tag_in_any_case(String given, String tag) {
    assertEquals(tag, Language.of(given).tag());
  }

  @Test
  void english_and_french_are_the_constants() {
    assertSame(Language.EN, Language.of("en"));
    assertSame(Language.FR, Language.of("FR"));
    assertEquals(Language.of("cy"), Language.of("CY"));
    assertEquals(Language.of("cy").hashCode(), Language.of("cy").hashCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "en_CA_x", "1234", "a-b-c-d-e-f-g-h-i-too-long-subtags"})
  void a_malformed_tag_is_refused_without_echoing_it(String tag) {
    InvalidLanguageTagException e =
        assertThrows(InvalidLanguageTagException.class, () -> Language.of(tag));
    assertEquals(tag.length(), e.length());
    assertFalse(!tag.isBlank() && e.getMessage().contains(tag));
  }

  @Test
  void english_comes_first_then_french_then_by_tag() {
    TreeSet<Language> sorted = new TreeSet<>(List.of(Language.of("mi"), Language.FR,
        Language.of("cy"), Language.EN));
    assertEquals(List.of("en", "fr", "cy", "mi"), sorted.stream().map(Language::tag).toList());
  }

  @Test
  void a_localized_text_needs_english_and_falls_back_to_it() {
    LocalizedText text = LocalizedText.of("Withdrawn.", "Retiré.").with(Language.of("cy"),
        "Wedi'i dynnu'n ôl.");
    assertEquals("Retiré.", text.in(Language.FR));
    assertEquals("Wedi'i dynnu'n ôl.", text.in(Language.of("cy")));
    assertEquals("Withdrawn.", text.in(Language.of("mi")));
    assertThrows(IllegalArgumentException.class,
        () -> LocalizedText.of(java.util.Map.of(Language.FR, "Retiré.")));
    assertThrows(IllegalArgumentException.class, () -> LocalizedText.english(" "));
    assertTrue(text.texts().keySet().iterator().next().equals(Language.EN));
  }
}
