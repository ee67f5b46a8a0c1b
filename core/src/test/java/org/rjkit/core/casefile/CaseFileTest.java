package org.rjkit.core.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.consent.ConsentRecord;
import org.rjkit.core.consent.ConsentStatus;
import org.rjkit.core.fixtures.Cases;
import org.rjkit.core.offence.Offence;
import org.rjkit.core.offence.OffenceCategory;
import org.rjkit.core.offence.OffenceId;
import org.rjkit.core.order.Order;
import org.rjkit.core.participant.CommunityMember;
import org.rjkit.core.participant.Facilitator;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.participant.OffenderFamilyMember;
import org.rjkit.core.participant.Participant;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Relationship;
import org.rjkit.core.participant.Supporter;
import org.rjkit.core.participant.Victim;
import org.rjkit.core.participant.VictimFamilyMember;
import org.rjkit.core.participant.VictimRepresentative;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.core.safety.SafetyAssessment;
import org.rjkit.core.sentence.Imposition;
import org.rjkit.core.sentence.Sentence;
import org.rjkit.core.sentence.SentenceId;
import org.rjkit.core.sentence.Sentences;
import org.rjkit.core.sentence.SupervisionStatus;
import org.rjkit.core.truth.Truth;

/**
 * A case file is always valid: ids are unique within their kind, and every reference names
 * something in the same case. A case that breaks one of these rules cannot be built, whatever
 * built it (the JSON reader, a vendor's own code, a test).
 */
@DisplayName("A case file")
class CaseFileTest {

