package org.rjkit.samples.rulebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rjkit.core.language.LocalizedText;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Message;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.eligibility.rule.Rule;
import org.rjkit.samples.rulebook.RuleBook.Contract;
import org.rjkit.samples.rulebook.RuleBook.ExpectedStatus;
import org.rjkit.samples.rulebook.RuleBook.ReasonWords;
import org.rjkit.samples.rulebook.RuleBook.Row;
import org.rjkit.samples.rulebook.RuleBook.Screening;
import org.rjkit.samples.rulebook.RuleBook.Section;
import org.rjkit.samples.rulebook.json.Change;
import org.rjkit.samples.rulebook.json.ChangeException;
import org.rjkit.samples.rulebook.json.Nearest;

/**
 * Reads a rule book document (GitHub-flavoured Markdown, see {@code docs/rulebook.md}). The
 * structure it reads: a {@code #} title; a {@code - Programme: `id`} (or {@code - Level:
 * contract}) line; description paragraphs ({@code *En français :*} starts the French one); a
 * {@code ## Starting case} section holding a {@code ```json} request (or a link to a
 * {@code .json} file); {@code ### RULE-ID} headings with a {@code **Policy.**} line; and tables
 * whose header names their columns. Everything else is prose for people.
 */
public final class RuleBookParser {

  /** The columns a table may have. */
  enum Column {
    SCENARIO("scenario"), CHANGES("changes"), OUTCOME("outcome"), NOT_MET("rules not met"),
    REASONS("reasons say"), DOCUMENT("document"), REJECTED_AT("rejected at");

    final String header;

    Column(String header) {
      this.header = header;
    }
  }

