package org.rjkit.core.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Checks on a single length of time (a term), shared by the sentence types, the case document
 * reader and the rule-set reader. Not API: rjkit's own modules use it; a term is always measured
 * by adding it to a date the way {@link LocalDate#plus(java.time.temporal.TemporalAmount)} does.
 */
public final class Terms {

  /** The longest term accepted, in months: a thousand years. */
  public static final long MAX_TERM_MONTHS = 12_000;
  /** The longest term accepted, in days: a thousand years. */
  public static final long MAX_TERM_DAYS = 366_000;

  private Terms() {}

  /**
   * Whether a term is positive when anchored at a start date: {@code start + term > start}.
   *
   * @param term not null
   * @param start not null
   * @return true when the term ends after it starts
   */
  public static boolean isPositiveAt(Period term, LocalDate start) {
    return start.plus(term).isAfter(start);
  }

  /**
   * Whether a term is positive. Anchored at the start when it is known; otherwise it must be
   * positive from any start (a month counts at least 28 days, a negative month at most 31).
   *
   * @param term not null
   * @param start the anchor, when known; not null
   * @return true when positive
   */
  public static boolean isPositive(Period term, Optional<LocalDate> start) {
    checkNotNull(term, "term");
    checkNotNull(start, "start");
    if (start.isPresent()) {
      return isPositiveAt(term, start.get());
    }
    return isPositiveFromAnyStart(term.toTotalMonths(), term.getDays());
  }

  /**
   * Whether months then days, added to any start, move it forward.
   *
   * @param months total months, any value
   * @param days days, any value
   * @return true when positive from every start
   */
  public static boolean isPositiveFromAnyStart(long months, long days) {
    long lowerBoundDays = (months >= 0 ? 28 * months : 31 * months) + days;
    return lowerBoundDays > 0;
  }

  /**
   * Checks that a term is positive (see {@link #isPositive}).
   *
   * @param term not null
   * @param start the anchor, when known; not null
   * @throws IllegalArgumentException if it is not
   */
  public static void checkPositive(Period term, Optional<LocalDate> start) {
    checkNotNull(term, "term");
    checkArgument(isPositive(term, start), "term must be positive once anchored at its start");
  }

  /**
   * Whether a term is at most a thousand years: the longest term the interchange format accepts.
   *
   * @param term not null
   * @return true when neither its months nor its days exceed a thousand years
   */
  public static boolean isWithinLimit(Period term) {
    return Math.abs(term.toTotalMonths()) <= MAX_TERM_MONTHS
        && Math.abs((long) term.getDays()) <= MAX_TERM_DAYS;
  }
}
