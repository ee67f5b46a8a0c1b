package org.rjkit.core.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A fact that is not stated is unknown, never false. */
@DisplayName("Truth of a stated or unstated fact")
class TruthTest {

  @Test
  void a_stated_fact_is_yes_or_no() {
    assertEquals(Truth.YES, Truth.of(true));
    assertEquals(Truth.NO, Truth.of(false));
  }

  @Test
  void no_public_member_takes_or_gives_an_optional_boolean() {
    for (java.lang.reflect.Method m : Truth.class.getDeclaredMethods()) {
      assertFalse(Arrays.asList(m.getParameterTypes()).contains(Optional.class), m::toString);
      assertFalse(m.getReturnType() == Optional.class, m::toString);
    }
  }

  @Test
  void only_yes_and_no_are_known() {
    assertTrue(Truth.YES.isKnown());
    assertTrue(Truth.NO.isKnown());
    assertFalse(Truth.UNKNOWN.isKnown());
  }
}
