package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.process.Cases.MEDIATOR;
import static org.rjkit.process.Cases.OFFENDER;
import static org.rjkit.process.Cases.VICTIM;
import static org.rjkit.process.Cases.VICTIMS_MOTHER;
import static org.rjkit.process.Cases.day;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Role;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.lifecycle.ClosureReason;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.Meeting;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent;
import org.rjkit.process.lifecycle.ProcessEvent.CaseClosed;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentGiven;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentWithdrawn;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureAgreed;
import org.rjkit.process.lifecycle.ProcessEvent.MeetingCancelled;
import org.rjkit.process.lifecycle.ProcessEvent.MeetingScheduled;
import org.rjkit.process.lifecycle.ProcessEvent.MessageRelayed;
import org.rjkit.process.lifecycle.ProcessEvent.MessageSubmitted;
import org.rjkit.process.lifecycle.ProcessEvent.ParticipantEnrolled;
import org.rjkit.process.lifecycle.ProcessEvent.SafetyAssessed;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessEvent.StatementRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.WithdrawalFlagged;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.type.Channel;
import org.rjkit.process.type.ProcessType;

/**
 * The automatic consequences of a withdrawal entered late and of a DANGER assessment: a late
 * withdrawal flags exactly the events after it took effect that needed the person's consent
 * (what they wrote, received, said or agreed, and for a person the process type requires, its
 * meetings and its communicating stages, never the relay of a letter between other people);
 * DANGER cancels exactly the meetings still to come.
 */
class LateWithdrawalTest {

  private static final ParticipantId SUPPORTER = ParticipantId.of("S1");

  /** The positions (1 = the opening) of the events of a history that are flagged. */
  private static List<Integer> flagged(ProcessCase c) {
    return c.history().stream().filter(e -> e instanceof WithdrawalFlagged)
        .map(e -> ((WithdrawalFlagged) e).events()).findFirst().orElse(List.of());
  }

  private static int positionOf(ProcessCase c, ProcessEvent e) {
    return c.history().indexOf(e) + 1;
  }

  @Test
  void a_late_withdrawal_flags_what_the_person_wrote_received_said_and_agreed_to_disclose() {
    MessageId m1 = MessageId.of("M1");
    MessageId m2 = MessageId.of("M2");
    List<ProcessEvent> needed = new ArrayList<>();
    List<ProcessEvent> notNeeded = new ArrayList<>();
    ProcessEvent communication = new StageEntered(day(6), ProcessStage.COMMUNICATION);
    needed.add(communication);
    ProcessEvent letter = new MessageSubmitted(day(7), m1, VICTIM, OFFENDER, Channel.LETTER,
        ProcessContent.of("a letter"));
    needed.add(letter);
    ProcessEvent relayed = new MessageRelayed(day(7), m1);
    needed.add(relayed);
    ProcessEvent answer = new MessageSubmitted(day(8), m2, OFFENDER, VICTIM, Channel.LETTER,
        ProcessContent.of("an answer"));
    needed.add(answer);
    ProcessEvent offenderSaid = new StatementRecorded(day(8), OFFENDER,
        ProcessContent.of("what the offender said"));
    notNeeded.add(offenderSaid);
    ProcessEvent victimSaid = new StatementRecorded(day(8), VICTIM,
        ProcessContent.of("what the victim said"));
    needed.add(victimSaid);
    ProcessEvent victimAgreed = new DisclosureAgreed(day(9), VICTIM, RecipientKind.RESEARCHER);
    needed.add(victimAgreed);
    ProcessEvent offenderAgreed = new DisclosureAgreed(day(9), OFFENDER,
        RecipientKind.RESEARCHER);
    notNeeded.add(offenderAgreed);
    ProcessCase c = Cases.readyToCommunicate(ProcessType.INDIRECT_MEDIATION).recordAll(
        communication, letter, relayed, answer, offenderSaid, victimSaid, victimAgreed,
        offenderAgreed);
    ProcessCase late = c.record(new ConsentWithdrawn(day(10), VICTIM, day(5)));
    assertEquals(needed.stream().map(e -> positionOf(c, e)).toList(), flagged(late));
    notNeeded.forEach(e -> assertFalse(flagged(late).contains(positionOf(c, e)), e.toString()));
    assertEquals(new CaseClosed(day(10), ClosureReason.WITHDRAWN),
        late.history().get(late.history().size() - 1), "the victim is required");
  }

  @Test
  void a_withdrawal_taking_effect_after_everything_flags_nothing() {
    ProcessCase c = Cases.inCommunication(ProcessType.INDIRECT_MEDIATION).record(
        new StatementRecorded(day(7), VICTIM, ProcessContent.of("what the victim said")));
    ProcessCase now = c.record(new ConsentWithdrawn(day(8), VICTIM));
    assertTrue(flagged(now).isEmpty());
    assertFalse(now.history().stream().anyMatch(e -> e instanceof WithdrawalFlagged));
  }

