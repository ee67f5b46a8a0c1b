package org.rjkit.process.confidentiality;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import org.rjkit.core.internal.Identifier;

/**
 * One content item of a case: a message, a statement or an agreement item, by its id. A
 * {@link DisclosureCapability} names the exact items it covers.
 *
 * @param kind not null
 * @param id the item's id in the case, matching {@link Identifier#SYNTAX}
 */
public record ContentRef(ContentKind kind, String id) implements Comparable<ContentRef> {

  private static final Comparator<ContentRef> ORDER =
      Comparator.comparing(ContentRef::kind).thenComparing(ContentRef::id);

  public ContentRef {
    checkNotNull(kind, "kind");
    Identifier.check(id, "content item id");
  }

  /** A message by its id. */
  public static ContentRef message(String id) {
    return new ContentRef(ContentKind.MESSAGE, id);
  }

  /** A statement by its id. */
  public static ContentRef statement(String id) {
    return new ContentRef(ContentKind.STATEMENT, id);
  }

  /** An agreement item by its id. */
  public static ContentRef agreementItem(String id) {
    return new ContentRef(ContentKind.AGREEMENT_ITEM, id);
  }

  @Override
  public int compareTo(ContentRef other) {
    return ORDER.compare(this, other);
  }

  /** {@code KIND:id}. */
  @Override
  public String toString() {
    return kind + ":" + id;
  }
}
