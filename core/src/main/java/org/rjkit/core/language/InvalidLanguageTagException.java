package org.rjkit.core.language;

import org.rjkit.core.RjkitException;

/**
 * A text named a language that is not a well-formed BCP 47 language tag. The message names the
 * problem, never the text given (it may be anything a caller passed).
 *
 * @since 1.0
 */
public final class InvalidLanguageTagException extends RjkitException {

  private static final long serialVersionUID = 1L;

  /** The length of the text that was given. */
  private final int length;

  InvalidLanguageTagException(String tag) {
    super("language must be a BCP 47 language tag such as en, fr or cy");
    this.length = tag.length();
  }

  /**
   * The length of the text that was given.
   *
   * @return its length in UTF-16 units
   */
  public int length() {
    return length;
  }
}
