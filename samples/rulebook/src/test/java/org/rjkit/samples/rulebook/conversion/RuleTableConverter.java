package org.rjkit.samples.rulebook.conversion;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.json.ScreeningRequestWriter;
import org.rjkit.core.language.LocalizedText;
import org.rjkit.core.language.Language;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.screening.Eligibility;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.RuleSetVersion;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.eligibility.Scenario;
import org.rjkit.eligibility.programmes.Programmes;
import org.rjkit.eligibility.rule.Rule;
import org.rjkit.samples.rulebook.RuleBook;
import org.rjkit.samples.rulebook.RuleBookParser;
import org.rjkit.samples.rulebook.json.Change;
import org.rjkit.samples.rulebook.json.ChangeException;
import org.rjkit.samples.rulebook.json.RequestTree;

/**
 * Turns the eligibility module's Java rule tables ({@code @CsvSource} text blocks of
 * {@code *Test.java} classes in {@code eligibility/src/test/java/org/rjkit/eligibility/programmes})
 * into the programmes' rule books, mechanically and repeatably:
 *
 * <ol>
 *   <li>each row's old phrases ({@code term P2Y-1D; risk HIGH}) are applied with the tables' own
 *       {@link Scenario}, and the request they make is compared with the starting case's, as
 *       JSON trees; the difference is written as the rule book's assignments
 *       ({@code case.sentences[S1].term = P2Y-1D});
 *   <li>those assignments are applied again with the rule book's grammar and read with the
 *       strict reader, and the request must be the Java row's own (else the converter stops);
 *   <li>the Java row's outcome and rule ids must be the decision's (else it stops: the Java row
 *       fails today); each rule's status is what the outcome implies, or, where the outcome
 *       leaves it open (several rules with INELIGIBLE or MANUAL_REVIEW), the decision's, and
 *       those rows are listed in the log;
 *   <li>rows are grouped under the rule they are about: the one rule they name, else the rule
 *       of the row before (or after) in the same Java section; rows naming several rules go to
 *       "Several rules at once".
 * </ol>
 *
 * The "Reasons say" cells already in a rule book are kept, matched by scenario. Run it with
 * {@code eligibility/tools/convert-rule-tables}.
 */
public final class RuleTableConverter {

  private static final Pattern TEXT_BLOCK =
      Pattern.compile("textBlock\\s*=\\s*\"\"\"\\n(.*?)\"\"\"", Pattern.DOTALL);
  private static final Pattern DISPLAY_NAME = Pattern.compile("@DisplayName\\(\"([^\"]+)\"\\)");
  private static final Pattern FACTORY = Pattern.compile("(\\w+)\\(\\)\\s*\\.with\\(changes\\)");
  private static final Pattern CATALOGUE = Pattern.compile("\\(([A-Za-z]+-[A-Za-z]+-\\d+)");
  private static final String SEVERAL = "Several rules at once";

  /** What a conversion produced for one programme. */
  record Result(String programme, Path javaFile, String markdown, int javaRows, int bookRows,
      List<String> notes) {}

  private final Path javaDir;

  RuleTableConverter(Path javaDir) {
    this.javaDir = javaDir;
  }

