package org.rjkit.core.language;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;

/**
 * A text given in full in a set of languages that always includes English: a vendor's label or
 * reason. Reading it in a language it lacks gives the English text.
 *
 * @since 1.0
 */
public final class LocalizedText implements Text {

  private final ImmutableSortedMap<Language, String> texts;

  private LocalizedText(Map<Language, String> texts) {
    checkNotNull(texts, "texts");
    checkArgument(texts.containsKey(Language.EN), "a text must have English (en)");
    texts.forEach((language, text) -> {
      checkNotNull(language, "language");
      checkNotNull(text, "text");
      checkArgument(!text.isBlank(), "the %s text must not be blank", language);
    });
    this.texts = ImmutableSortedMap.copyOf(texts);
  }

  /**
   * A text in the given languages.
   *
   * @param texts each language's text, not blank; English required
   * @return the text
   */
  public static LocalizedText of(Map<Language, String> texts) {
    return new LocalizedText(texts);
  }

  /**
   * A text in English only.
   *
   * @param en not blank
   * @return the text
   */
  public static LocalizedText english(String en) {
    return new LocalizedText(Map.of(Language.EN, en));
  }

  /**
   * A text in English and French.
   *
   * @param en not blank
   * @param fr not blank
   * @return the text
   */
  public static LocalizedText of(String en, String fr) {
    return new LocalizedText(Map.of(Language.EN, en, Language.FR, fr));
  }

  /**
   * This text with one more language, or one replaced.
   *
   * @param language not null
   * @param text not blank
   * @return a new text
   */
  public LocalizedText with(Language language, String text) {
    java.util.TreeMap<Language, String> copy = new java.util.TreeMap<>(texts);
    copy.put(language, text);
    return new LocalizedText(copy);
  }

  /**
   * The languages this text is given in, English first, then French, then by tag.
   *
   * @return the texts by language, never empty
   */
  public Map<Language, String> texts() {
    return texts;
  }

  @Override
  public String in(Language language) {
    String text = texts.get(language);
    return text != null ? text : texts.get(Language.EN);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalizedText other && other.texts.equals(texts);
  }

  @Override
  public int hashCode() {
    return texts.hashCode();
  }

  /** The English text. */
  @Override
  public String toString() {
    return texts.get(Language.EN);
  }
}
