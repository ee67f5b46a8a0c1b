package org.rjkit.process.communication;

import org.rjkit.core.internal.Identifier;

/**
 * The identifier of a message within a case. Opaque: never derived from what the message says.
 *
 * @param value matches {@link Identifier#SYNTAX}
 * @since 1.0
 */
public record MessageId(String value) implements Comparable<MessageId> {

  /**
   * Checks the components: each is present and valid, or this throws.
   *
   * @param value matches {@link Identifier#SYNTAX}
   */
  public MessageId {
    Identifier.check(value, "message id");
  }

  /**
   * The identifier with this value.
   *
   * @param value matches {@link Identifier#SYNTAX}
   * @return the identifier
   */
  public static MessageId of(String value) {
    return new MessageId(value);
  }

  @Override
  public int compareTo(MessageId other) {
    return value.compareTo(other.value);
  }

  /** The value, exactly as {@link #of(String)} accepts it. */
  @Override
  public String toString() {
    return value;
  }
}
