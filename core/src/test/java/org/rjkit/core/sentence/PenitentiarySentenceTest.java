package org.rjkit.core.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.truth.Truth;

/**
 * Criminal Code s.743.1(1): who serves a penitentiary (federal) sentence. Each row is a case:
 * the terms of imprisonment, whether they are served one after the other (consecutive) or at
 * the same time (concurrent), the start date, and the answer the law gives.
 */
@DisplayName("Criminal Code s.743.1: penitentiary (federal) sentences")
class PenitentiarySentenceTest {

  @ParameterizedTest(name = "{0} {1} from {2}: federal = {3}")
  @CsvSource(delimiter = '|', textBlock = """
      # terms       | served       | starting   | federal | why
      P2Y           | single       | 2022-01-10 | YES     | exactly two years is two years or more (1)(b)
      P2Y-1D        | single       | 2022-01-10 | NO      | two years less a day is provincial (3)
      P2Y-1D        | single       | 2024-02-29 | NO      | two years less a day, from a leap day
      P2Y           | single       | 2024-02-29 | YES     | two years from a leap day ends 28 February
      P24M          | single       | 2023-03-31 | YES     | twenty-four months is two years
      P730D         | single       | 2023-01-01 | NO      | 730 days across a leap day is short of two years
      P730D         | single       | 2021-01-01 | YES     | 730 days with no leap day is two years
      P3Y           | single       | 2022-01-10 | YES     | three years
      P18M          | single       | 2022-01-10 | NO      | eighteen months
      P12M,P12M     | consecutive  | 2022-01-10 | YES     | two sub-two-year terms aggregating two years (1)(c)
      P18M,P18M     | concurrent   | 2022-01-10 | NO      | concurrent terms never add up
      P1Y,P1Y-1D    | consecutive  | 2022-01-10 | NO      | aggregate one day short of two years
      P6M,P6M,P1Y   | consecutive  | 2022-01-10 | YES     | three terms aggregating two years
      P6M,P6M,P1Y   | concurrent   | 2022-01-10 | NO      | three concurrent terms, the longest one year
      """)
  void terms_of_imprisonment(String terms, String served, LocalDate start, Truth federal,
      String why) {
    Sentences sentences = sentences(terms, served, Optional.of(start));
    assertEquals(federal, sentences.penitentiary().penitentiary(), why);
  }

  @ParameterizedTest(name = "{0} {1} with no start date: federal = {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # terms    | served      | federal | why
      P2Y        | single      | YES     | two years is two years from any start
      P2Y-1D     | single      | NO      | two years less a day is short from any start
      P12M,P12M  | consecutive | YES     | twelve months twice is two years from any start
      P730D      | single      | UNKNOWN | 730 days reaches two years only without a leap day
      """)
  void without_a_start_date_the_answer_is_unknown_only_when_it_depends_on_the_start(
      String terms, String served, Truth federal, String why) {
    assertEquals(federal, sentences(terms, served, Optional.empty()).penitentiary().penitentiary(),
        why);
  }

  static Sentences sentences(String terms, String served, Optional<LocalDate> start) {
    List<Sentence> list = new ArrayList<>();
    String[] parts = terms.split(",");
    for (int i = 0; i < parts.length; i++) {
      SentenceId id = SentenceId.of("S" + (i + 1));
      boolean consecutive = served.equals("consecutive") && i > 0;
      Imposition imposition = new Imposition(id, List.of(), start,
          consecutive ? Optional.empty() : start,
          consecutive ? Optional.of(SentenceId.of("S" + i)) : Optional.empty());
      list.add(new Sentence.Imprisonment(imposition, Period.parse(parts[i].trim())));
    }
    return new Sentences(list);
  }
}
