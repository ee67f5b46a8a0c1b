package org.rjkit.samples.rulebook.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule book holds every row of the Java rule tables, as the converter writes them. While the
 * Java tables exist, a table changed (rows added on another branch) without re-running the
 * converter fails here, naming the command to run. With {@code -Drjkit.rulebook.convert=write}
 * (what {@code eligibility/tools/convert-rule-tables} passes) the converter writes the rule
 * books instead, and prints its row counts and notes.
 */
class RuleTableConversionTest {

  static Path javaDir() {
    return Path.of(System.getProperty("rjkit.eligibility.tests",
        "../../eligibility/src/test/java/org/rjkit/eligibility/programmes"));
  }

  static Path bookDir() {
    return Path.of(System.getProperty("rjkit.rulebook.dir", "../../rulebook"));
  }

  @Test
  void the_rule_book_is_the_conversion_of_every_java_rule_table() throws IOException {
    boolean write = "write".equals(System.getProperty("rjkit.rulebook.convert"));
    RuleTableConverter converter = new RuleTableConverter(javaDir());
    List<Path> tables = converter.tableFiles();
    assertFalse(tables.isEmpty() && Files.isDirectory(javaDir())
        && Files.list(javaDir()).anyMatch(p -> p.toString().endsWith("Test.java")
            && !p.getFileName().toString().equals("RuleCatalogueTest.java")),
        "the Java rule tables are there but none was recognised");
    List<String> stale = new ArrayList<>();
    StringBuilder log = new StringBuilder("rule table conversion:\n");
    int javaRows = 0;
    int bookRows = 0;
    for (Path table : tables) {
      Path target = bookDir().resolve(programmeFile(table, converter));
      RuleTableConverter.Result r = converter.convert(table, RuleTableConverter.existing(target));
      javaRows += r.javaRows();
      bookRows += r.bookRows();
      log.append(String.format(java.util.Locale.ROOT, "  %-36s %3d Java rows -> %3d rule book rows%n",
          r.programme(), r.javaRows(), r.bookRows()));
      r.notes().forEach(n -> log.append("    note: ").append(n).append('\n'));
      assertEquals(r.javaRows(), r.bookRows(), r.programme() + ": a row was lost");
      if (write) {
        Files.createDirectories(target.getParent());
        Files.writeString(target, r.markdown(), StandardCharsets.UTF_8);
      } else if (!Files.isRegularFile(target)
          || !Files.readString(target, StandardCharsets.UTF_8).equals(r.markdown())) {
        stale.add(target.getFileName().toString());
      }
    }
    log.append(String.format(java.util.Locale.ROOT, "  total %d Java rows -> %d rule book rows%n",
        javaRows, bookRows));
    System.out.print(log);
    if (!stale.isEmpty()) {
      fail("the rule book is not the conversion of the Java rule tables for " + stale
          + "; run eligibility/tools/convert-rule-tables");
    }
    assertTrue(write || tables.isEmpty() || bookRows > 0, "no row converted");
  }

  private static String programmeFile(Path table, RuleTableConverter converter) throws IOException {
    String text = Files.readString(table, StandardCharsets.UTF_8);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("@DisplayName\\(\"([^\"]+)\"\\)").matcher(text);
    if (!m.find()) {
      throw new AssertionError(table.getFileName() + " has no @DisplayName(programme id)");
    }
    return m.group(1) + ".md";
  }
}
