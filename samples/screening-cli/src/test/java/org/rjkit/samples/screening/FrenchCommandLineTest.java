package org.rjkit.samples.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Messages;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.process.confidentiality.RecipientKind;

/**
 * Issue 9 at the command line: every command of {@code ./rjkit}, run with {@code --lang fr},
 * prints French only. Each run's standard output and standard error are checked by
 * {@link FrenchOutput}: no English word of any module's English bundle, no enum constant name.
 * The tokens French output quotes on purpose (contract field names and values, JSON paths, rule,
 * case and programme ids, paths, the command line's own syntax, a vendor's English-only
 * provisions) are taken out by the narrow patterns {@link FrenchOutput} lists.
 *
 * <p>The runs: {@code screen} (text) on every folder of {@code samples/cases}, on
 * {@code samples/invalid}, and on {@code samples/programmes/requests} with the vendor's rule set;
 * {@code programmes} with and without it; {@code rulebook} and {@code conformance}; {@code
 * history check} and {@code history view} on a stored history, a tampered one and bad
 * arguments; usage and every argument error; file errors (missing, not UTF-8, a bad JSON Lines
 * line, a broken link, a rule-set document that is missing, not UTF-8 or invalid); an internal
 * error. The checker itself is shown to fail on English lines and on the English run.
 */
@DisplayName("The command line in French")
class FrenchCommandLineTest {

  static final Path SAMPLES = ScreeningCommandTest.SAMPLES;
  static final Path VENDOR = SAMPLES.resolve("programmes/community-mediation-example.json");
  static final Path BOOK = SAMPLES.resolve("../rulebook").normalize();

  @TempDir
  Path dir;

  private static final FrenchOutput CHECKER = new FrenchOutput(programmeIds(), vendorTexts(),
      Stream.of(RecipientKind.values()).map(Enum::name).toList());

  record Run(int status, String out, String err) {}

  static Run rjkit(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** Runs a command and returns its problems, each naming the command. */
  private static List<String> french(String... args) {
    Run run = rjkit(args);
    List<String> problems = new ArrayList<>();
    assertFalse(run.out().isBlank() && run.err().isBlank(),
        "the command prints something: " + String.join(" ", args));
    for (String p : CHECKER.problems(run.out() + "\n" + run.err())) {
      problems.add(String.join(" ", args) + ": " + p);
    }
    return problems;
  }

  @Test
  void screen_prints_every_sample_case_in_french() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Path> folders;
    try (Stream<Path> list = Files.list(SAMPLES.resolve("cases"))) {
      folders = list.filter(Files::isDirectory).sorted().toList();
    }
    assertEquals(6, folders.size(), "a folder per built-in programme");
    for (Path folder : folders) {
      Run run = rjkit("screen", "--lang", "fr", folder.toString());
      assertEquals(0, run.status(), run.err());
      assertTrue(run.out().contains("Demandes examinées : "), run.out());
      problems.addAll(french("screen", "--lang", "fr", folder.toString()));
    }
    problems.addAll(french("screen", "--lang", "fr", SAMPLES.resolve("invalid").toString()));
    problems.addAll(french("screen", "--lang", "fr", "--rule-set", VENDOR.toString(),
        SAMPLES.resolve("programmes/requests").toString()));
    assertEquals(List.of(), problems);
  }

  @Test
  void programmes_rulebook_and_conformance_print_french() {
    List<String> problems = new ArrayList<>();
    problems.addAll(french("programmes", "--lang", "fr"));
    problems.addAll(french("programmes", "--lang", "fr", "--rule-set", VENDOR.toString()));
    Run book = rjkit("rulebook", "--lang", "fr", "--book", BOOK.toString(), "--out",
        dir.resolve("book").toString());
    assertEquals(0, book.status(), book.err());
    problems.addAll(french("rulebook", "--lang", "fr", "--book", BOOK.toString(), "--out",
        dir.resolve("book").toString()));
    problems.addAll(french("conformance", "--lang", "fr", "--book", BOOK.toString(), "--out",
        dir.resolve("results.csv").toString()));
    problems.addAll(french("rulebook", "--lang", "fr", "--colour", "red"));
    problems.addAll(french("rulebook", "--lang", "fr", "--out"));
    problems.addAll(french("rulebook", "--lang", "fr", "--book", dir.resolve("none").toString()));
    problems.addAll(french("conformance", "--lang", "fr", "--book", BOOK.toString(), "--http",
        "ftp://x"));
    problems.addAll(french("conformance", "--lang", "fr", "--token", "t"));
    problems.addAll(french("conformance", "--lang", "fr", "--book", BOOK.toString(), "--cases",
        "x.jsonl"));
    assertEquals(List.of(), problems);
  }

