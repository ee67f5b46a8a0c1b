package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.process.Cases.MEDIATOR;
import static org.rjkit.process.Cases.OFFENDER;
import static org.rjkit.process.Cases.VICTIM;
import static org.rjkit.process.Cases.day;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.participant.Role;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.programmes.Programmes;
import org.rjkit.process.agreement.AgreementItem;
import org.rjkit.process.agreement.AgreementItemId;
import org.rjkit.process.agreement.AgreementTerm;
import org.rjkit.process.confidentiality.ContentRef;
import org.rjkit.process.confidentiality.ExceptionGround;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.lifecycle.EligibilityDecision;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementProposed;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentGiven;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureAgreed;
import org.rjkit.process.lifecycle.ProcessEvent.EligibilityRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.ExceptionRevoked;
import org.rjkit.process.lifecycle.ProcessEvent.MeetingCancelled;
import org.rjkit.process.lifecycle.ProcessEvent.SafetyAssessed;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessEvent.StatementRecorded;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.type.ProcessType;

/**
 * What an exception or the parties' agreement opens, and to whom: each exception opens only the
 * items it names, for its own ground and recipient; revoking one ground towards one recipient
 * leaves the others standing; the parties' agreement opens the agreement items they agreed to
 * disclose after the agreement was proposed. And a replayed history cannot cancel a meeting that
 * was never scheduled.
 */
class ExceptionScopeTest {

  private static final ContentRef S1 = ContentRef.statement("S1");
  private static final ContentRef S2 = ContentRef.statement("S2");

  /** Two statements in communication, the offender's (S1) and the victim's (S2). */
  private static ProcessCase twoStatements() {
    return Cases.inCommunication(ProcessType.LETTERS).recordAll(
        new StatementRecorded(day(7), OFFENDER, ProcessContent.of("he said he would come back")),
        new StatementRecorded(day(7), VICTIM, ProcessContent.of("I moved house")));
  }

  /** Imminent harm opens S1 to the police and to programme staff, child protection S2. */
  private static ProcessCase threeExceptions() {
    return twoStatements().recordAll(
        Cases.exception(day(8), ExceptionGround.IMMINENT_HARM, RecipientKind.POLICE, S1),
        Cases.exception(day(8), ExceptionGround.CHILD_PROTECTION, RecipientKind.POLICE, S2),
        Cases.exception(day(8), ExceptionGround.IMMINENT_HARM, RecipientKind.PROGRAMME_STAFF,
            S1));
  }

  @Test
  void each_exception_opens_only_the_items_it_names_for_its_own_ground() {
    ProcessCase c = threeExceptions();
    assertEquals(Set.of(ExceptionGround.IMMINENT_HARM, ExceptionGround.CHILD_PROTECTION),
        c.establishedExceptions(RecipientKind.POLICE, day(9)));
    assertEquals(Set.of(S1), c.openedItems(RecipientKind.POLICE, ExceptionGround.IMMINENT_HARM,
        day(9)));
    assertEquals(Set.of(S2), c.openedItems(RecipientKind.POLICE,
        ExceptionGround.CHILD_PROTECTION, day(9)));
    assertEquals(Set.of(S1), c.openedItems(RecipientKind.PROGRAMME_STAFF,
        ExceptionGround.IMMINENT_HARM, day(9)));
    assertTrue(c.openedItems(RecipientKind.PROGRAMME_STAFF, ExceptionGround.CHILD_PROTECTION,
        day(9)).isEmpty(), "child protection was established towards the police only");
  }

  @Test
  void revoking_a_ground_towards_a_recipient_leaves_the_other_exceptions_standing() {
    ProcessCase c = threeExceptions().record(new ExceptionRevoked(day(10), MEDIATOR,
        ExceptionGround.IMMINENT_HARM, RecipientKind.POLICE));
    assertEquals(Set.of(ExceptionGround.CHILD_PROTECTION),
        c.establishedExceptions(RecipientKind.POLICE, day(11)));
    assertTrue(c.openedItems(RecipientKind.POLICE, ExceptionGround.IMMINENT_HARM, day(11))
        .isEmpty());
    assertEquals(Set.of(S2), c.openedItems(RecipientKind.POLICE,
        ExceptionGround.CHILD_PROTECTION, day(11)), "another ground, same recipient");
    assertEquals(Set.of(S1), c.openedItems(RecipientKind.PROGRAMME_STAFF,
        ExceptionGround.IMMINENT_HARM, day(11)), "same ground, another recipient");
    assertEquals(2, c.exceptions().size());
  }

