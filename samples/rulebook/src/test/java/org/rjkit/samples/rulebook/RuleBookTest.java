package org.rjkit.samples.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.rjkit.eligibility.screening.Eligibility;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.programmes.Programmes;
import org.rjkit.samples.rulebook.RuleBook.Row;
import org.rjkit.samples.rulebook.RuleBook.Section;

/**
 * Every row of every rule book under {@code rulebook/} runs as a named test: the document, then
 * the rule (or heading), then {@code line N: scenario}. A failure prints the file and line, the
 * row, the expected and actual statuses and the reasons.
 */
class RuleBookTest {

  static Path dir() {
    return Path.of(System.getProperty("rjkit.rulebook.dir", "../../rulebook"));
  }

  static final RuleBookRunner RUNNER = new RuleBookRunner(Eligibility.screener());

  @TestFactory
  Stream<DynamicNode> every_row_of_the_rule_book() {
    List<DynamicNode> books = new ArrayList<>();
    for (Path file : RuleBooks.files(dir())) {
      books.add(book(file));
    }
    return books.stream();
  }

  static DynamicNode book(Path file) {
    URI uri = file.toAbsolutePath().normalize().toUri();
    RuleBook book;
    try {
      book = RuleBooks.load(file, Eligibility.screener().registry());
    } catch (RuleBookException e) {
      return DynamicTest.dynamicTest(file.getFileName() + ": the document", uri, () -> {
        throw new AssertionError(e.getMessage());
      });
    }
    List<DynamicNode> sections = new ArrayList<>();
    for (Section section : book.sections()) {
      if (section.rows().isEmpty()) {
        continue;
      }
      List<DynamicNode> rows = new ArrayList<>();
      for (Row row : section.rows()) {
        rows.add(DynamicTest.dynamicTest("line " + row.line() + ": " + row.scenario(),
            URI.create(uri + "?line=" + row.line()), () -> {
              RowResult result = RUNNER.run(book, section, row);
              if (!result.passes()) {
                fail(RuleBookRunner.report(result));
              }
            }));
      }
      sections.add(DynamicContainer.dynamicContainer(section.heading(),
          URI.create(uri + "?line=" + section.line()), rows.stream()));
    }
    return DynamicContainer.dynamicContainer(file.getFileName().toString(), uri,
        sections.stream());
  }

  @Test
  void every_built_in_programme_has_its_rule_book_with_rows_for_every_rule_but_few() {
    List<String> files = RuleBooks.files(dir()).stream()
        .map(p -> p.getFileName().toString()).toList();
    for (Programme p : Programmes.all()) {
      String name = p.id().value() + ".md";
      assertTrue(files.contains(name), "no rule book " + name);
      RuleBook book = RuleBooks.load(dir().resolve(name), Eligibility.screener().registry());
      assertEquals(RuleBook.Kind.PROGRAMME, book.kind());
      assertTrue(book.rows().size() >= 10, name + " has " + book.rows().size() + " rows");
    }
  }
}
