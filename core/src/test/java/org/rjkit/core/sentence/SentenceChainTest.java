package org.rjkit.core.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.truth.Truth;

@DisplayName("Sentence chains: aggregate terms, expiry and kinds of sentence")
class SentenceChainTest {

  private static final LocalDate JAN_10_2022 = LocalDate.of(2022, 1, 10);

  @ParameterizedTest(name = "{0} {1} from {2}: aggregate {3}, ends {4}")
  @CsvSource(delimiter = '|', textBlock = """
      # terms        | served      | starting   | longest aggregate | expiry
      P3Y            | single      | 2022-01-10 | P3Y               | 2025-01-10
      P2Y-1D         | single      | 2022-01-10 | P2Y-1D            | 2024-01-09
      P12M,P12M      | consecutive | 2022-01-10 | P24M              | 2024-01-10
      P18M,P18M      | concurrent  | 2022-01-10 | P18M              | 2023-07-10
      P1M,P1M        | consecutive | 2024-01-31 | P2M               | 2024-03-31
      P6M,P6M,P1Y    | consecutive | 2022-01-10 | P1Y12M            | 2024-01-10
      P1Y-1D,P1Y     | consecutive | 2022-01-10 | P2Y-1D            | 2024-01-09
      P1M,P23M       | consecutive | 2025-01-31 | P24M              | 2027-01-31
      P23M,P1M       | consecutive | 2025-01-31 | P24M              | 2027-01-31
      """)
  void the_aggregate_is_the_sum_of_the_terms_anchored_at_the_chains_start(String terms,
      String served, LocalDate start, Period longest, LocalDate expiry) {
    Sentences sentences = PenitentiarySentenceTest.sentences(terms, served, Optional.of(start));
    Period max = sentences.chains().stream()
        .map(c -> c.aggregateTerm().orElseThrow())
        .max((a, b) -> start.plus(a).compareTo(start.plus(b))).orElseThrow();
    assertEquals(longest, max);
    assertEquals(Optional.of(expiry), sentences.determinateExpiry());
  }

  @Test
  void two_months_from_31_january_are_summed_before_they_are_added_to_the_start() {
    // (P1M + P1M) = P2M from 31 Jan 2024 = 31 Mar 2024, not 29 Feb + P1M = 29 Mar (issue 8).
    Sentences s = PenitentiarySentenceTest.sentences("P1M,P1M", "consecutive",
        Optional.of(LocalDate.of(2024, 1, 31)));
    assertEquals(Optional.of(LocalDate.of(2024, 3, 31)), s.determinateExpiry());
  }

  /**
   * Criminal Code s.743.1(1)(c), "in the aggregate", and interchange.md: the aggregate is the sum
   * of the terms, so the order of the terms never changes whether the chain reaches two years.
   * Before issue 8, P1M then P23M from 31 January 2025 ended on 28 January 2027 (provincial) and
   * P23M then P1M on 31 January 2027 (federal).
   */
  @ParameterizedTest(name = "{0} from 31 January 2025 is federal")
  @CsvSource({"'P1M,P23M'", "'P23M,P1M'"})
  void the_order_of_consecutive_terms_never_changes_whether_they_reach_two_years(String terms) {
    Sentences s = PenitentiarySentenceTest.sentences(terms, "consecutive",
        Optional.of(LocalDate.of(2025, 1, 31)));
    assertEquals(Truth.YES, s.penitentiary().penitentiary());
    assertEquals(PenitentiaryFinding.Ground.CONSECUTIVE_TERMS_OF_TWO_YEARS_OR_MORE,
        s.penitentiary().ground());
    assertEquals(Optional.of(LocalDate.of(2027, 1, 31)), s.determinateExpiry());
  }

  @Test
  void the_offender_is_under_the_chain_on_the_days_before_its_end() {
    Sentences s = PenitentiarySentenceTest.sentences("P3Y", "single", Optional.of(JAN_10_2022));
    assertEquals(Truth.YES, s.isUnderCustodialSentenceOn(LocalDate.of(2025, 1, 9)));
    assertEquals(Truth.NO, s.isUnderCustodialSentenceOn(LocalDate.of(2025, 1, 10)));
  }

  @Test
  void life_and_indeterminate_sentences_never_expire_and_are_federal() {
    Sentences life = Sentences.of(new Sentence.Life(start("S1")));
    Sentences indeterminate = Sentences.of(new Sentence.Indeterminate(start("S1")));
    assertEquals(Truth.YES, life.isUnderCustodialSentenceOn(LocalDate.of(2099, 1, 1)));
    assertEquals(PenitentiaryFinding.Ground.LIFE, life.penitentiary().ground());
    assertEquals(Truth.YES, indeterminate.penitentiary().penitentiary());
    assertEquals(PenitentiaryFinding.Ground.INDETERMINATE, indeterminate.penitentiary().ground());
    assertEquals(Optional.empty(), life.determinateExpiry());
  }

