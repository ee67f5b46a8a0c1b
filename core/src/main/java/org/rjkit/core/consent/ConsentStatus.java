package org.rjkit.core.consent;

/**
 * The state of a participant's consent on a date.
 *
 * @since 1.0
 */
public enum ConsentStatus {
  /** Informed consent, given and not withdrawn. */
  CURRENT,
  /** The latest consent was withdrawn on or before the date and not given again. */
  WITHDRAWN,
  /** The latest consent was given without being informed. */
  NOT_INFORMED,
  /** The latest consent does not say whether it was informed. */
  INFORMED_UNKNOWN,
  /** No consent record given on or before the date. */
  NO_RECORD;

  /**
   * Whether consent counts on the date.
   *
   * @return true when consent counts on the date
   */
  public boolean isCurrent() {
    return this == CURRENT;
  }
}
