package org.rjkit.core.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The safety that counts is the most severe assessment of the latest day on or before the date,
 * whatever the order of the assessments in the document (programmes.md, "current safety").
 */
class SafetyOrderProperties {

  private static final LocalDate START = LocalDate.of(2026, 10, 1);

  @Property(tries = 1000)
  void the_order_of_the_assessments_never_changes_the_risk_that_counts(
      @ForAll("assessments") List<SafetyAssessment> list, @ForAll long seed,
      @ForAll("days") int day) {
    LocalDate on = START.plusDays(day);
    List<SafetyAssessment> shuffled = new ArrayList<>(list);
    Collections.shuffle(shuffled, new Random(seed));
    Optional<SafetyAssessment> counts = SafetyAssessment.latestOn(list, on);
    assertEquals(counts, SafetyAssessment.latestOn(shuffled, on));
    counts.ifPresent(c -> {
      for (SafetyAssessment a : list) {
        assertTrue(a.assessedOn().isAfter(on) || a.assessedOn().isBefore(c.assessedOn())
            || (a.assessedOn().equals(c.assessedOn())
                && a.riskToVictim().compareTo(c.riskToVictim()) <= 0), a::toString);
      }
    });
    Statistics.collect(counts.map(c -> list.stream().filter(a -> a.assessedOn()
        .equals(c.assessedOn())).count() > 1 ? "same-day assessments" : "one that day")
        .orElse("none"));
  }

  @Provide
  Arbitrary<List<SafetyAssessment>> assessments() {
    return Combinators.combine(Arbitraries.integers().between(0, 5),
            Arbitraries.of(RiskLevel.class))
        .as((d, level) -> new SafetyAssessment(START.plusDays(d), level))
        .list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<Integer> days() {
    return Arbitraries.integers().between(0, 7);
  }
}
