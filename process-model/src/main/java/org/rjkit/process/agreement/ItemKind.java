package org.rjkit.process.agreement;

/**
 * The kinds of agreement item.
 *
 * @since 1.0
 */
public enum ItemKind {
  /** An apology (NZ s.10(1)(d)). */
  APOLOGY,
  /** Financial compensation of the harmed party (NZ s.10(1)(a), (d)(i); seed 000). */
  FINANCIAL_COMPENSATION,
  /** A donation to a community organisation (seed 000). */
  DONATION,
  /** Hours of community service (NZ s.10(1)(a); seed 000). */
  COMMUNITY_SERVICE,
  /** Repairing damage (seed 002). */
  REPAIR,
  /** Anything else the parties agree. */
  OTHER
}
