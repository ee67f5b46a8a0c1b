package org.rjkit.core.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.rjkit.core.offence.OffenceId;

/** An imposition's two dates are set by name, so they cannot be swapped by position. */
@DisplayName("An imposition built by name")
class ImpositionTest {

  private static final SentenceId S1 = SentenceId.of("S1");
  private static final SentenceId S2 = SentenceId.of("S2");
  private static final LocalDate IMPOSED = LocalDate.of(2025, 6, 2);
  private static final LocalDate STARTS = LocalDate.of(2025, 7, 1);

  @Test
  void the_date_imposed_and_the_date_it_starts_land_in_their_own_components() {
    Imposition i = Imposition.builder(S2)
        .offences(OffenceId.of("O1"))
        .imposedOn(IMPOSED)
        .startsOn(STARTS)
        .consecutiveTo(S1)
        .build();
    assertEquals(new Imposition(S2, List.of(OffenceId.of("O1")), Optional.of(IMPOSED),
        Optional.of(STARTS), Optional.of(S1)), i);
  }

  @Test
  void nothing_said_is_no_offence_stated_dates_unknown_and_concurrent() {
    assertEquals(new Imposition(S1, List.of(), Optional.empty(), Optional.empty(),
        Optional.empty()), Imposition.builder(S1).build());
  }

  @Test
  void a_sentence_cannot_be_built_consecutive_to_itself() {
    assertThrows(IllegalArgumentException.class,
        () -> Imposition.builder(S1).consecutiveTo(S1).build());
  }
}
