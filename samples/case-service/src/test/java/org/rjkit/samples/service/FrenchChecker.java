package org.rjkit.samples.service;

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
import java.util.Comparator;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.rjkit.core.participant.Role;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.RuleSetVersion;
import org.rjkit.eligibility.rule.Rule;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.process.confidentiality.DisclosurePolicies;
import org.rjkit.process.confidentiality.DisclosurePolicy;
import org.rjkit.process.confidentiality.DisclosureRule;
import org.rjkit.process.confidentiality.ExceptionRule;
import org.rjkit.process.lifecycle.LifecycleRule;

/**
 * What a French page or French answer of the service must not contain: a constant name of an
 * enum of rjkit (core, eligibility, process model) or of the service ({@code PREPARATION},
 * {@code WRITTEN}, {@code PROGRAMME_STAFF}), or a word of the English bundles of every module
 * (the libraries', the service's and its validation messages) that no French bundle uses.
 *
 * <p>Left out before checking, each by an explicit, narrow rule:
 * <ul>
 *   <li>text between « and »: a quotation (what a participant wrote, the original title of an
 *       instrument cited, a value of the contract the reader types, such as «PARTICIPANT:id»),
 *       as the libraries' own French checks do;</li>
 *   <li>the rule ids of every programme, lifecycle rule, disclosure policy and permission
 *       ({@code CSC-RO-CONSENT}, {@code SERVICE-PERM-READ-CASE}), the programme ids, and the ids
 *       the test itself gave to cases, participants, messages and items: exactly those
 *       strings;</li>
 *   <li>dates written {@code yyyy-mm-dd}, and JSON paths ({@code $.on}, {@code $query.to},
 *       {@code $.items[0].concerned[1]}), which start with {@code $};</li>
 *   <li>the accepted values an input error of the library lists after « l’une des valeurs »
 *       ({@code PRE_CHARGE, POST_CHARGE}): values of the contract, to be typed as they are;</li>
 *   <li>the exact strings {@link #TECHNICAL}: HTTP header names and the command that prints a
 *       token, which a reader types as they are;</li>
 *   <li>on a page, the facts a decision asks for, by the JSON paths of the request that the
 *       page's own {@code data-fact} attributes hold ({@code participants[O-1].plea});</li>
 *   <li>single letters (the paragraph of a provision cited, « al. 717(1)e) »).</li>
 * </ul>
 * The words the service's English and French bundles share must be French words listed in
 * {@link #ALSO_FRENCH}, so that an English word written into the French bundle is caught.
 */
final class FrenchChecker {

  /** Words of the service's English bundle that are French words too. */
  static final Set<String> ALSO_FRENCH = Set.of("a", "actions", "audit", "date", "document",
      "en", "json", "liaison", "message", "messages", "mm", "option", "pages", "participant",
      "parties", "programme", "programmes", "rjkit", "service", "signature", "type", "usage",
      "version");

  /** Technical strings a reader types as they are (a Debian package a citation names too). */
  static final List<String> TECHNICAL = List.of("./rjkit token", "If-Match", "ETag", "OpenAPI",
      "UTF-8", "iso-codes");

  /**
   * Words of the libraries' English bundles that French uses too, as the eligibility module's
   * own French check lists them ("alternative", "police", "probation", ...), where a French text
   * of the libraries uses them outside a bundle (the French titles of instruments cited).
   */
  static final Set<String> LIBRARY_FRENCH = Set.of("alternative", "canada", "capable", "change",
      "charge", "code", "conjugal", "consent", "contact", "crime", "danger", "date", "dates",
      "directive", "district", "homicide", "incapable", "information", "justice", "parent",
      "part", "participant", "participation", "place", "police", "position", "probation",
      "programme", "sanction", "sanctions", "service", "services", "six", "subdivisions",
      "version", "violence");

