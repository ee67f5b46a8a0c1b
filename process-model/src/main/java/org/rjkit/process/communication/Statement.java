package org.rjkit.process.communication;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.process.confidentiality.ProcessContent;

/**
 * What a participant said, as recorded by the facilitator (in preparation or at a meeting). Its
 * content is process content; {@link #toString()} never shows it.
 *
 * @param on when it was said, not null
 * @param author who said it, not null
 * @param content what was said, not null
 */
public record Statement(LocalDate on, ParticipantId author, ProcessContent content) {

  public Statement {
    checkNotNull(on, "on");
    checkNotNull(author, "author");
    checkNotNull(content, "content");
  }
}
