package org.rjkit.samples.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.json.DecisionReader;

/** The {@code ./rjkit screen} contract of interchange.md, run on the bundled example cases. */
class ScreeningCommandTest {

  static final Path SAMPLES = Path.of("..").toAbsolutePath().normalize();
  static final Path CASES = SAMPLES.resolve("cases");

  record Run(int status, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  static Run rjkit(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void the_main_job_decides_every_bundled_example_case_and_exits_0() throws IOException {
    long files;
    try (var walk = Files.walk(CASES)) {
      files = walk.filter(p -> p.toString().endsWith(".json")).count();
    }
    Run run = rjkit("screen", CASES.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    assertEquals(files, run.lines().stream().filter(l -> l.startsWith("== ")).count());
    assertTrue(run.out().contains("Screened " + files + " ("), run.out());
  }

  @Test
  void every_built_in_programme_has_example_cases_and_each_outcome_is_shown() {
    Run run = rjkit("screen", "--format", "json", CASES.toString());
    List<Decision> decisions = run.lines().stream().map(new DecisionReader()::read).toList();
    assertEquals(6, decisions.stream().map(Decision::programme).distinct().count());
    for (Outcome outcome : Outcome.values()) {
      assertTrue(decisions.stream().anyMatch(d -> d.outcome() == outcome),
          "an example case shows " + outcome);
    }
  }

  @Test
  void json_output_is_one_decision_per_line_in_input_order() {
    Run run = rjkit("screen", "--format", "json", SAMPLES.resolve("batch/requests.jsonl").toString());
    assertEquals(0, run.status(), run.err());
    List<Decision> decisions = run.lines().stream().map(new DecisionReader()::read).toList();
    assertEquals(21, decisions.size());
    assertEquals("C-2026-0042", decisions.get(0).caseId().value());
    assertEquals("QC-2026-0312", decisions.get(8).caseId().value());
    assertEquals("YJ-2026-0079", decisions.get(11).caseId().value());
  }

  @Test
  void invalid_input_exits_2_and_names_the_file_the_line_and_every_path(@TempDir Path dir)
      throws IOException {
    Path batch = dir.resolve("batch.jsonl");
    List<String> good = Files.readAllLines(SAMPLES.resolve("batch/requests.jsonl"));
    Files.write(batch, List.of(good.get(0), "", "{\"schemaVersion\":\"1\",", good.get(1),
        good.get(0).replace("\"P3Y\"", "\"P0D\"").replace("\"2021-03-14\"", "\"2021-02-30\"")));
    Run run = rjkit("screen", "--format", "json", batch.toString());
    assertEquals(2, run.status());
    assertEquals(2, run.lines().size(), "the valid requests are still decided");
    assertTrue(run.err().contains(batch + ":3: $: "), run.err());
    assertTrue(run.err().contains(batch + ":5: $.case.sentences[0].term: "), run.err());
    assertTrue(run.err().contains(batch + ":5: $.case.offences[0].committedOn: "), run.err());
    assertFalse(run.err().contains("2021-02-30"), "the bad value is not echoed");
    assertFalse(run.err().contains("Exception"), "no stack trace");
  }

  @Test
  void programme_and_as_of_options_override_the_requests_own_values() {
    Path request = CASES.resolve("ca-csc-restorative-opportunities/03-two-years-less-a-day-is-provincial.json");
    Run csc = rjkit("screen", "--format", "json", request.toString());
    Run gb = rjkit("screen", "--format", "json", "--programme", "gb-ew-victim-initiated",
        "--as-of", "2026-12-01", request.toString());
    Decision original = new DecisionReader().read(csc.lines().get(0));
    Decision overridden = new DecisionReader().read(gb.lines().get(0));
    assertEquals(Outcome.INELIGIBLE, original.outcome());
    assertEquals("gb-ew-victim-initiated", overridden.programme().value());
    assertEquals(java.time.LocalDate.of(2026, 12, 1), overridden.asOf());
  }

  @Test
  void an_unknown_programme_or_a_date_before_its_rules_is_an_input_error() {
    Path request = CASES.resolve("ca-qc-pmrg/01-adult-shoplifting.json");
    Run unknown = rjkit("screen", "--programme", "xx-nowhere", request.toString());
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().contains("$.programme: "), unknown.err());
    Run early = rjkit("screen", "--as-of", "2019-06-30", request.toString());
    assertEquals(2, early.status());
    assertTrue(early.err().contains("$.asOf: "), early.err());
    assertFalse(early.err().contains("2019-06-30"));
  }

  @Test
  void reasons_are_given_in_french_with_lang_fr() {
    Run run = rjkit("screen", "--lang", "fr",
        CASES.resolve("ca-qc-pmrg/02-assault-in-conjugal-context-excluded.json").toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("Résultat : NON ADMISSIBLE"), run.out());
    assertTrue(run.out().contains("NON SATISFAITE QC-PMRG-EXCLUDED-OFFENCES"), run.out());
  }

  @Test
  void input_errors_are_given_in_french_with_lang_fr() {
    Path invalid = SAMPLES.resolve("invalid/three-mistakes.json");
    Run english = rjkit("screen", invalid.toString());
    Run french = rjkit("screen", "--lang", "fr", invalid.toString());
    assertEquals(2, french.status());
    assertEquals(english.err().lines().count(), french.err().lines().count(), french.err());
    assertTrue(english.err().contains("$.requesterId: names no participant of the case"),
        english.err());
    assertTrue(french.err().contains("$.requesterId: ne désigne aucun participant du dossier"),
        french.err());
    for (String english_word : List.of("must ", " is not", "names no", "required", " case",
        "the sentence")) {
      assertFalse(french.err().contains(english_word), english_word + " in " + french.err());
    }
  }

  @Test
  void lang_takes_a_configured_tag_and_names_itself_otherwise() {
    assertEquals(0, rjkit("screen", "--lang", "FR", CASES.resolve(
        "ca-qc-pmrg/02-assault-in-conjugal-context-excluded.json").toString()).status());
    Run unknown = rjkit("screen", "--lang", "xx-Latn", CASES.toString());
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().contains("--lang"), unknown.err());
  }

  @Test
  void bad_arguments_and_missing_files_exit_2_with_a_message() {
    assertEquals(2, rjkit("screen").status());
    assertEquals(2, rjkit("screen", "--lang", "de", CASES.toString()).status());
    assertEquals(2, rjkit("screen", "--as-of", "2026-02-30", CASES.toString()).status());
    Run missing = rjkit("screen", "no-such-file.json");
    assertEquals(2, missing.status());
    assertTrue(missing.err().contains("no-such-file.json: no such file or folder"));
  }

  @Test
  void the_programme_listing_names_every_programme_with_its_versions_and_citations() {
    Run run = rjkit("programmes");
    assertEquals(0, run.status());
    for (String id : List.of("ca-csc-restorative-opportunities", "ca-qc-pmrg",
        "ca-ycja-extrajudicial-sanctions", "nz-sentencing-act-s24a", "gb-ew-victim-initiated",
        "eu-victims-directive-art12")) {
      assertTrue(run.out().contains(id + " — "), id);
    }
    assertTrue(run.out().contains("version 2026-01-01"));
    assertTrue(run.out().contains("https://laws-lois.justice.gc.ca/eng/acts/C-46/section-743.1.html"));
  }

  @Test
  void a_vendor_programme_given_with_rule_set_is_screened_by_its_id() {
    Path programme = SAMPLES.resolve("programmes/community-mediation-example.json");
    Run run = rjkit("screen", "--format", "json", "--rule-set", programme.toString(),
        SAMPLES.resolve("programmes/requests").toString());
    assertEquals(0, run.status(), run.err());
    List<Decision> decisions = run.lines().stream().map(new DecisionReader()::read).toList();
    assertEquals(List.of(Outcome.ELIGIBLE, Outcome.INELIGIBLE, Outcome.MANUAL_REVIEW),
        decisions.stream().map(Decision::outcome).toList());
    assertTrue(decisions.stream().allMatch(
        d -> d.programme().value().equals("ca-on-example-community-mediation")));
  }

  @Test
  void without_its_rule_set_a_vendor_programme_is_unknown() {
    Run run = rjkit("screen", SAMPLES.resolve("programmes/requests").toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("$.programme: "), run.err());
  }

  @Test
  void an_invalid_rule_set_document_exits_2_naming_the_file_and_the_path(@TempDir Path dir)
      throws IOException {
    Path bad = dir.resolve("bad-programme.json");
    Files.writeString(bad, Files.readString(SAMPLES.resolve(
        "programmes/community-mediation-example.json")).replace("\"STAGE_IN\"", "\"STAGE_OUT\""));
    Run run = rjkit("screen", "--rule-set", bad.toString(), CASES.toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains(bad + ": $.versions[0].rules["), run.err());
    assertEquals("", run.out(), "nothing is screened against a broken rule set");
  }

  @Test
  void the_programmes_in_json_are_rule_set_documents_that_read_back_as_the_same_programmes() {
    Run run = rjkit("programmes", "--format", "json");
    assertEquals(0, run.status(), run.err());
    org.rjkit.eligibility.json.RuleSetDocumentReader reader =
        new org.rjkit.eligibility.json.RuleSetDocumentReader();
    List<org.rjkit.eligibility.Programme> listed = run.lines().stream().map(reader::read).toList();
    // a document keeps a text's words, not its message key: compare the documents
    org.rjkit.eligibility.json.RuleSetDocumentWriter writer =
        new org.rjkit.eligibility.json.RuleSetDocumentWriter();
    assertEquals(org.rjkit.eligibility.screening.ProgrammeRegistry.builtIn().all().stream()
        .map(writer::write).toList(), listed.stream().map(writer::write).toList());
  }
}
