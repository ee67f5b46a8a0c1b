package org.rjkit.benchmarks.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts of the issue-12 launcher that run no benchmark: its options, its arithmetic, the
 * empty jar of the cold-start reference and the process meter. Timings are never asserted.
 */
class IssueTableTest {

  @Test
  void the_defaults_are_the_issues_sizes() {
    IssueTable.Settings s = IssueTable.Settings.parse();

    assertEquals(200_000, s.caseload());
    assertEquals(100_000, s.memorySmall());
    assertEquals(1_000_000, s.memoryLarge());
    assertTrue(s.runs("jmh") && s.runs("caseload") && s.runs("cold"));
  }

  @Test
  void options_set_the_sizes_and_the_part_to_run() {
    IssueTable.Settings s = IssueTable.Settings.parse("--rounds", "5", "--caseload", "20_000",
        "--memory", "10,40", "--only", "cold", "--quick");

    assertEquals(5, s.rounds());
    assertEquals(20_000, s.caseload());
    assertEquals(10, s.memorySmall());
    assertEquals(40, s.memoryLarge());
    assertTrue(s.runs("cold") && !s.runs("jmh") && s.quick());
  }

  @Test
  void bad_options_are_refused_by_name() {
    assertEquals("--rounds must be a positive whole number", assertThrows(
        IllegalArgumentException.class, () -> IssueTable.Settings.parse("--rounds", "0"))
        .getMessage());
    assertEquals("--only must be jmh, caseload or cold", assertThrows(
        IllegalArgumentException.class, () -> IssueTable.Settings.parse("--only", "x"))
        .getMessage());
    assertEquals("--memory takes two sizes, SMALL,LARGE", assertThrows(
        IllegalArgumentException.class, () -> IssueTable.Settings.parse("--memory", "1"))
        .getMessage());
    assertThrows(IllegalArgumentException.class, () -> IssueTable.Settings.parse("--caseload"));
  }

  @Test
  void medians_and_ratios() {
    assertEquals(2.0, Stats.median(List.of(3.0, 1.0, 2.0)));
    assertEquals(2.5, Stats.median(List.of(4.0, 1.0, 2.0, 3.0)));
    JmhRounds.Series a = new JmhRounds.Series("x.A.a", "ns/op", List.of(10.0, 30.0, 20.0),
        List.of());
    JmhRounds.Series b = new JmhRounds.Series("x.B.b", "ns/op", List.of(1.0, 10.0, 2.0),
        List.of());
    // Per-round ratios 10, 3 and 10: their median, not the ratio of the medians (20 / 2).
    assertEquals(10.0, JmhRounds.medianRatio(a, b));
    assertEquals("B.b", JmhRounds.shortName("x.B.b"));
    assertEquals("31×", Stats.ratio(31.2));
    assertEquals("1.2×", Stats.ratio(1.18));
    assertEquals("0.42×", Stats.ratio(0.421));
    assertEquals("5,800", Stats.number(5800.4));
    assertEquals("7.30", Stats.number(7.3));
    assertEquals("rjkit 2.0× faster", IssueTable.faster(2.0));
    assertEquals("Easy Rules 1.2× faster", IssueTable.faster(1 / 1.2));
  }

  @Test
  void the_hello_jar_runs_and_its_first_byte_and_memory_are_measured(@TempDir Path dir)
      throws IOException {
    Path jar = IssueTable.helloJar(dir);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    ProcessMeter.Run run = ProcessMeter.run(List.of(java, "-jar", jar.toString()), dir,
        Map.of());

    assertEquals(0, run.exitCode(), run.stderr());
    assertEquals("hello\n".length(), run.bytesOut());
    assertTrue(run.firstByteSeconds() > 0 && run.firstByteSeconds() <= run.wallSeconds());
    assertTrue(run.peakRssKb() > 0, "peak RSS read from /proc");
  }

  @Test
  void the_caseload_file_repeats_the_batch_lines(@TempDir Path dir) throws IOException {
    Path file = IssueTable.requests(dir, 50);

    List<String> lines = Files.readAllLines(file);
    assertEquals(50, lines.size());
    assertEquals(lines.get(0), lines.get(Caseload.BATCH_LINES));
    assertTrue(lines.get(0).contains("\"programme\""));
  }
}
