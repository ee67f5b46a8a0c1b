package org.rjkit.eligibility.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.LocalizedText;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.eligibility.Decision;

/**
 * Repeated fact paths are dropped, first occurrences kept in order, whether or not a set is
 * needed to find them (the copy skips the set when nothing repeats).
 */
class FindingDistinctTest {

  @Test
  void repeats_are_dropped_in_order_of_first_use() {
    Finding f = Finding.unknown(LocalizedText.of("en", "fr"), List.of("a", "b", "a", "c", "b"), List.of("c", "c"));

    assertEquals(List.of("a", "b", "c"), f.facts());
    assertEquals(List.of("c"), f.missingFacts());
  }

  @Test
  void lists_without_repeats_are_kept_as_they_are_short_or_long() {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add("f" + i);
    }
    many.add("f3");

    assertEquals(List.of("x", "y"), Finding.distinct(List.of("x", "y")));
    assertEquals(List.of(), Finding.distinct(List.of()));
    assertEquals(many.subList(0, 40), Finding.distinct(many));
  }

  @Test
  void a_null_path_is_refused() {
    List<String> withNull = new ArrayList<>(List.of("a"));
    withNull.add(null);

    assertThrows(NullPointerException.class, () -> Finding.distinct(withNull));
  }

  @Test
  void a_decisions_missing_facts_are_the_distinct_union_in_rule_order() {
    List<Citation> cite = List.of(Citation.of("Criminal Code", "s.1"));
    RuleResult first = new RuleResult("R1", Phase.ELIGIBILITY, RuleStatus.UNKNOWN,
        LocalizedText.of("en", "fr"), cite, List.of("b", "a"));
    RuleResult met = new RuleResult("R2", Phase.ELIGIBILITY, RuleStatus.MET,
        LocalizedText.of("en", "fr"), cite, List.of("z"));
    RuleResult second = new RuleResult("R3", Phase.SUITABILITY, RuleStatus.UNKNOWN,
        LocalizedText.of("en", "fr"), cite, List.of("a", "c"));

    Decision d = Decision.of(ProgrammeId.of("p"), "v", LocalDate.of(2026, 1, 1),
        CaseId.of("C1"), List.of(first, met, second));
    Decision none = Decision.of(ProgrammeId.of("p"), "v", LocalDate.of(2026, 1, 1),
        CaseId.of("C1"), List.of(met));

    assertEquals(List.of("b", "a", "c"), d.missingFacts());
    assertEquals(List.of(), none.missingFacts());
  }
}
