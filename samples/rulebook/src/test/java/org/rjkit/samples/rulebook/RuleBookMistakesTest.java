package org.rjkit.samples.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.eligibility.screening.Eligibility;
import org.rjkit.samples.rulebook.RuleBook.Row;
import org.rjkit.samples.rulebook.RuleBook.Section;

/**
 * A rule book with mistakes: each fails with its file and line, and a grammar mistake names the
 * nearest valid name. The documents are the real New Zealand rule book with one more table.
 */
class RuleBookMistakesTest {

  @TempDir
  Path dir;

  static final String HEADER = "| Scenario | Changes | Outcome | Rules not met | Reasons say |\n"
      + "|---|---|---|---|---|\n";

  /** The NZ rule book with a table of one row appended; returns the row's line. */
  private Path withRow(String row) throws IOException {
    String base = Files.readString(RuleBookTest.dir().resolve("nz-sentencing-act-s24a.md"),
        StandardCharsets.UTF_8);
    Path file = dir.resolve("nz-sentencing-act-s24a.md");
    Files.writeString(file, base + "\n## Mistakes\n\n" + HEADER + row + "\n",
        StandardCharsets.UTF_8);
    return file;
  }

  private static int lastRowLine(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).startsWith("| ")) {
        return i + 1;
      }
    }
    throw new AssertionError("no row");
  }

  /** How the document is named in messages: its folder and file name. */
  private String where() {
    return dir.getFileName() + "/nz-sentencing-act-s24a.md:";
  }

  private RowResult runLast(Path file) {
    RuleBook book = RuleBooks.load(file, Eligibility.screener().registry());
    Section section = book.sections().get(book.sections().size() - 1);
    Row row = section.rows().get(section.rows().size() - 1);
    return new RuleBookRunner(Eligibility.screener()).run(book, section, row);
  }

  @Test
  void a_deliberately_broken_row_fails_with_its_line_the_statuses_and_the_reasons()
      throws IOException {
    Path file = withRow("| the High Court, said to be eligible | `case.court = HIGH_COURT` |"
        + " ELIGIBLE | none | |");
    RowResult result = runLast(file);
    assertFalse(result.passes());
    String report = RuleBookRunner.report(result);
    assertTrue(report.startsWith(where() + lastRowLine(file)
        + ": row \"the High Court, said to be eligible\" fails"), report);
    assertTrue(report.contains("expected: ELIGIBLE; (every rule MET)"), report);
    assertTrue(report.contains("actual:   INELIGIBLE; [NZ-S24A-DISTRICT-COURT = NOT_MET]"),
        report);
    assertTrue(report.contains("reason:   NZ-S24A-DISTRICT-COURT: "), report);
  }

  @Test
  void a_status_that_is_wrong_fails_even_when_the_rule_and_outcome_are_right() throws IOException {
    RowResult result = runLast(withRow("| no plea stated | `remove case.participants[P2].plea` |"
        + " NEEDS_INFORMATION | `NZ-S24A-GUILTY-PLEA = REVIEW` | |"));
    assertFalse(result.passes());
    assertEquals(List.of("rules not met: expected [NZ-S24A-GUILTY-PLEA = REVIEW], actual"
        + " [NZ-S24A-GUILTY-PLEA = UNKNOWN]"), result.mismatches());
  }

  @Test
  void reason_words_are_checked_in_the_language_given() throws IOException {
    RowResult english = runLast(withRow("| the High Court | `case.court = HIGH_COURT` |"
        + " INELIGIBLE | `NZ-S24A-DISTRICT-COURT = NOT_MET` |"
        + " `NZ-S24A-DISTRICT-COURT: \"no such words\"` |"));
    assertEquals(List.of("the English reason of NZ-S24A-DISTRICT-COURT does not say \"no such"
        + " words\""), english.mismatches());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      an unknown field              | `case.participants[P2].pleaa = GUILTY`            | unknown field pleaa of case.participants[P2]; nearest valid name: plea
      an unknown field of the case  | `case.cort = HIGH_COURT`                          | unknown field cort of case; nearest valid name: court
      a change that changes nothing | `case.court = DISTRICT_COURT`                     | case.court changes nothing: it already has that value
      a path that matches nothing   | `case.participants[P9].plea = GUILTY`             | case.participants[P9].plea matches nothing: no element case.participants[P9]; nearest valid name: P1
      removing what is absent       | `remove case.orders`                              | case.orders matches nothing: case.orders is already absent
      a value of the wrong type     | `case.priorRestorativeProcess = maybe`            | wrong type of value for case.priorRestorativeProcess: it must be true or false
      a value not in the list       | `case.stage = PRE_SENTENSE`                       | not a value of case.stage; nearest valid value: PRE_SENTENCE
      an unknown field in an object | `case.participants[+] = {"id":"P7","rol":"VICTIM"}` | unknown field rol of case.participants[+]; nearest valid name: role
      a request the reader rejects  | `requesterId = P9`                                | the changes make a request the reader rejects: $.requesterId names no participant of the case
      """)
  void a_grammar_mistake_fails_the_row_with_its_line_and_the_nearest_valid_name(String what,
      String change, String message) throws IOException {
    Path file = withRow("| " + what + " | " + change.replace("|", "\\|") + " | ELIGIBLE | none | |");
    RowResult result = runLast(file);
    assertFalse(result.passes());
    String error = result.documentError().orElseThrow();
    assertTrue(error.startsWith(where() + lastRowLine(file) + ": "),
        error);
    assertTrue(error.contains(message), error);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      an unknown outcome   | `case.court = HIGH_COURT` | ELIGABLE   | none                            | not an outcome: ELIGABLE; nearest valid name: ELIGIBLE
      an unknown rule      | `case.court = HIGH_COURT` | INELIGIBLE | `NZ-S24A-DISTRICT-CORT = NOT_MET` | no rule NZ-S24A-DISTRICT-CORT in the programme; nearest valid name: NZ-S24A-DISTRICT-COURT
      a status MET         | `case.court = HIGH_COURT` | INELIGIBLE | `NZ-S24A-VICTIM = MET`          | MET rules are not listed
      a status misspelt    | `case.court = HIGH_COURT` | INELIGIBLE | `NZ-S24A-VICTIM = NOTMET`       | not a status: NOTMET; nearest valid status: NOT_MET
      a status left out    | `case.court = HIGH_COURT` | INELIGIBLE | `NZ-S24A-VICTIM`                | write each rule not met as RULE-ID = STATUS
      not a change         | `case.court HIGH_COURT`   | INELIGIBLE | none                            | not a change: write `path = value` or `remove path`
      """)
  void a_mistake_in_a_row_fails_the_document_with_its_line(String what, String change,
      String outcome, String notMet, String message) throws IOException {
    Path file = withRow("| " + what + " | " + change + " | " + outcome + " | " + notMet + " | |");
    RuleBookException e = assertThrows(RuleBookException.class,
        () -> RuleBooks.load(file, Eligibility.screener().registry()));
    assertTrue(e.getMessage().startsWith(where() + lastRowLine(file) + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void a_policy_sentence_that_is_not_the_codes_fails_with_its_line() throws IOException {
    Path source = RuleBookTest.dir().resolve("nz-sentencing-act-s24a.md");
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    int policy = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("**Policy.**") && policy < 0) {
        policy = i;
        lines.set(i, "**Policy.** Any court will do.");
      }
    }
    Path file = dir.resolve("nz-sentencing-act-s24a.md");
    Files.write(file, lines, StandardCharsets.UTF_8);
    RuleBookException e = assertThrows(RuleBookException.class,
        () -> RuleBooks.load(file, Eligibility.screener().registry()));
    assertTrue(e.getMessage().contains(":" + (policy + 1) + ": the policy sentence of"),
        e.getMessage());
  }
}
