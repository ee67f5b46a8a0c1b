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
 * 2024 ends on 28 February 2026, and {@code P2Y-1D} is always one day short of two years. Terms
 * served one after the other are first summed, component by component, then added to the start
 * of the run, so that their order never changes the result.
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
  /** The longest term accepted: a thousand years, in months and in days. */
  static final long MAX_TERM_MONTHS = 12_000;
  static final long MAX_TERM_DAYS = 366_000;

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
    return isPositiveFromAnyStart(term.toTotalMonths(), term.getDays());
  }

  /** Whether months then days, added to any start, move it forward. */
  static boolean isPositiveFromAnyStart(long months, long days) {
    long lowerBoundDays = (months >= 0 ? 28 * months : 31 * months) + days;
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
   * measured from the same start. The run's aggregate is the sum of its terms, component by
   * component ({@link #sum}), so the order of the terms never changes the answer.
   *
   * @param start not null
   * @param terms the terms in the order served, not null
   * @param threshold not null
   * @return true when {@code start + (t1 + t2 + ...) >= start + threshold}
   */
  public static boolean reaches(LocalDate start, Iterable<Period> terms, Period threshold) {
    return Aggregate.of(terms).reaches(start, threshold);
  }

  /**
   * The end of terms served one after the other: the start plus their aggregate, the sum of the
   * terms component by component (Criminal Code s.743.1(1)(c), "in the aggregate";
   * {@code P1M} + {@code P23M} = {@code P24M}), added to the start as
   * {@link LocalDate#plus(java.time.temporal.TemporalAmount)} adds a period. A chain too long for
   * the calendar ends on {@link LocalDate#MAX}.
   *
   * @param start not null
   * @param terms not null
   * @return the day after the last day served
   */
  public static LocalDate endOf(LocalDate start, Iterable<Period> terms) {
    return Aggregate.of(terms).endFrom(checkNotNull(start, "start"));
  }

  /**
   * The aggregate of terms served one after the other: their sum, component by component
   * ({@code P1Y-1D} + {@code P1Y} = {@code P2Y-1D}).
   *
   * @param terms not null
   * @return the sum
   * @throws ArithmeticException if a component of the sum does not fit in an {@code int}
   */
  public static Period sum(Iterable<Period> terms) {
    return Aggregate.of(terms).toPeriod();
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
    return Aggregate.of(terms).reachesFromAnyStart(threshold);
  }

  /** {@link #reachesFromAnyStart} for an aggregate already summed. */
  static Truth reachesFromAnyStart(Aggregate aggregate, Period threshold) {
    boolean anyYes = false;
    boolean anyNo = false;
    for (int day = 0; day < CYCLE_DAYS && !(anyYes && anyNo); day++) {
      if (aggregate.reaches(CYCLE_START.plusDays(day), threshold)) {
        anyYes = true;
      } else {
        anyNo = true;
      }
    }
    return anyYes && anyNo ? Truth.UNKNOWN : Truth.of(anyYes);
  }
}
