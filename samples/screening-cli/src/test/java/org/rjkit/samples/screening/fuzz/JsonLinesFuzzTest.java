package org.rjkit.samples.screening.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.fuzz.ReadingInvariant;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.screening.Screener;
import org.rjkit.eligibility.json.DecisionReader;
import org.rjkit.eligibility.json.ScreeningRequestReader;
import org.rjkit.samples.screening.Main;

/**
 * Fuzzes the JSON Lines input of the command line: the fuzzer's bytes are written as a
 * {@code .jsonl} file and screened with {@code rjkit screen --format json FILE} (and again with
 * the default text format) through {@link Main#run}. For every file:
 * <ul>
 *   <li>the exit status is 0 when every line was decided and 2 when any line was invalid, never
 *       1, and no exception escapes;</li>
 *   <li>stdout holds exactly one JSON decision per valid line, in order, each the decision the
 *       library gives for that line;</li>
 *   <li>every stderr line is {@code FILE:LINE: $path: message} for an invalid request, or
 *       {@code FILE:LINE: message} for a line that is not UTF-8, in order, exactly the errors of
 *       the library for that line; no line carries a planted marker ({@link ReadingInvariant})
 *       or an internal error.</li>
 * </ul>
 * The expected output comes from the JSON Lines rules, applied here independently of the
 * command's reader: lines end at {@code \n}; one {@code \r} just before it is dropped; each line
 * is UTF-8 on its own; blank lines are skipped; the other lines are read by
 * {@link ScreeningRequestReader} with the built-in programmes and screened by {@link Screener}.
 *
 * <p>The normal build runs the seeds in {@code JsonLinesFuzzTestInputs/screenJsonLines/}:
 * {@code samples/batch/requests.jsonl}, variants with blank lines, CRLF line ends, no final line
 * end, a line that is not UTF-8 among valid ones, invalid requests, a planted marker in every
 * kind of field, and each crash fuzzing has found. A line over the 8 MiB limit is not fuzzed
 * (too costly per execution). {@code JAZZER_FUZZ=1} fuzzes (see docs/fuzzing.md).
 */
class JsonLinesFuzzTest {

  private static final ProgrammeRegistry BUILT_IN = ProgrammeRegistry.builtIn();
  private static final Path FILE = file();

  private final ScreeningRequestReader requests = new ScreeningRequestReader(BUILT_IN);
  private final Screener screener = new Screener(BUILT_IN);

  private static Path file() {
    try {
      return Files.createDirectories(Path.of("target", "jsonl-fuzz")).resolve("requests.jsonl");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Timeout(10)
  @DictionaryFile(resourcePath = "/org/rjkit/core/json/fuzz/rjkit-json.dict")
  @FuzzTest(maxDuration = "30s")
  void screenJsonLines(byte[] data) throws IOException {
    Files.write(FILE, data);
    Expected expected = expected(data);

    Run json = run("--format", "json");
    checkStatusAndErrors(json, expected);
    if (json.out().size() != expected.decisions().size()) {
      throw new AssertionError("stdout has " + json.out().size() + " lines for "
          + expected.decisions().size() + " valid requests");
    }
    for (int i = 0; i < json.out().size(); i++) {
      // a document keeps a reason's words, not its message key: compare what it says
      if (!new org.rjkit.eligibility.json.DecisionWriter().write(new DecisionReader().read(
          json.out().get(i))).equals(new org.rjkit.eligibility.json.DecisionWriter().write(
              expected.decisions().get(i)))) {
        throw new AssertionError("decision " + (i + 1) + " on stdout is not the decision of"
            + " its request");
      }
    }

    checkStatusAndErrors(run(), expected);
  }

  private record Run(int status, List<String> out, List<String> err) {}

  private static Run run(String... options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(List.of("screen"));
    args.addAll(Arrays.asList(options));
    args.add(FILE.toString());
    int status = Main.run(args.toArray(String[]::new),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    return new Run(status, lines(out), lines(err));
  }

  private static List<String> lines(ByteArrayOutputStream bytes) {
    String text = bytes.toString(StandardCharsets.UTF_8);
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> lines = List.of(text.split("\n", -1));
    return lines.subList(0, text.endsWith("\n") ? lines.size() - 1 : lines.size());
  }

  private static void checkStatusAndErrors(Run run, Expected expected) {
    String prefix = FILE + ":";
    for (String line : run.err()) {
      if (ReadingInvariant.MARKER.matcher(line).find()) {
        throw new AssertionError("stderr echoes a value of the input: " + line);
      }
      if (line.contains("internal error")) {
        throw new AssertionError("stderr reports an internal error: " + line);
      }
      if (!line.startsWith(prefix)
          || !line.substring(prefix.length()).matches("[1-9][0-9]*: (\\$.*|the line .*)")) {
        throw new AssertionError("a stderr line does not name the file, the line and a $ path"
            + " or a file-level problem: " + line);
      }
    }
    if (run.status() == Main.FAILURE) {
      throw new AssertionError("exit status 1 (a failure not of the input)");
    }
    int status = expected.errors().isEmpty() ? Main.OK : Main.INVALID_INPUT;
    if (run.status() != status) {
      throw new AssertionError("exit status " + run.status() + ", expected " + status);
    }
    if (!run.err().equals(expected.errors())) {
      throw new AssertionError("stderr is not the errors of the invalid lines, in order:\n"
          + run.err() + "\nexpected:\n" + expected.errors());
    }
  }

  private record Expected(List<Decision> decisions, List<String> errors) {}

  /** What the command must print for the file, by the JSON Lines rules. */
  private Expected expected(byte[] data) {
    List<Decision> decisions = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    int start = 0;
    long number = 0;
    while (start < data.length) {
      int end = start;
      while (end < data.length && data[end] != '\n') {
        end++;
      }
      int last = end > start && data[end - 1] == '\r' ? end - 1 : end;
      number++;
      String where = FILE + ":" + number;
      Optional<String> text = utf8(Arrays.copyOfRange(data, start, last));
      if (text.isEmpty()) {
        errors.add(where + ": the line is not valid UTF-8");
      } else if (!text.get().isBlank()) {
        try {
          decisions.add(screener.screen(requests.read(text.get())));
        } catch (InvalidInputException e) {
          for (InputError error : e.errors()) {
            errors.add(where + ": " + error.path() + ": " + error.message());
          }
        }
      }
      start = end + 1;
    }
    return new Expected(decisions, errors);
  }

  private static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
