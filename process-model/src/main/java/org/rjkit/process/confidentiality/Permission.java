package org.rjkit.process.confidentiality;

/**
 * Whether information may be disclosed, from least to most permissive.
 *
 * @since 1.0
 */
public enum Permission {
  /** Nothing is disclosed, not even that the information exists. */
  DENIED,
  /**
   * Disclosed in redacted form: for process content, that an item exists, its date and kind, but
   * not what it says; for administrative facts, without participant identifiers.
   */
  REDACTED,
  /** Disclosed in full. */
  PERMITTED;

  /**
   * {@return whether this permission discloses more than another}
   *
   * @param other the permission compared, not null
   */
  public boolean isWiderThan(Permission other) {
    return compareTo(other) > 0;
  }
}
