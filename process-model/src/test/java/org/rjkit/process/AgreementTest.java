package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.process.Cases.OFFENDER;
import static org.rjkit.process.Cases.VICTIM;
import static org.rjkit.process.Cases.day;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rjkit.process.agreement.AgreementItem;
import org.rjkit.process.agreement.AgreementItemId;
import org.rjkit.process.agreement.AgreementTerm;
import org.rjkit.process.agreement.Instalment;
import org.rjkit.process.agreement.ItemStatus;
import org.rjkit.process.agreement.Money;
import org.rjkit.process.agreement.PaymentSchedule;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.lifecycle.ClosureReason;
import org.rjkit.process.lifecycle.LifecycleRule;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementAssented;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementProposed;
import org.rjkit.process.lifecycle.ProcessEvent.CaseClosed;
import org.rjkit.process.lifecycle.ProcessEvent.ItemFollowedUp;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.lifecycle.TransitionRefusedException;
import org.rjkit.process.type.ProcessType;

class AgreementTest {

  private static final AgreementItemId APOLOGY = AgreementItemId.of("I1");
  private static final AgreementItemId COMPENSATION = AgreementItemId.of("I2");

  private static AgreementTerm.FinancialCompensation twoHundredFiftyDollars() {
    return new AgreementTerm.FinancialCompensation(Money.of("250.00", "CAD"),
        new PaymentSchedule(List.of(new Instalment(day(60), Money.of("125.00", "CAD")),
            new Instalment(day(90), Money.of("125.00", "CAD")))),
        ProcessContent.of("the broken window"));
  }

  private static ProcessCase proposed() {
    return Cases.inCommunication(ProcessType.FINANCIAL_COMPENSATION).recordAll(
        new StageEntered(day(10), ProcessStage.AGREEMENT),
        new AgreementProposed(day(11), List.of(
            new AgreementItem(APOLOGY, new AgreementTerm.Apology(ProcessContent.of("in a letter")),
                List.of(OFFENDER, VICTIM)),
            new AgreementItem(COMPENSATION, twoHundredFiftyDollars(), List.of(OFFENDER, VICTIM)))));
  }

  private static ProcessCase agreed() {
    return proposed().recordAll(
        new AgreementAssented(day(12), APOLOGY, VICTIM),
        new AgreementAssented(day(12), APOLOGY, OFFENDER),
        new AgreementAssented(day(12), COMPENSATION, VICTIM),
        new AgreementAssented(day(12), COMPENSATION, OFFENDER),
        new StageEntered(day(13), ProcessStage.FOLLOW_UP));
  }

  @Test
  void follow_up_begins_only_when_every_party_concerned_has_assented_to_every_item() {
    ProcessCase c = proposed().recordAll(
        new AgreementAssented(day(12), APOLOGY, VICTIM),
        new AgreementAssented(day(12), APOLOGY, OFFENDER),
        new AgreementAssented(day(12), COMPENSATION, OFFENDER));
    assertEquals(LifecycleRule.FOLLOW_UP_AGREEMENT, assertThrows(TransitionRefusedException.class,
        () -> c.record(new StageEntered(day(13), ProcessStage.FOLLOW_UP))).rule());
    assertEquals(ProcessStage.FOLLOW_UP, agreed().stage());
  }

  @Test
  void only_a_party_concerned_assents_to_an_item() {
    ProcessCase c = Cases.inCommunication(ProcessType.COMMUNITY_REPARATION).recordAll(
        new StageEntered(day(10), ProcessStage.AGREEMENT),
        new AgreementProposed(day(11), List.of(new AgreementItem(APOLOGY,
            new AgreementTerm.CommunityService(40, ProcessContent.of("food bank")),
            List.of(OFFENDER)))));
    assertEquals("PROC-AGREEMENT-PARTIES", assertThrows(TransitionRefusedException.class,
        () -> c.record(new AgreementAssented(day(12), APOLOGY, VICTIM))).ruleId());
  }

  @Test
  void a_completed_agreement_closes_the_case_as_completed() {
    ProcessCase c = agreed().recordAll(
        new ItemFollowedUp(day(30), APOLOGY, ItemStatus.COMPLETED),
        new ItemFollowedUp(day(95), COMPENSATION, ItemStatus.COMPLETED),
        new CaseClosed(day(96), ClosureReason.COMPLETED));
    assertEquals(ClosureReason.COMPLETED, c.closure().orElseThrow());
  }

  @Test
  void an_agreement_not_completed_is_recorded_as_such_and_never_as_a_statement_about_guilt() {
    ProcessCase followedUp = agreed().recordAll(
        new ItemFollowedUp(day(30), APOLOGY, ItemStatus.COMPLETED),
        new ItemFollowedUp(day(95), COMPENSATION, ItemStatus.NOT_COMPLETED));
    assertEquals("PROC-CLOSE-COMPLETED", assertThrows(TransitionRefusedException.class,
        () -> followedUp.record(new CaseClosed(day(96), ClosureReason.COMPLETED))).ruleId());
    ProcessCase closed = followedUp.record(
        new CaseClosed(day(96), ClosureReason.AGREEMENT_NOT_COMPLETED));
    assertEquals(ClosureReason.AGREEMENT_NOT_COMPLETED, closed.closure().orElseThrow());
    assertEquals(ItemStatus.NOT_COMPLETED,
        closed.agreement().orElseThrow().status(COMPENSATION));
    assertTrue(LifecycleRule.CLOSE_NOT_COMPLETED.reason().en()
        .contains("never a statement about guilt"));
    assertTrue(LifecycleRule.CLOSE_NOT_COMPLETED.reason().fr()
        .contains("jamais une déclaration de culpabilité"));
  }

  @Test
  void a_payment_schedule_must_add_up_to_the_amount() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new AgreementTerm.FinancialCompensation(Money.of("250.00", "CAD"),
            new PaymentSchedule(List.of(new Instalment(day(60), Money.of("100.00", "CAD")))),
            ProcessContent.of("window")));
    assertFalse(e.getMessage().contains("250"));
    assertFalse(e.getMessage().contains("100"));
  }

  @Test
  void the_terms_of_an_agreement_never_show_in_toString() {
    String s = proposed().agreement().orElseThrow().toString()
        + proposed().history().toString();
    assertFalse(s.contains("250"));
    assertFalse(s.contains("window"));
    assertFalse(s.contains("in a letter"));
    assertTrue(s.contains("FinancialCompensation[redacted]"));
  }
}
