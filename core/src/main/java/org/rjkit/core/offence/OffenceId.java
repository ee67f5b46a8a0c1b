package org.rjkit.core.offence;

import org.rjkit.core.internal.Identifier;

/**
 * The identifier of a offence, unique within its document. Opaque: never a person's name.
 *
 * @param value matches the identifier syntax: 1 to 64 letters, digits or
 *     {@code . _ : / -}, starting with a letter or digit
 * @since 1.0
 */
public record OffenceId(String value) implements Comparable<OffenceId> {

  /**
   * Checks the components.
   *
   * @param value matches the identifier syntax: 1 to 64 letters, digits or {@code . _ : / -},
   *     starting with a letter or digit
   */
  public OffenceId {
    Identifier.check(value, "offence id");
  }

  /**
   * The identifier with this value.
   *
   * @param value matches the identifier syntax: 1 to 64 letters, digits or
   *     {@code . _ : / -}, starting with a letter or digit
   * @return the identifier
   */
  public static OffenceId of(String value) {
    return new OffenceId(value);
  }

  @Override
  public int compareTo(OffenceId other) {
    return value.compareTo(other.value);
  }

  /** The value, exactly as {@link #of(String)} accepts it. */
  @Override
  public String toString() {
    return value;
  }

  /**
   * Equal when the values are. Written out rather than left to the record: the generated method
   * links an {@code invokedynamic} bootstrap at its first call, a step of the command line's
   * cold start.
   *
   * @param other any object, or null
   * @return whether {@code other} is an identifier of this kind with the same value
   */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof OffenceId o && value.equals(o.value);
  }

  /** {@return the value's hash code, as the record's own would be} */
  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
