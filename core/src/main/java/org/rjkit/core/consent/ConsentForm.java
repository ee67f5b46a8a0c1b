package org.rjkit.core.consent;

/**
 * How a consent was given.
 *
 * @since 1.0
 */
public enum ConsentForm {
  /** Signed in writing. */
  WRITTEN,
  /** Given orally and recorded in writing by a person present (ACT s.32(4)). */
  ORAL_RECORDED,
  /** Given orally, not recorded. */
  ORAL;

  /**
   * Whether the form counts as written consent: written, or oral recorded in writing.
   *
   * @return true when the form counts as written consent
   */
  public boolean isWrittenOrRecorded() {
    return this != ORAL;
  }
}
