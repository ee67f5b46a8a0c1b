package org.rjkit.samples.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rjkit.process.lifecycle.ClosureReason;
import org.rjkit.process.lifecycle.ProcessCase;

class WalkthroughTest {

  private static final List<String> PROCESS_CONTENT = List.of(Walkthrough.VICTIMS_LETTER,
      Walkthrough.FIRST_DRAFT, Walkthrough.OFFENDERS_LETTER, Walkthrough.APOLOGY_TERMS,
      Walkthrough.APOLOGY_LETTER);

  private static String printed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Walkthrough.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String section(String all, String heading, String next) {
    int start = all.indexOf(heading);
    int end = all.indexOf(next, start + heading.length());
    assertTrue(start >= 0 && end > start, "section " + heading + " is printed");
    return all.substring(start, end);
  }

  @Test
  void the_parole_board_view_contains_no_process_content_and_not_even_participation() {
    String all = printed();
    String paroleBoard = section(all, "=== What the Parole Board of Canada may see",
        "=== Disclosure decisions recorded");
    for (String content : PROCESS_CONTENT) {
      assertFalse(paroleBoard.contains(content), "the parole board view holds process content");
    }
    assertFalse(paroleBoard.contains(Walkthrough.CASE.value()));
    assertFalse(paroleBoard.contains(Walkthrough.OFFENDER.value()));
    assertFalse(paroleBoard.contains("History"));
    assertTrue(paroleBoard.contains("Nothing may be disclosed."));
    // Spec changed (issue 10): the denial names no rule (the rule would name the programme);
    // the rule is in the recorded decisions, for the programme's staff.
    assertFalse(paroleBoard.contains("CSC-CONF-PAROLE-SENTENCE"));
    assertTrue(all.substring(all.indexOf("=== Disclosure decisions recorded"))
        .contains("CSC-CONF-PAROLE-SENTENCE"));
  }

  @Test
  void the_mediator_sees_the_relayed_letters_the_returned_draft_and_the_apology() {
    String mediator = section(printed(), "=== The case history, as the mediator sees it",
        "=== What the Parole Board");
    for (String content : PROCESS_CONTENT) {
      assertTrue(mediator.contains(content));
    }
    assertTrue(mediator.contains("letter L-2 from O-1 to V-1; returned on April 7, 2026"));
    assertTrue(mediator.contains("agreement item A-1 (apology), completed"));
    assertTrue(mediator.contains("case closed: completed"));
  }

  @Test
  void communication_was_refused_until_both_consented() {
    assertTrue(printed().contains("refused by PROC-COMMUNICATION-CONSENT (PREPARATION -> "
        + "COMMUNICATION), missing consent of [V-1, O-1]"));
  }

  @Test
  void every_disclosure_decision_is_printed_from_the_history() {
    String all = printed();
    String decisions = section(all, "=== Disclosure decisions", "=== The case stored");
    assertTrue(decisions.contains("PROCESS_CONTENT to PAROLE_BOARD for PAROLE_DECISION: DENIED "
        + "(CSC-CONF-PAROLE-SENTENCE)"));
    assertTrue(decisions.contains("PROCESS_CONTENT to FACILITATOR for CONDUCT_OF_PROCESS: "
        + "PERMITTED (CSC-CONF-MEDIATOR)"));
    assertEquals(4, decisions.lines().filter(l -> l.startsWith("  ")).count());
  }

  @Test
  void the_case_closes_completed_and_replays_to_the_same_state() {
    ProcessCase c = Walkthrough.walk(new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8));
    assertEquals(ClosureReason.COMPLETED, c.closure().orElseThrow());
    assertEquals(c, ProcessCase.replay(c.history()));
  }

  @Test
  void the_walkthrough_stores_its_case_and_loads_it_back_the_same() {
    String all = printed();
    assertTrue(all.contains("=== The case stored and loaded back ==="));
    assertTrue(all.contains("loaded back through every guard: the same case"), all);
    String stored = Walkthrough.storedHistory();
    assertTrue(stored.contains("\"schemaVersion\": \"1\""));
    assertTrue(stored.contains(Walkthrough.VICTIMS_LETTER), "storage writes everything");
    assertEquals(stored, new org.rjkit.process.json.ProcessHistoryStorageWriter().writePretty(
        org.rjkit.process.json.ProcessHistoryStorageReader.builtIn().read(stored)));
  }
}
