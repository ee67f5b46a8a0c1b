package org.rjkit.core.offence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An offence's contexts are those the case lists, plus those its category implies: a sexual
 * assault is {@code SEXUAL} whether or not the context is listed (interchange format, offence
 * {@code contexts}).
 */
@DisplayName("The contexts of an offence")
class OffenceTest {

  private static final OffenceId O1 = OffenceId.of("O1");

  private static Offence offence(OffenceCategory category, Set<OffenceContext> listed) {
    return new Offence(O1, category, Optional.of(LocalDate.of(2025, 11, 2)), listed);
  }

  @ParameterizedTest(name = "{0} listed as [{1}] is in contexts [{2}]")
  @CsvSource(delimiter = '|', textBlock = """
      # category                 | listed                   | effective
      SEXUAL_ASSAULT             |                          | SEXUAL
      SEXUAL_ASSAULT             | SEXUAL                   | SEXUAL
      SEXUAL_ASSAULT             | INTIMATE_PARTNER         | SEXUAL INTIMATE_PARTNER
      ASSAULT                    |                          |
      ASSAULT                    | INTIMATE_PARTNER         | INTIMATE_PARTNER
      ASSAULT                    | SEXUAL AGAINST_CHILD     | SEXUAL AGAINST_CHILD
      MISCHIEF                   | HATE                     | HATE
      THEFT                      | AGAINST_VULNERABLE_PERSON | AGAINST_VULNERABLE_PERSON
      """)
  void the_category_can_add_a_context_but_never_removes_one(OffenceCategory category,
      String listed, String effective) {
    Offence o = offence(category, contexts(listed));
    assertEquals(contexts(listed), o.contexts());
    assertEquals(contexts(effective), o.effectiveContexts());
    for (OffenceContext c : OffenceContext.values()) {
      assertEquals(contexts(effective).contains(c), o.hasContext(c), c::name);
    }
  }

  @Test
  void a_sexual_assault_is_sexual_even_when_no_context_is_listed() {
    Offence o = offence(OffenceCategory.SEXUAL_ASSAULT, Set.of());
    assertTrue(o.hasContext(OffenceContext.SEXUAL));
    assertFalse(o.hasContext(OffenceContext.INTIMATE_PARTNER));
    assertEquals(Set.of(), o.contexts());
  }

  @Test
  void the_listed_contexts_are_kept_in_a_fixed_order_and_cannot_be_changed() {
    Offence o = offence(OffenceCategory.ASSAULT,
        Set.of(OffenceContext.HATE, OffenceContext.SEXUAL));
    assertEquals("[SEXUAL, HATE]", o.contexts().toString());
    assertThrows(UnsupportedOperationException.class,
        () -> o.contexts().add(OffenceContext.AGAINST_CHILD));
    assertThrows(UnsupportedOperationException.class,
        () -> o.effectiveContexts().add(OffenceContext.AGAINST_CHILD));
  }

  @Test
  void an_offence_of_a_known_date() {
    Offence o = Offence.of(O1, OffenceCategory.ROBBERY, LocalDate.of(2021, 3, 14));
    assertEquals(Optional.of(LocalDate.of(2021, 3, 14)), o.committedOn());
    assertEquals(Set.of(), o.effectiveContexts());
  }

  private static Set<OffenceContext> contexts(String names) {
    EnumSet<OffenceContext> set = EnumSet.noneOf(OffenceContext.class);
    if (names != null) {
      for (String n : names.trim().split("\\s+")) {
        set.add(OffenceContext.valueOf(n));
      }
    }
    return set;
  }
}
