package org.rjkit.process.disclosure;

import static com.google.common.base.Preconditions.checkNotNull;

import org.rjkit.process.lifecycle.ProcessCase;

/**
 * The result of disclosing a case: the case with the disclosure decisions recorded in its
 * history, and the view the recipient may receive.
 *
 * @param recorded the case with the decisions appended, not null
 * @param view the view, not null
 */
public record Disclosure(ProcessCase recorded, CaseView view) {

  public Disclosure {
    checkNotNull(recorded, "recorded");
    checkNotNull(view, "view");
  }
}
