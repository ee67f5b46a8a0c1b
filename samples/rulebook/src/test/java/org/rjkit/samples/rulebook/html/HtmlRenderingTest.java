package org.rjkit.samples.rulebook.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rjkit.core.language.Language;
import org.rjkit.eligibility.screening.Eligibility;
import org.rjkit.samples.rulebook.RuleBook;
import org.rjkit.samples.rulebook.RuleBookRunner;
import org.rjkit.samples.rulebook.RuleBooks;

/**
 * The build renders the rule book in English and French (into {@code target/rulebook/en} and
 * {@code target/rulebook/fr}) and checks what a reader sees.
 */
class HtmlRenderingTest {

  static List<RuleBook> books() {
    Path dir = Path.of(System.getProperty("rjkit.rulebook.dir", "../../rulebook"));
    List<RuleBook> books = new ArrayList<>();
    for (Path f : RuleBooks.files(dir)) {
      books.add(RuleBooks.load(f, Eligibility.screener().registry()));
    }
    return books;
  }

  static HtmlRenderer.Summary render(Language language) {
    return new HtmlRenderer(language, new RuleBookRunner(Eligibility.screener()),
        Eligibility.screener().registry())
        .render(books(), Path.of("target", "rulebook", language.tag()));
  }

  static String page(Language language, String name) throws IOException {
    return Files.readString(Path.of("target", "rulebook", language.tag(), name),
        StandardCharsets.UTF_8);
  }

  @Test
  void the_english_rule_book_shows_rules_citations_reasons_and_results() throws IOException {
    HtmlRenderer.Summary summary = render(Language.EN);
    assertEquals(0, summary.failing());
    assertEquals(books().stream().mapToInt(b -> b.rows().size()).sum(), summary.rows());
    assertEquals(books().size() + 1, summary.pages().size());
    String index = page(Language.EN, "index.html");
    assertTrue(index.contains("<html lang=\"en\">"), index);
    assertTrue(index.contains("href=\"ca-csc-restorative-opportunities.html\""), index);
    String csc = page(Language.EN, "ca-csc-restorative-opportunities.html");
    assertTrue(csc.contains("<h3 id=\"CSC-RO-FEDERAL-SENTENCE\">"), "a rule's heading");
    assertTrue(csc.contains("<a href=\"https://laws-lois.justice.gc.ca/eng/acts/C-46/"
        + "section-743.1.html\">Criminal Code (Canada), s. 743.1</a>"), "a citation as a link");
    assertTrue(csc.contains("<code>case.sentences[S1].term = P2Y-1D</code>"), "a change");
    assertTrue(csc.contains("<strong>INELIGIBLE</strong>"), "an outcome");
    assertTrue(csc.contains("<code>CSC-RO-FEDERAL-SENTENCE</code> not met"), "a status");
    assertTrue(csc.contains("class=\"pass\">passes</td>"), "a passing row");
    assertFalse(csc.contains("class=\"fail\""), "no failing row");
    String contract = page(Language.EN, "interchange-contract.html");
    assertTrue(contract.contains("rejected at $.case.sentences[0].term"), contract);
  }

  @Test
  void the_french_rule_book_is_in_french_with_the_decisions_french_reasons() throws IOException {
    HtmlRenderer.Summary summary = render(Language.FR);
    assertEquals(0, summary.failing());
    String index = page(Language.FR, "index.html");
    assertTrue(index.contains("<html lang=\"fr\">"), index);
    assertTrue(index.contains("Le recueil des règles de rjkit"), index);
    String csc = page(Language.FR, "ca-csc-restorative-opportunities.html");
    assertTrue(csc.contains("Possibilités de justice réparatrice"), "the French name");
    assertTrue(csc.contains("<strong>NON ADMISSIBLE</strong>"), "a French outcome");
    assertTrue(csc.contains("non remplie"), "a French status");
    assertTrue(csc.contains("class=\"pass\">réussi</td>"), "a French result");
    assertTrue(csc.contains("Phase d&#39;admissibilité") || csc.contains("Phase d'admissibilité"),
        "a French phase");
    for (String english : List.of(">passes<", ">Scenario<", "ELIGIBLE</strong>",
        ">Starting case<", "every rule met")) {
      assertFalse(csc.contains(english), "English page text in French output: " + english);
    }
    // the reasons are the decision's own French reasons
    String frenchReason = Eligibility.screen(RuleBooks.startingRequest(books().get(0)))
        .rules().get(0).reason().in(Language.FR);
    assertFalse(frenchReason.isBlank());
    assertTrue(page(Language.FR, books().get(0).file().getFileName().toString()
        .replace(".md", ".html")).contains("lang=\"fr\""));
  }

  @Test
  void html_is_escaped() {
    assertEquals("a &lt;b&gt; &amp; &quot;c&quot;", HtmlRenderer.esc("a <b> & \"c\""));
  }
}
