package org.rjkit.core.language;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * A language in which rjkit explains itself, identified by its BCP 47 language tag
 * ({@code en}, {@code fr}, {@code cy}, {@code mi}, {@code fr-CA}).
 *
 * <p>English and French ship complete with rjkit; a vendor adds a language by adding message
 * bundles for it ({@link Messages}). Languages are values: two languages with the same tag are
 * equal.
 *
 * @since 1.0
 */
public final class Language implements Comparable<Language> {

  /** English, the language every text has. */
  public static final Language EN = new Language(Locale.ENGLISH);

  /** French. */
  public static final Language FR = new Language(Locale.FRENCH);

  private final Locale locale;
  private final String tag;

  private Language(Locale locale) {
    this.locale = locale;
    this.tag = locale.toLanguageTag();
  }

  /**
   * The language with the given BCP 47 tag, in any case ({@code EN}, {@code fr-ca}).
   *
   * @param tag a well-formed BCP 47 language tag with a language subtag, not null
   * @return the language
   * @throws InvalidLanguageTagException if the tag is not a well-formed language tag
   */
  public static Language of(String tag) {
    checkNotNull(tag, "tag");
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
    } catch (IllformedLocaleException e) {
      throw new InvalidLanguageTagException(tag);
    }
    if (locale.getLanguage().isEmpty()) {
      throw new InvalidLanguageTagException(tag);
    }
    if (locale.equals(Locale.ENGLISH)) {
      return EN;
    }
    if (locale.equals(Locale.FRENCH)) {
      return FR;
    }
    return new Language(locale);
  }

  /**
   * The normalized BCP 47 tag: {@code en}, {@code fr}, {@code cy}, {@code fr-CA}.
   *
   * @return the tag, never blank
   */
  public String tag() {
    return tag;
  }

  /**
   * The locale used to format dates, numbers and amounts in this language.
   *
   * @return the locale, never null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Orders English first, French second, then every other language by tag.
   *
   * @param other not null
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Language other) {
    return Integer.compare(rank(), other.rank()) != 0
        ? Integer.compare(rank(), other.rank()) : tag.compareTo(other.tag);
  }

  private int rank() {
    return equals(EN) ? 0 : equals(FR) ? 1 : 2;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Language other && other.tag.equals(tag);
  }

  @Override
  public int hashCode() {
    return tag.hashCode();
  }

  /** The tag. */
  @Override
  public String toString() {
    return tag;
  }
}
