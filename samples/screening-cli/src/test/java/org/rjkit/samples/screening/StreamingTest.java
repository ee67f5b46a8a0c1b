package org.rjkit.samples.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large inputs stream: the command holds one request at a time. Screening 50,000 requests in a
 * JVM with a 32 MiB heap shows that memory does not grow with the input (the decisions alone
 * would take far more than 32 MiB if they were kept).
 */
class StreamingTest {

  @Test
  void fifty_thousand_requests_are_screened_in_a_32_mib_heap(@TempDir Path dir)
      throws IOException, InterruptedException {
    List<String> examples = Files.readAllLines(
        ScreeningCommandTest.SAMPLES.resolve("batch/requests.jsonl"));
    Path big = dir.resolve("big.jsonl");
    int count = 50_000;
    try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        w.write(examples.get(i % examples.size()));
        w.newLine();
      }
    }
    Path out = dir.resolve("decisions.jsonl");
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx32m", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "screen", "--format", "json", big.toString())
        .redirectOutput(out.toFile())
        .redirectError(dir.resolve("errors.txt").toFile())
        .start();
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    assertEquals(true, finished, "finished in time");
    assertEquals(0, process.exitValue(), Files.readString(dir.resolve("errors.txt")));
    try (var lines = Files.lines(out)) {
      assertEquals(count, lines.count());
    }
  }
}
