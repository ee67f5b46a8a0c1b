package org.rjkit.process.disclosure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import org.rjkit.core.language.Text;
import org.rjkit.process.agreement.AgreementTerm;
import org.rjkit.process.confidentiality.ProcessContent;

/**
 * One piece of process content as a view shows it: its administrative description, and its
 * content only when the policy permits process content to the recipient: the text of a message
 * or statement, or the term of an agreement item (written out in the reader's language when the
 * view is rendered, amounts and dates by the locale's conventions).
 *
 * @param on the date of the item, not null
 * @param kind the kind of item, not null
 * @param description an administrative description (kind, reference, who, status) in every
 *     configured language, never content, not null
 * @param content the text of a message or statement, present only when permitted; always empty
 *     for an agreement item
 * @param term the term of an agreement item, present only when permitted; always empty for a
 *     message or a statement
 * @since 1.0
 */
public record ContentEntry(LocalDate on, EntryKind kind, Text description,
    Optional<ProcessContent> content, Optional<AgreementTerm> term) {

  /**
   * Checks every part is present, and that only an agreement item has a term.
   *
   * @param on the date of the item, not null
   * @param kind the kind of item, not null
   * @param description an administrative description (kind, reference, who, status) in every
   *     configured language, never content, not null
   * @param content the text of a message or statement, present only when permitted; always empty
   *     for an agreement item
   * @param term the term of an agreement item, present only when permitted; always empty for a
   *     message or a statement
   */
  public ContentEntry {
    checkNotNull(on, "on");
    checkNotNull(kind, "kind");
    checkNotNull(description, "description");
    checkNotNull(content, "content");
    checkNotNull(term, "term");
    checkArgument(kind == EntryKind.AGREEMENT_ITEM ? content.isEmpty() : term.isEmpty(),
        "an agreement item shows its term, a message or statement its content");
  }

  /**
   * An entry for a message or a statement.
   *
   * @param on not null
   * @param kind {@link EntryKind#MESSAGE} or {@link EntryKind#STATEMENT}
   * @param description not null
   * @param content the content, present only when permitted, not null
   */
  public ContentEntry(LocalDate on, EntryKind kind, Text description,
      Optional<ProcessContent> content) {
    this(on, kind, description, content, Optional.empty());
  }

  /**
   * Whether the entry shows content (a text or a term).
   *
   * @return true when content or term is present
   */
  public boolean showsContent() {
    return content.isPresent() || term.isPresent();
  }
}