  @ParameterizedTest(name = "a {0} is never a penitentiary sentence")
  @CsvSource({"CONDITIONAL_SENTENCE", "PROBATION", "FINE", "DISCHARGE"})
  void community_sentences_fines_and_discharges_are_never_penitentiary_sentences(
      SentenceKind kind) {
    Imposition i = start("S1");
    Sentence sentence = switch (kind) {
      case CONDITIONAL_SENTENCE -> new Sentence.ConditionalSentence(i, Optional.of(Period.ofYears(2)));
      case PROBATION -> new Sentence.Probation(i, Optional.of(Period.ofYears(3)));
      case FINE -> new Sentence.Fine(i);
      case DISCHARGE -> new Sentence.Discharge(i);
      default -> throw new AssertionError(kind);
    };
    PenitentiaryFinding finding = Sentences.of(sentence).penitentiary();
    assertEquals(Truth.NO, finding.penitentiary());
    assertEquals(PenitentiaryFinding.Ground.UNDER_TWO_YEARS, finding.ground());
  }

  @Test
  void a_two_year_conditional_sentence_does_not_add_to_a_consecutive_term_of_imprisonment() {
    Sentence conditional = new Sentence.ConditionalSentence(start("S1"),
        Optional.of(Period.ofYears(2)));
    Sentence term = new Sentence.Imprisonment(new Imposition(SentenceId.of("S2"), List.of(),
        Optional.of(JAN_10_2022), Optional.of(JAN_10_2022), Optional.of(SentenceId.of("S1"))),
        Period.ofMonths(6));
    assertEquals(Truth.NO, Sentences.of(conditional, term).penitentiary().penitentiary());
  }

  @Test
  void no_sentence_at_all_is_known_to_be_no_penitentiary_sentence() {
    assertEquals(PenitentiaryFinding.Ground.NO_SENTENCE, Sentences.NONE.penitentiary().ground());
    assertEquals(Truth.NO, Sentences.NONE.penitentiary().penitentiary());
  }

  @Test
  void two_terms_each_served_after_the_same_term_make_two_chains() {
    Sentence first = term("S1", Optional.empty(), "P1Y");
    Sentence a = term("S2", Optional.of("S1"), "P6M");
    Sentence b = term("S3", Optional.of("S1"), "P1Y");
    List<SentenceChain> chains = Sentences.of(first, a, b).chains();
    assertEquals(2, chains.size());
    assertEquals(List.of(SentenceId.of("S1"), SentenceId.of("S3")), chains.get(1).ids());
    PenitentiaryFinding finding = Sentences.of(first, a, b).penitentiary();
    assertEquals(PenitentiaryFinding.Ground.CONSECUTIVE_TERMS_OF_TWO_YEARS_OR_MORE,
        finding.ground());
    assertEquals(List.of(SentenceId.of("S1"), SentenceId.of("S3")), finding.sentences());
  }

  @Test
  void a_chain_that_points_at_a_missing_sentence_itself_or_in_a_cycle_is_rejected() {
    assertThrows(IllegalArgumentException.class,
        () -> Sentences.of(term("S1", Optional.of("S9"), "P1Y")));
    assertThrows(IllegalArgumentException.class,
        () -> Sentences.of(term("S1", Optional.of("S1"), "P1Y")));
    assertThrows(IllegalArgumentException.class, () -> Sentences.of(
        term("S1", Optional.of("S2"), "P1Y"), term("S2", Optional.of("S1"), "P1Y")));
  }

  @ParameterizedTest(name = "term {0} from {1}: valid = {2}")
  @CsvSource(delimiter = '|', textBlock = """
      P2Y-1D  | 2022-01-10 | true
      P1D     | 2022-01-10 | true
      P0D     | 2022-01-10 | false
      P-2Y    | 2022-01-10 | false
      P1M-28D | 2023-02-01 | false
      P1M-28D | 2023-03-01 | true
      """)
  void a_term_must_be_positive_once_anchored_at_its_start(String term, LocalDate start,
      boolean valid) {
    Imposition i = new Imposition(SentenceId.of("S1"), List.of(), Optional.of(start),
        Optional.of(start), Optional.empty());
    if (valid) {
      assertEquals(Period.parse(term), new Sentence.Imprisonment(i, Period.parse(term)).term());
    } else {
      assertThrows(IllegalArgumentException.class,
          () -> new Sentence.Imprisonment(i, Period.parse(term)));
    }
  }

  private static Imposition start(String id) {
    return Imposition.startingOn(SentenceId.of(id), JAN_10_2022);
  }

  private static Sentence term(String id, Optional<String> after, String term) {
    Optional<LocalDate> start = after.isPresent() ? Optional.empty() : Optional.of(JAN_10_2022);
    return new Sentence.Imprisonment(new Imposition(SentenceId.of(id), List.of(), start, start,
        after.map(SentenceId::of)), Period.parse(term));
  }
}
