package org.rjkit.samples.rulebook;

import org.rjkit.core.RjkitException;

/**
 * A mistake in a rule book document, reported as {@code FILE:LINE: message}.
 */
public final class RuleBookException extends RjkitException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  /**
   * @param source the document as shown to people, such as {@code rulebook/ca-qc-pmrg.md}
   * @param line the line, 1 or more, or 0 for the whole document
   * @param message what is wrong, never a value of a case
   */
  public RuleBookException(String source, int line, String message) {
    super(source + (line > 0 ? ":" + line : "") + ": " + message, false);
    this.source = source;
    this.line = line;
  }

  /** The document as shown to people. */
  public String source() {
    return source;
  }

  /** The line, or 0 for the whole document. */
  public int line() {
    return line;
  }
}