  // ------------------------------------------------------------------ agreement items

  private static final AgreementItemId I1 = AgreementItemId.of("I1");

  /** An EU conference in the agreement stage, an apology proposed on day 8. */
  private static ProcessCase euAgreement() {
    return ProcessCase.open(new ProcessEvent.CaseOpened(day(0), CaseId.of("EU-2"),
        Programmes.EU_VICTIMS_DIRECTIVE_ART12, ProcessType.CONFERENCING,
        List.of(Enrolment.of(VICTIM, Role.VICTIM), Enrolment.of(OFFENDER, Role.OFFENDER),
            Enrolment.of(MEDIATOR, Role.FACILITATOR)), VICTIM)).recordAll(
        new StageEntered(day(1), ProcessStage.INTAKE),
        new EligibilityRecorded(day(1), new EligibilityDecision(
            Programmes.EU_VICTIMS_DIRECTIVE_ART12, "2026.1", day(1), Outcome.ELIGIBLE)),
        new StageEntered(day(2), ProcessStage.ASSESSMENT),
        new StageEntered(day(3), ProcessStage.PREPARATION),
        new ConsentGiven(day(4), VICTIM, true, ConsentForm.WRITTEN),
        new ConsentGiven(day(4), OFFENDER, true, ConsentForm.WRITTEN),
        new SafetyAssessed(day(5), RiskLevel.LOW),
        new StageEntered(day(6), ProcessStage.COMMUNICATION),
        new StageEntered(day(7), ProcessStage.AGREEMENT),
        new DisclosureAgreed(day(7), VICTIM, RecipientKind.RESEARCHER),
        new DisclosureAgreed(day(7), OFFENDER, RecipientKind.RESEARCHER),
        new AgreementProposed(day(8), List.of(new AgreementItem(I1,
            new AgreementTerm.Apology(ProcessContent.of("in writing")),
            List.of(OFFENDER, VICTIM)))));
  }

  @Test
  void party_agreement_opens_an_agreement_item_only_once_its_parties_agreed_after_it() {
    ContentRef item = ContentRef.agreementItem("I1");
    ProcessCase before = euAgreement();
    assertTrue(before.establishedExceptions(RecipientKind.RESEARCHER, day(8))
        .contains(ExceptionGround.PARTY_AGREEMENT));
    assertFalse(before.openedItems(RecipientKind.RESEARCHER, ExceptionGround.PARTY_AGREEMENT,
        day(8)).contains(item), "the parties agreed before the item was proposed");
    ProcessCase victimAgain = before.record(new DisclosureAgreed(day(9), VICTIM,
        RecipientKind.RESEARCHER));
    assertFalse(victimAgain.openedItems(RecipientKind.RESEARCHER,
        ExceptionGround.PARTY_AGREEMENT, day(9)).contains(item),
        "the offender, whom the item concerns too, has not agreed since");
    ProcessCase both = victimAgain.record(new DisclosureAgreed(day(9), OFFENDER,
        RecipientKind.RESEARCHER));
    assertEquals(Set.of(item), both.openedItems(RecipientKind.RESEARCHER,
        ExceptionGround.PARTY_AGREEMENT, day(9)));
  }

  // ------------------------------------------------------------------ replay

  @Test
  void a_replayed_history_cannot_cancel_a_meeting_never_scheduled() {
    List<ProcessEvent> history = new java.util.ArrayList<>(
        Cases.inCommunication(ProcessType.LETTERS).history());
    history.add(new MeetingCancelled(day(7), 1));
    assertThrows(IllegalArgumentException.class, () -> ProcessCase.replay(history));
  }
}
