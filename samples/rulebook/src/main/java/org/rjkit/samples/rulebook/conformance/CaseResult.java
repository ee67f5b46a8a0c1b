package org.rjkit.samples.rulebook.conformance;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What came of one case.
 *
 * @param testCase the case
 * @param result SUCCESS, FAILURE, ERROR or NOT_APPLICABLE
 * @param message what differs or went wrong, empty on success
 */
public record CaseResult(ConformanceCase testCase, Result result, String message) {

  /**
   * The result of a case, as the DMN TCK writes them; NOT_APPLICABLE for a case of a level the
   * target does not implement (a screening service and the process level).
   */
  public enum Result { SUCCESS, FAILURE, ERROR, NOT_APPLICABLE }

  /** Checks that nothing is null. */
  public CaseResult {
    checkNotNull(testCase, "testCase");
    checkNotNull(result, "result");
    checkNotNull(message, "message");
  }
}
