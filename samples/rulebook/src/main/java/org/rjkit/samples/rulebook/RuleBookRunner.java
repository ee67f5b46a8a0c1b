package org.rjkit.samples.rulebook;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Message;
import org.rjkit.core.language.Messages;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.RuleSetNotInForceException;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.eligibility.screening.Screener;
import org.rjkit.eligibility.UnknownProgrammeException;
import org.rjkit.samples.rulebook.RuleBook.Contract;
import org.rjkit.samples.rulebook.RuleBook.ExpectedStatus;
import org.rjkit.samples.rulebook.RuleBook.ReasonWords;
import org.rjkit.samples.rulebook.RuleBook.Row;
import org.rjkit.samples.rulebook.RuleBook.Screening;
import org.rjkit.samples.rulebook.RuleBook.Section;
import org.rjkit.samples.rulebook.json.ChangeException;
import org.rjkit.samples.rulebook.json.RequestTree;

/**
 * Runs rule book rows: applies each row's changes to the starting case, reads the request with
 * the strict reader, screens it, and compares the outcome, the status of every rule not MET and
 * the reason words with the row's. Immutable and thread-safe.
 */
public final class RuleBookRunner {

  private final Screener screener;

  /**
   * @param screener decides the requests, not null
   */
  public RuleBookRunner(Screener screener) {
    this.screener = checkNotNull(screener, "screener");
  }

  /**
   * The request a row's changes make of the starting case.
   *
   * @param book not null
   * @param row not null
   * @return the changed tree
   * @throws RuleBookException naming the row's line when a change breaks the grammar
   */
  public static RequestTree changed(RuleBook book, Row row) {
    RequestTree.Mode mode = book.kind() == RuleBook.Kind.CONTRACT ? RequestTree.Mode.CONTRACT
        : RequestTree.Mode.CLOSED;
    RequestTree tree = RequestTree.of(book.startingCase(), mode);
    for (var change : row.changes()) {
      try {
        tree.apply(change);
      } catch (ChangeException e) {
        throw new RuleBookException(book.source(), row.line(), e.message());
      }
    }
    return tree;
  }

  /**
   * Runs one row.
   *
   * @param book the row's document, not null
   * @param section the row's section, not null
   * @param row not null
   * @return what came of it
   */
  public RowResult run(RuleBook book, Section section, Row row) {
    RequestTree tree;
    try {
      tree = changed(book, row);
    } catch (RuleBookException e) {
      return new RowResult(book, section, row, Optional.empty(), Optional.empty(), List.of(),
          Optional.of(e.located()), List.of());
    }
    Optional<String> json = Optional.of(tree.toJson());
    ScreeningRequest request;
    try {
      request = tree.read();
    } catch (InvalidInputException e) {
      if (row.expected() instanceof Contract c) {
        return new RowResult(book, section, row, json, Optional.empty(), e.errors(),
            Optional.empty(), contractMismatches(c, e.errors()));
      }
      return new RowResult(book, section, row, json, Optional.empty(), e.errors(),
          Optional.of(new RuleBookException(book.source(), row.line(),
              RuleBooks.error("readerRejects", RuleBooks.describe(e.errors()))).located()),
          List.of());
    }
    if (row.expected() instanceof Contract c) {
      // the contract makes an unknown programme and a date before its first version input errors
      List<InputError> errors = List.of();
      try {
        screener.screen(request);
      } catch (UnknownProgrammeException e) {
        errors = List.of(new InputError("$.programme", RuleBooks.error("contractNoProgramme")));
      } catch (RuleSetNotInForceException e) {
        errors = List.of(new InputError("$.asOf", RuleBooks.error("contractBeforeFirstVersion")));
      }
      return new RowResult(book, section, row, json, Optional.empty(), errors,
          Optional.empty(), contractMismatches(c, errors));
    }
    Decision decision;
    try {
      decision = screener.screen(request);
    } catch (UnknownProgrammeException | RuleSetNotInForceException e) {
      return new RowResult(book, section, row, json, Optional.empty(), List.of(),
          Optional.of(new RuleBookException(book.source(), row.line(),
              RuleBooks.error("cannotScreen", e.getClass().getSimpleName())).located()),
          List.of());
    }
    return new RowResult(book, section, row, json, Optional.of(decision), List.of(),
        Optional.empty(), screeningMismatches((Screening) row.expected(), decision));
  }

  /**
   * The rules of a decision that are not MET, in the programme's order.
   *
   * @param decision not null
   * @return such as {@code [CSC-RO-SAFETY = REVIEW]}
   */
  public static List<ExpectedStatus> notMet(Decision decision) {
    return decision.rules().stream().filter(r -> r.status() != RuleStatus.MET)
        .map(r -> new ExpectedStatus(r.ruleId(), r.status())).toList();
  }

