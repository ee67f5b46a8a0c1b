package org.rjkit.samples.rulebook.conformance;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Text;

/**
 * What came of one case.
 *
 * @param testCase the case
 * @param result SUCCESS, FAILURE, ERROR or NOT_APPLICABLE
 * @param detail what differs or went wrong, in every language; empty on success
 */
public record CaseResult(ConformanceCase testCase, Result result, Optional<Text> detail) {

  /**
   * The result of a case, as the DMN TCK writes them; NOT_APPLICABLE for a case of a level the
   * target does not implement (a screening service and the process level).
   */
  public enum Result { SUCCESS, FAILURE, ERROR, NOT_APPLICABLE }

  /** Checks that nothing is null. */
  public CaseResult {
    checkNotNull(testCase, "testCase");
    checkNotNull(result, "result");
    checkNotNull(detail, "detail");
  }

  /**
   * What differs or went wrong, in English.
   *
   * @return the detail in English, empty on success
   */
  public String message() {
    return in(Language.EN);
  }

  /**
   * What differs or went wrong, in a language.
   *
   * @param language the reader's language
   * @return the detail in that language, empty on success
   */
  public String in(Language language) {
    return detail.map(d -> d.in(language)).orElse("");
  }
}
