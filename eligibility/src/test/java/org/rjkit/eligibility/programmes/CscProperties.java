package org.rjkit.eligibility.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.core.safety.SafetyAssessment;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.core.sentence.Imposition;
import org.rjkit.core.sentence.Sentence;
import org.rjkit.core.sentence.SentenceId;
import org.rjkit.core.sentence.Sentences;
import org.rjkit.core.sentence.SupervisionStatus;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.screening.Eligibility;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.eligibility.Scenario;

/**
 * Laws of the CSC programme over generated federal and provincial sentences: terms of a few
 * months to several years (including two years less a day), served concurrently or one after
 * the other, starting on any day of 2016 to 2026, with or without a supervision status.
 */
class CscProperties {

  /** Terms as sentencing judges write them. */
  static Arbitrary<Period> terms() {
    return Arbitraries.oneOf(
        Arbitraries.of(Period.parse("P2Y"), Period.parse("P2Y-1D"), Period.parse("P1Y"),
            Period.parse("P6M"), Period.parse("P18M"), Period.parse("P12M"),
            Period.parse("P730D"), Period.parse("P3Y"), Period.parse("P90D")),
        Arbitraries.integers().between(1, 120).map(Period::ofMonths),
        Arbitraries.integers().between(30, 1500).map(Period::ofDays));
  }

  /** One sentence structure: terms, each consecutive to the previous one or concurrent. */
  record Structure(List<Period> terms, List<Boolean> consecutive, LocalDate start,
      Optional<SupervisionStatus> status, RiskLevel risk) {

    Sentences sentences() {
      List<Sentence> list = new ArrayList<>();
      for (int i = 0; i < terms.size(); i++) {
        SentenceId id = SentenceId.of("S" + (i + 1));
        Imposition imposition = i > 0 && consecutive.get(i)
            ? new Imposition(id, List.of(), Optional.of(start), Optional.empty(),
                Optional.of(SentenceId.of("S" + i)))
            : Imposition.startingOn(id, start);
        list.add(new Sentence.Imprisonment(imposition, terms.get(i)));
      }
      return new Sentences(list);
    }

    ScreeningRequest request() {
      ScreeningRequest base = Scenario.registeredVictimOfOffenderServingThreeYears().request();
      CaseFile c = base.caseFile().toBuilder().sentences(Optional.of(sentences()))
          .supervision(status)
          .safetyAssessments(List.of(new SafetyAssessment(LocalDate.of(2026, 10, 5), risk)))
          .build();
      return new ScreeningRequest(base.programme(), base.requesterId(), base.asOf(), c);
    }

    Structure withTerm(int index, Period longer) {
      List<Period> t = new ArrayList<>(terms);
      t.set(index, t.get(index).plus(longer));
      return new Structure(t, consecutive, start, status, risk);
    }

    Structure withConsecutive(Period added) {
      List<Period> t = new ArrayList<>(terms);
      List<Boolean> c = new ArrayList<>(consecutive);
      t.add(added);
      c.add(true);
      return new Structure(t, c, start, status, risk);
    }

    @Override
    public String toString() {
      return terms + " consecutive " + consecutive + " from " + start + " status " + status
          + " risk " + risk;
    }
  }

  @Provide
  Arbitrary<Structure> structures() {
    Arbitrary<Integer> size = Arbitraries.integers().between(1, 3);
    return size.flatMap(n -> Combinators.combine(
        terms().list().ofSize(n),
        Arbitraries.of(true, false).list().ofSize(n),
        Arbitraries.integers().between(0, 365 * 11).map(d -> LocalDate.of(2016, 1, 1).plusDays(d)),
        Arbitraries.of(SupervisionStatus.values()).optional(0.6),
        Arbitraries.of(RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MODERATE, RiskLevel.HIGH))
        .as(Structure::new));
  }

  @Provide
  Arbitrary<Period> additions() {
    return Arbitraries.oneOf(Arbitraries.integers().between(1, 800).map(Period::ofDays),
        Arbitraries.integers().between(1, 36).map(Period::ofMonths));
  }