  /**
   * What differs between a screening row's expectations and a decision.
   *
   * @param expected not null
   * @param decision not null
   * @return the differences, empty when the row passes
   */
  public static List<Message> screeningMismatches(Screening expected, Decision decision) {
    List<Message> out = new ArrayList<>();
    if (expected.outcome() != decision.outcome()) {
      out.add(differs("outcome", expected.outcome().name(), decision.outcome().name()));
    }
    List<ExpectedStatus> actual = notMet(decision);
    List<ExpectedStatus> wanted = new ArrayList<>();
    for (RuleResult r : decision.rules()) {
      expected.notMet().stream().filter(e -> e.ruleId().equals(r.ruleId()))
          .forEach(wanted::add);
    }
    if (!wanted.equals(actual)) {
      out.add(differs("notMet", show(wanted), show(actual)));
    }
    for (RuleResult r : decision.rules()) {
      if (r.reason().in(Language.EN).isBlank() || r.reason().in(Language.FR).isBlank()) {
        out.add(differs("noReason", r.ruleId()));
      }
    }
    for (ReasonWords words : expected.reasons()) {
      Optional<RuleResult> rule = decision.rules().stream()
          .filter(r -> r.ruleId().equals(words.ruleId())).findFirst();
      String reason = rule.map(r -> r.reason().in(words.language())).orElse("");
      if (!reason.toLowerCase(Locale.ROOT).contains(words.words().toLowerCase(Locale.ROOT))) {
        out.add(differs(words.language().equals(Language.FR) ? "frenchWords" : "englishWords",
            words.ruleId(), words.words()));
      }
    }
    return out;
  }

  static List<Message> contractMismatches(Contract expected, List<InputError> errors) {
    return contractMismatches(expected, errors.stream().map(InputError::path).distinct().toList(),
        errors.isEmpty());
  }

  /**
   * What differs between a contract row's expectations and what a reader did.
   *
   * @param expected not null
   * @param paths the JSON paths the rejection named (empty when accepted)
   * @param accepted whether the document was accepted
   * @return the differences, empty when the row passes
   */
  public static List<Message> contractMismatches(Contract expected, List<String> paths,
      boolean accepted) {
    List<Message> out = new ArrayList<>();
    if (expected.accepted()) {
      if (!accepted) {
        out.add(differs("notAccepted", paths.toString()));
      }
      return out;
    }
    if (accepted) {
      out.add(differs("notRejected", expected.rejectedAt().toString()));
      return out;
    }
    Set<String> named = new HashSet<>(paths);
    for (String p : expected.rejectedAt()) {
      if (!named.contains(p)) {
        out.add(differs("rejectedElsewhere", p, paths.toString()));
      }
    }
    return out;
  }

  private static Message differs(String key, Object... arguments) {
    return Message.of("rulebook.differs." + key, arguments);
  }

  static Message show(List<ExpectedStatus> statuses) {
    return statuses.isEmpty() ? Message.of("rulebook.report.allMet")
        : Message.of("rulebook.report.statuses", statuses.toString());
  }

  /**
   * A report of a row that fails, in English.
   *
   * @param result not null
   * @return the report, several lines
   */
  public static String report(RowResult result) {
    return report(result, Language.EN);
  }

  /**
   * A report of a row that fails: where it is, the row, what was expected and what came, and
   * the reasons of the rules not MET, in a language. The row's own words (its scenario, its
   * changes, rule ids, outcomes and statuses) are shown as written.
   *
   * @param result not null
   * @param language the reader's language, not null
   * @return the report, several lines
   */
  public static String report(RowResult result, Language language) {
    StringBuilder b = new StringBuilder();
    Row row = result.row();
    b.append(Messages.format(language, result.passes() ? "rulebook.report.passes"
        : "rulebook.report.fails", result.location(), row.scenario())).append('\n');
    line(b, language, "changes", row.changes().isEmpty()
        ? Messages.format(language, "rulebook.report.none")
        : RuleBooks.joined(row.changes().stream()
            .map(c -> Message.of("rulebook.report.change", c.text())).toList()).in(language));
    result.documentProblem().ifPresent(e -> line(b, language, "error", e.in(language)));
    if (row.expected() instanceof Screening s) {
      line(b, language, "expected", Messages.format(language, "rulebook.report.decision",
          s.outcome().name(), show(s.notMet())));
    } else if (row.expected() instanceof Contract c) {
      line(b, language, "expected", c.accepted()
          ? Messages.format(language, "rulebook.report.accepted")
          : Messages.format(language, "rulebook.report.rejectedAt", c.rejectedAt().toString()));
    }
    result.decision().ifPresent(d -> {
      line(b, language, "actual", Messages.format(language, "rulebook.report.decision",
          d.outcome().name(), show(notMet(d))));
      for (RuleResult r : d.rules()) {
        if (r.status() != RuleStatus.MET) {
          line(b, language, "reason", Messages.format(language, "rulebook.report.reasonOf",
              r.ruleId(), r.reason().in(language)));
        }
      }
    });
    if (!result.inputErrors().isEmpty()) {
      line(b, language, "actual", Messages.format(language, "rulebook.report.rejected",
          RuleBooks.describe(result.inputErrors())));
    }
    for (String m : result.mismatches(language)) {
      line(b, language, "differs", m);
    }
    return b.toString();
  }

  /** {@code "  label: text"}, the label of key {@code rulebook.report.label.NAME}. */
  private static void line(StringBuilder b, Language language, String label, String text) {
    b.append("  ").append(Messages.format(language, "rulebook.report.label." + label, text))
        .append('\n');
  }
}
