package org.rjkit.samples.screening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Collection;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the command line's French output must not contain: an English word of rjkit's English
 * bundles (every module's: core, eligibility, process model, the rule book, the command line)
 * that is not also a French word, or the name of a constant of one of rjkit's enums
 * ({@code POST_SENTENCE}, {@code VICTIM_FAMILY_MEMBER}, {@code NEEDS_INFORMATION}). Words of
 * one letter are not checked (section letters, the units of {@code P2Y}).
 *
 * <p>Before checking, the tokens a French line quotes on purpose are taken out, each by a narrow
 * pattern:
 * <ul>
 *   <li>text between « and »: a title in its original language, a participant's own words, a
 *       JSON value, a command or option value named in prose;
 *   <li>web addresses, file and folder paths (a token with a {@code /}, or ending in
 *       {@code .json}, {@code .jsonl}, {@code .ndjson}, {@code .md}, {@code .html},
 *       {@code .csv});
 *   <li>the command line's syntax: {@code rjkit} followed by its command words ({@code screen},
 *       {@code history check}, …), a command word opening a row of the usage's table, options
 *       ({@code --rule-set}), the literal choices of a synopsis ({@code en|fr},
 *       {@code text|json}) and the environment variables {@code RJKIT_…};
 *   <li>JSON paths ({@code $.offender.id}); upper-case ids joined by hyphens (rule ids
 *       {@code CSC-RO-CONSENT}, case ids {@code C-2026-0042}, jurisdictions {@code CA-QC});
 *       the ids of the programmes run ({@code ca-csc-restorative-opportunities});
 *   <li>in an input-error line only (one that names a JSON path, {@code $…: }), the contract's
 *       own vocabulary that core's French input errors quote: the property names and enum
 *       values of the JSON schemas, {@code true}, {@code false}, {@code null} and the date
 *       format {@code YYYY-MM-DD};
 *   <li>in a {@code --recipient} error line only, the recipient kinds the option accepts;
 *   <li>acronyms that are also constant names ({@code JSON}, {@link #ACRONYMS});
 *   <li>texts that a vendor's rule-set document gives in English only (given to the checker
 *       exactly): rjkit shows a vendor's text as the vendor wrote it.
 * </ul>
 */
final class FrenchOutput {

  /** The English bundles, as resource names without {@code .properties}. */
  static final List<String> ENGLISH_BUNDLES = List.of("org/rjkit/core/messages",
      "org/rjkit/eligibility/messages", "org/rjkit/process/messages",
      "org/rjkit/samples/rulebook/messages", "org/rjkit/samples/rulebook/html/messages_en",
      "org/rjkit/samples/screening/messages");

  /** The French bundles, as resource names without {@code .properties}. */
  static final List<String> FRENCH_BUNDLES = List.of("org/rjkit/core/messages_fr",
      "org/rjkit/eligibility/messages_fr", "org/rjkit/process/messages_fr",
      "org/rjkit/samples/rulebook/messages_fr", "org/rjkit/samples/rulebook/html/messages_fr",
      "org/rjkit/samples/screening/messages_fr");

  /**
   * Words of the English bundles that are French words too, names, or acronyms French uses as
   * they are. A word both the English and the French bundles use must be listed here to be
   * allowed, so that an English word written into a French bundle is caught.
   */
  static final Set<String> ALSO_FRENCH = Set.of(
      // French words spelled as in English
      "administration", "admissible", "alternative", "consent", "contact", "admission", "argument", "art", "article", "capable",
      "catalogue", "change", "charge", "citation", "code", "communication", "compatible",
      "condition", "conjugal", "crime", "cycle", "danger", "date", "dates", "directive",
      "discussions", "district", "document", "documents", "double", "en", "exception", "format",
      "homicide", "imminent", "incapable", "index", "information", "justice", "message",
      "messages", "national", "option", "options", "page", "pages", "parent", "parole", "part",
      "participant", "participants", "participation", "parties", "permission", "phase",
      "phases", "place", "point", "police", "position", "positive", "probation", "programme",
      "programmes", "propose", "protection", "public", "refuse", "sanction", "sanctions",
      "absent", "section", "sections", "mots", "table", "service", "services", "six", "sources", "structure", "subdivision", "subdivisions",
      "total", "type", "un", "version", "versions", "violence",
      // names, language tags and acronyms
      "rjkit", "java", "canada", "québec", "åland", "ca", "csc", "eu", "gb", "qc", "cy", "fr",
      "ascii", "bcp", "html", "http", "https", "id", "iso", "json", "jsonl", "ndjson", "md",
      "url", "utf");

  /** Acronyms that are also constant names ({@code Format.JSON}): never taken for constants. */
  static final Set<String> ACRONYMS = Set.of("JSON", "HTML", "CSV", "URL", "ID", "ISO", "UTF",
      "ASCII", "API", "HTTP", "HTTPS");

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_]+");
  private static final Pattern QUOTED = Pattern.compile("«[^»]*»");
  private static final Pattern URL_TEXT = Pattern.compile("<?https?://[^\\s>]+>?");
  private static final Pattern PATH_TEXT = Pattern.compile(
      "[^\\s«»()]*/[^\\s«»()]*|[^\\s«»()]+\\.(?:json|jsonl|ndjson|md|html|csv)\\b");
  private static final Pattern SYNOPSIS = Pattern.compile("(?:\\./)?rjkit(?: (?:screen|programmes"
      + "|programs|rulebook|conformance|history|help|check|view))*");
  private static final Pattern OPTION = Pattern.compile("--[a-z][a-z-]*");
  private static final Pattern USAGE_ROW = Pattern.compile(
      "^ {2}(?:screen|programmes|rulebook|conformance|history)(?= {2,}| [a-zé])");
  private static final Pattern ENVIRONMENT = Pattern.compile("\\bRJKIT_[A-Z_]+\\b");
  private static final Pattern CHOICES = Pattern.compile("\\b[a-z]+(?:\\|[a-z]+)+\\b");
  private static final Pattern JSON_PATH = Pattern.compile("\\$[\\w.\\[\\]]*");
  private static final Pattern ID = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\\b");
  private static final Pattern INPUT_ERROR = Pattern.compile("\\$[\\w.\\[\\]]*:");

  /** Every word of the English bundles that is not in {@link #ALSO_FRENCH}. */
  static final Set<String> ENGLISH = englishWords();

  /** Every constant name of every enum of rjkit's main classes, longer than one letter. */
  static final Set<String> CONSTANTS = constantNames();

  /** The property names and enum values of the JSON schemas, true, false, null, YYYY-MM-DD. */
  static final Set<String> CONTRACT = contractVocabulary();

  private final Set<String> programmeIds;
  private final List<String> vendorTexts;
  private final Set<String> recipientKinds;

  /**
   * A checker.
   *
   * @param programmeIds the ids of the programmes the output may name
   * @param vendorTexts texts a vendor's document gives in English only, taken out as they are
   * @param recipientKinds the values {@code --recipient} accepts
   */
  FrenchOutput(Collection<String> programmeIds, Collection<String> vendorTexts,
      Collection<String> recipientKinds) {
    this.programmeIds = new TreeSet<>(programmeIds);
    List<String> longestFirst = new ArrayList<>(vendorTexts);
    longestFirst.sort((a, b) -> b.length() - a.length());
    this.vendorTexts = longestFirst;
    this.recipientKinds = new TreeSet<>(recipientKinds);
  }

  /**
   * The problems of a French output, line by line; empty when there is none.
   *
   * @param output the output, several lines
   * @return one entry per English word or constant name, with its line
   */
  List<String> problems(String output) {
    List<String> problems = new ArrayList<>();
    for (String line : output.split("\n", -1)) {
      for (String p : lineProblems(line)) {
        problems.add(p + " in: " + line);
      }
    }
    return problems;
  }

  private List<String> lineProblems(String line) {
    boolean inputError = INPUT_ERROR.matcher(line).find();
    boolean recipientError = line.contains("--recipient");
    String checked = line;
    for (String vendor : vendorTexts) {
      checked = checked.replace(vendor, " ");
    }
    checked = QUOTED.matcher(checked).replaceAll(" ");
    checked = URL_TEXT.matcher(checked).replaceAll(" ");
    checked = SYNOPSIS.matcher(checked).replaceAll(" ");
    checked = USAGE_ROW.matcher(checked).replaceAll(" ");
    checked = ENVIRONMENT.matcher(checked).replaceAll(" ");
    checked = PATH_TEXT.matcher(checked).replaceAll(" ");
    checked = OPTION.matcher(checked).replaceAll(" ");
    checked = CHOICES.matcher(checked).replaceAll(" ");
    checked = JSON_PATH.matcher(checked).replaceAll(" ");
    checked = ID.matcher(checked).replaceAll(" ");
    List<String> problems = new ArrayList<>();
    Matcher tokens = TOKEN.matcher(checked);
    StringBuilder rest = new StringBuilder();
    int last = 0;
    while (tokens.find()) {
      String t = tokens.group();
      rest.append(checked, last, tokens.start());
      last = tokens.end();
      boolean allowed = programmeIdPart(checked, tokens.start(), tokens.end())
          || (inputError && CONTRACT.contains(t))
          || (recipientError && recipientKinds.contains(t));
      if (allowed) {
        rest.append(' ');
        continue;
      }
      rest.append(t);
      if (CONSTANTS.contains(t) && !ACRONYMS.contains(t)) {
        problems.add("the constant name " + t);
      }
    }
    rest.append(checked.substring(last));
    Matcher words = WORD.matcher(rest);
    while (words.find()) {
      String w = words.group();
      if (w.length() > 1 && ENGLISH.contains(w.toLowerCase(Locale.ROOT))) {
        problems.add("the English word " + w);
      }
    }
    return problems;
  }

  /** Whether a token is part of a programme id written in full at that place. */
  private boolean programmeIdPart(String text, int start, int end) {
    int from = start;
    while (from > 0 && isIdChar(text.charAt(from - 1))) {
      from--;
    }
    int to = end;
    while (to < text.length() && isIdChar(text.charAt(to))) {
      to++;
    }
    return programmeIds.contains(text.substring(from, to));
  }

  private static boolean isIdChar(char c) {
    return c == '-' || c == '.' || c == '_' || Character.isLetterOrDigit(c);
  }

  /**
   * One bundle file as written.
   *
   * @param resource a resource name without {@code .properties}
   * @return the patterns by key
   */
  static Map<String, String> bundle(String resource) {
    Properties p = new Properties();
    try (InputStream in = FrenchOutput.class.getClassLoader()
        .getResourceAsStream(resource + ".properties")) {
      if (in == null) {
        throw new IllegalStateException("no bundle " + resource);
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
   * The lower-case words of texts.
   *
   * @param texts not null
   * @return the words, sorted
   */
  static Set<String> words(Collection<String> texts) {
    Set<String> out = new TreeSet<>();
    for (String text : texts) {
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        out.add(m.group().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static Set<String> englishWords() {
    Set<String> english = new TreeSet<>();
    for (String resource : ENGLISH_BUNDLES) {
      english.addAll(words(bundle(resource).values()));
    }
    english.removeAll(ALSO_FRENCH);
    return english;
  }

  private static Set<String> constantNames() {
    Set<String> names = new TreeSet<>();
    for (String className : classes("org/rjkit/")) {
      try {
        Class<?> type = Class.forName(className, false, FrenchOutput.class.getClassLoader());
        if (type.isEnum()) {
          for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            if (name.length() > 1) {
              names.add(name);
            }
          }
        }
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalStateException(className, e);
      }
    }
    return names;
  }

  private static Set<String> contractVocabulary() {
    Set<String> out = new TreeSet<>(Set.of("true", "false", "null", "YYYY", "MM", "DD"));
    ObjectMapper mapper = new ObjectMapper();
    for (String schema : List.of("org/rjkit/core/json/schema/screening-request.schema.json",
        "org/rjkit/core/json/schema/case-document.schema.json",
        "org/rjkit/eligibility/json/schema/decision.schema.json",
        "org/rjkit/eligibility/json/schema/rule-set.schema.json",
        "org/rjkit/process/json/schema/process-history.schema.json")) {
      try (InputStream in = FrenchOutput.class.getClassLoader().getResourceAsStream(schema)) {
        if (in == null) {
          throw new IllegalStateException("no schema " + schema);
        }
        collect(mapper.readTree(in), out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static void collect(JsonNode node, Set<String> out) {
    if (node.isObject()) {
      JsonNode properties = node.get("properties");
      if (properties != null && properties.isObject()) {
        properties.fieldNames().forEachRemaining(out::add);
      }
      for (String values : List.of("enum", "const")) {
        JsonNode v = node.get(values);
        if (v != null) {
          (v.isArray() ? v : List.of(v)).forEach(x -> {
            if (x.isTextual()) {
              out.add(x.asText());
            }
          });
        }
      }
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        collect(it.next(), out);
      }
    } else if (node.isArray()) {
      node.forEach(x -> collect(x, out));
    }
  }

  /** The names of the main (not test) classes under a package, from directories or jars. */
  private static List<String> classes(String pkg) {
    List<String> out = new ArrayList<>();
    try {
      Enumeration<URL> roots = FrenchOutput.class.getClassLoader().getResources(pkg);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if (root.getPath().contains("test-classes")) {
          continue;
        }
        Path dir = path(root.toURI());
        try (Stream<Path> files = Files.walk(dir)) {
          files.map(Path::toString).filter(f -> f.endsWith(".class"))
              .filter(f -> !f.endsWith("module-info.class") && !f.endsWith("package-info.class"))
              .forEach(f -> {
                String name = f.replace('\\', '/');
                name = name.substring(name.lastIndexOf(pkg), name.length() - ".class".length());
                out.add(name.replace('/', '.'));
              });
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
