package org.rjkit.samples.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.language.Language;
import org.rjkit.eligibility.screening.Eligibility;
import org.rjkit.samples.rulebook.RuleBook.Row;
import org.rjkit.samples.rulebook.RuleBook.Section;
import org.rjkit.samples.rulebook.json.Change;
import org.rjkit.samples.rulebook.json.ChangeException;

/**
 * The rule book's diagnostics are keys of its bundle: a mistake reads in English exactly as
 * {@link RuleBookException#getMessage()} and in French with the same place; the report of a
 * failing row follows the language; the bundle has the same keys in English and in French.
 */
class RuleBookLanguagesTest {

  @TempDir
  Path dir;

  static final String HEADER = "| Scenario | Changes | Outcome | Rules not met | Reasons say |\n"
      + "|---|---|---|---|---|\n";

  private Path withRow(String row) throws IOException {
    String base = Files.readString(RuleBookTest.dir().resolve("nz-sentencing-act-s24a.md"),
        StandardCharsets.UTF_8);
    Path file = dir.resolve("nz-sentencing-act-s24a.md");
    Files.writeString(file, base + "\n## Mistakes\n\n" + HEADER + row + "\n",
        StandardCharsets.UTF_8);
    return file;
  }

  private RowResult runLast(Path file) {
    RuleBook book = RuleBooks.load(file, Eligibility.screener().registry());
    Section section = book.sections().get(book.sections().size() - 1);
    Row row = section.rows().get(section.rows().size() - 1);
    return new RuleBookRunner(Eligibility.screener()).run(book, section, row);
  }

  private String where() {
    return dir.getFileName() + "/nz-sentencing-act-s24a.md:";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      an unknown outcome | ELIGABLE   | none                              | pas un résultat : « ELIGABLE » ; nom valide le plus proche : « ELIGIBLE » (noms valides : « ELIGIBLE », « INELIGIBLE », « NEEDS_INFORMATION », « MANUAL_REVIEW »)
      an unknown rule    | INELIGIBLE | `NZ-S24A-DISTRICT-CORT = NOT_MET` | aucune règle « NZ-S24A-DISTRICT-CORT » dans le programme ; nom valide le plus proche : « NZ-S24A-DISTRICT-COURT »
      a status MET       | INELIGIBLE | `NZ-S24A-VICTIM = MET`            | les règles « MET » ne sont pas énumérées : « MET »
      a status misspelt  | INELIGIBLE | `NZ-S24A-VICTIM = NOTMET`         | pas un statut : « NOTMET » ; statut valide le plus proche : « NOT_MET »
      a status left out  | INELIGIBLE | `NZ-S24A-VICTIM`                  | écrivez chaque règle non remplie sous la forme « RULE-ID = STATUS »
      """)
  void a_mistake_of_the_document_reads_in_french_at_the_same_place(String what, String outcome,
      String notMet, String french) throws IOException {
    Path file = withRow("| " + what + " | `case.court = HIGH_COURT` | " + outcome + " | "
        + notMet + " | |");
    RuleBookException e = assertThrows(RuleBookException.class,
        () -> RuleBooks.load(file, Eligibility.screener().registry()));
    assertEquals(e.getMessage(), e.in(Language.EN));
    assertTrue(e.message().key().startsWith("rulebook."), e.message().key());
    String place = e.getMessage().substring(0, e.getMessage().indexOf(": ") + 2);
    assertTrue(place.startsWith(where()), place);
    String text = e.in(Language.FR);
    assertTrue(text.startsWith(place), text);
    assertTrue(text.contains(french), text);
    assertNotEquals(e.getMessage(), text);
  }

  @Test
  void a_grammar_mistake_of_a_row_reads_in_french() throws IOException {
    RowResult result = runLast(withRow("| an unknown field | `case.cort = HIGH_COURT` | ELIGIBLE"
        + " | none | |"));
    String english = result.documentError().orElseThrow();
    String french = result.documentProblem().orElseThrow().in(Language.FR);
    assertEquals(english.substring(0, english.indexOf(": ") + 2),
        french.substring(0, french.indexOf(": ") + 2));
    assertTrue(french.contains("champ inconnu « cort » de « case » ; nom valide le plus proche :"
        + " « court »"), french);
    assertTrue(RuleBookRunner.report(result, Language.FR).contains("  erreur :        "
        + french + "\n"), RuleBookRunner.report(result, Language.FR));
  }

  @Test
  void the_report_of_a_failing_row_follows_the_language() throws IOException {
    RowResult result = runLast(withRow("| the High Court, said to be eligible"
        + " | `case.court = HIGH_COURT` | ELIGIBLE | none | |"));
    assertFalse(result.passes());
    assertEquals(RuleBookRunner.report(result), RuleBookRunner.report(result, Language.EN));
    String french = RuleBookRunner.report(result, Language.FR);
    assertTrue(french.contains(": la ligne « the High Court, said to be eligible » échoue\n"),
        french);
    assertTrue(french.contains("  écart :         résultat : attendu « ELIGIBLE », obtenu"
        + " « INELIGIBLE »\n"), french);
    assertEquals(List.of("résultat : attendu « ELIGIBLE », obtenu « INELIGIBLE »",
        "règles non remplies : attendu (toutes les règles sont remplies), obtenu"
            + " « [NZ-S24A-DISTRICT-COURT = NOT_MET] »"), result.mismatches(Language.FR));
  }

  @Test
  void a_change_that_is_not_of_the_grammar_reads_in_french() {
    ChangeException e = assertThrows(ChangeException.class,
        () -> Change.parse("case.court HIGH_COURT"));
    assertEquals("not a change: write `path = value` or `remove path` (such as case.stage ="
        + " POST_CHARGE)", e.getMessage());
    assertEquals("pas une modification : écrivez « path = value » ou « remove path » (par"
        + " exemple « case.stage = POST_CHARGE »)", e.message().in(Language.FR));
  }

  @Test
  void the_bundle_has_the_same_keys_in_english_and_in_french() throws IOException {
    Set<String> english = keys("org/rjkit/samples/rulebook/messages.properties");
    Set<String> french = keys("org/rjkit/samples/rulebook/messages_fr.properties");
    assertTrue(english.size() > 100, "the diagnostics are in the bundle");
    assertEquals(english, french);
  }

  private static Set<String> keys(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = RuleBookLanguagesTest.class.getClassLoader()
        .getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(p.stringPropertyNames());
  }
}
