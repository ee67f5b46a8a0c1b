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
 * Whether a penitentiary sentence is being served on a date (programmes.md, CSC rule 4): only
 * the penitentiary sentences of s.743.1 count, and a term imposed while one of them is served is
 * served in a penitentiary too (Criminal Code s.743.1(2),
 * https://laws-lois.justice.gc.ca/eng/acts/C-46/section-743.1.html). Every row has a three-year
 * term from 10 January 2022 (it ends on 10 January 2025) and, after the semicolon, a second
 * term: {@code TERM imposed DATE} starting that day, or {@code TERM undated imposed DATE}.
 */
@DisplayName("Penitentiary service on a date: s.743.1 and s.743.1(2)")
class PenitentiaryServiceTest {

  private static final LocalDate JAN_10_2022 = LocalDate.of(2022, 1, 10);

  @ParameterizedTest(name = "{0}, on {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # second term                          | on         | serving | served in a penitentiary by s.743.1(2)
      none                                   | 2025-01-09 | YES     | -
      none                                   | 2025-01-10 | NO      | -
      P12M imposed 2026-06-01                | 2026-11-21 | NO      | -
      P2Y-1D imposed 2024-12-01              | 2026-11-21 | YES     | S2
      P2Y-1D imposed 2024-12-01              | 2026-12-01 | NO      | S2
      P2Y-1D imposed 2025-02-01              | 2026-11-21 | NO      | -
      P2Y-1D imposed 2025-01-09              | 2026-11-21 | YES     | S2
      P2Y-1D imposed 2025-01-10              | 2026-11-21 | NO      | -
      P2Y-1D undated imposed 2024-12-01      | 2026-11-21 | UNKNOWN | S2
      P2Y-1D undated imposed 2025-02-01      | 2026-11-21 | NO      | -
      """)
  void only_penitentiary_sentences_count_and_a_term_imposed_while_serving_one_is_one(
      String second, LocalDate on, Truth serving, String extra) {
    List<Sentence> list = new ArrayList<>();
    list.add(new Sentence.Imprisonment(Imposition.startingOn(SentenceId.of("S1"), JAN_10_2022),
        Period.ofYears(3)));
    if (!second.equals("none")) {
      String[] w = second.split(" ");
      LocalDate imposed = LocalDate.parse(w[w.length - 1]);
      boolean undated = w[1].equals("undated");
      list.add(new Sentence.Imprisonment(new Imposition(SentenceId.of("S2"), List.of(),
          Optional.of(imposed), undated ? Optional.empty() : Optional.of(imposed),
          Optional.empty()), Period.parse(w[0])));
    }
    PenitentiaryService service = new Sentences(list).penitentiaryServiceOn(on);
    assertEquals(serving, service.serving());
    assertEquals(extra, service.servedInPenitentiary().isEmpty() ? "-"
        : String.join(" ", service.servedInPenitentiary().stream().map(SentenceId::value)
            .toList()));
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      P2Y-1D        | 2022-06-01 | NO
      P12M,P12M     | 2023-06-01 | YES
      P18M,P18M     | 2022-06-01 | NO
      """)
  void a_provincial_term_still_being_served_is_not_a_penitentiary_sentence(String terms,
      LocalDate on, Truth serving) {
    boolean consecutive = terms.equals("P12M,P12M");
    Sentences s = PenitentiarySentenceTest.sentences(terms,
        consecutive ? "consecutive" : "concurrent", Optional.of(JAN_10_2022));
    assertEquals(Truth.YES, s.isUnderCustodialSentenceOn(on));
    assertEquals(serving, s.penitentiaryServiceOn(on).serving());
  }
}
