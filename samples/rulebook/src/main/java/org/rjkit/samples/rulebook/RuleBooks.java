package org.rjkit.samples.rulebook;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Message;
import org.rjkit.core.language.Text;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.RuleSetNotInForceException;
import org.rjkit.eligibility.RuleSetVersion;
import org.rjkit.eligibility.rule.Rule;
import org.rjkit.samples.rulebook.RuleBook.ExpectedStatus;
import org.rjkit.samples.rulebook.RuleBook.ReasonWords;
import org.rjkit.samples.rulebook.RuleBook.Row;
import org.rjkit.samples.rulebook.RuleBook.Screening;
import org.rjkit.samples.rulebook.RuleBook.Section;
import org.rjkit.samples.rulebook.json.Nearest;
import org.rjkit.samples.rulebook.json.RequestTree;

/**
 * Finds, reads and checks rule book documents against the programmes they describe: the
 * programme exists, the starting case is a valid request, every rule of the version in force has
 * its section with the code's policy sentence, and every rule a row names is one of them.
 */
public final class RuleBooks {

  private RuleBooks() {}

  /**
   * The rule book documents of a folder: its {@code .md} files but {@code README.md}, in name
   * order.
   *
   * @param dir the folder, not null
   * @return the files
   * @throws RuleBookException if the folder cannot be listed
   */
  public static List<Path> files(Path dir) {
    checkNotNull(dir, "dir");
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".md"))
          .filter(p -> !p.getFileName().toString().equals("README.md"))
          .sorted().toList();
    } catch (IOException e) {
      throw new RuleBookException(dir.getFileName() == null ? dir.toString()
          : dir.getFileName().toString(), 0, error("notAFolder"));
    }
  }

  /**
   * How a document is named in messages: its folder's name and its file name.
   *
   * @param file not null
   * @return such as {@code rulebook/ca-qc-pmrg.md}
   */
  public static String sourceOf(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return (parent == null || parent.getFileName() == null ? "" : parent.getFileName() + "/")
        + file.getFileName();
  }

  /**
   * Reads and checks a document.
   *
   * @param file not null
   * @param registry the programmes, not null
   * @return the document
   * @throws RuleBookException naming the file and line of the first mistake
   */
  public static RuleBook load(Path file, ProgrammeRegistry registry) {
    RuleBook book = RuleBookParser.parse(file, sourceOf(file));
    ScreeningRequest start = startingRequest(book);
    if (book.kind() == RuleBook.Kind.CONTRACT) {
      return book;
    }
    String stated = book.programme().orElseThrow();
    List<String> ids = registry.all().stream().map(p -> p.id().value()).toList();
    Optional<Programme> programme = registry.all().stream()
        .filter(p -> p.id().value().equals(stated)).findFirst();
    if (programme.isEmpty()) {
      throw new RuleBookException(book.source(), 0, error("noProgramme", stated,
          Nearest.hint(stated, ids)));
    }
    if (!start.programme().equals(ProgrammeId.of(stated))) {
      throw new RuleBookException(book.source(), book.startingCaseLine(),
          error("otherProgramme"));
    }
    RuleSetVersion version;
    try {
      version = programme.get().versionOn(start.asOf());
    } catch (RuleSetNotInForceException e) {
      throw new RuleBookException(book.source(), book.startingCaseLine(),
          error("beforeFirstVersion"));
    }
    List<String> ruleIds = version.rules().stream().map(Rule::id).toList();
    Set<String> seen = new HashSet<>();
    for (Section s : book.sections()) {
      if (s.ruleId().isPresent()) {
        String id = s.ruleId().get();
        Optional<Rule> rule = version.rules().stream().filter(r -> r.id().equals(id)).findFirst();
        if (rule.isEmpty()) {
          throw new RuleBookException(book.source(), s.line(), error("noRule", id,
              Nearest.hint(id, ruleIds)));
        }
        if (!seen.add(id)) {
          throw new RuleBookException(book.source(), s.line(), error("secondSection", id));
        }
        if (s.policy().isEmpty()) {
          throw new RuleBookException(book.source(), s.line(), error("noPolicy", id));
        }
        if (!s.policy().get().equals(rule.get().policy().in(Language.EN))) {
          throw new RuleBookException(book.source(), s.policyLine(), error("otherPolicy", id,
              rule.get().policy().in(Language.EN)));
        }
      }
      for (Row row : s.rows()) {
        checkRow(book, row, ruleIds);
      }
    }
    List<String> missing = new ArrayList<>(ruleIds);
    missing.removeAll(seen);
    if (!missing.isEmpty()) {
      throw new RuleBookException(book.source(), 0, error("noSection",
          missing.toString()));
    }
    return book;
  }

  /**
   * The starting case of a document, read with the strict request reader.
   *
   * @param book not null
   * @return the request
   * @throws RuleBookException if it is not a valid request
   */
  public static ScreeningRequest startingRequest(RuleBook book) {
    try {
      return RequestTree.of(book.startingCase(), RequestTree.Mode.CLOSED).read();
    } catch (InvalidInputException e) {
      throw new RuleBookException(book.source(), book.startingCaseLine(),
          error("invalidStartingCase", describe(e.errors())));
    }
  }

  /**
   * The reader's errors, for people: {@code PATH problem; PATH problem}.
   *
   * @param errors not null
   * @return a text in every language
   */
  static Message describe(List<InputError> errors) {
    List<Message> parts = new ArrayList<>();
    for (InputError e : errors) {
      parts.add(Message.of("rulebook.inputError", e.path(), e.problem()));
    }
    return joined(parts);
  }

  /**
   * Texts one after the other, separated by semicolons.
   *
   * @param parts not null
   * @return {@code A; B; C}, or the key {@code rulebook.none} when there are none
   */
  static Message joined(List<? extends Text> parts) {
    if (parts.isEmpty()) {
      return Message.of("rulebook.none");
    }
    Message out = Message.of("rulebook.one", parts.get(0));
    for (int i = 1; i < parts.size(); i++) {
      out = Message.of("rulebook.joined", out, parts.get(i));
    }
    return out;
  }

  static Message error(String key, Object... arguments) {
    return Message.of("rulebook.error." + key, arguments);
  }

  private static void checkRow(RuleBook book, Row row, List<String> ruleIds) {
    if (row.expected() instanceof Screening s) {
      Set<String> named = new HashSet<>();
      for (ExpectedStatus e : s.notMet()) {
        if (!ruleIds.contains(e.ruleId())) {
          throw new RuleBookException(book.source(), row.line(), error("noRule", e.ruleId(),
              Nearest.hint(e.ruleId(), ruleIds)));
        }
        if (!named.add(e.ruleId())) {
          throw new RuleBookException(book.source(), row.line(), error("listedTwice", e.ruleId()));
        }
      }
      for (ReasonWords r : s.reasons()) {
        if (!ruleIds.contains(r.ruleId())) {
          throw new RuleBookException(book.source(), row.line(), error("noRule", r.ruleId(),
              Nearest.hint(r.ruleId(), ruleIds)));
        }
      }
    }
  }
}
