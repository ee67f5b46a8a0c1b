package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.process.Cases.MEDIATOR;
import static org.rjkit.process.Cases.OFFENDER;
import static org.rjkit.process.Cases.VICTIM;
import static org.rjkit.process.Cases.day;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.participant.Role;
import org.rjkit.process.agreement.AgreementItem;
import org.rjkit.process.agreement.AgreementItemId;
import org.rjkit.process.agreement.AgreementTerm;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.confidentiality.ContentRef;
import org.rjkit.process.confidentiality.ExceptionGround;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementProposed;
import org.rjkit.process.lifecycle.ProcessEvent.CaseOpened;
import org.rjkit.process.lifecycle.ProcessEvent.ExceptionEstablished;
import org.rjkit.process.lifecycle.ProcessEvent.MessageSubmitted;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.type.Channel;
import org.rjkit.process.type.ProcessType;

/**
 * A case is its history: two cases are the same case exactly when they hold the same facts, what
 * was said compared by its words; and every item said or agreed in the case is one of its
 * content items.
 */
class CaseIdentityTest {

  private static ProcessCase letter(String words) {
    return Cases.inCommunication(ProcessType.LETTERS).record(new MessageSubmitted(day(7),
        MessageId.of("M1"), VICTIM, OFFENDER, Channel.LETTER, ProcessContent.of(words)));
  }

  private static ProcessCase exceptionFor(String reason) {
    return Cases.victimsRequest(ProcessType.LETTERS).record(new ExceptionEstablished(day(1),
        MEDIATOR, ExceptionGround.IMMINENT_HARM, RecipientKind.POLICE, List.of(),
        Optional.of(ProcessContent.of(reason)), day(30)));
  }

  @Test
  void two_cases_are_the_same_when_what_was_written_has_the_same_words() {
    assertEquals(letter("I am sorry"), letter("I am sorry"));
    assertNotEquals(letter("I am sorry"), letter("I am not sorry"));
  }

  @Test
  void two_cases_opened_with_different_participants_are_different_cases() {
    ProcessCase withMediator = Cases.victimsRequest(ProcessType.LETTERS);
    ProcessCase withoutMediator = ProcessCase.open(new CaseOpened(day(0),
        CaseId.of("RO-2026-0001"), Cases.CSC, ProcessType.LETTERS,
        List.of(Enrolment.of(VICTIM, Role.VICTIM), Enrolment.of(OFFENDER, Role.OFFENDER)),
        VICTIM));
    assertNotEquals(withMediator, withoutMediator);
    assertNotEquals(withoutMediator, withMediator);
  }

  @Test
  void two_exceptions_given_for_different_reasons_are_different_facts() {
    assertEquals(exceptionFor("a threat was made"), exceptionFor("a threat was made"));
    assertNotEquals(exceptionFor("a threat was made"), exceptionFor("a court ordered it"));
  }

  @Test
  void the_items_of_an_agreement_are_content_items_of_the_case_an_exception_may_name() {
    ProcessCase c = Cases.inCommunication(ProcessType.CONFERENCING).recordAll(
        new StageEntered(day(7), ProcessStage.AGREEMENT),
        new AgreementProposed(day(8), List.of(
            new AgreementItem(AgreementItemId.of("I1"),
                new AgreementTerm.Apology(ProcessContent.of("in person")), List.of(OFFENDER)),
            new AgreementItem(AgreementItemId.of("I2"),
                new AgreementTerm.Repair(ProcessContent.of("the fence")), List.of(OFFENDER)))));
    assertEquals(java.util.Set.of(ContentRef.agreementItem("I1"), ContentRef.agreementItem("I2")),
        c.contentItems());
    ProcessCase named = c.record(Cases.exception(day(9), ExceptionGround.NEW_OFFENCE,
        RecipientKind.POLICE, ContentRef.agreementItem("I2")));
    assertTrue(named.exceptions().get(0).items().contains(ContentRef.agreementItem("I2")));
  }
}
