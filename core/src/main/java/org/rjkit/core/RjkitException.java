package org.rjkit.core;

/**
 * The one base type of every exception rjkit throws on purpose (issue 9): catch it to handle any
 * of them. Unchecked, like all of rjkit's exceptions. Each subtype carries its facts through
 * accessors (the programme asked for, the JSON path and problem of each input error, the rule that
 * refused a transition...), and its message names them; neither ever holds an input value, personal
 * data or anything a participant said.
 *
 * <p>Programming errors are not wrapped: a null argument is still a {@link NullPointerException},
 * and a broken precondition on a domain value an {@link IllegalArgumentException}, as Guava's
 * {@code checkNotNull} and {@code checkArgument} report them.
 *
 * @since 1.0
 */
public abstract class RjkitException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message and a stack trace.
   *
   * @param message what went wrong, naming the facts but no input value; not null
   */
  protected RjkitException(String message) {
    super(message);
  }

  /**
   * An exception with a message and a cause.
   *
   * @param message what went wrong, naming the facts but no input value; not null
   * @param cause the underlying exception, may be null
   */
  protected RjkitException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * An exception that may leave out its stack trace, for failures that are expected outcomes (an
   * input document rejected): they are reported, not debugged.
   *
   * @param message what went wrong, naming the facts but no input value; not null
   * @param writableStackTrace whether the stack trace is recorded
   */
  protected RjkitException(String message, boolean writableStackTrace) {
    super(message, null, false, writableStackTrace);
  }
}
