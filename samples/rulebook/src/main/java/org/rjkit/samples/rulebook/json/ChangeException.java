package org.rjkit.samples.rulebook.json;

import org.rjkit.core.RjkitException;

/**
 * A change of a rule book row that cannot be applied: an unknown field, a path that matches
 * nothing, a value of the wrong type, or a change that changes nothing. The message names the
 * field as written and, where there is one, the nearest valid name; never a value of the case.
 */
public final class ChangeException extends RjkitException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what is wrong, naming the path as written, not null
   */
  public ChangeException(String message) {
    super(message, false);
  }
}
