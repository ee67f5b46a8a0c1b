package org.rjkit.eligibility.rule;

/**
 * The result of evaluating one rule against a case.
 *
 * @since 1.0
 */
public enum RuleStatus {
  /** The facts show the condition holds. */
  MET,
  /** The facts show the condition does not hold. */
  NOT_MET,
  /** A fact needed to decide is missing. */
  UNKNOWN,
  /** The facts are known but the programme's decision-maker must review them. */
  REVIEW
}
