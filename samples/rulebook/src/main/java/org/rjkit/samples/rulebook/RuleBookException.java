package org.rjkit.samples.rulebook;

import static com.google.common.base.Preconditions.checkNotNull;

import org.rjkit.core.RjkitException;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Message;

/**
 * A mistake in a rule book document, reported as {@code FILE:LINE: message}. The message is a
 * key of the rule book's bundle ({@code rulebook.error.*}) and its arguments, so that it reads
 * in the user's language ({@link #in(Language)}); {@link #getMessage()} is the English text.
 */
public final class RuleBookException extends RjkitException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final transient Message message;

  /**
   * @param source the document as shown to people, such as {@code rulebook/ca-qc-pmrg.md}
   * @param line the line, 1 or more, or 0 for the whole document
   * @param message what is wrong, never a value of a case, not null
   */
  public RuleBookException(String source, int line, Message message) {
    super(location(source, line) + ": " + checkNotNull(message, "message").in(Language.EN),
        false);
    this.source = source;
    this.line = line;
    this.message = message;
  }

  private static String location(String source, int line) {
    return source + (line > 0 ? ":" + line : "");
  }

  /** The document as shown to people. */
  public String source() {
    return source;
  }

  /** The line, or 0 for the whole document. */
  public int line() {
    return line;
  }

  /**
   * What is wrong, without the location.
   *
   * @return the message, never null
   */
  public Message message() {
    return message;
  }

  /**
   * The mistake in a language, as the command line prints it.
   *
   * @param language not null
   * @return {@code FILE:LINE: text}, the text in that language
   */
  public String in(Language language) {
    return located().in(language);
  }

  /**
   * The mistake with its location, as a text to read in any language.
   *
   * @return {@code FILE:LINE: text}
   */
  public Message located() {
    return Message.of("rulebook.located", location(source, line), message);
  }
}
