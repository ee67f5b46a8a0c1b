package org.rjkit.samples.rulebook;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.input.InputError;
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
 * @param documentError a mistake of the row itself (its grammar), if any
 * @param mismatches what differs from the row's expectations
 */
public record RowResult(RuleBook book, Section section, Row row, Optional<String> requestJson,
    Optional<Decision> decision, List<InputError> inputErrors, Optional<String> documentError,
    List<String> mismatches) {

  /** Copies the lists. */
  public RowResult {
    checkNotNull(book, "book");
    inputErrors = ImmutableList.copyOf(inputErrors);
    mismatches = ImmutableList.copyOf(mismatches);
  }

  /** Whether the row runs and everything it expects holds. */
  public boolean passes() {
    return documentError.isEmpty() && mismatches.isEmpty();
  }

  /** Where the row is: {@code rulebook/ca-qc-pmrg.md:42}. */
  public String location() {
    return book.source() + ":" + row.line();
  }
}
