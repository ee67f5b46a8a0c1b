package org.rjkit.core.sentence;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.truth.Truth;

/**
 * Terms of imprisonment served one after the other: the first runs from its {@code startsOn}, each
 * next one is {@code consecutiveTo} the one before. A single term is a chain of one.
 *
 * <p>The chain's aggregate is measured on the calendar (Criminal Code s.743.1(1)(c)): each term is
 * added in turn to the running end date, starting from the first term's start.
 *
 * @param links the terms in the order served, at least one
 */
public record SentenceChain(List<Sentence.Imprisonment> links) {

  public SentenceChain {
    links = ImmutableList.copyOf(links);
    checkArgument(!links.isEmpty(), "a chain has at least one term");
  }

  /** The terms in the order served. */
  public List<Period> terms() {
    return Lists.transform(links, Sentence.Imprisonment::term);
  }

  /** The first term's start date, when known: the chain's start. */
  public Optional<LocalDate> start() {
    return links.get(0).startsOn();
  }

  /** The day the chain ends (the first day no longer under it), when the start is known. */
  public Optional<LocalDate> end() {
    return start().map(s -> Terms.endOf(s, terms()));
  }

  /**
   * The aggregate term from start to end, when the start is known. Adding it to the start gives
   * the end: {@code start().plus(aggregateTerm()) == end()}.
   */
  public Optional<Period> aggregateTerm() {
    return start().map(s -> Period.between(s, Terms.endOf(s, terms())));
  }

  /**
   * Whether the chain, in the aggregate, is two years or more (s.743.1(1)(b) for one term,
   * (1)(c) for consecutive terms). Anchored at the start; when the start is unknown, UNKNOWN only
   * if the answer depends on it.
   */
  public Truth isTwoYearsOrMore() {
    return start()
        .map(s -> Truth.of(Terms.reaches(s, terms(), Terms.TWO_YEARS)))
        .orElseGet(() -> Terms.reachesFromAnyStart(terms(), Terms.TWO_YEARS));
  }

  /** The ids of the terms, in the order served. */
  public List<SentenceId> ids() {
    return Lists.transform(links, Sentence.Imprisonment::id);
  }

  /**
   * Whether the offender is still serving the chain on a date: the days before its end.
   *
   * @param on not null
   * @return UNKNOWN when the start is unknown
   */
  public Truth isServedOn(LocalDate on) {
    return end().map(e -> Truth.of(on.isBefore(e))).orElse(Truth.UNKNOWN);
  }
}