  @Test
  void for_a_supporter_only_the_meetings_they_attend_are_flagged_and_the_case_goes_on() {
    Meeting without = new Meeting(day(7), day(20), Channel.FACE_TO_FACE,
        List.of(VICTIM, OFFENDER, MEDIATOR));
    Meeting with = new Meeting(day(7), day(21), Channel.FACE_TO_FACE,
        List.of(VICTIM, OFFENDER, SUPPORTER, MEDIATOR));
    ProcessEvent first = new MeetingScheduled(day(7), without);
    ProcessEvent second = new MeetingScheduled(day(7), with);
    ProcessCase c = Cases.readyToCommunicate(ProcessType.CONFERENCING).recordAll(
        new ParticipantEnrolled(day(5), Enrolment.of(SUPPORTER, Role.SUPPORTER)),
        new ConsentGiven(day(5), SUPPORTER, true, ConsentForm.WRITTEN),
        new StageEntered(day(6), ProcessStage.COMMUNICATION), first, second);
    ProcessCase late = c.record(new ConsentWithdrawn(day(8), SUPPORTER, day(5)));
    assertEquals(List.of(positionOf(c, second)), flagged(late));
    assertEquals(ProcessStage.COMMUNICATION, late.stage(), "a supporter is not required");
  }

  @Test
  void for_a_required_party_every_meeting_and_communicating_stage_is_flagged() {
    ProcessEvent communication = new StageEntered(day(6), ProcessStage.COMMUNICATION);
    ProcessEvent meeting = new MeetingScheduled(day(7), new Meeting(day(7), day(20),
        Channel.FACE_TO_FACE, List.of(VICTIM, MEDIATOR)));
    ProcessCase c = Cases.readyToCommunicate(ProcessType.CONFERENCING).recordAll(
        communication, meeting);
    ProcessCase late = c.record(new ConsentWithdrawn(day(8), OFFENDER, day(5)));
    assertEquals(List.of(positionOf(c, communication), positionOf(c, meeting)), flagged(late),
        "the offender attends no meeting, yet every meeting needs the offender's consent");
  }

  @Test
  void danger_cancels_the_meetings_still_to_come_once_and_leaves_past_ones() {
    ProcessCase c = Cases.readyToCommunicate(ProcessType.DIRECT_MEDIATION).recordAll(
        new MeetingScheduled(day(6), new Meeting(day(6), day(7), Channel.FACE_TO_FACE)),
        new MeetingScheduled(day(6), new Meeting(day(6), day(20), Channel.FACE_TO_FACE)),
        new MeetingScheduled(day(6), new Meeting(day(6), day(10), Channel.FACE_TO_FACE)),
        new MeetingCancelled(day(8), 2));
    ProcessCase danger = c.record(new SafetyAssessed(day(10), RiskLevel.DANGER));
    List<ProcessEvent> added = danger.history().subList(c.history().size(),
        danger.history().size());
    assertEquals(List.of(new SafetyAssessed(day(10), RiskLevel.DANGER),
        new MeetingCancelled(day(10), 3)), added,
        "the meeting held on day 7 stays, the one cancelled stays cancelled once, the one of"
            + " the day is cancelled; a case in preparation stays there");
    assertFalse(danger.isCancelled(1));
    assertTrue(danger.isCancelled(2));
    assertTrue(danger.isCancelled(3));
  }

  @Test
  void a_late_withdrawal_flags_the_letters_the_person_received_and_not_the_letters_of_others() {
    MessageId toTheOffender = MessageId.of("M1");
    MessageId toTheMother = MessageId.of("M2");
    ProcessEvent communication = new StageEntered(day(6), ProcessStage.COMMUNICATION);
    ProcessEvent victimWrites = new MessageSubmitted(day(7), toTheOffender, VICTIM, OFFENDER,
        Channel.LETTER, ProcessContent.of("a letter"));
    ProcessEvent victimsLetterRelayed = new MessageRelayed(day(7), toTheOffender);
    ProcessEvent offenderWrites = new MessageSubmitted(day(8), toTheMother, OFFENDER,
        VICTIMS_MOTHER, Channel.LETTER, ProcessContent.of("an answer"));
    ProcessEvent answerRelayed = new MessageRelayed(day(8), toTheMother);
    ProcessCase c = Cases.inPreparation(ProcessType.LETTERS).recordAll(
        new ParticipantEnrolled(day(3), Enrolment.of(VICTIMS_MOTHER, Role.VICTIM_FAMILY_MEMBER)),
        new ConsentGiven(day(4), VICTIM, true, ConsentForm.WRITTEN),
        new ConsentGiven(day(4), VICTIMS_MOTHER, true, ConsentForm.WRITTEN),
        new ConsentGiven(day(4), OFFENDER, true, ConsentForm.WRITTEN),
        new SafetyAssessed(day(5), RiskLevel.LOW),
        communication, victimWrites, victimsLetterRelayed, offenderWrites, answerRelayed);
    ProcessCase late = c.record(new ConsentWithdrawn(day(9), VICTIMS_MOTHER, day(5)));
    assertEquals(List.of(positionOf(c, communication), positionOf(c, offenderWrites),
        positionOf(c, answerRelayed)), flagged(late),
        "a harmed party is required, so communication needed her consent; the victim's letter"
            + " to the offender never did");
    assertEquals(ProcessStage.COMMUNICATION, late.stage(), "the victim still takes part");
  }
}
