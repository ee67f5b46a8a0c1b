package org.rjkit.samples.rulebook.html;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.Language;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.RuleSetVersion;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.eligibility.rule.Rule;
import org.rjkit.samples.rulebook.RowResult;
import org.rjkit.samples.rulebook.RuleBook;
import org.rjkit.samples.rulebook.RuleBook.Contract;
import org.rjkit.samples.rulebook.RuleBook.ExpectedStatus;
import org.rjkit.samples.rulebook.RuleBook.Row;
import org.rjkit.samples.rulebook.RuleBook.Screening;
import org.rjkit.samples.rulebook.RuleBook.Section;
import org.rjkit.samples.rulebook.RuleBookRunner;
import org.rjkit.samples.rulebook.RuleBooks;

/**
 * Renders rule books as HTML pages for people who do not use a code host: an index, and per
 * document its description and sources, its starting case, each rule with its policy sentence
 * and citations as links (from the programme's code, in the chosen language), and each table
 * with the decision's reasons in that language and whether the row passes. The page texts come
 * from the {@code messages} bundle of this package; the scenarios are shown as the rule book
 * states them. Immutable.
 */
public final class HtmlRenderer {

  /** What a rendering produced. */
  public record Summary(int rows, int failing, List<Path> pages) {}

  private static final String STARTING_CASE = "Starting case";
  private static final String SEVERAL = "Several rules at once";

  private final Language language;
  private final RuleBookRunner runner;
  private final ProgrammeRegistry registry;
  private final ResourceBundle messages;
  private final Locale locale;

