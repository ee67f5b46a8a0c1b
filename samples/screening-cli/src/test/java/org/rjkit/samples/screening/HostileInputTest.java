package org.rjkit.samples.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.samples.screening.ScreeningCommandTest.SAMPLES;
import static org.rjkit.samples.screening.ScreeningCommandTest.rjkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.screening.Screener;
import org.rjkit.samples.screening.ScreeningCommandTest.Run;

/**
 * Issue 8, "input that cannot crash or stall", at the command line: each observation of the
 * issue, at the size that failed.
 */
@DisplayName("The command line with hostile input")
class HostileInputTest {

  /** One valid request, on one line. */
  static String request() throws IOException {
    return Files.readAllLines(SAMPLES.resolve("batch/requests.jsonl"), StandardCharsets.UTF_8)
        .get(0);
  }

  @Test
  void an_endless_rule_set_document_is_rejected_with_a_clear_error(@TempDir Path dir)
      throws IOException {
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.exists(zero), "a system with /dev/zero");
    Path cases = Files.writeString(dir.resolve("one.json"), request());
    Run run = rjkit("screen", "--rule-set", zero.toString(), cases.toString());
    assertEquals(Main.INVALID_INPUT, run.status());
    assertEquals("/dev/zero: the rule-set document is larger than 8 MiB\n", run.err());
  }

  @Test
  void a_rule_set_document_that_is_not_utf8_is_named_so(@TempDir Path dir) throws IOException {
    Path bad = Files.write(dir.resolve("bad.json"), new byte[] {'{', (byte) 0xC3, '}'});
    Run run = rjkit("programmes", "--rule-set", bad.toString());
    assertEquals(Main.INVALID_INPUT, run.status());
    assertTrue(run.err().contains("not valid UTF-8"), run.err());
  }

  @ParameterizedTest(name = "--as-of {0}")
  @ValueSource(strings = {"+10000-01-01", "10000-01-01", "-0001-01-01", "2026-1-1"})
  void a_date_that_is_not_yyyy_mm_dd_is_refused(String date) throws IOException {
    Run run = rjkit("screen", "--as-of", date, "nothing.json");
    assertEquals(Main.INVALID_INPUT, run.status());
    assertTrue(run.err().contains("--as-of must be a date written YYYY-MM-DD"), run.err());
  }

  @ParameterizedTest(name = "a line of U+{0}")
  @ValueSource(strings = {"000B", "2028", "2029", "000C", "00A0"})
  void a_line_of_characters_that_are_not_json_whitespace_is_not_skipped(String hex,
      @TempDir Path dir) throws IOException {
    String odd = String.valueOf((char) Integer.parseInt(hex, 16)).repeat(3);
    Path file = Files.writeString(dir.resolve("r.jsonl"),
        request() + "\n" + odd + "\n \t \r\n" + request() + "\n");
    Run run = rjkit("screen", "--format", "json", file.toString());
    assertEquals(Main.INVALID_INPUT, run.status());
    assertEquals(2, run.lines().size(), "the two requests are decided");
    assertTrue(run.err().startsWith(file + ":2: $: is not valid JSON"), run.err());
    assertFalse(run.err().contains(file + ":3:"), "a line of spaces and tabs is blank");
  }

  @Test
  void a_byte_order_mark_opens_a_file_but_not_a_later_line(@TempDir Path dir) throws IOException {
    Path json = Files.writeString(dir.resolve("a.json"), "\uFEFF" + request());
    Path lines = Files.writeString(dir.resolve("b.jsonl"),
        "\uFEFF" + request() + "\n\uFEFF" + request() + "\n");
    Run run = rjkit("screen", "--format", "json", json.toString(), lines.toString());
    assertEquals(2, run.lines().size(), run.err());
    assertEquals(lines + ":2: the line starts with a byte-order mark, which is allowed only at"
        + " the very start of the file\n", run.err());
  }

  @Test
  void broken_symbolic_links_and_link_loops_in_a_folder_are_reported(@TempDir Path dir)
      throws IOException {
    Path folder = Files.createDirectories(dir.resolve("cases"));
    Files.writeString(folder.resolve("a.json"), request());
    Path broken = Files.createSymbolicLink(folder.resolve("b.json"), dir.resolve("gone.json"));
    Path sub = Files.createDirectories(folder.resolve("sub"));
    Path loop = Files.createSymbolicLink(sub.resolve("again"), folder);
    Run run = rjkit("screen", "--format", "json", folder.toString());
    assertEquals(Main.INVALID_INPUT, run.status());
    assertEquals(1, run.lines().size(), "a.json is decided");
    assertEquals(List.of(broken + ": a symbolic link whose target does not exist",
            loop + ": a symbolic link loop: the folder contains itself; skipped"),
        run.err().lines().toList());
  }

  @Test
  void a_broken_symbolic_link_given_by_name_is_not_called_missing(@TempDir Path dir)
      throws IOException {
    Path broken = Files.createSymbolicLink(dir.resolve("b.json"), dir.resolve("gone.json"));
    Run run = rjkit("screen", broken.toString());
    assertEquals(broken + ": a symbolic link whose target does not exist\n", run.err());
  }

  /** Permissions do not bind the superuser, so these two run only as an ordinary user. */
  @Test
  void an_unreadable_subfolder_and_an_unreadable_file_are_blamed_on_themselves(
      @TempDir Path dir) throws IOException {
    Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
        "file permissions do not apply to root");
    Path folder = Files.createDirectories(dir.resolve("cases"));
    Path sub = Files.createDirectories(folder.resolve("locked"));
    Files.writeString(sub.resolve("x.json"), request());
    Path file = Files.writeString(folder.resolve("secret.json"), request());
    try {
      assertTrue(sub.toFile().setReadable(false, false) && sub.toFile().setExecutable(false, false));
      assertTrue(file.toFile().setReadable(false, false));
      Run run = rjkit("screen", folder.toString());
      assertEquals(List.of(sub + ": the folder could not be read: permission denied",
          file + ": the file could not be read: permission denied"), run.err().lines().toList());
    } finally {
      sub.toFile().setReadable(true, false);
      sub.toFile().setExecutable(true, false);
      file.toFile().setReadable(true, false);
    }
  }

  @Test
  void an_internal_failure_in_one_request_is_one_line_and_the_run_goes_on(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("r.jsonl"),
        request() + "\n" + request() + "\n" + request() + "\n");
    ProgrammeRegistry registry = ProgrammeRegistry.builtIn();
    Screener screener = new Screener(registry);
    AtomicInteger calls = new AtomicInteger();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new ScreeningRun(Arguments.parse("screen", file.toString()),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false, registry, request -> {
          int n = calls.incrementAndGet();
          if (n == 1) {
            throw new StackOverflowError();
          }
          if (n == 2) {
            throw new IllegalStateException("a message that must not be printed");
          }
          return screener.screen(request);
        }).run();
    assertEquals(Main.FAILURE, status);
    assertEquals(List.of(file + ":1: internal error (StackOverflowError)",
        file + ":2: internal error (IllegalStateException)"),
        err.toString(StandardCharsets.UTF_8).lines().toList());
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("== " + file + ":3"), text);
    assertTrue(text.contains("Screened 1 ("), "the summary is printed: " + text);
  }

  /**
   * A chain of 4,500 consecutive terms threw {@code StackOverflowError} and ended a JSON Lines
   * run with a stack trace and no summary.
   */
  @Test
  void a_request_with_a_chain_of_4500_terms_is_decided_in_a_json_lines_run(@TempDir Path dir)
      throws IOException {
    StringBuilder sentences = new StringBuilder();
    for (int i = 0; i < 4_500; i++) {
      sentences.append(i > 0 ? "," : "").append("{\"id\":\"S").append(i)
          .append("\",\"kind\":\"IMPRISONMENT\",\"term\":\"P1D\",")
          .append(i == 0 ? "\"startsOn\":\"2026-01-01\"" : "\"consecutiveTo\":\"S" + (i - 1) + "\"")
          .append('}');
    }
    String chained = request().replaceFirst("\"sentences\":\\[\\{\"id\":\"S1\".*?\\}\\],",
        "\"sentences\":[" + sentences + "],");
    assertTrue(chained.contains("\"S4499\""), "the chain replaced the sentences");
    Path file = Files.writeString(dir.resolve("r.jsonl"), chained + "\n" + request() + "\n");
    Run run = rjkit("screen", file.toString());
    assertEquals("", run.err());
    assertEquals(Main.OK, run.status());
    assertTrue(run.out().contains("Screened 2 ("), run.out());
  }
}
