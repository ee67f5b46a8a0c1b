package org.rjkit.core.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ages are whole years on the calendar, never days divided by 365. */
@DisplayName("A participant's age on a date")
class AgeTest {

  @ParameterizedTest(name = "born {0}, on {1}: {2} years ({3})")
  @CsvSource(delimiter = '|', textBlock = """
      # born     | on         | age | why
      2008-06-15 | 2026-06-14 | 17  | the day before the eighteenth birthday
      2008-06-15 | 2026-06-15 | 18  | on the eighteenth birthday
      2008-02-29 | 2026-02-28 | 17  | a leap-day birthday is not reached on 28 February
      2008-02-29 | 2026-03-01 | 18  | a leap-day birthday is reached on 1 March of a common year
      2008-02-29 | 2028-02-29 | 20  | and on 29 February of a leap year
      2014-01-01 | 2026-01-01 | 12  | twelfth birthday: a young person under the YCJA
      1990-02-01 | 2026-11-21 | 36  | an adult
      """)
  void age_is_counted_in_whole_calendar_years(LocalDate born, LocalDate on, int age, String why) {
    assertEquals(age, Offender.ageOn(born, on), why);
  }

  @Test
  void the_age_of_an_offender_whose_date_of_birth_is_unknown_is_unknown() {
    Offender offender = Offender.unknown(ParticipantId.of("P2"));
    assertEquals(Optional.empty(), offender.ageOn(LocalDate.of(2026, 11, 21)));
  }
}
