package org.rjkit.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rjkit.quality.ProjectPoms.LibraryModule;

/**
 * The compatibility policy (docs/compatibility.md) counts from 1.0: every public top-level type of
 * a library module outside its internal packages says since when it exists ({@code @since}).
 */
class SinceTagsTest {

  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "(?m)^public (?:final |abstract |sealed |non-sealed |static )*"
          + "(?:class|interface|record|enum|@interface) (\\w+)");

  @ParameterizedTest(name = "every public type of {0} has @since")
  @EnumSource(LibraryModule.class)
  void every_public_type_of_the_library_says_since_when(LibraryModule module) throws IOException {
    Path sources = ProjectPoms.root().resolve(module.directory).resolve("src/main/java");
    List<String> missing = new ArrayList<>();
    int seen = 0;
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        if (file.toString().contains("/internal/")) {
          continue;
        }
        String source = read(file);
        Matcher type = PUBLIC_TYPE.matcher(source);
        if (type.find()) {
          seen++;
          if (!hasSince(source, type.start())) {
            missing.add(sources.relativize(file).toString());
          }
        }
      }
    }
    assertTrue(seen > 20, "found the public types of " + module.directory);
    assertEquals(List.of(), missing, "public types without @since in their Javadoc");
  }

  @Test
  void a_type_whose_comment_lacks_the_tag_is_found() {
    String without = "/**\n * A thing.\n */\npublic final class Thing {}\n";
    String with = "/**\n * A thing.\n *\n * @since 1.0\n */\n@Deprecated\npublic final class Thing {}\n";
    Matcher a = PUBLIC_TYPE.matcher(without);
    Matcher b = PUBLIC_TYPE.matcher(with);
    assertTrue(a.find() && b.find());
    assertFalse(hasSince(without, a.start()));
    assertTrue(hasSince(with, b.start()));
    assertFalse(hasSince("public class Bare {}", 0));
  }

  /** Whether the doc comment just before the declaration (annotations aside) has {@code @since}. */
  static boolean hasSince(String source, int declaration) {
    String before = source.substring(0, declaration);
    int end = before.lastIndexOf("*/");
    if (end < 0) {
      return false;
    }
    String between = before.substring(end + 2).strip();
    if (!between.isEmpty() && !between.lines().allMatch(l -> l.strip().startsWith("@"))) {
      return false;
    }
    int start = before.lastIndexOf("/**", end);
    return start >= 0 && before.substring(start, end).contains("@since");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
