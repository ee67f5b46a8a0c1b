package org.rjkit.process.disclosure;

import static com.google.common.base.Preconditions.checkNotNull;

import org.rjkit.process.confidentiality.DisclosureCapability;
import org.rjkit.process.lifecycle.ProcessCase;

/**
 * The result of disclosing a case: the case with the disclosure decisions recorded in its
 * history, the view the recipient may receive, and the capability that covers what it shows.
 *
 * @param recorded the case with the decisions appended, not null
 * @param view the view, not null
 * @param capability the authority, bound to the case, recipient, purpose, date and the exact
 *     content items the view shows, not null
 * @since 1.0
 */
public record Disclosure(ProcessCase recorded, CaseView view, DisclosureCapability capability) {

  /**
   * Checks the components: each is present and valid, or this throws.
   *
   * @param recorded the case with the decisions appended, not null
   * @param view the view, not null
   * @param capability the authority, bound to the case, recipient, purpose, date and the exact
   *     content items the view shows, not null
   */
  public Disclosure {
    checkNotNull(recorded, "recorded");
    checkNotNull(view, "view");
    checkNotNull(capability, "capability");
  }
}
