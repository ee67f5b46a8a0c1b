package org.rjkit.core.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void only_yes_and_no_are_known() {
    assertTrue(Truth.YES.isKnown());
    assertTrue(Truth.NO.isKnown());
    assertFalse(Truth.UNKNOWN.isKnown());
  }
}