  /** The rows of the broken rule books: each a mistake of the document or a failing row. */
  static final List<String> BROKEN_ROWS = List.of(
      "| an unknown outcome | `case.court = HIGH_COURT` | ELIGABLE | none | |",
      "| an unknown rule | `case.court = HIGH_COURT` | INELIGIBLE"
          + " | `NZ-S24A-DISTRICT-CORT = NOT_MET` | |",
      "| a status misspelt | `case.court = HIGH_COURT` | INELIGIBLE | `NZ-S24A-VICTIM = NOTMET` | |",
      "| a status left out | `case.court = HIGH_COURT` | INELIGIBLE | `NZ-S24A-VICTIM` | |",
      "| not a change | `case.court HIGH_COURT` | INELIGIBLE | none | |",
      "| reasons badly written | `case.court = HIGH_COURT` | INELIGIBLE"
          + " | `NZ-S24A-DISTRICT-COURT = NOT_MET` | no quotes |",
      "| too few cells | `case.court = HIGH_COURT` | INELIGIBLE |",
      "| an unknown field | `case.cort = HIGH_COURT` | ELIGIBLE | none | |",
      "| a value not in the list | `case.stage = PRE_SENTENSE` | ELIGIBLE | none | |",
      "| a path that matches nothing | `case.participants[P9].plea = GUILTY` | ELIGIBLE | none | |",
      "| a value of the wrong type | `case.priorRestorativeProcess = maybe` | ELIGIBLE | none | |",
      "| the High Court, said to be eligible | `case.court = HIGH_COURT` | ELIGIBLE | none | |",
      "| a request the reader rejects | `requesterId = P9` | ELIGIBLE | none | |");

