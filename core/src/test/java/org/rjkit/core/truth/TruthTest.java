package org.rjkit.core.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A fact that is not stated is unknown, never false. */
@DisplayName("Truth of a stated or unstated fact")
class TruthTest {

  @Test
  void a_stated_fact_is_yes_or_no_and_an_unstated_one_is_unknown() {
    assertEquals(Truth.YES, Truth.of(Optional.of(true)));
    assertEquals(Truth.NO, Truth.of(Optional.of(false)));
    assertEquals(Truth.UNKNOWN, Truth.of(Optional.<Boolean>empty()));
  }
}
