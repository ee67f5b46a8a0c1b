package org.rjkit.core.input;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One problem found in outside input: where (a JSON path such as
 * {@code $.case.sentences[1].term}) and what, in plain words. Never contains the offending value:
 * input may hold personal data.
 *
 * @param path the JSON path, starting with {@code $}
 * @param message what is wrong, in plain English
 */
public record InputError(String path, String message) {

  /**
   * Checks the components.
   *
   * @param path the JSON path, starting with {@code $}
   * @param message what is wrong, in plain English
   */
  public InputError {
    checkNotNull(path, "path");
    checkNotNull(message, "message");
  }

  /** {@code path: message}. */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
