package org.rjkit.eligibility;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.rjkit.core.screening.ProgrammeId;

/**
 * No version of a programme's rule set is in force on the date asked for: the date is before the
 * programme's first version. The JSON layer reports it as an input error at {@code $.asOf}.
 */
public final class RuleSetNotInForceException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final ProgrammeId programme;
  private final LocalDate asOf;
  private final LocalDate firstEffective;

  /**
   * @param programme the programme, not null
   * @param asOf the date asked for, not null
   * @param firstEffective the date the programme's first version takes effect, not null
   */
  public RuleSetNotInForceException(ProgrammeId programme, LocalDate asOf,
      LocalDate firstEffective) {
    super("asOf is before the first rule-set version of programme " + programme
        + ", which applies from " + firstEffective);
    this.programme = checkNotNull(programme, "programme");
    this.asOf = checkNotNull(asOf, "asOf");
    this.firstEffective = checkNotNull(firstEffective, "firstEffective");
  }

  /** The programme. */
  public ProgrammeId programme() {
    return programme;
  }

  /** The date asked for. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The date the programme's first version takes effect. */
  public LocalDate firstEffective() {
    return firstEffective;
  }
}