  private static final CaseId C1 = CaseId.of("C1");
  private static final ParticipantId V1 = ParticipantId.of("V1");
  private static final ParticipantId O1 = ParticipantId.of("O1");
  private static final ParticipantId STRANGER = ParticipantId.of("X9");
  private static final OffenceId THEFT = OffenceId.of("T1");
  private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);

  private static CaseFile.Builder victimAndOffender() {
    return CaseFile.builder(C1).participant(Victim.of(V1, false))
        .participant(Offender.unknown(O1));
  }

  // ---- unique ids ----

  @Test
  void rejects_two_participants_with_the_same_id() {
    CaseFile.Builder b = victimAndOffender().participant(Victim.of(O1, true));
    assertThrows(IllegalArgumentException.class, b::build);
  }

  @Test
  void rejects_two_offences_with_the_same_id() {
    CaseFile.Builder b = CaseFile.builder(C1)
        .offence(Offence.of(THEFT, OffenceCategory.THEFT, OCT_1))
        .offence(Offence.of(THEFT, OffenceCategory.FRAUD, OCT_1));
    assertThrows(IllegalArgumentException.class, b::build);
  }

  @Test
  void accepts_offences_with_different_ids() {
    CaseFile c = CaseFile.builder(C1)
        .offence(Offence.of(THEFT, OffenceCategory.THEFT, OCT_1))
        .offence(Offence.of(OffenceId.of("T2"), OffenceCategory.THEFT, OCT_1))
        .build();
    assertEquals(2, c.offences().orElseThrow().size());
  }

  // ---- references between participants ----

  @Test
  void rejects_a_representative_acting_for_someone_not_in_the_case() {
    CaseFile.Builder b = victimAndOffender()
        .participant(new VictimRepresentative(ParticipantId.of("R1"), STRANGER, false));
    assertThrows(IllegalArgumentException.class, b::build);
  }

  @Test
  void rejects_a_victims_family_member_related_to_someone_not_in_the_case() {
    CaseFile.Builder b = victimAndOffender()
        .participant(VictimFamilyMember.of(ParticipantId.of("F1"), STRANGER, Relationship.PARENT));
    assertThrows(IllegalArgumentException.class, b::build);
  }

  @Test
  void rejects_an_offenders_family_member_related_to_someone_not_in_the_case() {
    CaseFile.Builder b = victimAndOffender().participant(new OffenderFamilyMember(
        ParticipantId.of("F1"), STRANGER, Optional.of(Relationship.PARENT), false));
    assertThrows(IllegalArgumentException.class, b::build);
  }

  @Test
  void rejects_a_supporter_of_someone_not_in_the_case() {
    CaseFile.Builder b = victimAndOffender()
        .participant(new Supporter(ParticipantId.of("S1"), Optional.of(STRANGER), false));
    assertThrows(IllegalArgumentException.class, b::build);
  }

  @Test
  void rejects_a_participant_related_to_itself() {
    ParticipantId f1 = ParticipantId.of("F1");
    CaseFile.Builder b = victimAndOffender()
        .participant(new OffenderFamilyMember(f1, f1, Optional.empty(), false));
    assertThrows(IllegalArgumentException.class, b::build);
  }

  @Test
  void accepts_references_to_participants_listed_later_in_the_case() {
    ParticipantId f1 = ParticipantId.of("F1");
    CaseFile c = CaseFile.builder(C1)
        .participant(VictimFamilyMember.of(f1, V1, Relationship.SPOUSE))
        .participant(new VictimRepresentative(ParticipantId.of("R1"), V1, false))
        .participant(new Supporter(ParticipantId.of("S1"), Optional.of(O1), false))
        .participant(new OffenderFamilyMember(ParticipantId.of("F2"), O1, Optional.empty(),
            false))
        .participant(Victim.of(V1, false))
        .participant(Offender.unknown(O1))
        .build();
    assertEquals(6, c.participants().size());
  }

  /** Each kind of participant refers to whom it names; the others refer to no one. */
  @Test
  void the_references_of_a_participant_are_who_it_acts_for_or_is_related_to() {
    assertEquals(List.of(V1), CaseFile.references(
        new VictimRepresentative(ParticipantId.of("R1"), V1, false)));
    assertEquals(List.of(V1), CaseFile.references(
        VictimFamilyMember.of(ParticipantId.of("F1"), V1, Relationship.CHILD)));
    assertEquals(List.of(O1), CaseFile.references(
        new OffenderFamilyMember(ParticipantId.of("F2"), O1, Optional.empty(), false)));
    assertEquals(List.of(O1), CaseFile.references(
        new Supporter(ParticipantId.of("S1"), Optional.of(O1), false)));
    assertEquals(List.of(), CaseFile.references(
        new Supporter(ParticipantId.of("S1"), Optional.empty(), false)));
    assertEquals(List.of(), CaseFile.references(Victim.of(V1, true)));
    assertEquals(List.of(), CaseFile.references(Offender.unknown(O1)));
    assertEquals(List.of(), CaseFile.references(new Facilitator(ParticipantId.of("F3"), false)));
    assertEquals(List.of(),
        CaseFile.references(new CommunityMember(ParticipantId.of("M1"), false)));
  }

  // ---- consents, orders, sentences ----

  @Test
  void rejects_a_consent_given_by_a_stranger_to_the_case() {
    CaseFile.Builder b = victimAndOffender()
        .consent(ConsentRecord.informed(STRANGER, OCT_1, ConsentForm.WRITTEN));
    assertThrows(IllegalArgumentException.class, b::build);
  }

  @Test
  void rejects_an_order_protecting_a_stranger_to_the_case() {
    CaseFile.Builder b = victimAndOffender().order(Order.noContact(STRANGER, false));
    assertThrows(IllegalArgumentException.class, b::build);
  }

  @Test
  void rejects_a_sentence_for_an_offence_not_in_the_case() {
    CaseFile.Builder b = CaseFile.builder(C1)
        .offence(Offence.of(THEFT, OffenceCategory.THEFT, OCT_1))
        .sentence(new Sentence.Fine(
            Imposition.startingOn(SentenceId.of("F1"), OCT_1, OffenceId.of("T9"))));
    assertThrows(IllegalArgumentException.class, b::build);
  }

  @Test
  void accepts_a_sentence_for_an_offence_of_the_case() {
    CaseFile c = CaseFile.builder(C1)
        .offence(Offence.of(THEFT, OffenceCategory.THEFT, OCT_1))
        .sentence(new Sentence.Fine(Imposition.startingOn(SentenceId.of("F1"), OCT_1, THEFT)))
        .build();
    assertEquals(List.of(THEFT), c.sentences().orElseThrow().all().get(0).offenceIds());
  }

  /**
   * When the case does not list its offences, what a sentence was for cannot be checked: the
   * offences are unknown, not absent.
   */
  @Test
  void a_sentence_may_name_an_offence_when_the_offences_are_unknown() {
    CaseFile c = CaseFile.builder(C1)
        .sentence(new Sentence.Fine(Imposition.startingOn(SentenceId.of("F1"), OCT_1, THEFT)))
        .build();
    assertEquals(Optional.empty(), c.offences());
    assertEquals(1, c.sentences().orElseThrow().all().size());
  }

  // ---- looking things up ----

  @Test
  void finds_a_participant_by_id_and_its_position_in_document_order() {
    CaseFile c = Cases.interchangeExample();
    ParticipantId p1 = ParticipantId.of("P1");
    ParticipantId p2 = ParticipantId.of("P2");
    ParticipantId p3 = ParticipantId.of("P3");
    assertEquals(p2, c.participant(p2).orElseThrow().id());
    assertEquals(p3, c.participant(p3).orElseThrow().id());
    assertEquals(Optional.empty(), c.participant(STRANGER));
    List<ParticipantId> order = c.participants().stream().map(Participant::id).toList();
    assertEquals(List.of(p1, p2, p3), order);
  }

  @Test
  void the_offender_is_the_first_participant_with_the_offender_role() {
    CaseFile c = Cases.noContactOrder();
    assertEquals(ParticipantId.of("O1"), c.offender().orElseThrow().id());
    assertEquals(Optional.empty(), CaseFile.builder(C1).participant(Victim.of(V1, true)).build()
        .offender());
  }

  @Test
  void a_participants_consent_on_a_date_follows_the_consent_history() {
    CaseFile c = Cases.interchangeExample();
    LocalDate nov21 = LocalDate.of(2026, 11, 21);
    assertEquals(ConsentStatus.CURRENT, c.consentOn(ParticipantId.of("P1"), nov21).status());
    assertEquals(ConsentStatus.WITHDRAWN, c.consentOn(ParticipantId.of("P2"), nov21).status());
    assertEquals(ConsentStatus.NO_RECORD, c.consentOn(ParticipantId.of("P3"), nov21).status());
  }

  @Test
  void the_safety_assessment_on_a_date_is_the_latest_made_by_then() {
    CaseFile c = Cases.victimOfLifer();
    assertEquals(RiskLevel.MODERATE,
        c.safetyOn(LocalDate.of(2026, 10, 11)).orElseThrow().riskToVictim());
    assertEquals(RiskLevel.LOW,
        c.safetyOn(LocalDate.of(2026, 10, 12)).orElseThrow().riskToVictim());
    assertEquals(Optional.empty(), c.safetyOn(LocalDate.of(2026, 5, 31)));
  }

  @Test
  void to_string_names_the_case_id_and_nothing_else() {
    assertEquals("CaseFile[C-2026-0042]", Cases.interchangeExample().toString());
  }

  // ---- the builder ----

  @Test
  void a_builder_with_nothing_set_gives_a_case_where_everything_is_unknown() {
    CaseFile c = CaseFile.builder(C1).build();
    assertEquals(Optional.empty(), c.jurisdiction());
    assertEquals(Optional.empty(), c.stage());
    assertEquals(Optional.empty(), c.offences());
    assertEquals(Optional.empty(), c.sentences());
    assertEquals(Optional.empty(), c.supervision());
    assertEquals(List.of(), c.participants());
    assertEquals(List.of(), c.consents().records());
    assertEquals(List.of(), c.safetyAssessments());
    assertEquals(List.of(), c.orders());
    assertEquals(Optional.empty(), c.court());
    assertEquals(Prosecution.UNKNOWN, c.prosecution());
    assertEquals(Truth.UNKNOWN, c.priorRestorativeProcess());
    assertEquals(Truth.UNKNOWN, c.restorativeServiceAvailable());
  }

  @Test
  void to_builder_then_build_gives_back_the_same_case() {
    for (String file : Cases.GOLDEN) {
      CaseFile c = Cases.golden(file).caseFile();
      assertEquals(c, c.toBuilder().build(), file);
    }
  }

  @Test
  void changing_a_copy_through_to_builder_leaves_the_original_unchanged() {
    CaseFile original = Cases.interchangeExample();
    CaseFile changed = original.toBuilder()
        .participant(new Facilitator(ParticipantId.of("F1"), false))
        .offence(Offence.of(OffenceId.of("O2"), OffenceCategory.THEFT, OCT_1))
        .build();
    assertEquals(3, original.participants().size());
    assertEquals(4, changed.participants().size());
    assertEquals(1, original.offences().orElseThrow().size());
    assertEquals(2, changed.offences().orElseThrow().size());
  }

  /** Every setter taking an {@code Optional} or a list can set a fact back to unknown or none. */
  @Test
  void every_fact_can_be_set_explicitly_through_the_builder_in_one_chain() {
    Offence theft = Offence.of(THEFT, OffenceCategory.THEFT, OCT_1);
    Sentences fine = Sentences.of(new Sentence.Fine(
        Imposition.startingOn(SentenceId.of("F1"), OCT_1, THEFT)));
    ConsentRecord consent = ConsentRecord.informed(V1, OCT_1, ConsentForm.WRITTEN);
    SafetyAssessment low = new SafetyAssessment(OCT_1, RiskLevel.LOW);
    Order order = Order.noContact(V1, true);
    CaseFile c = CaseFile.builder(C1)
        .jurisdiction(Optional.of(Jurisdiction.country("NZ")))
        .stage(Optional.of(Stage.PRE_SENTENCE))
        .offences(Optional.of(List.of(theft)))
        .sentences(Optional.of(fine))
        .supervision(Optional.of(SupervisionStatus.DAY_PAROLE))
        .participants(List.of(Victim.of(V1, false), Offender.unknown(O1)))
        .consents(List.of(consent))
        .safetyAssessments(List.of(low))
        .orders(List.of(order))
        .court(Optional.of(Court.DISTRICT_COURT))
        .prosecution(Prosecution.of(true, true))
        .priorRestorativeProcess(Truth.YES)
        .restorativeServiceAvailable(Truth.NO)
        .build();
    assertEquals(Optional.of(Jurisdiction.country("NZ")), c.jurisdiction());
    assertEquals(Optional.of(Stage.PRE_SENTENCE), c.stage());
    assertEquals(Optional.of(List.of(theft)), c.offences());
    assertEquals(Optional.of(fine), c.sentences());
    assertEquals(Optional.of(SupervisionStatus.DAY_PAROLE), c.supervision());
    assertEquals(List.of(V1, O1), c.participants().stream().map(Participant::id).toList());
    assertEquals(List.of(consent), c.consents().records());
    assertEquals(List.of(low), c.safetyAssessments());
    assertEquals(List.of(order), c.orders());
    assertEquals(Optional.of(Court.DISTRICT_COURT), c.court());
    assertEquals(Prosecution.of(true, true), c.prosecution());
    assertEquals(Truth.YES, c.priorRestorativeProcess());
    assertEquals(Truth.NO, c.restorativeServiceAvailable());

    CaseFile unknown = c.toBuilder()
        .jurisdiction(Optional.empty())
        .stage(Optional.empty())
        .sentences(Optional.empty())
        .offences(Optional.empty())
        .supervision(Optional.empty())
        .consents(List.of())
        .safetyAssessments(List.of())
        .orders(List.of())
        .court(Optional.empty())
        .priorRestorativeProcess(Truth.UNKNOWN)
        .restorativeServiceAvailable(Truth.UNKNOWN)
        .build();
    assertEquals(CaseFile.builder(C1).participants(c.participants())
        .prosecution(Prosecution.of(true, true)).build(), unknown);
  }

  @Test
  void replacing_a_participant_keeps_its_position_and_leaves_the_others_alone() {
    CaseFile c = Cases.interchangeExample();
    Offender before = c.offender().orElseThrow();
    Offender denies = before.withAcceptsResponsibility(Truth.NO);
    CaseFile changed = c.toBuilder().replaceParticipant(denies).build();
    assertEquals(before.id(), changed.participants().get(1).id());
    assertSame(denies, changed.participants().get(1));
    assertEquals(c.participants().get(0), changed.participants().get(0));
    assertEquals(c.participants().get(2), changed.participants().get(2));
    assertNotEquals(c, changed);
  }

  @Test
  void replacing_a_participant_not_in_the_case_changes_nothing() {
    CaseFile c = Cases.interchangeExample();
    CaseFile same = c.toBuilder().replaceParticipant(Victim.of(STRANGER, true)).build();
    assertEquals(c, same);
    assertFalse(same.participant(STRANGER).isPresent());
  }

  @Test
  void the_lists_of_a_case_cannot_be_changed_from_outside() {
    CaseFile c = Cases.interchangeExample();
    assertThrows(UnsupportedOperationException.class,
        () -> c.participants().add(Victim.of(STRANGER, true)));
    assertThrows(UnsupportedOperationException.class, () -> c.offences().orElseThrow().clear());
    assertThrows(UnsupportedOperationException.class, () -> c.orders().clear());
    assertThrows(UnsupportedOperationException.class, () -> c.safetyAssessments().clear());
  }

  @Test
  void a_sentence_added_through_the_builder_joins_those_already_known() {
    CaseFile c = CaseFile.builder(C1)
        .sentence(new Sentence.Imprisonment(
            Imposition.startingOn(SentenceId.of("S1"), OCT_1), Period.ofYears(1)))
        .sentence(new Sentence.Imprisonment(
            Imposition.consecutiveTo(SentenceId.of("S2"), SentenceId.of("S1")),
            Period.ofYears(1)))
        .build();
    assertEquals(List.of(SentenceId.of("S1"), SentenceId.of("S2")),
        c.sentences().orElseThrow().all().stream().map(Sentence::id).toList());
  }
}
