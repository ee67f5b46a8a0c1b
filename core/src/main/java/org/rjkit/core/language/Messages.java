package org.rjkit.core.language;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.rjkit.core.RjkitException;

/**
 * rjkit's message bundles: every text rjkit writes for a person is a key into them.
 *
 * <p>Each module has one bundle, a Java properties file in UTF-8 whose base name is listed in
 * {@link #BUNDLES}: {@code org/rjkit/eligibility/messages.properties} (English, the base) and
 * {@code org/rjkit/eligibility/messages_fr.properties} (French), for instance. A vendor adds a
 * language by putting files of the same base names with its tag on the class path
 * ({@code org/rjkit/eligibility/messages_cy.properties}), and lists the tag in a
 * {@code META-INF/rjkit/languages} resource (one tag a line) so that {@link #configured()}
 * offers it. A key the added language lacks is read in English. The default locale of the
 * machine is never consulted.
 *
 * <p>Patterns hold {@code {0}}, {@code {1}}, … for the arguments; an apostrophe is an
 * apostrophe (there is no quoting). Enum values are labelled by the key
 * {@code <EnumType>.<CONSTANT>} ({@code Stage.POST_SENTENCE}).
 *
 * @since 1.0
 */
public final class Messages {

  /** The base names of rjkit's bundles, searched in this order. */
  public static final List<String> BUNDLES = List.of(
      "org.rjkit.core.messages",
      "org.rjkit.eligibility.messages",
      "org.rjkit.process.messages",
      "org.rjkit.samples.messages",
      "org.rjkit.samples.rulebook.messages",
      "org.rjkit.samples.screening.messages");

  private static final ResourceBundle.Control CONTROL =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private static final ConcurrentHashMap<Language, Bundles> LOADED = new ConcurrentHashMap<>();

  private Messages() {}

