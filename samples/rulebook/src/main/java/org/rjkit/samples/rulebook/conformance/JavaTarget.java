package org.rjkit.samples.rulebook.conformance;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.ScreeningRequestReader;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.RuleSetNotInForceException;
import org.rjkit.eligibility.Screener;
import org.rjkit.eligibility.UnknownProgrammeException;

/**
 * The Java API as a target: the strict request reader, then any {@link Screener}. An unknown
 * programme is a rejection at {@code $.programme}, a date before its first version at
 * {@code $.asOf}, as the contract makes them input errors.
 */
public final class JavaTarget implements Target {

  private final Screener screener;

  /**
   * @param screener the implementation under test, not null
   */
  public JavaTarget(Screener screener) {
    this.screener = checkNotNull(screener, "screener");
  }

  @Override
  public Response screen(String requestJson) {
    ScreeningRequest request;
    try {
      request = new ScreeningRequestReader().read(requestJson);
    } catch (InvalidInputException e) {
      return new Rejected(e.errors().stream().map(InputError::path).distinct().toList());
    }
    try {
      return new Decided(screener.screen(request));
    } catch (UnknownProgrammeException e) {
      return new Rejected(List.of("$.programme"));
    } catch (RuleSetNotInForceException e) {
      return new Rejected(List.of("$.asOf"));
    } catch (RuntimeException e) {
      return new Failed("the screener failed (" + e.getClass().getSimpleName() + ")");
    }
  }

  @Override
  public String name() {
    return "java";
  }
}
