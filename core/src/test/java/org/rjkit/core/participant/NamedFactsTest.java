package org.rjkit.core.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.rjkit.core.truth.Truth;

/**
 * An offender's and a victim's facts are set by name: a fact left unset is unknown (never no), a
 * fact set lands in its own component, and a copy through the builder changes nothing.
 */
@DisplayName("Participants built by name")
class NamedFactsTest {

  private static final ParticipantId O1 = ParticipantId.of("O1");
  private static final ParticipantId V1 = ParticipantId.of("V1");

  @Test
  void an_offender_of_whom_nothing_is_said_has_every_fact_unknown() {
    assertEquals(new Offender(O1, Optional.empty(), Truth.UNKNOWN, Truth.UNKNOWN, Truth.UNKNOWN,
        Truth.UNKNOWN, Optional.empty(), Truth.UNKNOWN, Truth.UNKNOWN, false),
        Offender.builder(O1).build());
    assertEquals(Offender.builder(O1).build(), Offender.unknown(O1));
  }

  @Test
  void each_offender_fact_lands_in_its_own_component() {
    Offender o = Offender.builder(O1)
        .dateOfBirth(LocalDate.of(1990, 2, 1))
        .acceptsResponsibility(true)
        .acknowledgesBasicFacts(Truth.NO)
        .deniesInvolvement(false)
        .wantsTrial(Truth.YES)
        .plea(Plea.GUILTY)
        .advisedOfRightToCounsel(Truth.UNKNOWN)
        .hadReasonableOpportunityToConsultCounsel(true)
        .chargedInSameOffence(true)
        .build();
    assertEquals(new Offender(O1, Optional.of(LocalDate.of(1990, 2, 1)), Truth.YES, Truth.NO,
        Truth.NO, Truth.YES, Optional.of(Plea.GUILTY), Truth.UNKNOWN, Truth.YES, true), o);
    assertEquals(o, o.toBuilder().build());
  }

  @Test
  void a_victim_of_whom_nothing_is_said_is_living_capable_and_of_unknown_registration() {
    assertEquals(new Victim(V1, Truth.UNKNOWN, false, false, Truth.UNKNOWN, Truth.UNKNOWN, false),
        Victim.builder(V1).build());
    assertEquals(Truth.NO, Victim.of(V1, false).registeredVictim());
  }

  @Test
  void each_victim_fact_lands_in_its_own_component() {
    Victim v = Victim.builder(V1)
        .registeredVictim(true)
        .deceased(true)
        .incapable(true)
        .residesInCanada(false)
        .canadianCitizenOrPermanentResident(Truth.YES)
        .chargedInSameOffence(true)
        .build();
    assertEquals(new Victim(V1, Truth.YES, true, true, Truth.NO, Truth.YES, true), v);
    assertEquals(v, v.toBuilder().build());
  }

  @Test
  void an_unknown_fact_is_set_with_truth_unknown_never_with_null() {
    assertThrows(NullPointerException.class,
        () -> Offender.builder(O1).acceptsResponsibility((Truth) null));
    assertThrows(NullPointerException.class,
        () -> Victim.builder(V1).registeredVictim((Truth) null));
  }
}