  @Property
  void a_longer_term_never_turns_an_eligible_case_ineligible(
      @ForAll("structures") Structure s, @ForAll("additions") Period longer,
      @ForAll("index") int which) {
    Decision before = Eligibility.screen(s.request());
    int index = which % s.terms().size();
    Decision after = Eligibility.screen(s.withTerm(index, longer).request());
    if (before.outcome() == Outcome.ELIGIBLE) {
      assertNotEquals(Outcome.INELIGIBLE, after.outcome(), s + " + " + longer);
    }
    Statistics.label("before").collect(before.outcome());
    Statistics.label("federal").collect(federal(before).status());
    Statistics.label("federal").coverage(c -> {
      c.check(RuleStatus.MET).percentage(p -> p > 20);
      c.check(RuleStatus.NOT_MET).percentage(p -> p > 5);
    });
  }

  @Provide
  Arbitrary<Integer> index() {
    return Arbitraries.integers().between(0, 2);
  }

  @Property
  void an_added_consecutive_term_never_turns_an_eligible_case_ineligible(
      @ForAll("structures") Structure s, @ForAll("additions") Period added) {
    Decision before = Eligibility.screen(s.request());
    Decision after = Eligibility.screen(s.withConsecutive(added).request());
    if (before.outcome() == Outcome.ELIGIBLE) {
      assertNotEquals(Outcome.INELIGIBLE, after.outcome(), s + " then " + added);
    }
    if (federal(before).status() == RuleStatus.MET) {
      assertEquals(RuleStatus.MET, federal(after).status(), s + " then " + added);
    }
    Statistics.label("before").collect(before.outcome());
  }

  @Property
  void a_single_term_is_federal_exactly_when_it_reaches_two_years_on_the_calendar(
      @ForAll("terms") Period term, @ForAll("starts") LocalDate start) {
    Structure s = new Structure(List.of(term), List.of(false), start,
        Optional.of(SupervisionStatus.IN_CUSTODY), RiskLevel.LOW);
    boolean twoYears = !start.plus(term).isBefore(start.plus(Period.ofYears(2)));
    assertEquals(twoYears ? RuleStatus.MET : RuleStatus.NOT_MET,
        federal(Eligibility.screen(s.request())).status(), s.toString());
    Statistics.label("two years or more").collect(twoYears);
  }

  @Provide("terms")
  Arbitrary<Period> providedTerms() {
    return terms();
  }

  @Provide
  Arbitrary<LocalDate> starts() {
    return Arbitraries.integers().between(0, 365 * 11)
        .map(d -> LocalDate.of(2016, 1, 1).plusDays(d));
  }

  /**
   * Issue 8: rules 3 and 4 speak of the same sentences. Every term of a structure is imposed on
   * its start, so when one chain is a penitentiary sentence every other term, imposed while it is
   * served, is served in a penitentiary too (s.743.1(2)): the offender is under sentence until
   * the last chain ends. With no penitentiary chain, a provincial term never counts.
   */
  @Property
  void without_a_status_the_offender_is_under_sentence_until_the_chain_ends(
      @ForAll("structures") Structure s) {
    Structure noStatus = new Structure(s.terms(), s.consecutive(), s.start(), Optional.empty(),
        s.risk());
    LocalDate asOf = Scenario.AS_OF;
    boolean federal = noStatus.sentences().chains().stream()
        .anyMatch(c -> c.isTwoYearsOrMore() == org.rjkit.core.truth.Truth.YES);
    boolean served = federal && noStatus.sentences().chains().stream()
        .anyMatch(c -> asOf.isBefore(c.end().orElseThrow()));
    RuleResult under = Eligibility.screen(noStatus.request()).rules().stream()
        .filter(r -> r.ruleId().equals(CscRestorativeOpportunities.UNDER_SENTENCE))
        .findFirst().orElseThrow();
    assertEquals(served ? RuleStatus.MET : RuleStatus.REVIEW, under.status(), s.toString());
    Statistics.label("still served").collect(served);
  }

  static RuleResult federal(Decision d) {
    return d.rules().stream()
        .filter(r -> r.ruleId().equals(CscRestorativeOpportunities.FEDERAL_SENTENCE))
        .findFirst().orElseThrow();
  }
}
