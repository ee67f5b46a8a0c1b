package org.rjkit.samples.service;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.LocalizedText;
import org.rjkit.core.language.Text;

/**
 * The service's own texts, from its bundle {@code org/rjkit/samples/service/messages.properties}
 * (English, the base) and {@code messages_fr.properties} (French), read as UTF-8. Patterns hold
 * {@code {0}}, {@code {1}}, … and an apostrophe is an apostrophe. Enum values are labelled by the
 * library's bundles ({@link org.rjkit.core.language.Messages#label}); the service's own enums by
 * the keys {@code <Enum>.<CONSTANT>} of this bundle.
 */
final class ServiceText {

  /** The languages the service speaks, English first. */
  static final List<Language> LANGUAGES = List.of(Language.EN, Language.FR);

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  private static final Map<String, String> EN = load("");
  private static final Map<String, String> FR = load("_fr");

  private ServiceText() {}

  /**
   * A text of the bundle in a language, its arguments put in place.
   *
   * @throws IllegalArgumentException if the key is not in the bundle
   */
  static String format(Language language, String key, Object... arguments) {
    Map<String, String> bundle = Language.FR.equals(language) ? FR : EN;
    String pattern = bundle.get(key);
    if (pattern == null) {
      throw new IllegalArgumentException("no service text " + key);
    }
    // One pass, so that an argument holding "{1}" is never read as a placeholder.
    Matcher m = PLACEHOLDER.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int i = Integer.parseInt(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(i < arguments.length
          ? String.valueOf(arguments[i]) : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A text in both languages, for a value that is read later in the reader's language. */
  static Text text(String key, Object... arguments) {
    return LocalizedText.of(format(Language.EN, key, arguments),
        format(Language.FR, key, arguments));
  }

  /** Every key and pattern of the bundle in a language, by key. */
  static Map<String, String> all(Language language) {
    return Language.FR.equals(language) ? FR : EN;
  }

  /**
   * The language of an API request: French when {@code Accept-Language} prefers it to English,
   * English otherwise.
   */
  static Language of(Context ctx) {
    return language(ctx.header("Accept-Language"));
  }

  /** The language an {@code Accept-Language} header prefers, English when it names neither. */
  static Language language(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Language.EN;
    }
    try {
      String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage),
          List.of("en", "fr"));
      return "fr".equals(tag) ? Language.FR : Language.EN;
    } catch (IllegalArgumentException e) {
      return Language.EN;
    }
  }

  /** The language a page asks for with {@code ?lang=}: French for {@code fr}, else English. */
  static Language page(String lang) {
    return "fr".equals(lang) ? Language.FR : Language.EN;
  }

  private static Map<String, String> load(String suffix) {
    Properties p = new Properties();
    try (InputStream in = ServiceText.class.getResourceAsStream("messages" + suffix
        + ".properties")) {
      if (in == null) {
        throw new IllegalStateException("no service bundle messages" + suffix);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> out = new TreeMap<>();
    p.forEach((k, v) -> out.put(k.toString(), v.toString()));
    return Map.copyOf(out);
  }
}
