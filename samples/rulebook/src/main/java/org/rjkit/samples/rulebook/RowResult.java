package org.rjkit.samples.rulebook;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.input.InputError;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Message;
import org.rjkit.core.language.Text;
import org.rjkit.eligibility.Decision;
import org.rjkit.samples.rulebook.RuleBook.Row;
import org.rjkit.samples.rulebook.RuleBook.Section;

/**
 * What came of one row: the request its changes made, the decision (or the reader's errors for
 * a contract row), and what did not match.
 *
 * @param book the document
 * @param section the row's section
 * @param row the row
 * @param requestJson the request the changes made, one line of JSON, when they could be applied
 * @param decision the decision, when the request was screened
 * @param inputErrors the reader's errors, when it rejected the request
 * @param documentProblem a mistake of the row itself (its grammar), if any, as
 *     {@code FILE:LINE: text}
 * @param differences what differs from the row's expectations
 */
public record RowResult(RuleBook book, Section section, Row row, Optional<String> requestJson,
    Optional<Decision> decision, List<InputError> inputErrors, Optional<Text> documentProblem,
    List<Message> differences) {

  /** Copies the lists. */
  public RowResult {
    checkNotNull(book, "book");
    inputErrors = ImmutableList.copyOf(inputErrors);
    checkNotNull(documentProblem, "documentProblem");
    differences = ImmutableList.copyOf(differences);
  }

  /**
   * The mistake of the row itself, in English.
   *
   * @return {@code FILE:LINE: text}, if any
   */
  public Optional<String> documentError() {
    return documentProblem.map(t -> t.in(Language.EN));
  }

  /**
   * What differs from the row's expectations, in English.
   *
   * @return the differences, empty when the row passes
   */
  public List<String> mismatches() {
    return mismatches(Language.EN);
  }

  /**
   * What differs from the row's expectations, in a language.
   *
   * @param language not null
   * @return the differences, empty when the row passes
   */
  public List<String> mismatches(Language language) {
    return differences.stream().map(m -> m.in(language)).toList();
  }

  /** Whether the row runs and everything it expects holds. */
  public boolean passes() {
    return documentProblem.isEmpty() && differences.isEmpty();
  }

  /** Where the row is: {@code rulebook/ca-qc-pmrg.md:42}. */
  public String location() {
    return book.source() + ":" + row.line();
  }
}
