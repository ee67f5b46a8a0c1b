package org.rjkit.core.language;

/**
 * A text a person reads, available in every configured language: either a {@link Message}
 * (a key into rjkit's message bundles and its arguments, formatted when read) or a
 * {@link LocalizedText} (texts given in full, as a vendor's rule-set document gives them).
 *
 * @since 1.0
 */
public sealed interface Text permits Message, LocalizedText {

  /**
   * The text in a language. A language the text does not have falls back to English.
   *
   * @param language not null
   * @return the text, never blank
   */
  String in(Language language);
}
