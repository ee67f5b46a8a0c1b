package org.rjkit.core.language;

/** The languages in which rjkit explains itself. Canada's two official languages come first. */
public enum Language {
  /** English. */
  EN,
  /** French. */
  FR;

  /**
   * The language with the given ISO 639-1 code, in either case.
   *
   * @param code {@code en} or {@code fr}, not null
   * @return the language
   * @throws IllegalArgumentException if the code names no supported language
   */
  public static Language fromCode(String code) {
    return switch (code.toLowerCase(java.util.Locale.ROOT)) {
      case "en" -> EN;
      case "fr" -> FR;
      default -> throw new IllegalArgumentException("language must be en or fr");
    };
  }

  /** The ISO 639-1 code, lower case: {@code en} or {@code fr}. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
