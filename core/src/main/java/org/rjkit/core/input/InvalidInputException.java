package org.rjkit.core.input;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.rjkit.core.RjkitException;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Message;

/**
 * Outside input (a JSON document) was rejected. Carries every problem found, each with its path
 * and a plain message, so that a caller can show them all to a user at once, in the user's
 * language ({@link InputError#message(Language)}). The exception's own message is the English
 * summary. No message contains input values.
 *
 * @since 1.0
 */
public final class InvalidInputException extends RjkitException {

  private static final long serialVersionUID = 1L;

  /** Every problem found, in the order found. */
  private final ImmutableList<InputError> errors;

  /**
   * An exception carrying problems.
   *
   * @param errors at least one, in the order found
   */
  public InvalidInputException(List<InputError> errors) {
    super(summary(errors), false);
    this.errors = ImmutableList.copyOf(errors);
  }

  /**
   * One error, from a message bundle.
   *
   * @param path JSON path, not null
   * @param problem what is wrong, not null
   */
  public InvalidInputException(String path, Message problem) {
    this(List.of(new InputError(path, problem)));
  }

  /**
   * One error stated by an application in one language ({@link InputError#InputError(String,
   * String)}).
   *
   * @param path JSON path, not null
   * @param message what is wrong, not blank
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
   * @return the errors, at least one
   */
  public List<InputError> errors() {
    return errors;
  }
}
