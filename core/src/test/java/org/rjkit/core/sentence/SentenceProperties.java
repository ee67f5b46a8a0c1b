package org.rjkit.core.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.rjkit.core.internal.Terms;
import org.rjkit.core.truth.Truth;

/** Laws of Criminal Code s.743.1 that hold for every set of sentences. */
class SentenceProperties {

  @Property
  @Label("a longer term never makes a penitentiary sentence non-penitentiary")
  boolean a_longer_term_never_makes_a_sentence_non_federal(@ForAll("plans") Plan plan,
      @ForAll("extensions") Period extra, @ForAll("index") int which) {
    Truth before = plan.sentences().penitentiary().penitentiary();
    Truth after = plan.lengthen(which % plan.terms.size(), extra).sentences().penitentiary()
        .penitentiary();
    Statistics.label("before").collect(before);
    return before != Truth.YES || after == Truth.YES;
  }

  @Property
  @Label("adding a concurrent term never makes the longest aggregate longer than the longest of the two")
  boolean a_concurrent_term_never_extends_the_aggregate_beyond_the_longest(
      @ForAll("plans") Plan plan, @ForAll("terms") Period concurrent) {
    LocalDate before = plan.sentences().determinateExpiry().orElseThrow();
    LocalDate concurrentEnd = plan.start.plus(concurrent);
    LocalDate after = plan.withConcurrent(concurrent).sentences().determinateExpiry()
        .orElseThrow();
    Statistics.label("concurrent term is the longer").collect(concurrentEnd.isAfter(before));
    return after.equals(before.isAfter(concurrentEnd) ? before : concurrentEnd);
  }

  @Property
  @Label("a chain's expiry is its start plus its aggregate term")
  boolean a_chains_expiry_is_its_start_plus_its_aggregate(@ForAll("plans") Plan plan) {
    for (SentenceChain chain : plan.sentences().chains()) {
      if (!chain.start().orElseThrow().plus(chain.aggregateTerm().orElseThrow())
          .equals(chain.end().orElseThrow())) {
        return false;
      }
    }
    return true;
  }

  @Property
  @Label("an added consecutive term never turns a penitentiary sentence into a provincial one")
  boolean an_added_consecutive_term_never_turns_federal_into_provincial(
      @ForAll("plans") Plan plan, @ForAll("terms") Period more) {
    Truth before = plan.sentences().penitentiary().penitentiary();
    Truth after = plan.withConsecutive(more).sentences().penitentiary().penitentiary();
    return before != Truth.YES || after == Truth.YES;
  }

  @Property
  @Label("the classification is exactly 'some chain reaches start + two years'")
  void federal_exactly_when_some_chain_reaches_two_years(@ForAll("plans") Plan plan) {
    boolean expected = plan.sentences().chains().stream()
        .anyMatch(c -> !c.end().orElseThrow().isBefore(c.start().orElseThrow().plusYears(2)));
    Truth actual = plan.sentences().penitentiary().penitentiary();
    Statistics.label("federal").collect(actual);
    Statistics.label("federal").coverage(c -> {
      c.check(Truth.YES).count(n -> n > 0);
      c.check(Truth.NO).count(n -> n > 0);
    });
    assertEquals(Truth.of(expected), actual);
  }

  @Provide
  Arbitrary<Period> terms() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 36).map(Period::ofMonths),
        Arbitraries.integers().between(1, 900).map(Period::ofDays),
        Combinators.combine(Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 11), Arbitraries.integers().between(-1, 30))
            .as(Period::of).filter(p -> Terms.isPositive(p, Optional.empty())),
        Arbitraries.of(Period.ofYears(2), Period.of(2, 0, -1), Period.ofMonths(12)));
  }

  @Provide
  Arbitrary<Period> extensions() {
    return Arbitraries.oneOf(Arbitraries.integers().between(1, 400).map(Period::ofDays),
        Arbitraries.integers().between(1, 24).map(Period::ofMonths));
  }

  @Provide
  Arbitrary<Integer> index() {
    return Arbitraries.integers().between(0, 10);
  }

  @Provide
  Arbitrary<Plan> plans() {
    Arbitrary<LocalDate> starts = Arbitraries.integers().between(0, 365 * 30)
        .map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    return Combinators.combine(starts, terms().list().ofMinSize(1).ofMaxSize(4),
        Arbitraries.integers().between(0, 15).list().ofMinSize(4).ofMaxSize(4))
        .as(Plan::new);
  }

  /**
   * Terms of imprisonment from one start date: term i is consecutive to term links[i] when that
   * link is an earlier term, otherwise concurrent from the start.
   */
  record Plan(LocalDate start, List<Period> terms, List<Integer> links) {

    Sentences sentences() {
      List<Sentence> list = new ArrayList<>();
      for (int i = 0; i < terms.size(); i++) {
        int link = links.get(i % links.size());
        boolean consecutive = i > 0 && link < i;
        Optional<LocalDate> starts = consecutive ? Optional.empty() : Optional.of(start);
        list.add(new Sentence.Imprisonment(new Imposition(SentenceId.of("S" + i), List.of(),
            Optional.of(start), starts,
            consecutive ? Optional.of(SentenceId.of("S" + link)) : Optional.empty()),
            terms.get(i)));
      }
      return new Sentences(list);
    }

    Plan lengthen(int i, Period extra) {
      List<Period> longer = new ArrayList<>(terms);
      longer.set(i, longer.get(i).plus(extra));
      return new Plan(start, longer, links);
    }

    Plan withConcurrent(Period term) {
      List<Period> more = new ArrayList<>(terms);
      more.add(term);
      List<Integer> moreLinks = new ArrayList<>(padded());
      moreLinks.add(Integer.MAX_VALUE);
      return new Plan(start, more, moreLinks);
    }

    Plan withConsecutive(Period term) {
      List<Period> more = new ArrayList<>(terms);
      more.add(term);
      List<Integer> moreLinks = new ArrayList<>(padded());
      moreLinks.add(terms.size() - 1);
      return new Plan(start, more, moreLinks);
    }

    private List<Integer> padded() {
      List<Integer> p = new ArrayList<>();
      for (int i = 0; i < terms.size(); i++) {
        p.add(links.get(i % links.size()));
      }
      return p;
    }
  }
}
