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
import org.rjkit.core.internal.Terms;
import org.rjkit.core.offence.OffenceId;
import org.rjkit.core.truth.Truth;

/** The sentences of a case: their ids, their lengths, and when the last of them expires. */
@DisplayName("The sentences of a case")
class SentencesTest {

  private static final LocalDate JAN_10_2022 = LocalDate.of(2022, 1, 10);
  private static final SentenceId S1 = SentenceId.of("S1");
  private static final SentenceId S2 = SentenceId.of("S2");

  private static Sentence.Imprisonment imprisonment(String id, LocalDate start, String term) {
    return new Sentence.Imprisonment(Imposition.startingOn(SentenceId.of(id), start),
        Period.parse(term));
  }

  @Test
  void two_sentences_cannot_have_the_same_id() {
    assertThrows(IllegalArgumentException.class, () -> Sentences.of(
        imprisonment("S1", JAN_10_2022, "P1Y"),
        new Sentence.Fine(Imposition.startingOn(S1, JAN_10_2022))));
  }

  @Test
  void a_sentence_is_found_by_its_id_and_its_position_in_document_order() {
    Sentence fine = new Sentence.Fine(Imposition.startingOn(S1, JAN_10_2022));
    Sentence prison = imprisonment("S2", JAN_10_2022, "P1Y");
    Sentences sentences = Sentences.of(fine, prison);
    assertEquals(Optional.of(fine), sentences.byId(S1));
    assertEquals(Optional.of(prison), sentences.byId(S2));
    assertEquals(Optional.empty(), sentences.byId(SentenceId.of("S9")));
    assertEquals(0, sentences.indexOf(S1));
    assertEquals(1, sentences.indexOf(S2));
    assertEquals(-1, sentences.indexOf(SentenceId.of("S9")));
  }

  @Test
  void a_sentence_cannot_be_served_after_itself() {
    assertThrows(IllegalArgumentException.class, () -> Imposition.consecutiveTo(S1, S1));
    assertEquals(Optional.of(S1), Imposition.consecutiveTo(S2, S1).consecutiveTo());
    assertEquals(Optional.empty(), Imposition.consecutiveTo(S2, S1).startsOn());
  }

  @Test
  void a_chain_has_at_least_one_term() {
    assertThrows(IllegalArgumentException.class, () -> new SentenceChain(List.of()));
  }

  /** The determinate sentences expire when the last chain of imprisonment ends. */
  @Test
  void the_determinate_sentences_expire_at_the_end_of_the_chain_that_ends_last() {
    Sentences sentences = Sentences.of(
        imprisonment("S1", JAN_10_2022, "P1Y"),
        imprisonment("S2", LocalDate.of(2022, 6, 1), "P6M"),
        new Sentence.Imprisonment(Imposition.consecutiveTo(SentenceId.of("S3"), S1),
            Period.ofMonths(3)));
    assertEquals(Optional.of(LocalDate.of(2023, 4, 10)), sentences.determinateExpiry());
  }

  @Test
  void the_expiry_is_unknown_when_a_chain_has_no_start_date() {
    Sentences sentences = Sentences.of(
        imprisonment("S1", JAN_10_2022, "P1Y"),
        new Sentence.Imprisonment(new Imposition(S2, List.of(), Optional.empty(),
            Optional.empty(), Optional.empty()), Period.ofMonths(6)));
    assertEquals(Optional.empty(), sentences.determinateExpiry());
  }

  @Test
  void without_a_term_of_imprisonment_there_is_no_determinate_expiry() {
    assertEquals(Optional.empty(), Sentences.NONE.determinateExpiry());
    assertEquals(Optional.empty(), Sentences.of(
        new Sentence.Fine(Imposition.startingOn(S1, JAN_10_2022))).determinateExpiry());
  }

  /**
   * A term given without a start date must be positive from any start: months count as at least
   * 28 days when added and at most 31 days when taken away.
   */
  @ParameterizedTest(name = "{0} with no start date is positive: {1} ({2})")
  @CsvSource(delimiter = '|', textBlock = """
      # term     | positive | why
      P1D        | true     | a day
      P0D        | false    | nothing
      P-1D       | false    | less than nothing
      P1M-28D    | false    | February in a common year is only 28 days
      P1M-27D    | true     | every month is longer than 27 days
      P2M-20D    | true     | two months are at least 59 days
      P-1M31D    | false    | going back a month can take away 31 days
      P-1M32D    | true     | going back a month never takes away more than 31 days
      P-2M40D    | false    | going back two months can take away 62 days
      P1Y-365D   | false    | a common year is 365 days
      """)
  void a_term_without_a_start_is_positive_only_if_it_is_positive_from_every_start(String term,
      boolean positive, String why) {
    assertEquals(positive, Terms.isPositive(Period.parse(term), Optional.empty()), why);
  }

