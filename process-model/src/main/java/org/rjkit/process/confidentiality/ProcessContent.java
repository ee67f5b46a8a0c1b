package org.rjkit.process.confidentiality;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Something said or written in a restorative process: a statement, a message, a letter, the
 * content of an agreement. It is {@link InformationClass#PROCESS_CONTENT}: confidential (CA-RO-26,
 * EU-6, UN-5, seed 000).
 *
 * <p>The text is read only through {@link #reveal(DisclosureCapability)}, with a capability that
 * covers this very piece of content. The object has no field at all (the text is held by the
 * library, keyed by the object's identity), so a generic serializer (Gson, Jackson with field
 * visibility) finds nothing to write, and the class is not {@link java.io.Serializable}.
 * {@link #equals(Object)} is identity: it never answers "is the text X?". {@link #toString()} never
 * shows the text.
 *
 * @since 1.0
 */
public final class ProcessContent {

  private static final String REDACTED = "ProcessContent[redacted]";

  /** The texts, keyed by identity (this class does not override equals or hashCode). */
  private static final Map<ProcessContent, String> TEXTS =
      Collections.synchronizedMap(new WeakHashMap<>());

  private ProcessContent() {}

  /**
   * Content with this text.
   *
   * @param text not blank
   * @return the content, a new object
   */
  public static ProcessContent of(String text) {
    checkNotNull(text, "content");
    checkArgument(!text.isBlank(), "content must not be blank");
    ProcessContent c = new ProcessContent();
    TEXTS.put(c, text);
    return c;
  }

  /**
   * The text, for the recipient of a capability that covers this content.
   *
   * @param capability a capability minted for an item that holds this content, not null
   * @return the text
   * @throws IllegalArgumentException if the capability does not cover this content
   */
  public String reveal(DisclosureCapability capability) {
    checkNotNull(capability, "capability");
    checkArgument(capability.covers(this),
        "the disclosure capability does not cover this content");
    return text();
  }

  /**
   * Not API: the text, for the library's storage writer and the case's own comparison of stored
   * and loaded histories.
   *
   * @return the text
   * @throws IllegalStateException when called from outside those library classes
   */
  public String textForLibrary() {
    Trusted.require(ProcessContent.class, "reading process content without a capability",
        Trusted.PROCESS_CASE, Trusted.HISTORY_STORAGE_WRITER, Trusted.DISCLOSURES, Trusted.GUARDS);
    return text();
  }

  private String text() {
    return TEXTS.get(this);
  }

  /** Always {@code ProcessContent[redacted]}: the text never appears. */
  @Override
  public String toString() {
    return REDACTED;
  }
}
