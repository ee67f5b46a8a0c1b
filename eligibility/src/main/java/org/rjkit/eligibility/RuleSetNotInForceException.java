package org.rjkit.eligibility;

import static com.google.common.base.Preconditions.checkNotNull;

import org.rjkit.core.RjkitException;
import org.rjkit.core.screening.ProgrammeId;

/**
 * No version of a programme's rule set is in force on the date asked for: the date is before the
 * programme's first version. The JSON layer reports it as an input error at {@code $.asOf}.
 *
 * <p>Like every rjkit exception it carries no input value: it names the programme and its first
 * version, never the date that was asked for.
 */
public final class RuleSetNotInForceException extends RjkitException {

  private static final long serialVersionUID = 1L;

  private final ProgrammeId programme;
  private final String firstVersion;

  /**
   * @param programme the programme, not null
   * @param firstVersion the label of the programme's first rule-set version, not null
   */
  public RuleSetNotInForceException(ProgrammeId programme, String firstVersion) {
    super("asOf is before the first rule-set version of programme " + programme
        + " (version " + firstVersion + ")");
    this.programme = checkNotNull(programme, "programme");
    this.firstVersion = checkNotNull(firstVersion, "firstVersion");
  }

  /** The programme. */
  public ProgrammeId programme() {
    return programme;
  }

  /** The label of the programme's first rule-set version. */
  public String firstVersion() {
    return firstVersion;
  }
}
