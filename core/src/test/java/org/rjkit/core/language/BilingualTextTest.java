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
}
