package org.rjkit.core.input;

import static com.google.common.base.Preconditions.checkNotNull;

import org.rjkit.core.language.Language;
import org.rjkit.core.language.LocalizedText;
import org.rjkit.core.language.Text;

/**
 * One problem found in outside input: where (a JSON path such as
 * {@code $.case.sentences[1].term}) and what, in plain words in every configured language.
 * Never contains the offending value: input may hold personal data.
 *
 * <p>rjkit's readers state the problem as a {@link org.rjkit.core.language.Message} (a key of
 * the core bundle, {@code input.*}, and its arguments), so that {@link #message(Language)}
 * reads it in the reader's language; the path is the same in every language.
 *
 * @param path the JSON path, starting with {@code $}, not null
 * @param problem what is wrong, not null
 * @since 1.0
 */
public record InputError(String path, Text problem) {

  /**
   * Checks that neither component is null.
   *
   * @param path not null
   * @param problem not null
   */
  public InputError {
    checkNotNull(path, "path");
    checkNotNull(problem, "problem");
  }

  /**
   * A problem an application states itself, in one language only: it reads the same in every
   * language. rjkit's own readers never use it.
   *
   * @param path the JSON path, not null
   * @param message what is wrong, not blank
   */
  public InputError(String path, String message) {
    this(path, LocalizedText.english(checkNotNull(message, "message")));
  }

  /**
   * What is wrong, in English.
   *
   * @return the problem in English, never blank
   */
  public String message() {
    return problem.in(Language.EN);
  }

  /**
   * What is wrong, in a language (English where the language has no text for it).
   *
   * @param language not null
   * @return the problem in that language, never blank
   */
  public String message(Language language) {
    return problem.in(language);
  }

  /**
   * The error in a language, as the command line prints it.
   *
   * @param language not null
   * @return {@code path: message}
   */
  public String toString(Language language) {
    return path + ": " + message(language);
  }

  /** {@code path: message}, in English. */
  @Override
  public String toString() {
    return toString(Language.EN);
  }
}