  private static final List<String> ENGLISH_BUNDLES = List.of("org/rjkit/core/messages",
      "org/rjkit/eligibility/messages", "org/rjkit/process/messages",
      "org/rjkit/samples/service/messages", "ValidationMessages");

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_]+");
  private static final Pattern QUOTED = Pattern.compile("«[^»]*»");
  private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
  private static final Pattern JSON_PATH = Pattern.compile("\\$[A-Za-z0-9_.\\[\\]:-]*");
  /** The values of the contract an input error of the library lists as the accepted ones. */
  private static final Pattern ACCEPTED_VALUES = Pattern.compile(
      "(?<=l’une des valeurs )[A-Z][A-Z0-9_]*(?:, [A-Z][A-Z0-9_]*)*");

  /** The words of the English bundles that no French bundle uses. */
  static final Set<String> ENGLISH = englishWords();

  /** Every constant name of every enum of rjkit's libraries and of the service. */
  static final Set<String> CONSTANTS = constantNames();

  /** The allowed ids, each matched as a whole (not inside a word or a longer id). */
  private final Pattern ids;

  /**
   * A checker that allows the rule and programme ids of the registry and the given ids.
   *
   * @param registry the programmes whose rule and programme ids are allowed
   * @param ids the ids the test gave (cases, participants, messages, items)
   */
  FrenchChecker(ProgrammeRegistry registry, Collection<String> ids) {
    Set<String> all = new TreeSet<>(ids);
    for (Programme p : registry.all()) {
      all.add(p.id().value());
      for (RuleSetVersion v : p.versions()) {
        for (Rule r : v.rules()) {
          all.add(r.id());
        }
      }
    }
    for (LifecycleRule r : LifecycleRule.values()) {
      all.add(r.id());
    }
    for (DisclosurePolicy p : DisclosurePolicies.all()) {
      all.add(p.id());
      p.invariants().forEach(r -> all.add(r.ruleId()));
      p.rules().forEach(r -> all.add(r.ruleId()));
      for (ExceptionRule r : p.exceptions()) {
        all.add(r.ruleId());
      }
      all.add(p.fallback().ruleId());
    }
    for (Permissions.Action a : Permissions.Action.values()) {
      all.add(a.rule());
    }
    all.addAll(List.of("SERVICE-PERM-OWN-SIDE", "SERVICE-STORED-OPEN", "SERVICE-COMMAND-TYPE",
        "SERVICE-COMMAND-DOES-NOT-FIT"));
    all.addAll(TECHNICAL);
    List<String> longestFirst = new ArrayList<>(all);
    longestFirst.sort(Comparator.comparing(String::length).reversed());
    StringBuilder alternatives = new StringBuilder();
    for (String id : longestFirst) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(id));
    }
    this.ids = Pattern.compile("(?<![A-Za-z0-9_.-])(?:" + alternatives
        + ")(?![A-Za-z0-9_-])");
  }

  /** The problems of a French text, empty when it is French. */
  List<String> problems(String french) {
    String checked = QUOTED.matcher(french).replaceAll(" ");
    checked = JSON_PATH.matcher(checked).replaceAll(" ");
    checked = ACCEPTED_VALUES.matcher(checked).replaceAll(" ");
    checked = ids.matcher(checked).replaceAll(" ");
    checked = DATE.matcher(checked).replaceAll(" ");
    List<String> problems = new ArrayList<>();
    Matcher tokens = TOKEN.matcher(checked);
    while (tokens.find()) {
      if (tokens.group().length() > 1 && CONSTANTS.contains(tokens.group())) {
        problems.add("the constant name " + tokens.group());
      }
    }
    Matcher words = WORD.matcher(checked);
    while (words.find()) {
      String w = words.group();
      boolean code = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
      // A single letter is a paragraph of a provision ("al. 717(1)e)") or an article.
      if (!code && w.length() > 1 && ENGLISH.contains(w.toLowerCase(Locale.ROOT))) {
        problems.add("the English word " + w);
      }
    }
    return problems;
  }

  /**
   * The problems of a French page: of each of its texts (tags stripped, scripts left out) and
   * of the attributes a person reads ({@code title}, {@code placeholder}, {@code aria-label},
   * {@code alt}, {@code label}, and the {@code value} of buttons).
   */
  List<String> pageProblems(String where, String html) {
    Document page = Jsoup.parse(html);
    // What the reader typed is theirs: the request pasted into the text area.
    page.select("textarea").remove();
    List<String> problems = new ArrayList<>();
    if (!"fr".equals(page.selectFirst("html").attr("lang"))) {
      problems.add(where + ": the page is not marked French");
    }
    // The facts a decision asks for are named by their JSON paths in the request
    // ("participants[O-1].plea"): the page's own data-fact values, exactly those.
    List<Pattern> facts = new ArrayList<>();
    for (Element e : page.select("[data-fact]")) {
      facts.add(Pattern.compile("(?<![A-Za-z0-9_.\\]\\[-])" + Pattern.quote(e.attr("data-fact"))
          + "(?![A-Za-z0-9_.\\[-])"));
    }
    List<String> texts = new ArrayList<>();
    for (Element e : page.getAllElements()) {
      // Each text node on its own: the text of adjacent elements is not glued together.
      for (TextNode t : e.textNodes()) {
        if (!t.isBlank()) {
          texts.add(t.text());
        }
      }
      for (String attribute : List.of("title", "placeholder", "aria-label", "alt", "label")) {
        if (e.hasAttr(attribute)) {
          texts.add(e.attr(attribute));
        }
      }
      boolean button = e.tagName().equals("button") || e.tagName().equals("input")
          && List.of("button", "submit", "reset").contains(e.attr("type"));
      if (button && e.hasAttr("value")) {
        texts.add(e.attr("value"));
      }
    }
    for (String text : texts) {
      if (text.contains("\u27e6")) {
        problems.add(where + ": a text or label missing from the bundles: " + text);
      }
      String checked = text;
      for (Pattern fact : facts) {
        checked = fact.matcher(checked).replaceAll(" ");
      }
      for (String p : problems(checked)) {
        problems.add(where + ": " + p + " in: " + text);
      }
    }
    return problems;
  }

  /** The properties of a bundle resource ({@code base + suffix + ".properties"}). */
  static Map<Object, Object> bundle(String base, String suffix) {
    Properties p = new Properties();
    try (InputStream in = FrenchChecker.class.getClassLoader()
        .getResourceAsStream(base + suffix + ".properties")) {
      if (in == null) {
        throw new IllegalStateException("no bundle " + base + suffix);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** The lower-case words of texts, quoted text left out. */
  static Set<String> words(Collection<?> texts) {
    Set<String> out = new TreeSet<>();
    for (Object text : texts) {
      String checked = QUOTED.matcher(text.toString()).replaceAll(" ");
      checked = JSON_PATH.matcher(checked).replaceAll(" ");
      for (String technical : TECHNICAL) {
        checked = checked.replace(technical, " ");
      }
      Matcher m = WORD.matcher(checked);
      while (m.find()) {
        out.add(m.group().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static Set<String> englishWords() {
    Set<String> english = new TreeSet<>();
    Set<String> french = new TreeSet<>();
    for (String base : ENGLISH_BUNDLES) {
      english.addAll(words(bundle(base, "").values()));
      Map<Object, Object> fr = new java.util.HashMap<>(bundle(base, "_fr"));
      if (base.startsWith("org/rjkit/") && !base.startsWith("org/rjkit/samples/")) {
        // The libraries' input errors quote the contract's field names ("stage", "entered"):
        // they are not French words.
        fr.keySet().removeIf(k -> k.toString().startsWith("input."));
      }
      french.addAll(words(fr.values()));
    }
    english.removeAll(french);
    english.removeAll(LIBRARY_FRENCH);
    return english;
  }

  private static Set<String> constantNames() {
    Set<String> names = new TreeSet<>();
    for (String className : classes("org/rjkit/core/", "org/rjkit/eligibility/",
        "org/rjkit/process/", "org/rjkit/samples/service/")) {
      try {
        Class<?> type = Class.forName(className, false, FrenchChecker.class.getClassLoader());
        if (type.isEnum()) {
          for (Object constant : type.getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
          }
        }
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalStateException(className, e);
      }
    }
    if (!names.contains(Role.VICTIM_FAMILY_MEMBER.name())) {
      throw new IllegalStateException("the library's enums were not found");
    }
    return names;
  }

  /** The main (not test) classes under some packages, from directories or jars. */
  private static List<String> classes(String... packages) {
    List<String> out = new ArrayList<>();
    try {
      for (String pkg : packages) {
        Enumeration<URL> roots = FrenchChecker.class.getClassLoader().getResources(pkg);
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