  /** A rule book folder holding the New Zealand rule book with a table appended. */
  private Path brokenBook(String name, String table) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    String base = Files.readString(BOOK.resolve("nz-sentencing-act-s24a.md"),
        StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("nz-sentencing-act-s24a.md"),
        base + "\n## Mistakes\n\n" + table + "\n", StandardCharsets.UTF_8);
    return folder;
  }

  @Test
  void a_broken_rule_book_prints_its_mistakes_in_french() throws IOException {
    String header = "| Scenario | Changes | Outcome | Rules not met | Reasons say |\n"
        + "|---|---|---|---|---|\n";
    List<String> tables = new ArrayList<>();
    BROKEN_ROWS.forEach(row -> tables.add(header + row));
    tables.add("| Scenario | Changes | Outcom | Rules not met |\n|---|---|---|---|\n"
        + "| x | `case.court = HIGH_COURT` | INELIGIBLE | none |");
    tables.add("| Scenario | Changes | Document | Rejected at |\n|---|---|---|---|\n"
        + "| x | `case.court = HIGH_COURT` | accepted | |");
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      Path folder = brokenBook("book-" + i, tables.get(i));
      String[] args = {"rulebook", "--lang", "fr", "--book", folder.toString(), "--out",
          dir.resolve("out-" + i).toString()};
      Run french = rjkit(args);
      args[2] = "en";
      Run english = rjkit(args);
      assertTrue(french.status() != 0, tables.get(i));
      assertEquals(english.status(), french.status(), tables.get(i));
      assertTrue(french.err().contains("book-" + i + "/nz-sentencing-act-s24a.md:"),
          french.err());
      assertNotEquals(english.err(), french.err(), "the mistake is told in French");
      args[2] = "fr";
      problems.addAll(french(args));
      problems.addAll(french("conformance", "--lang", "fr", "--book", folder.toString(),
          "--out", dir.resolve("results-" + i + ".csv").toString()));
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void rule_book_mistakes_read_as_french_sentences() throws IOException {
    Run outcome = rjkit("rulebook", "--lang", "fr", "--book", brokenBook("outcome",
        "| Scenario | Changes | Outcome | Rules not met | Reasons say |\n|---|---|---|---|---|\n"
        + BROKEN_ROWS.get(0)).toString(), "--out", dir.resolve("out").toString());
    assertEquals(2, outcome.status(), outcome.err());
    assertTrue(outcome.err().contains(": pas un résultat : « ELIGABLE » ; nom valide le plus"
        + " proche : « ELIGIBLE » (noms valides : "), outcome.err());
    Run row = rjkit("rulebook", "--lang", "fr", "--book", brokenBook("row",
        "| Scenario | Changes | Outcome | Rules not met | Reasons say |\n|---|---|---|---|---|\n"
        + BROKEN_ROWS.get(11)).toString(), "--out", dir.resolve("out").toString());
    assertEquals(1, row.status(), row.err());
    assertTrue(row.err().contains(" : la ligne « the High Court, said to be eligible » échoue\n"
        + "  modifications : « case.court = HIGH_COURT »\n"
        + "  attendu :       « ELIGIBLE » ; (toutes les règles sont remplies)\n"
        + "  obtenu :        « INELIGIBLE » ; « [NZ-S24A-DISTRICT-COURT = NOT_MET] »\n"
        + "  motif :         NZ-S24A-DISTRICT-COURT : "), row.err());
    assertTrue(row.err().contains("  écart :         résultat : attendu « ELIGIBLE »,"
        + " obtenu « INELIGIBLE »"), row.err());
    Path cases = dir.resolve("bad-cases.jsonl");
    Files.writeString(cases, "{}\n", StandardCharsets.UTF_8);
    Run suite = rjkit("conformance", "--lang", "fr", "--cases", cases.toString());
    assertEquals(2, suite.status(), suite.err());
    assertEquals(cases + ":1: pas un cas de conformité (« NullPointerException »)\n",
        suite.err());
    assertEquals(List.of(), CHECKER.problems(suite.err()));
  }

  @Test
  void history_check_and_view_print_french() throws IOException {
    Path story = story("story.json");
    List<String> problems = new ArrayList<>();
    Run check = rjkit("history", "check", "--lang", "fr", story.toString());
    assertEquals(0, check.status(), check.err());
    problems.addAll(french("history", "check", "--lang", "fr", story.toString()));
    for (String[] view : List.of(new String[] {"PAROLE_BOARD", "PAROLE_DECISION"},
        new String[] {"FACILITATOR", "CONDUCT_OF_PROCESS"},
        new String[] {"PARTICIPANT:V1", "CONDUCT_OF_PROCESS"})) {
      problems.addAll(french("history", "view", "--recipient", view[0], "--purpose", view[1],
          "--lang", "fr", story.toString()));
    }
    Path tampered = story("tampered.json");
    Files.writeString(tampered, Files.readString(tampered).replaceFirst(
        "\"stage\": \"ASSESSMENT\"", "\"stage\": \"COMMUNICATION\""));
    problems.addAll(french("history", "check", "--lang", "fr", tampered.toString()));
    Path notUtf8 = dir.resolve("latin1.json");
    Files.write(notUtf8, new byte[] {'{', (byte) 0xE9, '}'});
    problems.addAll(french("history", "check", "--lang", "fr", notUtf8.toString()));
    problems.addAll(french("history", "check", "--lang", "fr", dir.resolve("none.json")
        .toString()));
    problems.addAll(french("history", "--lang", "fr"));
    problems.addAll(french("history", "help", "--lang", "fr"));
    problems.addAll(french("history", "check", "--lang", "fr"));
    problems.addAll(french("history", "check", "--lang", "fr", "a.json", "b.json"));
    problems.addAll(french("history", "view", "--lang", "fr", story.toString()));
    problems.addAll(french("history", "view", "--lang", "fr", "--recipient", "JUDGE",
        "--purpose", "GOSSIP", story.toString()));
    problems.addAll(french("history", "view", "--lang", "fr", "--recipient", "PARTICIPANT:X9",
        "--purpose", "CONDUCT_OF_PROCESS", story.toString()));
    problems.addAll(french("history", "view", "--lang", "fr", "--colour", story.toString()));
    problems.addAll(french("history", "view", "--lang", "fr", "--recipient"));
    problems.addAll(french("history", "view", "--lang", "fr", "--purpose"));
    assertEquals(List.of(), problems);
  }

  @Test
  void usage_and_argument_errors_print_french() {
    Run help = rjkit("help", "--lang", "fr");
    assertEquals(0, help.status());
    assertTrue(help.out().startsWith("utilisation : rjkit screen"), help.out());
    List<String> problems = new ArrayList<>();
    problems.addAll(french("help", "--lang", "fr"));
    problems.addAll(french("--lang", "fr"));
    problems.addAll(french("--lang=fr", "bogus"));
    problems.addAll(french("bogus", "--lang", "fr"));
    problems.addAll(french("screen", "--lang", "fr"));
    problems.addAll(french("screen", "--lang", "fr", "--as-of", "2026-13-45", "x.json"));
    problems.addAll(french("screen", "--lang", "fr", "--as-of"));
    problems.addAll(french("screen", "--lang", "fr", "--format", "xml", "x.json"));
    problems.addAll(french("screen", "--lang", "fr", "--programme", "not an id!", "x.json"));
    problems.addAll(french("screen", "--lang", "fr", "--colour", "x.json"));
    problems.addAll(french("programmes", "--lang", "fr", "--format", "summary"));
    problems.addAll(french("screen", "--lang", "fr", "--lang", "xx-not-configured", "x.json"));
    assertEquals(List.of(), problems);
  }

  @Test
  void file_errors_print_french() throws IOException {
    Path notUtf8 = dir.resolve("latin1.json");
    Files.write(notUtf8, new byte[] {'{', (byte) 0xE9, '}'});
    Path lines = dir.resolve("bad.jsonl");
    Files.write(lines, new byte[] {'{', '}', '\n', (byte) 0xE9, '\n', (byte) 0xEF, (byte) 0xBB,
        (byte) 0xBF, '{', '}', '\n', '[', '\n'});
    Path broken = dir.resolve("broken.json");
    Files.createSymbolicLink(broken, dir.resolve("gone.json"));
    Path badRuleSet = dir.resolve("rule-set.json");
    Files.writeString(badRuleSet, "{\"schemaVersion\": \"1\", \"programme\": 3}");
    List<String> problems = new ArrayList<>();
    problems.addAll(french("screen", "--lang", "fr", dir.resolve("none.json").toString()));
    problems.addAll(french("screen", "--lang", "fr", notUtf8.toString()));
    problems.addAll(french("screen", "--lang", "fr", lines.toString()));
    problems.addAll(french("screen", "--lang", "fr", broken.toString()));
    problems.addAll(french("screen", "--lang", "fr", dir.toString()));
    problems.addAll(french("screen", "--lang", "fr", "--rule-set",
        dir.resolve("none.json").toString(), SAMPLES.resolve("cases").toString()));
    problems.addAll(french("programmes", "--lang", "fr", "--rule-set", notUtf8.toString()));
    problems.addAll(french("programmes", "--lang", "fr", "--rule-set", badRuleSet.toString()));
    assertEquals(List.of(), problems);
  }

  @Test
  void an_internal_error_prints_french() throws IOException {
    Path file = dir.resolve("r.json");
    Files.copy(SAMPLES.resolve("cases/ca-qc-pmrg/01-adult-shoplifting.json"), file);
    Arguments arguments = Arguments.parse("screen", "--lang", "fr", file.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new ScreeningRun(arguments, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false, ProgrammeRegistry.builtIn(),
        request -> {
          throw new IllegalStateException("a message that must not be printed");
        }).run();
    assertEquals(Main.FAILURE, status);
    String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("erreur interne (IllegalStateException)"), printed);
    assertEquals(List.of(), CHECKER.problems(printed));
  }

  @Test
  void the_checker_finds_english_words_and_constant_names() {
    assertFalse(CHECKER.problems("Screened 21 (8 ELIGIBLE, 9 INELIGIBLE)").isEmpty());
    assertFalse(CHECKER.problems("rjkit : unknown option --colour").isEmpty());
    assertFalse(CHECKER.problems("Résultat : NEEDS_INFORMATION").isEmpty());
    assertFalse(CHECKER.problems("à l'étape POST_SENTENCE").isEmpty());
    assertFalse(CHECKER.problems("agit comme VICTIM_FAMILY_MEMBER").isEmpty());
    assertFalse(CHECKER.problems("  NOT MET        CSC-RO-CONSENT  voir Code criminel").isEmpty());
    assertFalse(CHECKER.problems("Dossier C-1 · programme ca-qc-pmrg (rule set 2026-01-01)")
        .isEmpty());
    assertFalse(CHECKER.problems("un participant de rôle OFFENDER").isEmpty(),
        "a contract value outside an input error");
    assertEquals(List.of(), CHECKER.problems(
        "voir « Sentencing Act 2002 (New Zealand) », art. 24A ; Code criminel, art. 743.1"));
    assertEquals(List.of(), CHECKER.problems("samples/invalid/three-mistakes.json : "
        + "$.case.participants[1].favouriteColour: n’est pas un champ admis pour un participant"
        + " de rôle OFFENDER ; les champs admis sont id, role, dateOfBirth"));
    assertEquals(List.of(), CHECKER.problems("Dossier C-2026-0042 · programme "
        + "ca-csc-restorative-opportunities (règles 2026-01-01) · au 21 novembre 2026"));
    assertTrue(FrenchOutput.CONSTANTS.containsAll(Set.of("POST_SENTENCE", "VICTIM_FAMILY_MEMBER",
        "NEEDS_INFORMATION", "PAROLE_BOARD", "CONDUCT_OF_PROCESS", "SCREEN", "SUMMARY")),
        "the enums of every module, the command line's included");
  }

  @Test
  void the_english_output_fails_the_check() {
    Run english = rjkit("screen", SAMPLES.resolve("cases/ca-qc-pmrg").toString());
    assertEquals(0, english.status());
    assertFalse(CHECKER.problems(english.out()).isEmpty(), "the checker can fail");
    Run usage = rjkit("help");
    assertFalse(CHECKER.problems(usage.out()).isEmpty());
  }

  @Test
  void the_command_line_bundles_have_the_same_keys_in_english_and_in_french() {
    for (String base : List.of("org/rjkit/samples/screening/messages",
        "org/rjkit/samples/rulebook/messages")) {
      Map<String, String> english = FrenchOutput.bundle(base);
      Map<String, String> french = FrenchOutput.bundle(base + "_fr");
      assertFalse(english.isEmpty(), base);
      assertEquals(english.keySet(), french.keySet(), base);
      french.forEach((key, pattern) -> assertFalse(pattern.isBlank(), key));
      for (String key : english.keySet()) {
        assertTrue(Messages.has(Language.FR, key), key + " is found through Messages.BUNDLES");
      }
    }
  }

  @Test
  void every_french_pattern_of_the_command_line_bundles_is_french() {
    List<String> problems = new ArrayList<>();
    for (String base : List.of("org/rjkit/samples/screening/messages_fr",
        "org/rjkit/samples/rulebook/messages_fr", "org/rjkit/samples/rulebook/html/messages_fr")) {
      FrenchOutput.bundle(base).forEach((key, pattern) -> CHECKER.problems(pattern)
          .forEach(p -> problems.add(base + " " + key + ": " + p)));
    }
    assertEquals(List.of(), problems);
  }

  private Path story(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream(
        "/org/rjkit/samples/screening/history/story.json")) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  private static Set<String> programmeIds() {
    Set<String> ids = new TreeSet<>();
    for (Programme p : ProgrammeRegistry.builtIn().all()) {
      ids.add(p.id().toString());
    }
    try {
      JsonNode vendor = new ObjectMapper().readTree(Files.readString(VENDOR));
      ids.add(vendor.path("id").asText());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return ids;
  }

  /** The provisions of the vendor's citations that the document gives in English only. */
  private static List<String> vendorTexts() {
    List<String> texts = new ArrayList<>();
    try {
      collectProvisions(new ObjectMapper().readTree(Files.readString(VENDOR)), texts);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return texts;
  }

  private static void collectProvisions(JsonNode node, List<String> texts) {
    if (node.isObject() && node.has("provision") && node.has("instrument")
        && !node.path("translations").has("fr")) {
      texts.add(node.get("provision").asText());
    }
    node.elements().forEachRemaining(child -> collectProvisions(child, texts));
  }
}
