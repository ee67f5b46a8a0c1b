package org.rjkit.core.json.internal;

import java.util.ArrayList;
import java.util.List;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.language.Message;

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
   * @param problem the rule broken, a key of a message bundle and its arguments, never the
   *     value; not null
   */
  public void add(String path, Message problem) {
    errors.add(new InputError(path, problem));
  }

  /**
   * Adds a problem stated by its bundle key and arguments.
   *
   * @param path the JSON path of the field or value, not null
   * @param key the key of the problem in a message bundle, not null
   * @param arguments its arguments ({@link Message#of} lists the types), never the value
   */
  public void report(String path, String key, Object... arguments) {
    add(path, Message.of(key, arguments));
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
