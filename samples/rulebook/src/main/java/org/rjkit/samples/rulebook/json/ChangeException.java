package org.rjkit.samples.rulebook.json;

import static com.google.common.base.Preconditions.checkNotNull;

import org.rjkit.core.RjkitException;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Message;

/**
 * A change of a rule book row that cannot be applied: an unknown field, a path that matches
 * nothing, a value of the wrong type, or a change that changes nothing. The message names the
 * field as written and, where there is one, the nearest valid name; never a value of the case.
 * It is a key of the rule book's bundle ({@code rulebook.change.*}); {@link #getMessage()} is
 * the English text.
 */
public final class ChangeException extends RjkitException {
  private static final long serialVersionUID = 1L;

  private final transient Message message;

  /**
   * @param message what is wrong, naming the path as written, not null
   */
  public ChangeException(Message message) {
    super(checkNotNull(message, "message").in(Language.EN), false);
    this.message = message;
  }

  /**
   * A change exception.
   *
   * @param key the key, {@code rulebook.change.} left out
   * @param arguments its arguments
   * @return the exception
   */
  static ChangeException of(String key, Object... arguments) {
    return new ChangeException(Message.of("rulebook.change." + key, arguments));
  }

  /**
   * What is wrong.
   *
   * @return the message, never null
   */
  public Message message() {
    return message;
  }
}
