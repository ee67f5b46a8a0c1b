package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.process.Cases.OFFENDER;
import static org.rjkit.process.Cases.VICTIM;
import static org.rjkit.process.Cases.day;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.process.agreement.Agreement;
import org.rjkit.process.agreement.AgreementItem;
import org.rjkit.process.agreement.AgreementItemId;
import org.rjkit.process.agreement.AgreementTerm;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementAssented;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementProposed;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentGiven;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentWithdrawn;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.lifecycle.TransitionRefusedException;
import org.rjkit.process.type.ProcessType;

/**
 * When an outcome agreement binds, so that follow-up may begin (EU-5, UN-7, QC-7): the
 * responsible party assented, a harmed party assented unless the process goes ahead without one,
 * and everyone who assented still has current consent. A withdrawal lapses the withdrawing
 * person's assents, and only theirs.
 */
class BindingAgreementTest {

  private static final AgreementItemId I1 = AgreementItemId.of("I1");
  private static final AgreementItemId I2 = AgreementItemId.of("I2");

  private static AgreementItem item(AgreementItemId id, String what,
      org.rjkit.core.participant.ParticipantId... concerned) {
    return new AgreementItem(id, new AgreementTerm.Other(ProcessContent.of(what)),
        List.of(concerned));
  }

  private static String refusedFollowUp(ProcessCase c) {
    return assertThrows(TransitionRefusedException.class,
        () -> c.record(new StageEntered(day(12), ProcessStage.FOLLOW_UP))).ruleId();
  }

  @Test
  void an_agreement_binds_only_with_the_responsible_partys_assent_even_if_no_item_concerns_them() {
    ProcessCase c = Cases.inCommunication(ProcessType.CONFERENCING).recordAll(
        new StageEntered(day(7), ProcessStage.AGREEMENT),
        new AgreementProposed(day(8), List.of(item(I1, "the victim writes back", VICTIM))),
        new AgreementAssented(day(9), I1, VICTIM));
    assertTrue(c.agreement().orElseThrow().isReached(), "every party concerned assented");
    assertEquals("PROC-FOLLOW-UP-AGREEMENT", refusedFollowUp(c));
  }

  @Test
  void community_reparation_goes_ahead_without_a_victim_who_withdrew() {
    ProcessCase c = Cases.inCommunication(ProcessType.COMMUNITY_REPARATION).recordAll(
        new ConsentWithdrawn(day(7), VICTIM),
        new StageEntered(day(8), ProcessStage.AGREEMENT),
        new AgreementProposed(day(9), List.of(new AgreementItem(I1,
            new AgreementTerm.CommunityService(20, ProcessContent.of("the park")),
            List.of(OFFENDER)))),
        new AgreementAssented(day(10), I1, OFFENDER));
    assertEquals(ProcessStage.FOLLOW_UP,
        c.record(new StageEntered(day(12), ProcessStage.FOLLOW_UP)).stage());
  }

  @Test
  void an_assent_binds_only_while_the_party_who_gave_it_still_has_informed_consent() {
    ProcessCase agreed = Cases.inCommunication(ProcessType.COMMUNITY_REPARATION).recordAll(
        new StageEntered(day(7), ProcessStage.AGREEMENT),
        new AgreementProposed(day(8), List.of(item(I1, "the offender repairs the fence",
            OFFENDER, VICTIM))),
        new AgreementAssented(day(9), I1, VICTIM),
        new AgreementAssented(day(9), I1, OFFENDER));
    assertEquals(ProcessStage.FOLLOW_UP,
        agreed.record(new StageEntered(day(12), ProcessStage.FOLLOW_UP)).stage());
    ProcessCase notInformed = agreed.record(
        new ConsentGiven(day(10), VICTIM, false, ConsentForm.WRITTEN));
    assertEquals(ProcessStage.AGREEMENT, notInformed.stage(),
        "the victim may join community reparation; the case stays in agreement");
    assertTrue(notInformed.agreement().orElseThrow().isReached(), "the assents stand");
    assertEquals("PROC-FOLLOW-UP-AGREEMENT", refusedFollowUp(notInformed));
  }

  @Test
  void a_withdrawal_lapses_only_the_withdrawing_partys_assents() {
    Agreement a = Agreement.proposed(day(8), List.of(item(I1, "an apology", OFFENDER, VICTIM),
            item(I2, "a repair", OFFENDER)))
        .withAssent(I1, VICTIM).withAssent(I1, OFFENDER).withAssent(I2, OFFENDER);
    Agreement lapsed = a.withoutAssentsOf(VICTIM);
    assertEquals(Set.of(OFFENDER), lapsed.assentsTo(I1));
    assertEquals(Set.of(OFFENDER), lapsed.assentsTo(I2));
    assertEquals(Set.of(OFFENDER, VICTIM), a.assentsTo(I1), "the agreement itself is unchanged");
  }
}
