package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rjkit.process.Cases.OFFENDER;
import static org.rjkit.process.Cases.VICTIM;
import static org.rjkit.process.Cases.VICTIMS_MOTHER;
import static org.rjkit.process.Cases.day;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.participant.Role;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentGiven;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentWithdrawn;
import org.rjkit.process.lifecycle.ProcessEvent.MessageRelayed;
import org.rjkit.process.lifecycle.ProcessEvent.MessageSubmitted;
import org.rjkit.process.lifecycle.ProcessEvent.ParticipantEnrolled;
import org.rjkit.process.lifecycle.ProcessEvent.SafetyAssessed;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessEvent.WithdrawalFlagged;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.type.Channel;
import org.rjkit.process.type.ProcessType;

/**
 * A late withdrawal flags the relay of a message the person received, and never the relay of a
 * message between other people.
 */
class LateWithdrawalOfARecipientTest {

  private static int positionOf(ProcessCase c, ProcessEvent e) {
    return c.history().indexOf(e) + 1;
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
    List<Integer> flagged = late.history().stream().filter(e -> e instanceof WithdrawalFlagged)
        .map(e -> ((WithdrawalFlagged) e).events()).findFirst().orElseThrow();
    assertEquals(List.of(positionOf(c, communication), positionOf(c, offenderWrites),
        positionOf(c, answerRelayed)), flagged,
        "a harmed party is required, so communication needed her consent; the victim's letter"
            + " to the offender never did");
    assertEquals(ProcessStage.COMMUNICATION, late.stage(), "the victim still takes part");
  }
}
