package org.rjkit.core.safety;

/**
 * The assessed risk to the victim, in increasing order.
 *
 * @since 1.0
 */
public enum RiskLevel {
  /** No risk identified. */
  NONE,
  /** Low risk. */
  LOW,
  /** Moderate risk. */
  MODERATE,
  /** High risk: a specialist must review. */
  HIGH,
  /** Danger to the victim: restorative justice is never recommended. */
  DANGER
}
