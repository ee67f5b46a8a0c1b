package org.rjkit.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The repository's {@code samples/} directory, where the benchmarks take their inputs: the
 * {@code rjkit.samples} system property when set ({@code -Drjkit.samples=/path/to/samples}),
 * else the first {@code samples/} found walking up from the working directory.
 */
public final class Samples {

  /** The system property that names the samples directory. */
  public static final String PROPERTY = "rjkit.samples";

  private static final String MARKER = "batch/requests.jsonl";

  private Samples() {}

  /** The samples directory. */
  public static Path root() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      Path root = Path.of(configured).toAbsolutePath().normalize();
      if (!Files.isRegularFile(root.resolve(MARKER))) {
        throw new IllegalStateException(
            "-D" + PROPERTY + " must name the repository's samples directory");
      }
      return root;
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("samples");
      if (Files.isRegularFile(candidate.resolve(MARKER))) {
        return candidate.normalize();
      }
    }
    throw new IllegalStateException("no samples directory above the working directory:"
        + " run from the repository or set -D" + PROPERTY);
  }

  /**
   * The text of a file under {@code samples/}.
   *
   * @param relative a path relative to the samples directory, such as
   *     {@code cases/ca-qc-pmrg/01-adult-shoplifting.json}
   */
  public static String text(String relative) {
    try {
      return Files.readString(root().resolve(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read samples/" + relative, e);
    }
  }

  /** The non-blank lines of {@code samples/batch/requests.jsonl}, in file order. */
  public static List<String> batchLines() {
    return text(MARKER).lines().filter(line -> !line.isBlank()).toList();
  }
}
