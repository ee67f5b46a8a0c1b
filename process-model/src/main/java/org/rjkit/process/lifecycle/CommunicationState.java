package org.rjkit.process.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.rjkit.core.safety.SafetyAssessment;
import org.rjkit.process.communication.RelayedMessage;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.communication.MessageStatus;
import org.rjkit.process.communication.Statement;
import org.rjkit.process.lifecycle.ProcessEvent.MessageSubmitted;
import org.rjkit.process.lifecycle.ProcessEvent.SafetyAssessed;
import org.rjkit.process.lifecycle.ProcessEvent.StatementRecorded;

/**
 * The communication of a case, part of its state: the safety assessments that gate it, the
 * meetings scheduled and those cancelled, the messages and the statements. Immutable; each event
 * gives a new value.
 *
 * @param safety every safety assessment, in order
 * @param meetings every meeting scheduled, in order
 * @param cancelled the numbers (from 1) of the meetings cancelled
 * @param messages every message, in submission order
 * @param statements every statement, in order
 */
record CommunicationState(List<SafetyAssessment> safety, List<Meeting> meetings,
    Set<Integer> cancelled, List<RelayedMessage> messages, List<Statement> statements) {

  /** Nothing assessed, scheduled or said. */
  static final CommunicationState NONE = new CommunicationState(List.of(), List.of(), Set.of(),
      List.of(), List.of());

  CommunicationState {
    safety = ImmutableList.copyOf(safety);
    meetings = ImmutableList.copyOf(meetings);
    cancelled = ImmutableSortedSet.copyOf(cancelled);
    messages = ImmutableList.copyOf(messages);
    statements = ImmutableList.copyOf(statements);
  }

  /** A message, by id. */
  Optional<RelayedMessage> message(MessageId id) {
    return messages.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** With a safety assessment. */
  CommunicationState assessed(SafetyAssessed a) {
    List<SafetyAssessment> s = new ArrayList<>(safety);
    s.add(new SafetyAssessment(a.on(), a.riskToVictim()));
    return new CommunicationState(s, meetings, cancelled, messages, statements);
  }

  /** With a meeting scheduled. */
  CommunicationState scheduled(Meeting m) {
    List<Meeting> all = new ArrayList<>(meetings);
    all.add(m);
    return new CommunicationState(safety, all, cancelled, messages, statements);
  }

  /** With a meeting (numbered from 1) cancelled. */
  CommunicationState cancelled(int n) {
    checkArgument(n <= meetings.size(), "no meeting with this number");
    Set<Integer> c = new TreeSet<>(cancelled);
    c.add(n);
    return new CommunicationState(safety, meetings, c, messages, statements);
  }

  /** With a message submitted. */
  CommunicationState submitted(MessageSubmitted m) {
    checkArgument(messages.stream().noneMatch(x -> x.id().equals(m.id())),
        "message id already used in the case");
    List<RelayedMessage> all = new ArrayList<>(messages);
    all.add(new RelayedMessage(m.id(), m.on(), m.author(), m.recipient(), m.channel(),
        m.content(), MessageStatus.SUBMITTED, Optional.empty()));
    return new CommunicationState(safety, meetings, cancelled, all, statements);
  }

  /** With a message relayed or returned on a date. */
  CommunicationState reviewed(MessageId id, MessageStatus status, LocalDate on) {
    List<RelayedMessage> all = new ArrayList<>(messages);
    int i = indexOf(id);
    all.set(i, all.get(i).reviewed(status, on));
    return new CommunicationState(safety, meetings, cancelled, all, statements);
  }

  /** With a statement recorded, numbered in order ({@code S1}, {@code S2}...). */
  CommunicationState stated(StatementRecorded s) {
    List<Statement> all = new ArrayList<>(statements);
    all.add(new Statement("S" + (statements.size() + 1), s.on(), s.author(), s.content()));
    return new CommunicationState(safety, meetings, cancelled, messages, all);
  }

  private int indexOf(MessageId id) {
    for (int i = 0; i < messages.size(); i++) {
      if (messages.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no message with this id");
  }

  /** Counts only: never what was said, by whom or when. */
  @Override
  public String toString() {
    return "CommunicationState[" + safety.size() + " assessments, " + meetings.size()
        + " meetings, " + messages.size() + " messages, " + statements.size() + " statements]";
  }
}