  /** The Java rule table files, in name order. */
  List<Path> tableFiles() {
    try (Stream<Path> s = Files.list(javaDir)) {
      return s.filter(p -> p.getFileName().toString().endsWith("Test.java"))
          .filter(p -> TEXT_BLOCK.matcher(read(p)).find() && FACTORY.matcher(read(p)).find())
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One row of a Java table. */
  record JavaRow(int line, String section, String scenario, String changes, Outcome outcome,
      List<String> deciding) {}

  /** A converted row. */
  record BookRow(JavaRow source, List<String> changes, Outcome outcome,
      List<String> statuses, Optional<String> home) {}

  Result convert(Path javaFile, Optional<RuleBook> existing) {
    String text = read(javaFile);
    Matcher name = DISPLAY_NAME.matcher(text);
    Matcher factory = FACTORY.matcher(text);
    if (!name.find() || !factory.find()) {
      throw new IllegalStateException(javaFile.getFileName()
          + ": no @DisplayName(programme id) or Scenario factory().with(changes)");
    }
    String programmeId = name.group(1);
    Programme programme = Programmes.all().stream()
        .filter(p -> p.id().value().equals(programmeId)).findFirst()
        .orElseThrow(() -> new IllegalStateException(javaFile.getFileName()
            + ": no programme " + programmeId));
    String factoryName = factory.group(1);
    List<JavaRow> rows = new ArrayList<>();
    Matcher block = TEXT_BLOCK.matcher(text);
    while (block.find()) {
      int firstLine = lineOf(text, block.start(1));
      rows.addAll(javaRows(javaFile, block.group(1), firstLine));
    }
    List<String> notes = new ArrayList<>();
    ScreeningRequestWriter writer = new ScreeningRequestWriter();
    ScreeningRequest baseRequest = scenario(factoryName).request();
    ObjectNode base = writer.toTree(baseRequest);
    RuleSetVersion version = programme.versionOn(baseRequest.asOf());
    List<String> ruleIds = version.rules().stream().map(Rule::id).toList();
    List<BookRow> converted = new ArrayList<>();
    for (JavaRow row : rows) {
      String where = javaFile.getFileName() + ":" + row.line();
      ScreeningRequest target;
      try {
        target = scenario(factoryName).with(row.changes()).request();
      } catch (RuntimeException e) {
        throw new IllegalStateException(where + ": the Java row's changes fail: " + e, e);
      }
      ObjectNode targetTree = writer.toTree(target);
      List<String> changes = checked(base, targetTree, false, writer)
          .or(() -> checked(base, targetTree, true, writer))
          .orElseThrow(() -> new IllegalStateException(where
              + ": the rule book's changes do not make the Java row's request"));
      if (changes.isEmpty() && !row.changes().strip().equals("none")) {
        notes.add(where + ": the Java changes \"" + row.changes() + "\" change nothing");
      }
      Decision decision = Eligibility.screen(target);
      List<RuleResult> notMet = decision.rules().stream()
          .filter(r -> r.status() != RuleStatus.MET).toList();
      List<String> actualIds = notMet.stream().map(RuleResult::ruleId).toList();
      if (decision.outcome() != row.outcome() || !actualIds.equals(row.deciding())) {
        throw new IllegalStateException(where + ": the Java row fails today: expected "
            + row.outcome() + " " + row.deciding() + ", the programme decides "
            + decision.outcome() + " " + actualIds);
      }
      List<String> statuses = new ArrayList<>();
      boolean fromEngine = false;
      for (RuleResult r : notMet) {
        Optional<RuleStatus> implied = implied(row.outcome(), notMet.size());
        if (implied.isEmpty()) {
          fromEngine = true;
        }
        statuses.add(r.ruleId() + " = " + implied.orElse(r.status()));
      }
      if (fromEngine) {
        notes.add(where + ": statuses " + statuses + " are the programme's own: the outcome"
            + " alone does not say them; a person should confirm them");
      }
      converted.add(new BookRow(row, changes, row.outcome(), statuses, Optional.empty()));
    }
    List<BookRow> homed = home(converted, version);
    Map<String, String> reasons = new LinkedHashMap<>();
    existing.ifPresent(book -> book.sections().forEach(s -> s.rows().forEach(r -> {
      if (r.expected() instanceof RuleBook.Screening sc && !sc.reasons().isEmpty()) {
        List<String> parts = new ArrayList<>();
        sc.reasons().forEach(w -> parts.add("`" + w.ruleId()
            + (w.language() == Language.FR ? " (fr)" : "") + ": \"" + w.words() + "\"`"));
        reasons.put(r.scenario(), String.join("<br>", parts));
      }
    })));
    String markdown = markdown(programme, version, factoryName, base, homed, reasons);
    return new Result(programmeId, javaFile, markdown, rows.size(), homed.size(), notes);
  }

  private static Optional<RuleStatus> implied(Outcome outcome, int count) {
    return switch (outcome) {
      case NEEDS_INFORMATION -> Optional.of(RuleStatus.UNKNOWN);
      case INELIGIBLE -> count == 1 ? Optional.of(RuleStatus.NOT_MET) : Optional.empty();
      case MANUAL_REVIEW -> count == 1 ? Optional.of(RuleStatus.REVIEW) : Optional.empty();
      case ELIGIBLE -> Optional.empty();
    };
  }

  /** The diff's changes, if applying them with the rule book's grammar makes the target. */
  private static Optional<List<String>> checked(ObjectNode base, ObjectNode target,
      boolean wholeLists, ScreeningRequestWriter writer) {
    List<String> changes = TreeDiff.changes(base, target, wholeLists);
    try {
      RequestTree tree = RequestTree.of(org.rjkit.core.json.RjkitJson.write(base),
          RequestTree.Mode.CLOSED);
      for (String c : changes) {
        tree.apply(Change.parse(c));
      }
      ObjectNode made = writer.toTree(tree.read());
      return made.equals(target) ? Optional.of(changes) : Optional.empty();
    } catch (ChangeException | org.rjkit.core.input.InvalidInputException e) {
      return Optional.empty();
    }
  }

  private static Scenario scenario(String factory) {
    try {
      Method m = Scenario.class.getMethod(factory);
      return (Scenario) m.invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no Scenario." + factory + "()", e);
    }
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  static List<JavaRow> javaRows(Path file, String block, int firstLine) {
    List<JavaRow> out = new ArrayList<>();
    String section = "";
    String[] lines = block.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String t = lines[i].strip();
      if (t.isEmpty()) {
        continue;
      }
      if (t.startsWith("#")) {
        if (!t.contains("|")) {
          section = t.substring(1).strip();
        }
        continue;
      }
      String[] cells = t.split("\\|", -1);
      if (cells.length != 4) {
        throw new IllegalStateException(file.getFileName() + ":" + (firstLine + i)
            + ": a rule table row has 4 cells: scenario | changes | outcome | rules");
      }
      String deciding = cells[3].strip();
      List<String> ids = deciding.equals("-") || deciding.isEmpty() ? List.of()
          : List.of(deciding.split("\\s+"));
      out.add(new JavaRow(firstLine + i, section, unquote(cells[0].strip()),
          unquote(cells[1].strip()), Outcome.valueOf(cells[2].strip()), ids));
    }
    return out;
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("'") && s.endsWith("'") ? s.substring(1, s.length() - 1)
        : s;
  }

  /** Gives each row the rule it is about (empty: the starting case or several rules). */
  private static List<BookRow> home(List<BookRow> rows, RuleSetVersion version) {
    List<BookRow> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      BookRow r = rows.get(i);
      List<String> ids = r.source().deciding();
      Optional<String> home;
      if (ids.size() == 1) {
        home = Optional.of(ids.get(0));
      } else if (ids.size() > 1) {
        home = Optional.of(SEVERAL);
      } else if (r.source().section().isEmpty()) {
        home = Optional.empty();
      } else {
        int at = i;
        home = neighbour(rows, at, -1).or(() -> neighbour(rows, at, +1))
            .or(() -> byCatalogue(r.source().section(), version))
            .or(() -> Optional.of(SEVERAL));
      }
      out.add(new BookRow(r.source(), r.changes(), r.outcome(), r.statuses(), home));
    }
    return out;
  }

  private static Optional<String> neighbour(List<BookRow> rows, int i, int step) {
    String section = rows.get(i).source().section();
    for (int k = i + step; k >= 0 && k < rows.size(); k += step) {
      BookRow other = rows.get(k);
      if (!other.source().section().equals(section)) {
        break;
      }
      if (other.source().deciding().size() == 1) {
        return Optional.of(other.source().deciding().get(0));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> byCatalogue(String section, RuleSetVersion version) {
    Matcher m = CATALOGUE.matcher(section);
    if (!m.find()) {
      m = Pattern.compile("\\(([A-Za-z]+-\\d+)").matcher(section);
      if (!m.find()) {
        return Optional.empty();
      }
    }
    String row = m.group(1);
    return version.rules().stream().filter(r -> r.catalogueRows().contains(row)).map(Rule::id)
        .findFirst();
  }

  // ------------------------------------------------------------------ Markdown

  private String markdown(Programme programme, RuleSetVersion version, String factory,
      ObjectNode base, List<BookRow> rows, Map<String, String> reasons) {
    StringBuilder b = new StringBuilder();
    String id = programme.id().value();
    b.append("# ").append(programme.name().in(Language.EN)).append("\n\n");
    b.append("<!-- Converted from the Java rule table by eligibility/tools/convert-rule-tables;"
        + " see docs/rulebook.md. -->\n\n");
    b.append("- Programme: `").append(id).append("`\n");
    for (RuleSetVersion v : programme.versions()) {
      b.append("- Rule set: version ").append(v.version()).append(", in force from ")
          .append(v.effectiveFrom()).append('\n');
    }
    b.append("- En français : ").append(programme.name().in(Language.FR)).append("\n\n");
    LocalizedText description = Descriptions.of(id);
    b.append(description.in(Language.EN)).append("\n\n");
    b.append("*En français :* ").append(description.in(Language.FR)).append("\n\n");
    b.append("## Sources\n\n");
    Set<String> sources = new LinkedHashSet<>();
    for (Rule r : version.rules()) {
      for (Citation c : r.citations()) {
        sources.add(citation(c));
      }
    }
    sources.forEach(s -> b.append("- ").append(s).append('\n'));
    b.append('\n');
    b.append("## Starting case\n\n");
    b.append(startingProse(factory)).append(" Every row below starts from this screening request"
        + " and changes only what its Changes column says.\n\n");
    b.append("```json\n").append(org.rjkit.core.json.RjkitJson.writePretty(base)).append("\n```\n\n");
    table(b, rows.stream().filter(r -> r.home().isEmpty()).toList(), reasons);
    b.append("## Rules\n\n");
    for (Rule r : version.rules()) {
      b.append("### ").append(r.id()).append("\n\n");
      b.append("**Policy.** ").append(r.policy().in(Language.EN)).append("\n\n");
      b.append("*En français :* ").append(r.policy().in(Language.FR)).append("\n\n");
      b.append("Phase: ").append(r.phase() == Phase.ELIGIBILITY ? "eligibility" : "suitability")
          .append(". Cites: ");
      List<String> cites = new ArrayList<>();
      r.citations().forEach(c -> cites.add(citation(c)));
      b.append(String.join("; ", cites)).append('.');
      if (!r.catalogueRows().isEmpty()) {
        b.append(" Catalogue rows: ").append(String.join(", ", r.catalogueRows())).append('.');
      }
      b.append("\n\n");
      List<BookRow> mine = rows.stream().filter(x -> x.home().equals(Optional.of(r.id())))
          .toList();
      if (mine.isEmpty()) {
        b.append("No example yet.\n\n");
      } else {
        table(b, mine, reasons);
      }
    }
    List<BookRow> several = rows.stream().filter(x -> x.home().equals(Optional.of(SEVERAL)))
        .toList();
    if (!several.isEmpty()) {
      b.append("## ").append(SEVERAL).append("\n\nEvery rule is evaluated; nothing"
          + " short-circuits.\n\n");
      table(b, several, reasons);
    }
    return b.toString();
  }

  private static String citation(Citation c) {
    String text = c.instrument() + ", " + c.provision();
    return c.url().map(u -> "[" + text + "](" + u + ")").orElse(text);
  }

  private static void table(StringBuilder b, List<BookRow> rows, Map<String, String> reasons) {
    if (rows.isEmpty()) {
      return;
    }
    b.append("| Scenario | Changes | Outcome | Rules not met | Reasons say |\n");
    b.append("|---|---|---|---|---|\n");
    for (BookRow r : rows) {
      String changes = r.changes().isEmpty() ? "none" : String.join("<br>",
          r.changes().stream().map(c -> "`" + c + "`").toList());
      String statuses = r.statuses().isEmpty() ? "none" : String.join("<br>",
          r.statuses().stream().map(s -> "`" + s + "`").toList());
      b.append("| ").append(cell(r.source().scenario())).append(" | ").append(cell(changes))
          .append(" | ").append(r.outcome()).append(" | ").append(statuses).append(" | ")
          .append(reasons.getOrDefault(r.source().scenario(), "")).append(" |\n");
    }
    b.append('\n');
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  /** The Javadoc of the Scenario factory: the starting case in words. */
  private String startingProse(String factory) {
    String scenario = read(javaDir.resolveSibling("Scenario.java"));
    Matcher m = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*public static Scenario "
        + Pattern.quote(factory) + "\\(", Pattern.DOTALL).matcher(scenario);
    if (!m.find()) {
      return "The starting case.";
    }
    String prose = m.group(1).replaceAll("(?m)^\\s*\\*\\s?", " ").replaceAll("\\{@\\w+ ([^}]*)}",
        "$1").replaceAll("\\s+", " ").strip();
    return prose.endsWith(".") ? prose : prose + ".";
  }

  /** Parses an existing rule book without checking it, to keep its reasons. */
  static Optional<RuleBook> existing(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(RuleBookParser.parse(file, file.getFileName().toString()));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
