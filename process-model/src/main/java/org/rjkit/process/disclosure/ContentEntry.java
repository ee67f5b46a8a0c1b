package org.rjkit.process.disclosure;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import org.rjkit.core.language.BilingualText;
import org.rjkit.process.confidentiality.ProcessContent;

/**
 * One piece of process content as a view shows it: its administrative description, and its
 * content only when the policy permits process content to the recipient.
 *
 * @param on the date of the item, not null
 * @param kind the kind of item, not null
 * @param description an administrative description (kind, reference, who, status), never content
 * @param content the content, present only when permitted
 */
public record ContentEntry(LocalDate on, EntryKind kind, BilingualText description,
    Optional<ProcessContent> content) {

  public ContentEntry {
    checkNotNull(on, "on");
    checkNotNull(kind, "kind");
    checkNotNull(description, "description");
    checkNotNull(content, "content");
  }
}
