package org.rjkit.eligibility.rule;

/**
 * The phases of a screening.
 *
 * @since 1.0
 */
public enum Phase {
  /** Whether the request can be taken on: standing, sentence, stage, age, offence exclusions. */
  ELIGIBILITY,
  /**
   * Whether the case may proceed to communication: responsibility, informed consent not
   * withdrawn, safety, no-contact orders.
   */
  SUITABILITY
}
