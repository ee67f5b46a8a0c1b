package org.rjkit.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the language tests compare against: the files of a bundle as written (not through
 * {@link java.util.ResourceBundle}, which mixes in the parent), the enums of a module's classes,
 * and the words of the English bundles that French does not use.
 */
final class Bundles {

  private Bundles() {}

  /** The process bundle's resource, without the language suffix. */
  static final String PROCESS = "org/rjkit/process/messages";

  /** The core bundle's resource, without the language suffix. */
  static final String CORE = "org/rjkit/core/messages";

  /**
   * One bundle file exactly as written.
   *
   * @param resource a resource name without suffix ({@link #PROCESS})
   * @param tag the language tag, or the empty string for the English base file
   * @return the patterns by key, sorted; empty when the file does not exist
   */
  static Map<String, String> file(String resource, String tag) {
    String name = resource + (tag.isEmpty() ? "" : "_" + tag) + ".properties";
    Properties p = new Properties();
    try (InputStream in = Bundles.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        return Map.of();
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> out = new TreeMap<>();
    p.forEach((k, v) -> out.put((String) k, (String) v));
    return out;
  }

  /**
   * Every enum declared in the module that holds a class (its {@code target/classes} directory
   * or its jar), nested enums included.
   *
   * @param anyClassOfTheModule not null
   * @return the enums, by name
   */
  static List<Class<? extends Enum<?>>> enumsOfModule(Class<?> anyClassOfTheModule) {
    List<String> names = new ArrayList<>();
    try {
      URL location = anyClassOfTheModule.getProtectionDomain().getCodeSource().getLocation();
      Path path = Paths.get(location.toURI());
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          files.filter(f -> f.toString().endsWith(".class")).forEach(f -> names.add(
              path.relativize(f).toString().replace('\\', '/')));
        }
      } else {
        try (JarFile jar = new JarFile(path.toFile())) {
          Enumeration<JarEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            String n = entries.nextElement().getName();
            if (n.endsWith(".class")) {
              names.add(n);
            }
          }
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot list the classes of " + anyClassOfTheModule, e);
    }
    List<Class<? extends Enum<?>>> enums = new ArrayList<>();
    for (String n : new TreeSet<>(names)) {
      if (n.endsWith("module-info.class") || n.endsWith("package-info.class")) {
        continue;
      }
      String className = n.substring(0, n.length() - ".class".length()).replace('/', '.');
      try {
        Class<?> c = Class.forName(className, false, Bundles.class.getClassLoader());
        if (c.isEnum()) {
          @SuppressWarnings("unchecked")
          Class<? extends Enum<?>> e = (Class<? extends Enum<?>>) c;
          enums.add(e);
        }
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalStateException("cannot load " + className, e);
      }
    }
    return enums;
  }

  /**
   * The names of every constant of the enums of the modules holding these classes.
   *
   * @param modules one class of each module
   * @return the constant names, sorted
   */
  static Set<String> constantNames(Class<?>... modules) {
    Set<String> out = new TreeSet<>();
    for (Class<?> m : modules) {
      for (Class<? extends Enum<?>> e : enumsOfModule(m)) {
        for (Enum<?> constant : e.getEnumConstants()) {
          out.add(constant.name());
        }
      }
    }
    return out;
  }

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /**
   * The words of some texts, in lower case (letters only; {@code {0}} placeholders and numbers
   * are not words).
   *
   * @param texts not null
   * @return the words, sorted
   */
  static Set<String> words(Iterable<String> texts) {
    Set<String> out = new TreeSet<>();
    for (String t : texts) {
      Matcher m = WORD.matcher(t);
      while (m.find()) {
        out.add(m.group().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return out;
  }

  /**
   * The English words French text must not contain: every word of the English core and process
   * bundles that no French bundle uses.
   *
   * @return the words, sorted
   */
  static Set<String> englishOnlyWords() {
    List<String> english = new ArrayList<>();
    List<String> french = new ArrayList<>();
    for (String resource : List.of(CORE, PROCESS)) {
      english.addAll(file(resource, "").values());
      french.addAll(file(resource, "fr").values());
    }
    Set<String> words = words(english);
    words.removeAll(words(french));
    return words;
  }
}
