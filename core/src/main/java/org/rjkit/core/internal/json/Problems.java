package org.rjkit.core.internal.json;

import java.util.ArrayList;
import java.util.List;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;

/**
 * The problems found while reading one document, in the order found, each with its JSON path.
 * Not thread-safe: one per document.
 */
public final class Problems {

  private final List<InputError> errors = new ArrayList<>();

  /** No problems yet. */
  public Problems() {}

  /**
   * Adds a problem.
   *
   * @param path the JSON path of the field or value, not null
   * @param message the rule broken, never the value; not null
   */
  public void add(String path, String message) {
    errors.add(new InputError(path, message));
  }

  /**
   * Adds problems found elsewhere, in their order.
   *
   * @param more the problems, not null
   */
  public void addAll(List<InputError> more) {
    errors.addAll(more);
  }

  /**
   * Whether no problem was found.
   *
   * @return true when there is no problem
   */
  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /**
   * How many problems were found.
   *
   * @return the number of problems, 0 or more
   */
  public int count() {
    return errors.size();
  }

  /**
   * Throws one exception carrying every problem, if there is any.
   *
   * @throws InvalidInputException if at least one problem was found
   */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
