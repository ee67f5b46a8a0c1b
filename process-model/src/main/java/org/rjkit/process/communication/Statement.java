package org.rjkit.process.communication;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.process.confidentiality.ProcessContent;

/**
 * What a participant said, as recorded by the facilitator (in preparation or at a meeting). Its
 * content is process content; {@link #toString()} never shows it.
 *
 * @param id the statement's id in the case ({@code S1}, {@code S2}... in order of recording),
 *     matching the identifier syntax: 1 to 64 letters, digits or
 *     {@code . _ : / -}, starting with a letter or digit
 * @param on when it was said, not null
 * @param author who said it, not null
 * @param content what was said, not null
 * @since 1.0
 */
public record Statement(String id, LocalDate on, ParticipantId author, ProcessContent content) {

  /**
   * Checks the components: each is present and valid, or this throws.
   *
   * @param id the statement's id in the case ({@code S1}, {@code S2}... in order of recording),
   *     matching the identifier syntax: 1 to 64 letters, digits or {@code . _ : / -}, starting with
   *     a letter or digit
   * @param on when it was said, not null
   * @param author who said it, not null
   * @param content what was said, not null
   */
  public Statement {
    org.rjkit.core.internal.Identifier.check(id, "statement id");
    checkNotNull(on, "on");
    checkNotNull(author, "author");
    checkNotNull(content, "content");
  }
}
