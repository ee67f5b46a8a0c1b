package org.rjkit.core.offence;

/**
 * Circumstances of an offence that programmes treat specially.
 *
 * @since 1.0
 */
public enum OffenceContext {
  /** Sexual violence. */
  SEXUAL,
  /** Committed against a spouse or partner (conjugal context, domestic violence). */
  INTIMATE_PARTNER,
  /** Committed against a vulnerable person. */
  AGAINST_VULNERABLE_PERSON,
  /** Committed against a child. */
  AGAINST_CHILD,
  /** Motivated by hate. */
  HATE
}
