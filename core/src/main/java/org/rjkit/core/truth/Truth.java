package org.rjkit.core.truth;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Three-valued truth: a question about a case is answered yes, no, or unknown because a fact is
 * missing. Unknown is never treated as no.
 *
 * @since 1.0
 */
public enum Truth {
  /** The facts show it holds. */
  YES,
  /** The facts show it does not hold. */
  NO,
  /** A fact needed to decide is missing. */
  UNKNOWN;

  /**
   * Truth of a boolean.
   *
   * @param value any boolean
   * @return {@link #YES} or {@link #NO}
   */
  public static Truth of(boolean value) {
    return value ? YES : NO;
  }

  /**
   * Whether the answer is known.
   *
   * @return true for {@link #YES} and {@link #NO}, false for {@link #UNKNOWN}
   */
  public boolean isKnown() {
    return this != UNKNOWN;
  }

  /**
   * Kleene conjunction: NO if either is NO, else UNKNOWN if either is UNKNOWN, else YES.
   *
   * @param other not null
   * @return the conjunction
   */
  public Truth and(Truth other) {
    checkNotNull(other, "other");
    if (this == NO || other == NO) {
      return NO;
    }
    if (this == UNKNOWN || other == UNKNOWN) {
      return UNKNOWN;
    }
    return YES;
  }

  /**
   * Kleene disjunction: YES if either is YES, else UNKNOWN if either is UNKNOWN, else NO.
   *
   * @param other not null
   * @return the disjunction
   */
  public Truth or(Truth other) {
    checkNotNull(other, "other");
    if (this == YES || other == YES) {
      return YES;
    }
    if (this == UNKNOWN || other == UNKNOWN) {
      return UNKNOWN;
    }
    return NO;
  }

  /**
   * Negation; UNKNOWN stays UNKNOWN.
   *
   * @return the negation
   */
  public Truth not() {
    return switch (this) {
      case YES -> NO;
      case NO -> YES;
      case UNKNOWN -> UNKNOWN;
    };
  }
}
