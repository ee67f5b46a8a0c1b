package org.rjkit.process.disclosure;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.rjkit.core.language.BilingualText;

/**
 * One event of a case history, described with administrative facts only.
 *
 * @param on the date of the event, not null
 * @param description what happened, never what anyone said, not null
 */
public record HistoryLine(LocalDate on, BilingualText description) {

  public HistoryLine {
    checkNotNull(on, "on");
    checkNotNull(description, "description");
  }
}