  /**
   * @param language the language of the pages, not null
   * @param runner runs the rows, not null
   * @param registry the programmes the documents describe, not null
   */
  public HtmlRenderer(Language language, RuleBookRunner runner, ProgrammeRegistry registry) {
    this.language = checkNotNull(language, "language");
    this.runner = checkNotNull(runner, "runner");
    this.registry = checkNotNull(registry, "registry");
    this.locale = Locale.forLanguageTag(language.tag());
    this.messages = ResourceBundle.getBundle("org.rjkit.samples.rulebook.html.messages", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private String t(String key, Object... args) {
    String pattern = messages.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /**
   * Renders documents into a folder: {@code index.html} and one page per document.
   *
   * @param books the documents, not null
   * @param out the folder, created if needed, not null
   * @return how many rows were run and how many fail
   * @throws UncheckedIOException if a page cannot be written
   */
  public Summary render(List<RuleBook> books, Path out) {
    List<Path> pages = new ArrayList<>();
    int rows = 0;
    int failing = 0;
    StringBuilder index = new StringBuilder();
    index.append(head(t("index.title")));
    index.append("<p class=\"lang\"><a href=\"").append(esc(t("language.otherFile"))).append("\">")
        .append(esc(t("language.other"))).append("</a></p>\n");
    index.append("<h1>").append(esc(t("index.title"))).append("</h1>\n<p>")
        .append(esc(t("index.intro"))).append("</p>\n<table>\n<tr><th>")
        .append(esc(t("index.programme"))).append("</th><th>").append(esc(t("index.rows")))
        .append("</th><th>").append(esc(t("index.passing"))).append("</th></tr>\n");
    try {
      Files.createDirectories(out);
      for (RuleBook book : books) {
        List<RowResult> results = new ArrayList<>();
        for (Section s : book.sections()) {
          for (Row r : s.rows()) {
            results.add(runner.run(book, s, r));
          }
        }
        int fails = (int) results.stream().filter(r -> !r.passes()).count();
        rows += results.size();
        failing += fails;
        String name = book.file().getFileName().toString().replaceFirst("\\.md$", ".html");
        Path page = out.resolve(name);
        Files.writeString(page, page(book, results), StandardCharsets.UTF_8);
        pages.add(page);
        index.append("<tr><td><a href=\"").append(esc(name)).append("\">")
            .append(esc(title(book))).append("</a></td><td>").append(results.size())
            .append("</td><td class=\"").append(fails == 0 ? "pass" : "fail").append("\">")
            .append(results.size() - fails).append("</td></tr>\n");
      }
      index.append("</table>\n<p>").append(esc(t("summary", rows, rows - failing, failing)))
          .append("</p>\n</body>\n</html>\n");
      Path indexPage = out.resolve("index.html");
      Files.writeString(indexPage, index.toString(), StandardCharsets.UTF_8);
      pages.add(0, indexPage);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Summary(rows, failing, List.copyOf(pages));
  }

  private Optional<Programme> programme(RuleBook book) {
    return book.programme().flatMap(id -> registry.all().stream()
        .filter(p -> p.id().value().equals(id)).findFirst());
  }

  private String title(RuleBook book) {
    if (book.kind() == RuleBook.Kind.CONTRACT) {
      return t("index.contract");
    }
    return programme(book).map(p -> p.name().in(language)).orElse(book.title());
  }

  private String page(RuleBook book, List<RowResult> results) {
    StringBuilder b = new StringBuilder(head(title(book)));
    b.append("<p><a href=\"index.html\">").append(esc(t("programme.back"))).append("</a></p>\n");
    b.append("<h1>").append(esc(title(book))).append("</h1>\n");
    Optional<Programme> programme = programme(book);
    Optional<RuleSetVersion> version = Optional.empty();
    if (programme.isPresent()) {
      Programme p = programme.get();
      b.append("<p>").append(esc(t("programme.id"))).append(": <code>").append(esc(p.id().value()))
          .append("</code></p>\n<ul>\n");
      for (RuleSetVersion v : p.versions()) {
        b.append("<li>").append(esc(t("programme.ruleSet", v.version(), v.effectiveFrom())))
            .append("</li>\n");
      }
      b.append("</ul>\n");
      ScreeningRequest start = RuleBooks.startingRequest(book);
      version = Optional.of(p.versionOn(start.asOf()));
    }
    b.append("<p>").append(esc(book.description().in(language))).append("</p>\n");
    if (version.isPresent()) {
      b.append("<h2>").append(esc(t("programme.sources"))).append("</h2>\n<ul>\n");
      List<String> seen = new ArrayList<>();
      for (Rule r : version.get().rules()) {
        for (Citation c : r.citations()) {
          String html = citation(c);
          if (!seen.contains(html)) {
            seen.add(html);
            b.append("<li>").append(html).append("</li>\n");
          }
        }
      }
      b.append("</ul>\n");
    }
    b.append("<h2>").append(esc(t("programme.startingCase"))).append("</h2>\n");
    if (!book.startingCaseProse().isEmpty()) {
      b.append("<p lang=\"en\">").append(esc(book.startingCaseProse())).append("</p>\n");
    }
    b.append("<p>").append(esc(t("programme.startingCaseNote"))).append("</p>\n<pre>")
        .append(esc(book.startingCase())).append("</pre>\n");
    b.append("<p class=\"note\">").append(esc(t("programme.authorLanguage"))).append("</p>\n");
    Optional<RuleSetVersion> inForce = version;
    for (Section s : book.sections()) {
      List<RowResult> mine = results.stream().filter(r -> r.section().equals(s)).toList();
      Optional<Rule> rule = s.ruleId().flatMap(id -> inForce.flatMap(v -> v.rules().stream()
          .filter(r -> r.id().equals(id)).findFirst()));
      if (rule.isPresent()) {
        Rule r = rule.get();
        b.append("<h3 id=\"").append(esc(r.id())).append("\">").append(esc(r.id())).append("</h3>\n");
        b.append("<p class=\"policy\">").append(esc(r.policy().in(language))).append("</p>\n");
        List<String> cites = new ArrayList<>();
        r.citations().forEach(c -> cites.add(citation(c)));
        b.append("<p>").append(esc(t("programme.phase." + r.phase().name()))).append(". ")
            .append(esc(t("programme.cites"))).append(": ").append(String.join("; ", cites));
        if (!r.catalogueRows().isEmpty()) {
          b.append(". ").append(esc(t("programme.catalogue"))).append(": ")
              .append(esc(String.join(", ", r.catalogueRows())));
        }
        b.append(".</p>\n");
      } else if (!s.heading().equals(STARTING_CASE)) {  // its heading is above
        if (s.heading().equals(SEVERAL)) {
          b.append("<h3>").append(esc(t("programme.several"))).append("</h3>\n");
        } else {
          b.append("<h3 lang=\"en\">").append(esc(s.heading())).append("</h3>\n");
        }
      }
      if (mine.isEmpty()) {
        b.append("<p>").append(esc(t("programme.noExample"))).append("</p>\n");
      } else {
        table(b, mine);
      }
    }
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  private void table(StringBuilder b, List<RowResult> rows) {
    b.append("<table>\n<tr><th>").append(esc(t("column.scenario"))).append("</th><th>")
        .append(esc(t("column.changes"))).append("</th><th>").append(esc(t("column.expected")))
        .append("</th><th>").append(esc(t("column.actual"))).append("</th><th>")
        .append(esc(t("column.reasons"))).append("</th><th>").append(esc(t("column.result")))
        .append("</th></tr>\n");
    for (RowResult r : rows) {
      Row row = r.row();
      b.append("<tr id=\"line-").append(row.line()).append("\"><td lang=\"en\">")
          .append(esc(row.scenario())).append("</td><td>");
      if (row.changes().isEmpty()) {
        b.append(esc(t("row.none")));
      } else {
        List<String> changes = new ArrayList<>();
        row.changes().forEach(c -> changes.add("<code>" + esc(c.text()) + "</code>"));
        b.append(String.join("<br>", changes));
      }
      b.append("</td><td>").append(expected(row)).append("</td><td>");
      r.decision().ifPresent(d -> b.append(decided(d)));
      if (row.expected() instanceof Contract) {
        b.append(r.inputErrors().isEmpty() ? esc(t("row.accepted"))
            : esc(t("row.rejected", String.join(", ", r.inputErrors().stream()
                .map(e -> e.path()).distinct().toList()))));
      }
      b.append("</td><td>");
      r.decision().ifPresent(d -> b.append(reasons(d, row)));
      if (!r.inputErrors().isEmpty()) {
        List<String> errors = new ArrayList<>();
        r.inputErrors().forEach(e -> errors.add(esc(e.path() + " " + e.message(language))));
        b.append("<span>").append(String.join("<br>", errors)).append("</span>");
      }
      r.documentProblem().ifPresent(e -> b.append("<span>").append(esc(e.in(language)))
          .append("</span>"));
      b.append("</td><td class=\"").append(r.passes() ? "pass" : "fail").append("\">")
          .append(esc(r.passes() ? t("row.pass") : r.documentError().isPresent()
              ? t("row.error") : t("row.fail"))).append("</td></tr>\n");
    }
    b.append("</table>\n");
  }

  private String expected(Row row) {
    if (row.expected() instanceof Screening s) {
      return outcome(s.outcome()) + "<br>" + statuses(s.notMet());
    }
    Contract c = (Contract) row.expected();
    return esc(c.accepted() ? t("row.accepted") : t("row.rejected", String.join(", ",
        c.rejectedAt())));
  }

  private String decided(Decision d) {
    return outcome(d.outcome()) + "<br>" + statuses(RuleBookRunner.notMet(d));
  }

  private String outcome(Outcome o) {
    return "<strong>" + esc(t("outcome." + o.name())) + "</strong>";
  }

  private String statuses(List<ExpectedStatus> statuses) {
    if (statuses.isEmpty()) {
      return esc(t("row.allMet"));
    }
    List<String> parts = new ArrayList<>();
    statuses.forEach(s -> parts.add("<code>" + esc(s.ruleId()) + "</code> "
        + esc(t("status." + s.status().name()))));
    return String.join("<br>", parts);
  }

  private String reasons(Decision d, Row row) {
    List<String> parts = new ArrayList<>();
    List<String> asked = row.expected() instanceof Screening s
        ? s.reasons().stream().map(w -> w.ruleId()).toList() : List.of();
    for (RuleResult r : d.rules()) {
      if (r.status() != RuleStatus.MET || asked.contains(r.ruleId())) {
        parts.add("<code>" + esc(r.ruleId()) + "</code>: " + esc(r.reason().in(language)));
      }
    }
    return String.join("<br>", parts);
  }

  private static String citation(Citation c) {
    String text = esc(c.instrument() + ", " + c.provision());
    return c.url().map(u -> "<a href=\"" + esc(u.toString()) + "\">" + text + "</a>").orElse(text);
  }

  private String head(String title) {
    return "<!DOCTYPE html>\n<html lang=\"" + language.tag() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>" + esc(title) + "</title>\n<style>\n"
        + "body{font-family:Georgia,serif;max-width:78em;margin:2em auto;padding:0 1em;line-height:1.4}\n"
        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:.3em .5em;"
        + "vertical-align:top;text-align:left}th{background:#eee}code,pre{font-size:.85em}\n"
        + "pre{background:#f6f6f6;padding:.5em;overflow:auto;max-height:30em}.policy{font-style:italic}\n"
        + ".pass{color:#0a6b0a;font-weight:bold}.fail{color:#b00020;font-weight:bold}\n"
        + ".note{color:#555;font-size:.9em}\n</style>\n</head>\n<body>\n";
  }

  /**
   * Escapes text for HTML.
   *
   * @param text not null
   * @return the text with {@code & < > "} escaped
   */
  static String esc(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
