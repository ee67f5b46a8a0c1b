package org.rjkit.process.confidentiality;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Something said or written in a restorative process: a statement, a message, a letter, the
 * content of an agreement. It is {@link InformationClass#PROCESS_CONTENT}: confidential (CA-RO-26,
 * EU-6, UN-5, seed 000).
 *
 * <p>The text is read only through {@link #reveal(DisclosureDecision)}, with a decision that
 * permits process content to its recipient. {@link #toString()} never shows it, and the class has
 * no bean property, so a general-purpose JSON mapper fails rather than writing it out.
 */
public final class ProcessContent {

  private static final String REDACTED = "ProcessContent[redacted]";

  private final String text;

  private ProcessContent(String text) {
    this.text = text;
  }

  /**
   * Content with this text.
   *
   * @param text not blank
   * @return the content
   */
  public static ProcessContent of(String text) {
    checkNotNull(text, "content");
    checkArgument(!text.isBlank(), "content must not be blank");
    return new ProcessContent(text);
  }

  /**
   * The text, for a recipient to whom a policy permits process content.
   *
   * @param decision a decision about {@link InformationClass#PROCESS_CONTENT} that is
   *     {@link Permission#PERMITTED}, not null
   * @return the text
   * @throws IllegalArgumentException if the decision does not permit process content
   */
  public String reveal(DisclosureDecision decision) {
    checkNotNull(decision, "decision");
    checkArgument(decision.permitsProcessContent(),
        "the disclosure decision does not permit process content (rule %s)", decision.ruleId());
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProcessContent c && c.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Always {@code ProcessContent[redacted]}: the text never appears. */
  @Override
  public String toString() {
    return REDACTED;
  }
}
