package org.rjkit.core.input;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.rjkit.core.RjkitException;

/**
 * Outside input (a JSON document) was rejected. Carries every problem found, each with its path
 * and a plain message, so that a caller can show them all to a user at once. The message never
 * contains input values.
 */
public final class InvalidInputException extends RjkitException {

  private static final long serialVersionUID = 1L;

  /** Every problem found, in the order found. */
  private final ImmutableList<InputError> errors;

  /**
   * Every problem found.
   *
   * @param errors at least one, in the order found
   */
  public InvalidInputException(List<InputError> errors) {
    super(summary(errors), false);
    this.errors = ImmutableList.copyOf(errors);
  }

  /**
   * One error.
   *
   * @param path JSON path
   * @param message plain message
   */
  public InvalidInputException(String path, String message) {
    this(List.of(new InputError(path, message)));
  }

  private static String summary(List<InputError> errors) {
    checkArgument(!errors.isEmpty(), "at least one error");
    return errors.stream().map(InputError::toString).collect(Collectors.joining("; "));
  }

  /**
   * Every problem found, in the order found.
   *
   * @return every problem found, in the order found
   */
  public List<InputError> errors() {
    return errors;
  }
}
