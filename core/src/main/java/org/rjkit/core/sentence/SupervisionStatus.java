package org.rjkit.core.sentence;

/**
 * Where a sentenced offender stands in the corrections and conditional release process (CCRA
 * s.2(1) "offender", s.2.1).
 *
 * @since 1.0
 */
public enum SupervisionStatus {
  /** An inmate. */
  IN_CUSTODY,
  /** On day parole. */
  DAY_PAROLE,
  /** On full parole. */
  FULL_PAROLE,
  /** On statutory release. */
  STATUTORY_RELEASE,
  /** Under a long-term supervision order: deemed an offender (CCRA s.2.1). */
  LONG_TERM_SUPERVISION,
  /** The sentence has expired (warrant expiry). */
  WARRANT_EXPIRED;

  /**
   * Whether the person is still under sentence in this status.
   *
   * @return true when the person is still under sentence in this status
   */
  public boolean isUnderSentence() {
    return this != WARRANT_EXPIRED;
  }
}