  /**
   * Formats a message.
   *
   * @param language the reader's language, not null
   * @param key the key, not null
   * @param arguments the arguments ({@link Message} lists the types), not null
   * @return the text
   * @throws MissingMessageException if no bundle has the key, in that language or in English
   */
  public static String format(Language language, String key, List<?> arguments) {
    checkNotNull(language, "language");
    String pattern = pattern(language, key);
    if (arguments.isEmpty() && pattern.indexOf('{') < 0) {
      return pattern;
    }
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && isDigits(pattern, i + 1, close)) {
        int index = Integer.parseInt(pattern, i + 1, close, 10);
        if (index >= arguments.size()) {
          throw new MissingMessageException(key, "has no argument {" + index + "}");
        }
        out.append(argument(language, arguments.get(index)));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * Formats a message with its arguments.
   *
   * @param language not null
   * @param key not null
   * @param arguments the arguments
   * @return the text
   */
  public static String format(Language language, String key, Object... arguments) {
    return format(language, key, List.of(arguments));
  }

  /**
   * Whether a key exists in some bundle (in English, the base, when not in the language).
   *
   * @param language not null
   * @param key not null
   * @return whether {@link #format} would find a pattern
   */
  public static boolean has(Language language, String key) {
    Bundles bundles = bundles(language);
    for (int i = 0; i < bundles.size(); i++) {
      ResourceBundle bundle = bundles.get(i);
      if (bundle == null) {
        continue;
      }
      if (bundle.containsKey(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The label of an enum value in a language: the pattern of key {@code <Type>.<CONSTANT>}.
   *
   * @param language not null
   * @param value not null
   * @return the label
   */
  public static String label(Language language, Enum<?> value) {
    return pattern(language, enumKey(value));
  }

  /**
   * The key that labels an enum value.
   *
   * @param value not null
   * @return {@code <Type>.<CONSTANT>}, the type's simple name (the enclosing type's for a
   *     constant with a body)
   */
  public static String enumKey(Enum<?> value) {
    return value.getDeclaringClass().getSimpleName() + "." + value.name();
  }

  /**
   * Whether a language has a bundle of its own, beyond English: any of {@link #BUNDLES} has a
   * file for exactly its tag.
   *
   * @param language not null
   * @return true for English, French and every language a vendor has added
   */
  public static boolean isConfigured(Language language) {
    checkNotNull(language, "language");
    if (language.equals(Language.EN)) {
      return true;
    }
    Bundles bundles = bundles(language);
    for (int i = 0; i < bundles.size(); i++) {
      ResourceBundle bundle = bundles.get(i);
      if (bundle == null) {
        continue;
      }
      if (bundle.getLocale().equals(language.locale())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The configured languages: English, French, and every language listed in a
   * {@code META-INF/rjkit/languages} resource that has a bundle.
   *
   * @return English first, then French, then by tag
   */
  public static Set<Language> configured() {
    TreeSet<Language> languages = new TreeSet<>(List.of(Language.EN, Language.FR));
    try {
      Enumeration<URL> lists =
          Messages.class.getClassLoader().getResources("META-INF/rjkit/languages");
      while (lists.hasMoreElements()) {
        try (InputStream in = lists.nextElement().openStream();
            BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          String line;
          while ((line = reader.readLine()) != null) {
            String tag = line.strip();
            if (!tag.isEmpty() && !tag.startsWith("#")) {
              Language language = Language.of(tag);
              if (isConfigured(language)) {
                languages.add(language);
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read META-INF/rjkit/languages", e);
    }
    return ImmutableSortedSet.copyOf(languages);
  }

  /**
   * Every key of a bundle in a language, its own and its parents' (for completeness tests).
   *
   * @param baseName one of {@link #BUNDLES}
   * @param language not null
   * @return the keys, sorted; empty when the bundle is not on the class path
   */
  public static Set<String> keys(String baseName, Language language) {
    try {
      ResourceBundle bundle = ResourceBundle.getBundle(baseName, language.locale(),
          Messages.class.getClassLoader(), CONTROL);
      return ImmutableSortedSet.copyOf(bundle.keySet());
    } catch (MissingResourceException e) {
      return Set.of();
    }
  }

  private static String pattern(Language language, String key) {
    checkNotNull(key, "key");
    Bundles bundles = bundles(language);
    for (int i = 0; i < bundles.size(); i++) {
      ResourceBundle bundle = bundles.get(i);
      if (bundle == null) {
        continue;
      }
      if (bundle.containsKey(key)) {
        return bundle.getString(key);
      }
    }
    throw new MissingMessageException(key, "is in no message bundle");
  }

  private static Bundles bundles(Language language) {
    return LOADED.computeIfAbsent(language, Bundles::new);
  }

  /**
   * A language's bundles in {@link #BUNDLES}' order, each read at its first use: a key found in
   * an earlier bundle does not read the later ones (a run that screens never reads the process
   * model's bundle, a step of the command line's cold start). The first bundle holding a key
   * wins, as when all were read at once.
   */
  private static final class Bundles {
    private static final ResourceBundle MISSING = new ResourceBundle() {
      @Override
      protected Object handleGetObject(String key) {
        return null;
      }

      @Override
      public Enumeration<String> getKeys() {
        return java.util.Collections.emptyEnumeration();
      }
    };

    private final Language language;
    private final AtomicReferenceArray<ResourceBundle> loaded =
        new AtomicReferenceArray<>(BUNDLES.size());

    Bundles(Language language) {
      this.language = language;
    }

    int size() {
      return loaded.length();
    }

    /** {@return bundle {@code i}, or null when its module is not on the class path} */
    ResourceBundle get(int i) {
      ResourceBundle bundle = loaded.get(i);
      if (bundle == null) {
        try {
          bundle = ResourceBundle.getBundle(BUNDLES.get(i), language.locale(),
              Messages.class.getClassLoader(), CONTROL);
        } catch (MissingResourceException e) {
          bundle = MISSING;  // that module is not on the class path
        }
        loaded.compareAndSet(i, null, bundle);
        bundle = loaded.get(i);
      }
      return bundle == MISSING ? null : bundle;
    }
  }

  private static boolean isDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static String argument(Language language, Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Text t) {
      return t.in(language);
    }
    if (value instanceof Enum<?> e) {
      return label(language, e);
    }
    if (value instanceof Period p) {
      return period(language, p);
    }
    if (value instanceof LocalDate d) {
      return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
          .format(d);
    }
    if (value instanceof Integer || value instanceof Long) {
      return NumberFormat.getIntegerInstance(language.locale()).format(value);
    }
    if (value instanceof BigDecimal b) {
      NumberFormat format = NumberFormat.getNumberInstance(language.locale());
      format.setMinimumFractionDigits(Math.max(0, b.scale()));
      format.setMaximumFractionDigits(Math.max(0, b.scale()));
      return format.format(b);
    }
    if (value instanceof Amount a) {
      NumberFormat format = NumberFormat.getNumberInstance(language.locale());
      int digits = Math.max(Math.max(0, a.value().scale()),
          Math.max(0, a.currency().getDefaultFractionDigits()));
      format.setMinimumFractionDigits(digits);
      format.setMaximumFractionDigits(digits);
      return format(language, "amount",
          List.of(format.format(a.value()), a.currency().getCurrencyCode()));
    }
    if (value instanceof Collection<?> values) {
      List<String> parts = new ArrayList<>(values.size());
      for (Object v : values) {
        parts.add(argument(language, v));
      }
      return list(language, parts);
    }
    throw new IllegalArgumentException(
        "a message argument cannot be a " + value.getClass().getSimpleName());
  }

  /**
   * Joins texts as a list in a language: "A", "A and B", "A, B and C".
   *
   * @param language not null
   * @param parts the texts, not null
   * @return the list; the key {@code list.none} when empty
   */
  public static String list(Language language, List<String> parts) {
    if (parts.isEmpty()) {
      return pattern(language, "list.none");
    }
    String out = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      String key = i == parts.size() - 1 ? "list.end" : "list.middle";
      out = format(language, key, List.of(out, parts.get(i)));
    }
    return out;
  }

  /**
   * A period in words: "two years", « six mois », "one year, two months and three days",
   * "two years less one day" ({@code P2Y-1D}), "minus six months".
   *
   * @param language not null
   * @param period not null
   * @return the words
   */
  public static String period(Language language, Period period) {
    checkNotNull(period, "period");
    List<String> more = new ArrayList<>(3);
    List<String> less = new ArrayList<>(3);
    addPart(language, period.getYears() >= 0 ? more : less, Math.abs(period.getYears()),
        "period.years");
    addPart(language, period.getMonths() >= 0 ? more : less, Math.abs(period.getMonths()),
        "period.months");
    addPart(language, period.getDays() >= 0 ? more : less, Math.abs(period.getDays()),
        "period.days");
    if (more.isEmpty() && less.isEmpty()) {
      return pattern(language, "period.zero");
    }
    if (more.isEmpty()) {
      return format(language, "period.negative", List.of(list(language, less)));
    }
    if (less.isEmpty()) {
      return list(language, more);
    }
    return format(language, "period.less", List.of(list(language, more), list(language, less)));
  }

  private static void addPart(Language language, List<String> parts, int n, String unit) {
    if (n == 0) {
      return;
    }
    boolean one = n == 1;
    String words = n >= 0 && n <= 20 && has(language, "number." + n)
        ? pattern(language, "number." + n)
        : NumberFormat.getIntegerInstance(language.locale()).format(n);
    parts.add(format(language, unit + (one ? ".one" : ".other"), List.of(words)));
  }

  /**
   * A key had no pattern, or a pattern asked for an argument it was not given: a mistake in
   * rjkit's or a vendor's bundles, which the bundle tests catch.
   *
   * @since 1.0
   */
  public static final class MissingMessageException extends RjkitException {
    private static final long serialVersionUID = 1L;

    /** The key. */
    private final String key;

    MissingMessageException(String key, String problem) {
      super("message key " + key + " " + problem);
      this.key = key;
    }

    /**
     * The key.
     *
     * @return the key that failed
     */
    public String key() {
      return key;
    }
  }
}
