package org.rjkit.core.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.rjkit.core.fixtures.Cases;
import org.rjkit.core.participant.ParticipantId;

/** A screening request asks, for one programme and one date, whether a participant may take part. */
@DisplayName("A screening request")
class ScreeningRequestTest {

  @Test
  void the_requester_must_be_a_participant_of_the_case() {
    assertThrows(IllegalArgumentException.class, () -> new ScreeningRequest(Cases.CSC,
        ParticipantId.of("P9"), LocalDate.of(2026, 11, 21), Cases.interchangeExample()));
    assertEquals(ParticipantId.of("P3"), new ScreeningRequest(Cases.CSC, ParticipantId.of("P3"),
        LocalDate.of(2026, 11, 21), Cases.interchangeExample()).requesterId());
  }

  @Test
  void to_string_names_the_programme_the_date_and_the_case_only() {
    assertEquals("ScreeningRequest[ca-csc-restorative-opportunities, 2026-11-21, C-2026-0042]",
        Cases.interchangeExampleRequest().toString());
  }
}
