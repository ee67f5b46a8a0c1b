package org.rjkit.core.sentence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.rjkit.core.truth.Truth;

/**
 * Calendar arithmetic on lengths of time. A term is always measured by adding it to a date the
 * way {@link LocalDate#plus(java.time.temporal.TemporalAmount)} does: {@code P2Y} from 29 February
 * 2024 ends on 28 February 2026, and {@code P2Y-1D} is always one day short of two years.
 */
public final class Terms {

  /** Two years: the s.743.1 threshold. */
  public static final Period TWO_YEARS = Period.ofYears(2);

  /**
   * The anchors used when a term's start is unknown: every day of a four-year cycle. A
   * comparison that comes out the same from every one of them holds whatever the start.
   */
  private static final LocalDate CYCLE_START = LocalDate.of(2000, 1, 1);
  private static final int CYCLE_DAYS = 1461;

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
   * @param start the anchor, when known
   * @return true when positive
   */
  public static boolean isPositive(Period term, Optional<LocalDate> start) {
    checkNotNull(term, "term");
    checkNotNull(start, "start");
    if (start.isPresent()) {
      return isPositiveAt(term, start.get());
    }
    long months = term.toTotalMonths();
    long lowerBoundDays = (months >= 0 ? 28 * months : 31 * months) + term.getDays();
    return lowerBoundDays > 0;
  }

  /**
   * Checks that a term is positive (see {@link #isPositive}).
   *
   * @param term not null
   * @param start the anchor, when known
   * @throws IllegalArgumentException if it is not
   */
  public static void checkPositive(Period term, Optional<LocalDate> start) {
    checkNotNull(term, "term");
    checkArgument(isPositive(term, start), "term must be positive once anchored at its start");
  }

  /**
   * Whether a run of terms served one after the other from a start reaches at least a threshold
   * measured from the same start.
   *
   * @param start not null
   * @param terms the terms in the order served, not null
   * @param threshold not null
   * @return true when {@code start + t1 + t2 + ... >= start + threshold}
   */
  public static boolean reaches(LocalDate start, Iterable<Period> terms, Period threshold) {
    return !endOf(start, terms).isBefore(start.plus(threshold));
  }

  /**
   * The end of terms served one after the other: each term is added in turn to the running end.
   *
   * @param start not null
   * @param terms not null
   * @return the day after the last day served
   */
  public static LocalDate endOf(LocalDate start, Iterable<Period> terms) {
    LocalDate end = checkNotNull(start, "start");
    for (Period term : terms) {
      end = end.plus(term);
    }
    return end;
  }

  /**
   * Like {@link #reaches} when the start is unknown: YES or NO when every start gives the same
   * answer, UNKNOWN when the answer depends on the start (as {@code P730D} does, across a leap
   * day).
   *
   * @param terms not null
   * @param threshold not null
   * @return the three-valued answer
   */
  public static Truth reachesFromAnyStart(Iterable<Period> terms, Period threshold) {
    boolean anyYes = false;
    boolean anyNo = false;
    for (int day = 0; day < CYCLE_DAYS && !(anyYes && anyNo); day++) {
      if (reaches(CYCLE_START.plusDays(day), terms, threshold)) {
        anyYes = true;
      } else {
        anyNo = true;
      }
    }
    return anyYes && anyNo ? Truth.UNKNOWN : Truth.of(anyYes);
  }
}
