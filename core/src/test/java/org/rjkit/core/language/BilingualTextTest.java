package org.rjkit.core.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every text the kit shows a person exists in English and in French. */
@DisplayName("A bilingual text")
class BilingualTextTest {

  @Test
  void gives_each_language_its_own_text() {
    BilingualText consent = BilingualText.of(
        "Consent was withdrawn.", "Le consentement a été retiré.");
    assertEquals("Consent was withdrawn.", consent.in(Language.EN));
    assertEquals("Le consentement a été retiré.", consent.in(Language.FR));
  }

  @ParameterizedTest(name = "en \"{0}\", fr \"{1}\" is rejected")
  @CsvSource(delimiter = '|', textBlock = """
      ''        | Retiré.
      '  '      | Retiré.
      Withdrawn | ''
      Withdrawn | ' '
      """)
  void needs_a_text_in_both_languages(String en, String fr) {
    assertThrows(IllegalArgumentException.class, () -> BilingualText.of(en, fr));
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({"en, EN", "EN, EN", "fr, FR", "Fr, FR"})
  void a_language_is_named_by_its_two_letter_code_in_any_case(String code, Language language) {
    assertEquals(language, Language.fromCode(code));
  }

  @Test
  void a_language_writes_its_code_in_lower_case() {
    assertEquals("en", Language.EN.code());
    assertEquals("fr", Language.FR.code());
  }

  @Test
  void only_english_and_french_are_known() {
    assertThrows(IllegalArgumentException.class, () -> Language.fromCode("de"));
    assertThrows(IllegalArgumentException.class, () -> Language.fromCode(""));
  }
}
