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
}
