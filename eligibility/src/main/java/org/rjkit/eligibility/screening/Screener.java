package org.rjkit.eligibility.screening;

import static com.google.common.base.Preconditions.checkNotNull;

import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.RuleSetNotInForceException;
import org.rjkit.eligibility.UnknownProgrammeException;

/**
 * Screens requests against the programmes of a registry: picks the programme by the request's
 * id and the rule-set version in force on its {@code asOf}, evaluates every rule, and returns the
 * decision. Immutable and safe to share between threads.
 *
 * @since 1.0
 */
public final class Screener {

  private final ProgrammeRegistry registry;

  /**
   * @param registry the programmes known, not null
   */
  public Screener(ProgrammeRegistry registry) {
    this.registry = checkNotNull(registry, "registry");
  }

  /** {@return the programmes this screener knows} */
  public ProgrammeRegistry registry() {
    return registry;
  }

  /**
   * Screens one request. A negative outcome is a decision, never an exception.
   *
   * @param request not null
   * @return the decision
   * @throws UnknownProgrammeException if the request's programme is not registered
   * @throws RuleSetNotInForceException if {@code asOf} is before the programme's first version
   */
  public Decision screen(ScreeningRequest request) {
    checkNotNull(request, "request");
    return registry.programme(request.programme()).screen(request);
  }
}
