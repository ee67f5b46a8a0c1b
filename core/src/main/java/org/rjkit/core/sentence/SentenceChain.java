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
 * <p>The chain's aggregate (Criminal Code s.743.1(1)(c), "in the aggregate") is the sum of its
 * terms, component by component ({@code P1M} + {@code P23M} = {@code P24M}), anchored at the
 * chain's start: the chain ends on its start plus that aggregate, and reaches two years when
 * {@code start + aggregate >= start + P2Y}. The order of the terms never changes either answer.
 *
 * <p>The chains of {@link Sentences#chains()} share their common first terms: {@link #links()}
 * is then a view that costs no memory of its own (iterating it costs its length).
 *
 * @param links the terms in the order served, at least one
 * @since 1.0
 */
public record SentenceChain(List<Sentence.Imprisonment> links) {

  /**
   * Checks the components.
   *
   * @param links the terms in the order served, at least one
   */
  public SentenceChain {
    if (!(links instanceof ChainForest.Path)) {
      links = ImmutableList.copyOf(links);
    }
    checkArgument(!links.isEmpty(), "a chain has at least one term");
  }

  /** The sum of the terms, summed once for the chains of a forest. */
  private Aggregate aggregate() {
    return links instanceof ChainForest.Path path ? path.aggregate() : Aggregate.of(terms());
  }

  /**
   * The terms in the order served.
   *
   * @return the terms in the order served
   */
  public List<Period> terms() {
    return Lists.transform(links, Sentence.Imprisonment::term);
  }

  /**
   * The first term's start date, when known: the chain's start.
   *
   * @return the chain's start, or empty
   */
  public Optional<LocalDate> start() {
    return links.get(0).startsOn();
  }

  /**
   * The day the chain ends (the first day no longer under it), when the start is known.
   *
   * @return the day the chain ends, or empty
   */
  public Optional<LocalDate> end() {
    return start().map(s -> aggregate().endFrom(s));
  }

  /**
   * The aggregate term, the sum of the terms component by component, when the start is known.
   * Adding it to the start gives the end: {@code start().plus(aggregateTerm()) == end()}.
   *
   * @return the aggregate term, or empty
   * @throws ArithmeticException if a component of the sum does not fit in an {@code int}
   */
  public Optional<Period> aggregateTerm() {
    return start().map(s -> aggregate().toPeriod());
  }

  /**
   * Whether the chain, in the aggregate, is two years or more (s.743.1(1)(b) for one term,
   * (1)(c) for consecutive terms). Anchored at the start; when the start is unknown, UNKNOWN only
   * if the answer depends on it.
   *
   * @return the three-valued answer
   */
  public Truth isTwoYearsOrMore() {
    return reaches(Aggregate.TWO_YEARS);
  }

  /**
   * Whether the chain, in the aggregate, is at least a threshold: anchored at the start; when
   * the start is unknown, UNKNOWN only if the answer depends on it.
   *
   * @param threshold not null
   * @return the three-valued answer
   */
  public Truth reaches(Period threshold) {
    Aggregate sum = aggregate();
    return start()
        .map(s -> Truth.of(sum.reaches(s, threshold)))
        .orElseGet(() -> sum.reachesFromAnyStart(threshold));
  }

  /**
   * The ids of the terms, in the order served.
   *
   * @return the ids of the terms, in the order served
   */
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
