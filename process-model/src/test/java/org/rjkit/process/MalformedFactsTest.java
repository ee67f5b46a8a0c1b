package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rjkit.process.Cases.MEDIATOR;
import static org.rjkit.process.Cases.OFFENDER;
import static org.rjkit.process.Cases.VICTIM;
import static org.rjkit.process.Cases.day;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.communication.MessageStatus;
import org.rjkit.process.communication.RelayedMessage;
import org.rjkit.process.confidentiality.ContentRef;
import org.rjkit.process.confidentiality.ExceptionGround;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.lifecycle.EligibilityDecision;
import org.rjkit.process.lifecycle.Meeting;
import org.rjkit.process.lifecycle.ProcessEvent.CaseOpened;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentWithdrawn;
import org.rjkit.process.lifecycle.ProcessEvent.ExceptionEstablished;
import org.rjkit.process.lifecycle.ProcessEvent.MeetingCancelled;
import org.rjkit.process.lifecycle.ProcessEvent.WithdrawalFlagged;
import org.rjkit.process.type.Channel;
import org.rjkit.process.type.ProcessType;

/**
 * Facts that cannot be true are rejected when they are written down, before any case sees them
 * (IllegalArgumentException), and the nearest fact that can be true is accepted: one table, one
 * row per rule.
 */
class MalformedFactsTest {

  private static ExceptionEstablished exception(RecipientKind recipient, List<ContentRef> items,
      int untilDay) {
    return new ExceptionEstablished(day(7), MEDIATOR, ExceptionGround.IMMINENT_HARM, recipient,
        items, Optional.empty(), day(untilDay));
  }

  private static Map<Phase, Outcome> only(Phase phase, Outcome outcome) {
    Map<Phase, Outcome> m = new EnumMap<>(Phase.class);
    m.put(phase, outcome);
    return m;
  }

  private static Map<Phase, Outcome> every(Outcome outcome) {
    Map<Phase, Outcome> m = new EnumMap<>(Phase.class);
    for (Phase p : Phase.values()) {
      m.put(p, outcome);
    }
    return m;
  }

  private static RelayedMessage submitted() {
    return new RelayedMessage(MessageId.of("M1"), day(7), VICTIM, OFFENDER, Channel.LETTER,
        ProcessContent.of("a letter"), MessageStatus.SUBMITTED, Optional.empty());
  }

  private static final ContentRef S1 = ContentRef.statement("S1");
  private static final ContentRef S2 = ContentRef.statement("S2");

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("an exception opens content to an authority, never to a participant",
            (Executable) () -> exception(RecipientKind.PARTICIPANT, List.of(S1), 30),
            (Executable) () -> exception(RecipientKind.POLICE, List.of(S1), 30)),
        Arguments.of("an exception names each triggering item once",
            (Executable) () -> exception(RecipientKind.POLICE, List.of(S1, S1), 30),
            (Executable) () -> exception(RecipientKind.POLICE, List.of(S1, S2), 30)),
        Arguments.of("an exception holds at least on the day it is established",
            (Executable) () -> exception(RecipientKind.POLICE, List.of(S1), 6),
            (Executable) () -> exception(RecipientKind.POLICE, List.of(S1), 7)),
        Arguments.of("meetings are numbered from 1",
            (Executable) () -> new MeetingCancelled(day(7), 0),
            (Executable) () -> new MeetingCancelled(day(7), 1)),
        Arguments.of("a meeting's attendees are named once",
            (Executable) () -> new Meeting(day(6), day(20), Channel.FACE_TO_FACE,
                List.of(VICTIM, OFFENDER, VICTIM)),
            (Executable) () -> new Meeting(day(6), day(20), Channel.FACE_TO_FACE,
                List.of(VICTIM, OFFENDER))),
        Arguments.of("a withdrawal takes effect at the latest on the day it is entered",
            (Executable) () -> new ConsentWithdrawn(day(7), VICTIM, day(8)),
            (Executable) () -> new ConsentWithdrawn(day(7), VICTIM, day(7))),
        Arguments.of("a flagged withdrawal flags at least one event",
            (Executable) () -> new WithdrawalFlagged(day(7), VICTIM, List.of()),
            (Executable) () -> new WithdrawalFlagged(day(7), VICTIM, List.of(3))),
        Arguments.of("a screening summary gives an outcome for every phase",
            (Executable) () -> new EligibilityDecision(Cases.CSC, "2026.1", day(1),
                Outcome.ELIGIBLE, only(Phase.ELIGIBILITY, Outcome.ELIGIBLE), List.of(),
                List.of()),
            (Executable) () -> new EligibilityDecision(Cases.CSC, "2026.1", day(1),
                Outcome.ELIGIBLE, every(Outcome.ELIGIBLE), List.of(), List.of())),
        // Documented, not decisive for mutation testing: a later check rejects the same input
        // with the same exception (see docs/mutation/process-model.md).
        Arguments.of("a case is opened with at least one participant",
            (Executable) () -> new CaseOpened(day(0), CaseId.of("RO-1"), Cases.CSC,
                ProcessType.LETTERS, List.of(), VICTIM),
            (Executable) () -> new CaseOpened(day(0), CaseId.of("RO-1"), Cases.CSC,
                ProcessType.LETTERS, List.of(org.rjkit.process.lifecycle.Enrolment.of(VICTIM,
                    org.rjkit.core.participant.Role.VICTIM)), VICTIM)),
        Arguments.of("a review of a message relays or returns it, it never submits it again",
            (Executable) () -> submitted().reviewed(MessageStatus.SUBMITTED, day(8)),
            (Executable) () -> submitted().reviewed(MessageStatus.RETURNED, day(8))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void a_fact_that_breaks_the_rule_is_rejected_and_the_nearest_one_that_keeps_it_is_accepted(
      String rule, Executable breaks, Executable keeps) {
    assertThrows(IllegalArgumentException.class, breaks, rule);
    assertDoesNotThrow(keeps, rule);
  }
}
