package org.rjkit.samples.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.samples.screening.ScreeningCommandTest.CASES;
import static org.rjkit.samples.screening.ScreeningCommandTest.SAMPLES;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.screening.Screener;
import org.rjkit.eligibility.json.DecisionWriter;
import org.rjkit.eligibility.json.ScreeningRequestReader;

/**
 * The caseload pipeline ({@link ScreeningRun} with worker threads) prints exactly what the
 * one-thread run prints: the same bytes in input order, the same errors with their line numbers
 * in order, the same summary and status; and the JSON it streams is byte for byte the library's
 * {@link DecisionWriter#toJson} of each decision, one per line, as the command printed before.
 */
@DisplayName("The screening pipeline")
class PipelineTest {

  private static final ProgrammeRegistry REGISTRY = ProgrammeRegistry.builtIn();
  private static final Screener SCREENER = new Screener(REGISTRY);
  private static final ScreeningRequestReader REQUESTS = new ScreeningRequestReader(REGISTRY);

  private static List<String> requests;

  @BeforeAll
  static void readRequests() throws IOException {
    requests = Files.readAllLines(SAMPLES.resolve("batch/requests.jsonl"), StandardCharsets.UTF_8);
  }

  record Output(int status, String out, String err) {}

  static Output screen(int workers, int batchEntries, Function<ScreeningRequest, Decision> decider,
      String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new ScreeningRun(Arguments.parse(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false, REGISTRY, decider, workers,
        batchEntries).run();
    return new Output(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  static Output screen(int workers, int batchEntries, String... args) {
    return screen(workers, batchEntries, SCREENER::screen, args);
  }

  /**
   * A JSON Lines file of every kind of line: the 21 bundled requests, blank lines, a line of a
   * lone {@code \r}, JSON that is cut short, a request with invalid fields, a line that is not
   * UTF-8, a byte-order mark on a later line, a request with a real U+FFFD, CRLF line ends, a
   * request longer than the 64 KiB read buffer whose {@code \r\n} straddles two reads, a line
   * over 8 MiB, and a last request without a line end.
   */
  static byte[] mixedFile() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    for (String request : requests) {
      line(file, request, "\n");
    }
    line(file, "", "\n");
    line(file, "{\"schemaVersion\":\"1\",", "\n");
    line(file, requests.get(0).replace("\"P3Y\"", "\"P0D\"")
        .replace("\"2021-03-14\"", "\"2021-02-30\""), "\n");
    file.write(new byte[] {'{', (byte) 0xC3, '}', '\n'});
    line(file, "\uFEFF" + requests.get(1), "\n");
    line(file, " \t ", "\r\n");
    line(file, "\r", "\n");
    line(file, requests.get(2).replace("\"P1\"", "\"P\uFFFD\""), "\n");
    line(file, requests.get(3), "\r\n");
    // A request padded with spaces so that its \r is the last byte of a 64 KiB read.
    String long1 = requests.get(4);
    int pad = 2 * 65_536 - 1 - file.size() - long1.getBytes(StandardCharsets.UTF_8).length;
    line(file, long1.substring(0, long1.length() - 1) + " ".repeat(pad) + "}", "\r\n");
    byte[] tooLong = new byte[8 * 1024 * 1024 + 1];
    Arrays.fill(tooLong, (byte) 'x');
    file.write(tooLong);
    file.write('\n');
    for (int i = 5; i < requests.size(); i++) {
      line(file, requests.get(i), i % 2 == 0 ? "\n" : "\r\n");
    }
    line(file, requests.get(6), "");
    return file.toByteArray();
  }

  private static void line(ByteArrayOutputStream file, String text, String end) {
    file.writeBytes((text + end).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * What the command printed before the pipeline, by the JSON Lines rules applied here on their
   * own: one {@code DecisionWriter.toJson} line per valid request, every error with its line.
   */
  static Output expected(Path path, byte[] data) {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    int start = 0;
    long number = 0;
    boolean invalid = false;
    while (start < data.length) {
      int end = start;
      while (end < data.length && data[end] != '\n') {
        end++;
      }
      number++;
      String where = path + ":" + number;
      int last = end > start && data[end - 1] == '\r' ? end - 1 : end;
      String text = utf8(Arrays.copyOfRange(data, start, last));
      int length = end - start;
      start = end + 1;
      if (length > 8 * 1024 * 1024) {
        err.append(where).append(": the line is longer than 8 MiB\n");
        invalid = true;
      } else if (text == null) {
        err.append(where).append(": the line is not valid UTF-8\n");
        invalid = true;
      } else if (number > 1 && text.startsWith("\uFEFF")) {
        err.append(where).append(": the line starts with a byte-order mark, which is allowed"
            + " only at the very start of the file\n");
        invalid = true;
      } else if (!text.isBlank()) {
        try {
          out.append(new DecisionWriter().write(SCREENER.screen(REQUESTS.read(text))))
              .append(System.lineSeparator());
        } catch (InvalidInputException e) {
          invalid = true;
          for (InputError error : e.errors()) {
            err.append(where).append(": ").append(error.path()).append(": ")
                .append(error.message()).append('\n');
          }
        }
      }
    }
    return new Output(invalid ? Main.INVALID_INPUT : Main.OK, out.toString(), err.toString());
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  @Test
  void a_mixed_file_gives_the_decisions_of_toJson_and_every_error_at_its_line(@TempDir Path dir)
      throws IOException {
    byte[] data = mixedFile();
    Path file = Files.write(dir.resolve("mixed.jsonl"), data);
    Output expected = expected(file, data);
    assertTrue(expected.err().contains(file + ":23: $: "), "the cut JSON is an error");
    assertTrue(expected.err().contains(file + ":25: the line is not valid UTF-8"),
        expected.err());
    assertTrue(expected.err().contains(file + ":32: the line is longer than 8 MiB"),
        expected.err());
    // the 21 requests, the CRLF one, the padded one, the 15 after the long line and the last
    assertTrue(expected.out().lines().count() >= 21 + 2 + 15 + 1, expected.err());
    for (int workers : new int[] {0, 1, 2, 3}) {
      Output run = screen(workers, 3, "screen", "--format", "json", file.toString());
      assertEquals(expected, run, workers + " workers");
    }
    assertEquals(expected, screen(2, ScreeningRun.BATCH_ENTRIES, "screen", "--format", "json",
        file.toString()));
  }

  @ParameterizedTest(name = "--format {0}")
  @ValueSource(strings = {"json", "summary", "text"})
  void the_pipeline_prints_what_one_thread_prints(String format, @TempDir Path dir)
      throws IOException {
    Path file = Files.write(dir.resolve("mixed.jsonl"), mixedFile());
    Files.writeString(dir.resolve("missing-facts.json"), requests.get(7));
    Files.write(dir.resolve("not-utf8.json"), new byte[] {'{', (byte) 0xC3, '}'});
    Output one = screen(0, ScreeningRun.BATCH_ENTRIES, "screen", "--format", format,
        dir.toString(), CASES.toString(), file.toString(), dir.resolve("gone.json").toString());
    assertEquals(Main.INVALID_INPUT, one.status());
    assertTrue(one.err().contains("gone.json: no such file or folder"), one.err());
    assertTrue(one.err().contains("not-utf8.json: the file is not valid UTF-8"), one.err());
    for (int workers = 1; workers <= 3; workers++) {
      for (int batch : new int[] {1, 2, 7}) {
        assertEquals(one, screen(workers, batch, "screen", "--format", format, dir.toString(),
            CASES.toString(), file.toString(), dir.resolve("gone.json").toString()),
            workers + " workers, batches of " + batch);
      }
    }
  }

  @Test
  void every_bundled_example_case_is_written_as_toJson_writes_it() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(CASES)) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    StringBuilder expected = new StringBuilder();
    for (Path file : files) {
      expected.append(new DecisionWriter().write(SCREENER.screen(REQUESTS.read(Files.readString(file)))))
          .append(System.lineSeparator());
    }
    Output run = screen(2, 2, "screen", "--format", "json", CASES.toString());
    assertEquals("", run.err());
    assertEquals(expected.toString(), run.out());
  }

  @Test
  void failures_in_requests_keep_their_lines_in_order(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      lines.add(requests.get(i % requests.size()));
    }
    Path file = Files.write(dir.resolve("r.jsonl"), lines);
    Function<ScreeningRequest, Decision> failsOnSome = request -> {
      if (request.caseFile().caseId().value().startsWith("QC")) {
        throw new IllegalStateException("a message that must not be printed");
      }
      return SCREENER.screen(request);
    };
    Output one = screen(0, 256, failsOnSome, "screen", "--format", "summary", file.toString());
    assertEquals(Main.FAILURE, one.status());
    List<String> errors = one.err().lines().toList();
    assertTrue(errors.size() > 10, one.err());
    assertTrue(errors.stream().allMatch(e -> e.matches(".*r\\.jsonl:[0-9]+: internal error"
        + " \\(IllegalStateException\\)")), one.err());
    assertEquals(errors.stream().sorted((a, b) -> Long.compare(number(a), number(b))).toList(),
        errors, "in line order");
    assertEquals(one, screen(2, 5, failsOnSome, "screen", "--format", "summary",
        file.toString()));
  }

  private static long number(String error) {
    String[] parts = error.split(":");
    return Long.parseLong(parts[parts.length - 2].trim());
  }

  /** An error that ends the run ends it on every thread, instead of leaving the run waiting. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void an_error_beyond_one_request_ends_the_run(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      lines.add(requests.get(i % requests.size()));
    }
    Path file = Files.write(dir.resolve("r.jsonl"), lines);
    OutOfMemoryError thrown = assertThrows(OutOfMemoryError.class, () -> screen(2, 4,
        request -> {
          throw new OutOfMemoryError("on purpose");
        }, "screen", "--format", "json", file.toString()));
    assertEquals("on purpose", thrown.getMessage());
  }
}