  @ParameterizedTest(name = "{0}: community sentence term {1} from {2} is valid: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      PROBATION            | P3Y     | 2022-01-10 | true
      PROBATION            | P0D     | 2022-01-10 | false
      PROBATION            | P1M-28D | 2023-02-01 | false
      PROBATION            | P1M-28D | 2023-03-01 | true
      CONDITIONAL_SENTENCE | P2Y-1D  | 2022-01-10 | true
      CONDITIONAL_SENTENCE | P-6M    | 2022-01-10 | false
      CONDITIONAL_SENTENCE | P1M-28D | 2023-02-01 | false
      """)
  void a_probation_or_conditional_sentence_term_must_be_positive_from_its_start(
      SentenceKind kind, String term, LocalDate start, boolean valid) {
    Imposition i = Imposition.startingOn(S1, start);
    Optional<Period> t = Optional.of(Period.parse(term));
    if (valid) {
      Sentence s = kind == SentenceKind.PROBATION ? new Sentence.Probation(i, t)
          : new Sentence.ConditionalSentence(i, t);
      assertEquals(t, s.length());
      assertEquals(kind, s.kind());
    } else if (kind == SentenceKind.PROBATION) {
      assertThrows(IllegalArgumentException.class, () -> new Sentence.Probation(i, t));
    } else {
      assertThrows(IllegalArgumentException.class, () -> new Sentence.ConditionalSentence(i, t));
    }
  }

  @Test
  void a_term_is_anchored_at_the_imposition_date_when_the_start_date_is_unknown() {
    Imposition imposedFeb1 = new Imposition(S1, List.of(OffenceId.of("O1")),
        Optional.of(LocalDate.of(2023, 2, 1)), Optional.empty(), Optional.empty());
    Imposition imposedMar1 = new Imposition(S1, List.of(OffenceId.of("O1")),
        Optional.of(LocalDate.of(2023, 3, 1)), Optional.empty(), Optional.empty());
    Period term = Period.parse("P1M-28D");
    assertThrows(IllegalArgumentException.class,
        () -> new Sentence.Probation(imposedFeb1, Optional.of(term)));
    assertEquals(Optional.of(term), new Sentence.Probation(imposedMar1, Optional.of(term))
        .length());
    assertEquals(Optional.of(term),
        new Sentence.ConditionalSentence(imposedMar1, Optional.of(term)).length());
  }

  @Test
  void a_community_sentence_may_have_no_stated_term() {
    Imposition i = Imposition.startingOn(S1, JAN_10_2022);
    assertEquals(Optional.empty(), new Sentence.Probation(i, Optional.empty()).length());
    assertEquals(Optional.empty(), new Sentence.ConditionalSentence(i, Optional.empty()).length());
  }

  /**
   * A month and 700 days reaches two years from 1 January 2000 but not from 31 January 2000 (the
   * month ends on 29 February): without a start date the answer is unknown.
   */
  @Test
  void a_chain_that_reaches_two_years_from_some_starts_only_is_unknown_without_a_start() {
    SentenceChain chain = new SentenceChain(List.of(new Sentence.Imprisonment(
        new Imposition(S1, List.of(), Optional.empty(), Optional.empty(), Optional.empty()),
        Period.parse("P1M700D"))));
    assertEquals(Truth.UNKNOWN, chain.isTwoYearsOrMore());
    assertEquals(Truth.UNKNOWN,
        Aggregate.of(List.of(Period.parse("P1M700D"))).reachesFromAnyStart(Aggregate.TWO_YEARS));
    assertEquals(Truth.YES,
        Aggregate.of(List.of(Period.parse("P3Y"))).reachesFromAnyStart(Aggregate.TWO_YEARS));
    assertEquals(Truth.NO,
        Aggregate.of(List.of(Period.parse("P18M"))).reachesFromAnyStart(Aggregate.TWO_YEARS));
  }

  /** Once the warrant has expired the offender is no longer under sentence. */
  @ParameterizedTest(name = "{0}: under sentence {1}")
  @CsvSource({"IN_CUSTODY, true", "DAY_PAROLE, true", "FULL_PAROLE, true",
      "STATUTORY_RELEASE, true", "LONG_TERM_SUPERVISION, true", "WARRANT_EXPIRED, false"})
  void an_offender_is_under_sentence_until_the_warrant_expires(SupervisionStatus status,
      boolean under) {
    assertEquals(under, status.isUnderSentence());
  }
}
