package org.rjkit.eligibility.screening;

import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.RuleSetNotInForceException;
import org.rjkit.eligibility.UnknownProgrammeException;

/**
 * The entry point: screen a case against one of rjkit's built-in programmes.
 *
 * <pre>{@code
 * Decision d = Eligibility.screen(new ScreeningRequest(
 *     ProgrammeId.of("ca-csc-restorative-opportunities"), requester, asOf, caseFile));
 * }</pre>
 *
 * <p>For a vendor's own programme, build a {@link Screener} over
 * {@code ProgrammeRegistry.builtIn().with(programme)}.
 *
 * @since 1.0
 */
public final class Eligibility {

  private static final Screener BUILT_IN = new Screener(ProgrammeRegistry.builtIn());

  private Eligibility() {}

  /**
   * Screens a request against the built-in programmes.
   *
   * @param request not null
   * @return the decision
   * @throws UnknownProgrammeException if the programme is not built in
   * @throws RuleSetNotInForceException if {@code asOf} is before the programme's first version
   */
  public static Decision screen(ScreeningRequest request) {
    return BUILT_IN.screen(request);
  }

  /** {@return a screener over the built-in programmes} */
  public static Screener screener() {
    return BUILT_IN;
  }

  /**
   * A screener over a registry.
   *
   * @param registry not null
   * @return the screener
   */
  public static Screener screener(ProgrammeRegistry registry) {
    return new Screener(registry);
  }
}
