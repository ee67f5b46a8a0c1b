package org.rjkit.eligibility;

import static com.google.common.base.Preconditions.checkNotNull;

import org.rjkit.core.RjkitException;
import org.rjkit.core.screening.ProgrammeId;

/**
 * No programme with the requested id is registered. The JSON layer reports it as an input error
 * at {@code $.programme}.
 */
public final class UnknownProgrammeException extends RjkitException {

  private static final long serialVersionUID = 1L;

  private final ProgrammeId programme;

  /**
   * @param programme the id asked for, not null
   */
  public UnknownProgrammeException(ProgrammeId programme) {
    super("no programme is registered with id " + programme);
    this.programme = checkNotNull(programme, "programme");
  }

  /** The id asked for. */
  public ProgrammeId programme() {
    return programme;
  }
}
