package org.rjkit.core.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.truth.Truth;

/** Who a participant is, and what their record may say about them. */
@DisplayName("Participants")
class ParticipantTest {

  private static final ParticipantId V1 = ParticipantId.of("V1");
  private static final ParticipantId F1 = ParticipantId.of("F1");

  /** The victim side: the victim and those who speak for the victim or are close to them. */
  @ParameterizedTest(name = "{0} is on the victim side: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      VICTIM                 | true
      VICTIM_REPRESENTATIVE  | true
      VICTIM_FAMILY_MEMBER   | true
      OFFENDER               | false
      OFFENDER_FAMILY_MEMBER | false
      SUPPORTER              | false
      COMMUNITY_MEMBER       | false
      FACILITATOR            | false
      """)
  void the_victim_side(Role role, boolean victimSide) {
    assertEquals(victimSide, role.isVictimSide());
  }

  @Test
  void each_kind_of_participant_has_its_role() {
    assertEquals(Role.VICTIM, Victim.of(V1, true).role());
    assertEquals(Role.VICTIM_REPRESENTATIVE, new VictimRepresentative(F1, V1, false).role());
    assertEquals(Role.VICTIM_FAMILY_MEMBER,
        VictimFamilyMember.of(F1, V1, Relationship.PARENT).role());
    assertEquals(Role.OFFENDER, Offender.unknown(F1).role());
    assertEquals(Role.OFFENDER_FAMILY_MEMBER,
        new OffenderFamilyMember(F1, V1, Optional.empty(), false).role());
    assertEquals(Role.SUPPORTER, new Supporter(F1, Optional.empty(), false).role());
    assertEquals(Role.COMMUNITY_MEMBER, new CommunityMember(F1, false).role());
    assertEquals(Role.FACILITATOR, new Facilitator(F1, false).role());
  }

  /** A victim who died or cannot act needs a representative or family member to act. */
  @ParameterizedTest(name = "deceased {0}, incapable {1}: someone must act for the victim: {2}")
  @CsvSource({"false, false, false", "true, false, true", "false, true, true",
      "true, true, true"})
  void a_deceased_or_incapable_victim_needs_someone_to_act(boolean deceased, boolean incapable,
      boolean needs) {
    Victim v = Victim.builder(V1).deceased(deceased).incapable(incapable).build();
    assertEquals(needs, v.needsSomeoneToAct());
  }

  @Test
  void only_a_conjugal_partner_has_a_cohabitation_date() {
    LocalDate since = LocalDate.of(2019, 6, 1);
    VictimFamilyMember partner = new VictimFamilyMember(F1, V1,
        Optional.of(Relationship.CONJUGAL_PARTNER), Optional.of(since), false);
    assertEquals(Optional.of(since), partner.cohabitingSince());
    for (Relationship r : List.of(Relationship.SPOUSE, Relationship.PARENT,
        Relationship.SIBLING)) {
      assertThrows(IllegalArgumentException.class, () -> new VictimFamilyMember(F1, V1,
          Optional.of(r), Optional.of(since), false), r::name);
    }
    assertThrows(IllegalArgumentException.class, () -> new VictimFamilyMember(F1, V1,
        Optional.empty(), Optional.of(since), false));
    assertEquals(Optional.empty(), new VictimFamilyMember(F1, V1, Optional.empty(),
        Optional.empty(), false).cohabitingSince());
  }

  @Test
  void a_family_members_to_string_says_whether_cohabitation_is_dated_but_not_when() {
    VictimFamilyMember partner = new VictimFamilyMember(F1, V1,
        Optional.of(Relationship.CONJUGAL_PARTNER), Optional.of(LocalDate.of(2019, 6, 1)),
        false);
    assertEquals("VictimFamilyMember[id=F1, relatedTo=V1, relationship=Optional[CONJUGAL_PARTNER],"
        + " cohabitingSince=<known>, chargedInSameOffence=false]", partner.toString());
    assertEquals("VictimFamilyMember[id=F1, relatedTo=V1, relationship=Optional[PARENT],"
            + " cohabitingSince=<unknown>, chargedInSameOffence=false]",
        VictimFamilyMember.of(F1, V1, Relationship.PARENT).toString());
  }

  @Test
  void an_offenders_age_on_a_date_comes_from_the_date_of_birth() {
    Offender o = Offender.builder(F1).dateOfBirth(LocalDate.of(2008, 6, 15)).build();
    assertEquals(Optional.of(17), o.ageOn(LocalDate.of(2026, 6, 14)));
    assertEquals(Optional.of(18), o.ageOn(LocalDate.of(2026, 6, 15)));
  }

  @Test
  void an_offenders_to_string_says_whether_the_date_of_birth_is_known_but_not_what_it_is() {
    Offender known = Offender.builder(F1)
        .dateOfBirth(LocalDate.of(1990, 2, 1))
        .acceptsResponsibility(true)
        .plea(Plea.GUILTY)
        .build();
    String text = known.toString();
    assertTrue(text.startsWith("Offender[id=F1, dateOfBirth=<known>, acceptsResponsibility="
        + "YES"), text);
    assertTrue(text.contains("plea=Optional[GUILTY]"), text);
    assertFalse(text.contains("1990"), text);
    assertTrue(Offender.unknown(F1).toString().startsWith("Offender[id=F1, dateOfBirth=<unknown>"));
  }

  @Test
  void changing_whether_the_offender_accepts_responsibility_changes_nothing_else() {
    Offender o = Offender.builder(F1)
        .dateOfBirth(LocalDate.of(1990, 2, 1))
        .acceptsResponsibility(true)
        .acknowledgesBasicFacts(true)
        .deniesInvolvement(false)
        .wantsTrial(false)
        .plea(Plea.GUILTY)
        .advisedOfRightToCounsel(true)
        .hadReasonableOpportunityToConsultCounsel(true)
        .chargedInSameOffence(true)
        .build();
    Offender denies = o.withAcceptsResponsibility(Truth.NO);
    assertEquals(Truth.NO, denies.acceptsResponsibility());
    assertEquals(Offender.builder(F1)
        .dateOfBirth(LocalDate.of(1990, 2, 1))
        .acceptsResponsibility(false)
        .acknowledgesBasicFacts(true)
        .deniesInvolvement(false)
        .wantsTrial(false)
        .plea(Plea.GUILTY)
        .advisedOfRightToCounsel(true)
        .hadReasonableOpportunityToConsultCounsel(true)
        .chargedInSameOffence(true)
        .build(), denies);
    assertEquals(Truth.YES, o.acceptsResponsibility());
  }
}