  private static final Pattern PROGRAMME = Pattern.compile("^- Programme: `([^`]+)`\\s*$");
  private static final Pattern LEVEL = Pattern.compile("^- Level: (\\S+)\\s*$");
  private static final Pattern SEPARATOR = Pattern.compile("^\\|?(\\s*:?-{3,}:?\\s*\\|)+\\s*:?-*:?\\s*\\|?\\s*$");
  private static final Pattern CODE_SPAN = Pattern.compile("`([^`]*)`");
  private static final Pattern STATUS = Pattern.compile("([A-Z0-9-]+)\\s*=\\s*([A-Za-z_]+)");
  private static final Pattern REASON =
      Pattern.compile("([A-Z0-9-]+)\\s*(?:\\((en|fr)\\))?\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern LINK_JSON = Pattern.compile("\\]\\(([^)]+\\.json)\\)");
  private static final String FRENCH = "*En français :*";
  private static final String POLICY = "**Policy.**";
  private static final String STARTING_CASE = "Starting case";

  private RuleBookParser() {}

  /**
   * Parses a document.
   *
   * @param file the file, not null
   * @param source the document as shown in messages, not null
   * @return the document
   * @throws RuleBookException naming the line of the first mistake
   */
  public static RuleBook parse(Path file, String source) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RuleBookException(source, 0,
          Message.of("rulebook.error.unreadable", e.getClass().getSimpleName()));
    }
    return new RuleBookParser.State(file, source, lines).parse();
  }

  private static final class State {
    final Path file;
    final String source;
    final List<String> lines;
    String title;
    Optional<String> programme = Optional.empty();
    RuleBook.Kind kind;
    final StringBuilder en = new StringBuilder();
    final StringBuilder fr = new StringBuilder();
    String startingCase;
    int startingCaseLine;
    final StringBuilder prose = new StringBuilder();
    final List<Section> sections = new ArrayList<>();
    // the section being read
    int sectionLine;
    String heading;
    Optional<String> ruleId = Optional.empty();
    Optional<String> policy = Optional.empty();
    int policyLine;
    List<Row> rows = new ArrayList<>();
    boolean inPreamble = true;
    boolean inStartingCase;

    State(Path file, String source, List<String> lines) {
      this.file = file;
      this.source = source;
      this.lines = lines;
    }

    RuleBookException error(int line, String key, Object... arguments) {
      return new RuleBookException(source, line, Message.of("rulebook.error." + key, arguments));
    }

    RuleBookException error(int line, Message message) {
      return new RuleBookException(source, line, message);
    }

    RuleBook parse() {
      int i = 0;
      while (i < lines.size()) {
        String line = lines.get(i);
        int number = i + 1;
        String t = line.strip();
        if (t.startsWith("```")) {
          int end = i + 1;
          while (end < lines.size() && !lines.get(end).strip().startsWith("```")) {
            end++;
          }
          if (end >= lines.size()) {
            throw error(number, "unclosedCode");
          }
          if (inStartingCase && startingCase == null && t.substring(3).strip().equals("json")) {
            startingCase = String.join("\n", lines.subList(i + 1, end));
            startingCaseLine = number;
          }
          i = end + 1;
          continue;
        }
        if (t.startsWith("# ") && title == null) {
          title = t.substring(2).strip();
        } else if (t.startsWith("## ") || t.startsWith("### ")) {
          closeSection();
          inPreamble = false;
          heading = t.substring(t.indexOf(' ') + 1).strip();
          sectionLine = number;
          inStartingCase = t.startsWith("## ") && heading.equals(STARTING_CASE);
          String first = heading.split("[\\s—:]+")[0];
          ruleId = t.startsWith("### ") && first.contains("-") && Rule.ID.matcher(first).matches()
              ? Optional.of(first) : Optional.empty();
        } else if (t.startsWith("|")) {
          i = table(i);
          continue;
        } else if (inPreamble) {
          preamble(t, number);
        } else if (t.startsWith(POLICY)) {
          if (ruleId.isEmpty()) {
            throw error(number, "policyOutsideRule");
          }
          policy = Optional.of(t.substring(POLICY.length()).strip());
          policyLine = number;
        } else if (inStartingCase && !t.isEmpty()) {
          Matcher link = LINK_JSON.matcher(t);
          if (startingCase == null && link.find()) {
            startingCase = readLinked(link.group(1), number);
            startingCaseLine = number;
          } else {
            prose.append(prose.length() > 0 ? " " : "").append(t);
          }
        }
        i++;
      }
      closeSection();
      if (title == null) {
        throw error(1, "noTitle");
      }
      if (kind == null) {
        throw error(1, "noKind");
      }
      if (startingCase == null) {
        throw error(0, "noStartingCase");
      }
      return new RuleBook(file, source, kind, title, programme,
          LocalizedText.of(en.toString().strip().isEmpty() ? title : en.toString().strip(),
              fr.toString().strip().isEmpty() ? title : fr.toString().strip()),
          startingCase, startingCaseLine, prose.toString(), sections);
    }

    void preamble(String t, int number) {
      Matcher m = PROGRAMME.matcher(t);
      Matcher level = LEVEL.matcher(t);
      if (m.matches()) {
        programme = Optional.of(m.group(1));
        kind = RuleBook.Kind.PROGRAMME;
      } else if (level.matches()) {
        if (!level.group(1).equals("contract")) {
          throw error(number, "badLevel");
        }
        kind = RuleBook.Kind.CONTRACT;
      } else if (t.startsWith(FRENCH)) {
        fr.append(t.substring(FRENCH.length()).strip()).append(' ');
      } else if (t.startsWith("- ") || t.startsWith("#")) {
        return;
      } else if (t.isEmpty()) {
        if (fr.length() == 0 && en.length() > 0) {
          en.append("\n\n");
        }
      } else if (fr.length() > 0) {
        fr.append(t).append(' ');
      } else {
        en.append(t).append(' ');
      }
    }

    String readLinked(String relative, int number) {
      Path target = file.resolveSibling(relative).normalize();
      try {
        return Files.readString(target, StandardCharsets.UTF_8);
      } catch (IOException | UncheckedIOException e) {
        throw error(number, "startingCaseUnreadable", relative);
      }
    }

    void closeSection() {
      if (heading != null && (ruleId.isPresent() || !rows.isEmpty())) {
        sections.add(new Section(sectionLine, heading, ruleId, policy, policyLine, rows));
      }
      heading = null;
      ruleId = Optional.empty();
      policy = Optional.empty();
      policyLine = 0;
      rows = new ArrayList<>();
    }

    /** Reads a table starting at line index {@code start}; returns the index after it. */
    int table(int start) {
      if (start + 1 >= lines.size() || !SEPARATOR.matcher(lines.get(start + 1).strip()).matches()) {
        throw error(start + 1, "tableWithoutHeader");
      }
      if (heading == null) {
        throw error(start + 1, "tableWithoutHeading");
      }
      List<String> header = cells(lines.get(start));
      List<Column> columns = new ArrayList<>();
      for (String h : header) {
        String name = h.toLowerCase(Locale.ROOT).strip();
        Column column = null;
        for (Column c : Column.values()) {
          if (c.header.equals(name)) {
            column = c;
          }
        }
        if (column == null) {
          List<String> names = new ArrayList<>();
          for (Column c : Column.values()) {
            names.add(c.header);
          }
          throw error(start + 1, "unknownColumn", h.strip(), Nearest.hint(name, names));
        }
        columns.add(column);
      }
      boolean contract = columns.contains(Column.DOCUMENT);
      for (Column required : contract
          ? List.of(Column.SCENARIO, Column.CHANGES, Column.DOCUMENT)
          : List.of(Column.SCENARIO, Column.CHANGES, Column.OUTCOME, Column.NOT_MET)) {
        if (!columns.contains(required)) {
          throw error(start + 1, "missingColumn", required.header);
        }
      }
      if (contract != (kind == RuleBook.Kind.CONTRACT)) {
        throw error(start + 1, contract ? "contractTable" : "contractColumns");
      }
      int i = start + 2;
      while (i < lines.size() && lines.get(i).strip().startsWith("|")) {
        rows.add(row(columns, cells(lines.get(i)), i + 1));
        i++;
      }
      return i;
    }

    Row row(List<Column> columns, List<String> cells, int number) {
      if (cells.size() != columns.size()) {
        throw error(number, "cellCount", cells.size(), columns.size());
      }
      String scenario = "";
      List<Change> changes = List.of();
      Outcome outcome = null;
      List<ExpectedStatus> notMet = List.of();
      List<ReasonWords> reasons = List.of();
      Boolean accepted = null;
      List<String> rejectedAt = List.of();
      for (int c = 0; c < columns.size(); c++) {
        String cell = cells.get(c).strip();
        switch (columns.get(c)) {
          case SCENARIO -> scenario = cell;
          case CHANGES -> changes = changes(cell, number);
          case OUTCOME -> outcome = outcome(cell, number);
          case NOT_MET -> notMet = statuses(cell, number);
          case REASONS -> reasons = reasons(cell, number);
          case DOCUMENT -> accepted = document(cell, number);
          case REJECTED_AT -> rejectedAt = items(cell);
        }
      }
      if (scenario.isEmpty()) {
        throw error(number, "noScenario");
      }
      if (accepted != null) {
        if (accepted && !rejectedAt.isEmpty()) {
          throw error(number, "acceptedRejectedAt");
        }
        if (!accepted && rejectedAt.isEmpty()) {
          throw error(number, "rejectedWithoutPaths");
        }
        return new Row(number, scenario, changes, new Contract(accepted, rejectedAt));
      }
      return new Row(number, scenario, changes, new Screening(outcome, notMet, reasons));
    }

    List<Change> changes(String cell, int number) {
      List<Change> out = new ArrayList<>();
      for (String item : items(cell)) {
        try {
          out.add(Change.parse(item));
        } catch (ChangeException e) {
          throw error(number, e.message());
        }
      }
      return out;
    }

    Outcome outcome(String cell, int number) {
      String v = unquote(cell);
      for (Outcome o : Outcome.values()) {
        if (o.name().equals(v)) {
          return o;
        }
      }
      List<String> names = new ArrayList<>();
      for (Outcome o : Outcome.values()) {
        names.add(o.name());
      }
      throw v.isEmpty() ? error(number, "emptyOutcome", Nearest.hint(v, names))
        : error(number, "notAnOutcome", v, Nearest.hint(v, names));
    }

    List<ExpectedStatus> statuses(String cell, int number) {
      List<ExpectedStatus> out = new ArrayList<>();
      for (String item : items(cell)) {
        Matcher m = STATUS.matcher(item);
        if (!m.matches()) {
          throw error(number, "statusGrammar");
        }
        RuleStatus status = null;
        for (RuleStatus s : RuleStatus.values()) {
          if (s.name().equals(m.group(2))) {
            status = s;
          }
        }
        List<String> valid = List.of("NOT_MET", "UNKNOWN", "REVIEW");
        if (status == null || status == RuleStatus.MET) {
          throw error(number, status == RuleStatus.MET ? "metListed" : "notAStatus",
              m.group(2), Nearest.hint(m.group(2), valid, "status"));
        }
        out.add(new ExpectedStatus(m.group(1), status));
      }
      return out;
    }

    List<ReasonWords> reasons(String cell, int number) {
      List<ReasonWords> out = new ArrayList<>();
      for (String item : items(cell)) {
        Matcher m = REASON.matcher(item);
        if (!m.matches()) {
          throw error(number, "reasonGrammar");
        }
        Language language = "fr".equals(m.group(2)) ? Language.FR : Language.EN;
        out.add(new ReasonWords(m.group(1), language, m.group(3)));
      }
      return out;
    }

    Boolean document(String cell, int number) {
      String v = unquote(cell);
      return switch (v) {
        case "accepted" -> true;
        case "rejected" -> false;
        default -> throw error(number, "documentColumn",
            Nearest.hint(v, List.of("accepted", "rejected")));
      };
    }
  }

  /** A cell's items: its code spans, or else its text split on semicolons. */
  static List<String> items(String cell) {
    List<String> out = new ArrayList<>();
    if (isNone(cell)) {
      return out;
    }
    Matcher m = CODE_SPAN.matcher(cell);
    boolean any = false;
    while (m.find()) {
      any = true;
      if (!m.group(1).isBlank()) {
        out.add(m.group(1).strip());
      }
    }
    if (!any) {
      for (String part : cell.split(";|<br>")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  static boolean isNone(String cell) {
    String v = unquote(cell);
    return v.isEmpty() || v.equals("-") || v.equals("—") || v.equals("none");
  }

  static String unquote(String cell) {
    String v = cell.strip();
    if (v.length() >= 2 && v.startsWith("`") && v.endsWith("`")) {
      v = v.substring(1, v.length() - 1).strip();
    }
    return v;
  }

  /** Splits a table line on unescaped pipes; {@code \|} is a pipe inside a cell. */
  static List<String> cells(String line) {
    String t = line.strip();
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\\' && i + 1 < t.length() && t.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    // a leading and a trailing pipe leave an empty first and last piece
    if (!out.isEmpty() && out.get(0).isBlank() && t.startsWith("|")) {
      out.remove(0);
    }
    if (!out.isEmpty() && out.get(out.size() - 1).isBlank() && t.endsWith("|")
        && !t.endsWith("\\|")) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
