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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.process.agreement.Agreement;
import org.rjkit.process.agreement.AgreementItem;
import org.rjkit.process.agreement.AgreementItemId;
import org.rjkit.process.agreement.AgreementTerm;
import org.rjkit.process.agreement.Instalment;
import org.rjkit.process.agreement.ItemKind;
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
    assertTrue(LifecycleRule.CLOSE_NOT_COMPLETED.reason().in(org.rjkit.core.language.Language.EN)
        .contains("never a statement about guilt"));
    assertTrue(LifecycleRule.CLOSE_NOT_COMPLETED.reason().in(org.rjkit.core.language.Language.FR)
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

  // ------------------------------------------------------------------ items, money, schedules

  @Test
  void an_agreement_has_at_least_one_item_and_no_item_twice() {
    assertThrows(IllegalArgumentException.class, () -> Agreement.proposed(day(1), List.of()));
    AgreementItem apology = new AgreementItem(APOLOGY,
        new AgreementTerm.Apology(ProcessContent.of("in a letter")), List.of(OFFENDER));
    assertThrows(IllegalArgumentException.class,
        () -> Agreement.proposed(day(1), List.of(apology, apology)));
    assertThrows(IllegalArgumentException.class,
        () -> new AgreementProposed(day(1), List.of(apology, apology)));
    assertThrows(IllegalArgumentException.class, () -> new AgreementProposed(day(1), List.of()));
  }

  @Test
  void an_item_concerns_at_least_one_party_and_each_party_once() {
    AgreementTerm apology = new AgreementTerm.Apology(ProcessContent.of("in a letter"));
    assertThrows(IllegalArgumentException.class,
        () -> new AgreementItem(APOLOGY, apology, List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new AgreementItem(APOLOGY, apology, List.of(OFFENDER, OFFENDER)));
  }

  @Test
  void an_agreement_is_reached_once_every_party_concerned_assented_to_every_item() {
    Agreement a = Agreement.proposed(day(1), List.of(
        new AgreementItem(APOLOGY, new AgreementTerm.Apology(ProcessContent.of("in a letter")),
            List.of(OFFENDER, VICTIM)),
        new AgreementItem(COMPENSATION, twoHundredFiftyDollars(), List.of(OFFENDER))));
    assertFalse(a.isReached());
    Agreement partly = a.withAssent(APOLOGY, VICTIM).withAssent(COMPENSATION, OFFENDER);
    assertFalse(partly.isReached());
    assertEquals(java.util.Set.of(VICTIM), partly.assentsTo(APOLOGY));
    Agreement reached = partly.withAssent(APOLOGY, OFFENDER);
    assertTrue(reached.isReached());
    assertEquals(List.of(OFFENDER, VICTIM), List.copyOf(reached.assentsTo(APOLOGY)));
    assertEquals(java.util.Set.of(OFFENDER), reached.assentsTo(COMPENSATION));
    assertTrue(a.assentsTo(AgreementItemId.of("I9")).isEmpty());
  }

  @Test
  void only_a_party_concerned_assents_to_an_item_of_the_agreement() {
    Agreement a = Agreement.proposed(day(1), List.of(new AgreementItem(COMPENSATION,
        twoHundredFiftyDollars(), List.of(OFFENDER))));
    assertThrows(IllegalArgumentException.class, () -> a.withAssent(COMPENSATION, VICTIM));
    assertThrows(IllegalArgumentException.class,
        () -> a.withAssent(AgreementItemId.of("I9"), OFFENDER));
    assertThrows(IllegalArgumentException.class,
        () -> a.withStatus(AgreementItemId.of("I9"), ItemStatus.COMPLETED));
  }

  @Test
  void an_item_is_pending_until_followed_up_and_the_agreement_is_completed_when_every_item_is() {
    Agreement a = Agreement.proposed(day(1), List.of(
        new AgreementItem(APOLOGY, new AgreementTerm.Apology(ProcessContent.of("in a letter")),
            List.of(OFFENDER)),
        new AgreementItem(COMPENSATION, twoHundredFiftyDollars(), List.of(OFFENDER))));
    assertEquals(ItemStatus.PENDING, a.status(APOLOGY));
    assertFalse(a.isFollowedUp());
    assertFalse(a.isCompleted());
    Agreement one = a.withStatus(APOLOGY, ItemStatus.COMPLETED);
    assertFalse(one.isFollowedUp());
    assertFalse(one.isCompleted());
    Agreement both = one.withStatus(COMPENSATION, ItemStatus.NOT_COMPLETED);
    assertTrue(both.isFollowedUp());
    assertFalse(both.isCompleted());
    assertEquals(ItemStatus.COMPLETED, both.status(APOLOGY));
    Agreement completed = both.withStatus(COMPENSATION, ItemStatus.COMPLETED);
    assertTrue(completed.isCompleted());
    assertEquals(ItemStatus.COMPLETED, completed.status(APOLOGY));
  }

  @Test
  void follow_up_records_completed_or_not_completed_never_pending() {
    assertThrows(IllegalArgumentException.class,
        () -> new ItemFollowedUp(day(1), APOLOGY, ItemStatus.PENDING));
  }

  @Test
  void instalments_fall_due_one_after_another_in_one_currency() {
    assertThrows(IllegalArgumentException.class, () -> new PaymentSchedule(List.of()));
    assertThrows(IllegalArgumentException.class, () -> new PaymentSchedule(List.of(
        new Instalment(day(60), Money.of("100.00", "CAD")),
        new Instalment(day(60), Money.of("150.00", "CAD")))));
    assertThrows(IllegalArgumentException.class, () -> new PaymentSchedule(List.of(
        new Instalment(day(60), Money.of("100.00", "CAD")),
        new Instalment(day(30), Money.of("150.00", "CAD")))));
    assertThrows(IllegalArgumentException.class, () -> new PaymentSchedule(List.of(
        new Instalment(day(60), Money.of("100.00", "CAD")),
        new Instalment(day(90), Money.of("150.00", "EUR")))));
    PaymentSchedule three = new PaymentSchedule(List.of(
        new Instalment(day(30), Money.of("100", "CAD")),
        new Instalment(day(60), Money.of("100.50", "CAD")),
        new Instalment(day(90), Money.of("49.50", "CAD"))));
    assertTrue(three.total().isSameAmountAs(Money.of("250", "CAD")));
  }

  @Test
  void compensation_in_another_currency_does_not_add_up() {
    assertThrows(IllegalArgumentException.class,
        () -> new AgreementTerm.FinancialCompensation(Money.of("250.00", "CAD"),
            new PaymentSchedule(List.of(new Instalment(day(60), Money.of("250.00", "USD")))),
            ProcessContent.of("window")));
  }

  @ParameterizedTest(name = "{0} {1}: valid = {2}")
  @CsvSource(delimiter = '|', textBlock = """
      250.00 | CAD | true
      250    | CAD | true
      0.01   | CAD | true
      1.005  | CAD | false
      1.50   | JPY | false
      1.500  | JPY | false
      1500   | JPY | true
      0      | CAD | false
      0.00   | CAD | false
      -5     | CAD | false
      """)
  void money_is_positive_with_no_more_decimals_than_its_currency_uses(String amount,
      String currency, boolean valid) {
    if (valid) {
      assertEquals(currency, Money.of(amount, currency).currency().getCurrencyCode());
    } else {
      assertThrows(IllegalArgumentException.class, () -> Money.of(amount, currency));
    }
  }

  @Test
  void two_amounts_are_the_same_whatever_their_scale_but_not_across_currencies() {
    assertTrue(Money.of("250", "CAD").isSameAmountAs(Money.of("250.00", "CAD")));
    assertFalse(Money.of("250", "CAD").isSameAmountAs(Money.of("250", "USD")));
    assertFalse(Money.of("250", "CAD").isSameAmountAs(Money.of("250.01", "CAD")));
  }

  @Test
  void community_service_is_at_least_one_hour() {
    assertThrows(IllegalArgumentException.class,
        () -> new AgreementTerm.CommunityService(0, ProcessContent.of("park")));
    assertEquals(1, new AgreementTerm.CommunityService(1, ProcessContent.of("park")).hours());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      APOLOGY                | Apology[redacted]
      FINANCIAL_COMPENSATION | FinancialCompensation[redacted]
      DONATION               | Donation[redacted]
      COMMUNITY_SERVICE      | CommunityService[redacted]
      REPAIR                 | Repair[redacted]
      OTHER                  | Other[redacted]
      """)
  void every_kind_of_term_shows_only_its_kind(ItemKind kind, String shown) {
    ProcessContent secret = ProcessContent.of("the secret terms");
    AgreementTerm term = switch (kind) {
      case APOLOGY -> new AgreementTerm.Apology(secret);
      case FINANCIAL_COMPENSATION -> new AgreementTerm.FinancialCompensation(
          Money.of("10", "CAD"), new PaymentSchedule(List.of(
              new Instalment(day(1), Money.of("10", "CAD")))), secret);
      case DONATION -> new AgreementTerm.Donation(Money.of("10", "CAD"), secret);
      case COMMUNITY_SERVICE -> new AgreementTerm.CommunityService(5, secret);
      case REPAIR -> new AgreementTerm.Repair(secret);
      case OTHER -> new AgreementTerm.Other(secret);
    };
    assertEquals(kind, term.kind());
    assertEquals(shown, term.toString());
  }

  @Test
  void an_item_id_reads_as_its_value_and_orders_by_it() {
    assertEquals("I1", APOLOGY.toString());
    assertTrue(APOLOGY.compareTo(COMPENSATION) < 0);
    assertTrue(COMPENSATION.compareTo(APOLOGY) > 0);
  }
}
