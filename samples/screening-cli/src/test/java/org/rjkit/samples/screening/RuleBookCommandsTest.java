package org.rjkit.samples.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./rjkit rulebook} and {@code ./rjkit conformance} through the command line's Main. */
class RuleBookCommandsTest {

  static final Path BOOK = Path.of("../../rulebook").toAbsolutePath().normalize();

  @TempDir
  Path dir;

  record Run(int status, String out, String err) {}

  static Run rjkit(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void rulebook_renders_html_in_french() throws IOException {
    Run run = rjkit("rulebook", "--lang", "fr", "--book", BOOK.toString(), "--out",
        dir.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains(" 0 en échec)"), run.out());
    String index = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
    assertTrue(index.contains("Le recueil des règles de rjkit"), index);
    assertTrue(Files.isRegularFile(dir.resolve("ca-qc-pmrg.html")));
  }

  @Test
  void conformance_writes_the_results_csv_and_a_summary() throws IOException {
    Path csv = dir.resolve("results.csv");
    Run run = rjkit("conformance", "--book", BOOK.toString(), "--out", csv.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("Success:"), run.out());
    assertTrue(run.out().contains("Failure: 0"), run.out());
    assertTrue(Files.readString(csv, StandardCharsets.UTF_8)
        .startsWith("case,level,programme,requirement,result,message\n"));
  }

  @Test
  void bad_arguments_are_exit_status_2_naming_the_option() {
    Run unknown = rjkit("rulebook", "--colour", "red");
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().contains("unknown option --colour"), unknown.err());
    Run http = rjkit("conformance", "--book", BOOK.toString(), "--http", "ftp://x");
    assertEquals(2, http.status());
    assertTrue(http.err().contains("--http must be an http:// or https:// URL"), http.err());
    Run noBook = rjkit("rulebook", "--book", dir.resolve("none").toString());
    assertEquals(2, noBook.status());
    assertTrue(noBook.err().contains("is not a rule book folder"), noBook.err());
  }

  @Test
  void a_failing_row_is_exit_status_1_with_its_file_and_line() throws IOException {
    Path book = dir.resolve("book");
    Files.createDirectories(book);
    String nz = Files.readString(BOOK.resolve("nz-sentencing-act-s24a.md"), StandardCharsets.UTF_8)
        .replace("| the High Court | `case.court = HIGH_COURT` | INELIGIBLE |",
            "| the High Court | `case.court = HIGH_COURT` | ELIGIBLE |");
    Files.writeString(book.resolve("nz-sentencing-act-s24a.md"), nz, StandardCharsets.UTF_8);
    Run run = rjkit("rulebook", "--book", book.toString(), "--out", dir.resolve("html").toString());
    assertEquals(1, run.status(), run.out() + run.err());
    assertTrue(run.err().contains("book/nz-sentencing-act-s24a.md:"), run.err());
    assertTrue(run.err().contains("row \"the High Court\" fails"), run.err());
  }
}
