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
 * @since 1.0
 */
public record ContentRef(ContentKind kind, String id) implements Comparable<ContentRef> {

  private static final Comparator<ContentRef> ORDER =
      Comparator.comparing(ContentRef::kind).thenComparing(ContentRef::id);

  /**
   * Checks the components: each is present and valid, or this throws.
   *
   * @param kind not null
   * @param id the item's id in the case, matching {@link Identifier#SYNTAX}
   */
  public ContentRef {
    checkNotNull(kind, "kind");
    Identifier.check(id, "content item id");
  }

  /**
   * {@return a message by its id}
   *
   * @param id the message's id, not blank
   */
  public static ContentRef message(String id) {
    return new ContentRef(ContentKind.MESSAGE, id);
  }

  /**
   * {@return a statement by its id}
   *
   * @param id the statement's id, not blank
   */
  public static ContentRef statement(String id) {
    return new ContentRef(ContentKind.STATEMENT, id);
  }

  /**
   * {@return an agreement item by its id}
   *
   * @param id the agreement item's id, not blank
   */
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
