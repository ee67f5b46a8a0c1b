package org.rjkit.process.agreement;

import org.rjkit.core.internal.Identifier;

/**
 * The identifier of an agreement item within a case.
 *
 * @param value matches {@link Identifier#SYNTAX}
 * @since 1.0
 */
public record AgreementItemId(String value) implements Comparable<AgreementItemId> {

  /**
   * Checks the components: each is present and valid, or this throws.
   *
   * @param value matches {@link Identifier#SYNTAX}
   */
  public AgreementItemId {
    Identifier.check(value, "agreement item id");
  }

  /**
   * The identifier with this value.
   *
   * @param value matches {@link Identifier#SYNTAX}
   * @return the identifier
   */
  public static AgreementItemId of(String value) {
    return new AgreementItemId(value);
  }

  @Override
  public int compareTo(AgreementItemId other) {
    return value.compareTo(other.value);
  }

  /** The value, exactly as {@link #of(String)} accepts it. */
  @Override
  public String toString() {
    return value;
  }
}
