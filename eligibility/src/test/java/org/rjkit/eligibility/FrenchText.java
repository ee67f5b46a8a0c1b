package org.rjkit.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What French output must not contain: a Java constant name of rjkit's enums ({@code
 * POST_SENTENCE}, {@code WRITTEN}, {@code LOW}), or an English word of rjkit's English bundles
 * that is not also a French word. Text between « and » is a title quoted in its original
 * language and is not checked.
 */
final class FrenchText {

  /**
   * Words of the English bundles that are French words too ("programme", "violence", "danger",
   * "six", "code", "art." ...). A word of the English bundles that is also in the French bundles
   * must be listed here, so that an English word written into a French bundle is caught.
   */
  static final Set<String> ALSO_FRENCH = Set.of("a", "alternative", "an", "art", "b", "c", "canada", "capable",
      "change", "charge", "code", "conjugal", "consent", "contact", "crime", "danger", "date",
      "dates", "directive", "district", "eu", "homicide", "incapable", "information", "justice",
      "on", "parent", "part", "participant", "participation", "place", "police", "position", "probation",
      "programme", "québec", "s", "sanction", "sanctions", "service", "services", "six",
      "subdivisions", "version", "violence", "åland");

  static final List<String> BUNDLES = List.of("org/rjkit/core/messages",
      "org/rjkit/eligibility/messages");

  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_]+");
  private static final Pattern QUOTED = Pattern.compile("«[^»]*»");

  /** The English words of the English bundles that are not French words. */
  static final Set<String> ENGLISH = englishWords();

  /** Every constant name of every enum of rjkit's core and eligibility modules. */
  static final Set<String> CONSTANTS = constantNames();

  private FrenchText() {}

  /** The problems of a French text, empty when there is none. */
  static List<String> problems(String french) {
    List<String> problems = new ArrayList<>();
    String checked = QUOTED.matcher(french).replaceAll(" ");
    Matcher tokens = TOKEN.matcher(checked);
    while (tokens.find()) {
      if (CONSTANTS.contains(tokens.group()) && tokens.group().length() > 1) {
        problems.add("the constant name " + tokens.group());
      }
    }
    Matcher words = WORD.matcher(checked);
    while (words.find()) {
      String w = words.group();
      boolean code = w.equals(w.toUpperCase(Locale.ROOT)) && w.length() > 1;
      if (!code && ENGLISH.contains(w.toLowerCase(Locale.ROOT))) {
        problems.add("the English word " + w);
      }
    }
    return problems;
  }

  /**
   * Every prose pattern of a bundle in a language: "" for the base (English), "_fr" for French.
   * Input-error patterns ({@code input.*}) are left out: they quote the contract's field names,
   * formats and values ({@code YYYY-MM-DD}, {@code consecutiveTo}, {@code en}), which are neither
   * English nor French words; core's InputMessagesTest checks their French.
   */
  static Map<Object, Object> bundle(String base, String suffix) {
    Properties p = new Properties();
    try (InputStream in = FrenchText.class.getClassLoader()
        .getResourceAsStream(base + suffix + ".properties")) {
      if (in == null) {
        throw new IllegalStateException("no bundle " + base + suffix);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    p.keySet().removeIf(key -> key.toString().startsWith("input."));
    return p;
  }

  /** The lower-case words of texts, quoted titles left out. */
  static Set<String> words(Iterable<?> texts) {
    Set<String> out = new TreeSet<>();
    for (Object text : texts) {
      Matcher m = WORD.matcher(QUOTED.matcher(text.toString()).replaceAll(" "));
      while (m.find()) {
        out.add(m.group().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static Set<String> englishWords() {
    Set<String> english = new TreeSet<>();
    for (String base : BUNDLES) {
      english.addAll(words(bundle(base, "").values()));
    }
    english.removeAll(ALSO_FRENCH);
    return english;
  }

  private static Set<String> constantNames() {
    Set<String> names = new TreeSet<>();
    for (String className : classes("org/rjkit/core/", "org/rjkit/eligibility/")) {
      try {
        Class<?> type = Class.forName(className, false, FrenchText.class.getClassLoader());
        if (type.isEnum()) {
          for (Object constant : type.getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
          }
        }
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalStateException(className, e);
      }
    }
    return names;
  }

  /** The names of the main (not test) classes under some packages, from directories or jars. */
  static List<String> classes(String... packages) {
    List<String> out = new ArrayList<>();
    try {
      for (String pkg : packages) {
        Enumeration<URL> roots = FrenchText.class.getClassLoader().getResources(pkg);
        while (roots.hasMoreElements()) {
          URL root = roots.nextElement();
          if (root.getPath().contains("test-classes")) {
            continue;
          }
          Path dir = path(root.toURI());
          try (Stream<Path> files = Files.walk(dir)) {
            files.map(Path::toString).filter(f -> f.endsWith(".class"))
                .forEach(f -> {
                  String name = f.replace('\\', '/');
                  name = name.substring(name.indexOf(pkg), name.length() - ".class".length());
                  out.add(name.replace('/', '.'));
                });
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  private static Path path(URI uri) throws IOException {
    if (!uri.getScheme().equals("jar")) {
      return Path.of(uri);
    }
    FileSystem fs;
    try {
      fs = FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      fs = FileSystems.getFileSystem(uri);
    }
    return fs.provider().getPath(uri);
  }
}
