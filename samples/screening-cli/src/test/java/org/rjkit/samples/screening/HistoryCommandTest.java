package org.rjkit.samples.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./rjkit history check} and {@code view}, on a stored history (exit status 0 or 2). */
class HistoryCommandTest {

  private static final String LETTER = "I need to know why it was our house.";

  @TempDir
  Path dir;

  private record Result(int status, String out, String err) {}

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    return new Result(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  private Path story() throws IOException {
    Path file = dir.resolve("story.json");
    try (InputStream in = getClass().getResourceAsStream(
        "/org/rjkit/samples/screening/history/story.json")) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  @Test
  void check_prints_the_state_of_a_history_that_passes_every_guard() throws IOException {
    Result r = run("history", "check", story().toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("every guard passed"));
    assertTrue(r.out().contains("case RO-2026-0001"), r.out());
    assertTrue(r.out().contains("withdrawals entered late: 1"), r.out());
    assertFalse(r.out().contains(LETTER));
  }

  @Test
  void check_refuses_a_tampered_history_naming_the_event_and_the_rule() throws IOException {
    Path file = story();
    String text = Files.readString(file).replaceFirst("\"stage\": \"ASSESSMENT\"",
        "\"stage\": \"COMMUNICATION\"");
    Files.writeString(file, text);
    Result r = run("history", "check", file.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains("refused by PROC-STAGE-ORDER"), r.err());
    assertTrue(r.err().contains("$.events["), r.err());
    assertFalse(r.err().contains(LETTER));
  }

  @Test
  void view_records_the_decision_and_shows_the_parole_board_nothing() throws IOException {
    Path file = story();
    int before = Files.readString(file).split("\"disclosure-recorded\"", -1).length;
    Result r = run("history", "view", "--recipient", "PAROLE_BOARD", "--purpose",
        "PAROLE_DECISION", file.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("View for: parole board (parole decision)\nNothing may be disclosed.\n",
        r.out());
    int after = Files.readString(file).split("\"disclosure-recorded\"", -1).length;
    assertEquals(before + 2, after, "both decisions are recorded in the stored history");
    assertEquals(0, run("history", "check", file.toString()).status());
  }

  @Test
  void view_shows_the_mediator_the_letters_and_a_participant_only_their_own() throws IOException {
    Result mediator = run("history", "view", "--recipient", "FACILITATOR", "--purpose",
        "CONDUCT_OF_PROCESS", story().toString());
    assertEquals(0, mediator.status(), mediator.err());
    assertTrue(mediator.out().contains(LETTER));
    Result victim = run("history", "view", "--recipient", "PARTICIPANT:V1", "--purpose",
        "CONDUCT_OF_PROCESS", "--lang", "fr", story().toString());
    assertEquals(0, victim.status(), victim.err());
    assertTrue(victim.out().contains(LETTER), "the victim's own letter");
    assertFalse(victim.out().contains("It was nothing personal"),
        "the offender's returned draft never reaches the victim");
    assertFalse(victim.out().contains("I took the television"), "nor the offender's words");
  }

  @Test
  void bad_arguments_and_files_exit_with_2() throws IOException {
    assertEquals(2, run("history", "view", "--recipient", "JUDGE", "--purpose",
        "PAROLE_DECISION", story().toString()).status());
    assertEquals(2, run("history", "view", "--recipient", "POLICE", "--purpose", "GOSSIP",
        story().toString()).status());
    assertEquals(2, run("history", "check", dir.resolve("none.json").toString()).status());
    assertEquals(2, run("history").status());
    assertEquals(2, run("history", "view", "--recipient", "PARTICIPANT:X9", "--purpose",
        "CONDUCT_OF_PROCESS", story().toString()).status());
  }
}
