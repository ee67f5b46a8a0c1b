package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.process.Cases.OFFENDER;
import static org.rjkit.process.Cases.VICTIM;
import static org.rjkit.process.Cases.day;

import org.junit.jupiter.api.Test;
import org.rjkit.core.language.Language;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.communication.MessageStatus;
import org.rjkit.process.confidentiality.DisclosurePolicies;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.Purpose;
import org.rjkit.process.confidentiality.Recipient;
import org.rjkit.process.disclosure.CaseView;
import org.rjkit.process.disclosure.Disclosures;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentWithdrawn;
import org.rjkit.process.lifecycle.ProcessEvent.MessageRelayed;
import org.rjkit.process.lifecycle.ProcessEvent.MessageReturned;
import org.rjkit.process.lifecycle.ProcessEvent.MessageSubmitted;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.lifecycle.TransitionRefusedException;
import org.rjkit.process.type.Channel;
import org.rjkit.process.type.ProcessType;

class IndirectMediationTest {

  private static final MessageId FIRST = MessageId.of("M1");
  private static final String VICTIMS_LETTER = "I still cannot sleep with the lights off.";

  private static ProcessCase letterSubmitted() {
    return Cases.inCommunication(ProcessType.INDIRECT_MEDIATION).record(new MessageSubmitted(
        day(7), FIRST, VICTIM, OFFENDER, Channel.LETTER, ProcessContent.of(VICTIMS_LETTER)));
  }

  private static String offendersView(ProcessCase c) {
    CaseView view = Disclosures.disclose(c, DisclosurePolicies.cscRestorativeOpportunities(),
        Recipient.participant(OFFENDER), Purpose.CONDUCT_OF_PROCESS, c.asOf()).view();
    return view.render(Language.EN);
  }

  @Test
  void a_message_goes_to_the_facilitator_first_and_the_recipient_does_not_see_it_yet() {
    ProcessCase c = letterSubmitted();
    assertEquals(MessageStatus.SUBMITTED, c.message(FIRST).orElseThrow().status());
    String view = offendersView(c);
    assertFalse(view.contains(VICTIMS_LETTER));
    assertFalse(view.contains("M1"));
  }

  @Test
  void the_recipient_sees_a_message_once_the_facilitator_relays_it() {
    ProcessCase c = letterSubmitted().record(new MessageRelayed(day(9), FIRST));
    assertTrue(offendersView(c).contains(VICTIMS_LETTER));
  }

  @Test
  void a_returned_message_never_reaches_its_recipient() {
    ProcessCase c = letterSubmitted().record(new MessageReturned(day(9), FIRST));
    assertEquals(MessageStatus.RETURNED, c.message(FIRST).orElseThrow().status());
    assertFalse(offendersView(c).contains(VICTIMS_LETTER));
    assertEquals("PROC-MESSAGE-REVIEW", assertThrows(TransitionRefusedException.class,
        () -> c.record(new MessageRelayed(day(10), FIRST))).ruleId());
  }

  @Test
  void a_message_is_never_relayed_after_its_recipient_withdrew() {
    ProcessCase c = letterSubmitted().record(new ConsentWithdrawn(day(8), OFFENDER));
    assertEquals(ProcessStage.CLOSED, c.stage());
    assertThrows(TransitionRefusedException.class,
        () -> c.record(new MessageRelayed(day(9), FIRST)));
    assertFalse(offendersView(c).contains(VICTIMS_LETTER));
  }

  @Test
  void messages_pass_only_on_the_channels_of_the_process_type() {
    ProcessCase letters = Cases.inCommunication(ProcessType.LETTERS);
    assertEquals("PROC-MESSAGE-RELAYED", assertThrows(TransitionRefusedException.class,
        () -> letters.record(new MessageSubmitted(day(7), FIRST, VICTIM, OFFENDER,
            Channel.VIDEO_RECORDING, ProcessContent.of("video")))).ruleId());
  }

  @Test
  void a_direct_meeting_relays_no_message() {
    ProcessCase direct = Cases.inCommunication(ProcessType.DIRECT_MEDIATION);
    assertEquals("PROC-MESSAGE-RELAYED", assertThrows(TransitionRefusedException.class,
        () -> direct.record(new MessageSubmitted(day(7), FIRST, VICTIM, OFFENDER,
            Channel.LETTER, ProcessContent.of("letter")))).ruleId());
  }

  @Test
  void no_message_before_communication() {
    ProcessCase c = Cases.readyToCommunicate(ProcessType.LETTERS);
    assertEquals("PROC-MESSAGE-RELAYED", assertThrows(TransitionRefusedException.class,
        () -> c.record(new MessageSubmitted(day(7), FIRST, VICTIM, OFFENDER, Channel.LETTER,
            ProcessContent.of("letter")))).ruleId());
  }
}
