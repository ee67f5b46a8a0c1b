package org.rjkit.process.disclosure;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.rjkit.core.language.Text;

/**
 * One event of a case history, described with administrative facts only.
 *
 * @param on the date of the event, not null
 * @param description what happened, in every configured language (a message of the process
 *     bundle); never what anyone said, not null
 * @since 1.0
 */
public record HistoryLine(LocalDate on, Text description) {

  /**
   * Checks both parts are present.
   *
   * @param on the date of the event, not null
   * @param description what happened, in every configured language (a message of the process
   *     bundle); never what anyone said, not null
   */
  public HistoryLine {
    checkNotNull(on, "on");
    checkNotNull(description, "description");
  }
}
