package org.rjkit.core.language;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A text in English and in French, both always present. Being replaced by {@link LocalizedText}
 * and {@link Message}; other languages read it in English.
 *
 * @param en the English text, not blank
 * @param fr the French text, not blank
 * @since 1.0
 */
public record BilingualText(String en, String fr) implements Text {

  /**
   * Checks the components: each is present and valid, or this throws.
   *
   * @param en the English text, not blank
   * @param fr the French text, not blank
   */
  public BilingualText {
    checkNotNull(en, "en");
    checkNotNull(fr, "fr");
    checkArgument(!en.isBlank(), "en must not be blank");
    checkArgument(!fr.isBlank(), "fr must not be blank");
  }

  /**
   * Creates a bilingual text.
   *
   * @param en English, not blank
   * @param fr French, not blank
   * @return the text
   */
  public static BilingualText of(String en, String fr) {
    return new BilingualText(en, fr);
  }

  /**
   * The text in one language.
   *
   * @param language not null
   * @return the text in that language
   */
  @Override
  public String in(Language language) {
    checkNotNull(language, "language");
    return language.equals(Language.FR) ? fr : en;
  }
}
