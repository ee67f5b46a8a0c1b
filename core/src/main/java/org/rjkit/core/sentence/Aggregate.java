package org.rjkit.core.sentence;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import org.rjkit.core.truth.Truth;

/**
 * The sum of terms served one after the other, component by component, held in {@code long}s so
 * that no number of terms overflows it. Added to a date the way {@link Period} is: the total
 * months first, then the days.
 *
 * @param years the sum of the terms' years
 * @param months the sum of the terms' months
 * @param days the sum of the terms' days (a week is seven days)
 */
record Aggregate(long years, long months, long days) {

  static final Aggregate ZERO = new Aggregate(0, 0, 0);

  /** Two years: the s.743.1 threshold. */
  static final Period TWO_YEARS = Period.ofYears(2);

  /**
   * The anchors used when a term's start is unknown: every day of a four-year cycle. A
   * comparison that comes out the same from every one of them holds whatever the start.
   */
  private static final LocalDate CYCLE_START = LocalDate.of(2000, 1, 1);
  private static final int CYCLE_DAYS = 1461;

  static Aggregate of(Iterable<Period> terms) {
    Aggregate sum = ZERO;
    for (Period term : terms) {
      sum = sum.plus(term);
    }
    return sum;
  }

  Aggregate plus(Period term) {
    return new Aggregate(years + term.getYears(), months + term.getMonths(),
        days + term.getDays());
  }

  long totalMonths() {
    return years * 12 + months;
  }

  /** The day after the last day served from a start; {@link LocalDate#MAX} beyond the calendar. */
  LocalDate endFrom(LocalDate start) {
    try {
      return start.plusMonths(totalMonths()).plusDays(days);
    } catch (DateTimeException | ArithmeticException e) {
      return totalMonths() * 31 + days > 0 ? LocalDate.MAX : LocalDate.MIN;
    }
  }

  boolean reaches(LocalDate start, Period threshold) {
    return !endFrom(start).isBefore(start.plus(threshold));
  }

  /**
   * Like {@link #reaches} when the start is unknown: YES or NO when every start gives the same
   * answer, UNKNOWN when the answer depends on the start (as {@code P730D} does, across a leap
   * day).
   */
  Truth reachesFromAnyStart(Period threshold) {
    boolean anyYes = false;
    boolean anyNo = false;
    for (int day = 0; day < CYCLE_DAYS && !(anyYes && anyNo); day++) {
      if (reaches(CYCLE_START.plusDays(day), threshold)) {
        anyYes = true;
      } else {
        anyNo = true;
      }
    }
    return anyYes && anyNo ? Truth.UNKNOWN : Truth.of(anyYes);
  }

  Period toPeriod() {
    return Period.of(Math.toIntExact(years), Math.toIntExact(months), Math.toIntExact(days));
  }
}
