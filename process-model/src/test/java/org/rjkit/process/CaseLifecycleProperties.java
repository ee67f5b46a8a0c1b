package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.state.ActionChain;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.core.safety.SafetyAssessment;
import org.rjkit.process.RandomCases.Run;
import org.rjkit.process.communication.RelayedMessage;
import org.rjkit.process.communication.MessageStatus;
import org.rjkit.process.lifecycle.ClosureReason;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentWithdrawn;
import org.rjkit.process.lifecycle.ProcessEvent.MeetingScheduled;
import org.rjkit.process.lifecycle.ProcessEvent.MessageRelayed;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.lifecycle.TransitionRefusedException;
import org.rjkit.process.type.Participation;
import org.rjkit.process.type.ProcessRole;

/** Laws of the case lifecycle over random histories. */
class CaseLifecycleProperties {

  @Provide
  Arbitrary<ActionChain<Run>> histories() {
    return RandomCases.chains(60, false);
  }

  private static boolean safeOn(ProcessCase c, java.time.LocalDate on) {
    return c.safetyOn(on).map(SafetyAssessment::riskToVictim)
        .filter(r -> r != RiskLevel.DANGER).isPresent();
  }

  @Property
  void no_case_is_in_communication_or_later_without_the_consents_and_safety_it_needs(
      @ForAll("histories") ActionChain<Run> chain) {
    Run run = chain
        .withInvariant("every required role has current consent from communication on", r -> {
          ProcessCase c = r.current;
          if (c.stage().isCommunicatingOrLater()) {
            assertTrue(c.consentCheck(c.processType(), c.asOf()).uncoveredRoles().isEmpty(),
                c.toString());
          }
        })
        .withInvariant("no danger during communication or agreement", r -> {
          ProcessCase c = r.current;
          if (c.stage() == ProcessStage.COMMUNICATION || c.stage() == ProcessStage.AGREEMENT) {
            assertTrue(safeOn(c, c.asOf()));
          }
        })
        .withInvariant("closed exactly when a closure reason is recorded",
            r -> assertEquals(r.current.stage() == ProcessStage.CLOSED,
                r.current.closure().isPresent()))
        .run();
    ProcessCase c = run.current;
    List<ProcessEvent> h = c.history();
    boolean reached = false;
    for (int i = 1; i < h.size(); i++) {
      ProcessEvent e = h.get(i);
      boolean entersCommunication = e instanceof StageEntered s
          && s.stage() == ProcessStage.COMMUNICATION;
      if (entersCommunication || e instanceof MeetingScheduled) {
        ProcessCase before = ProcessCase.replay(h.subList(0, i));
        assertTrue(before.consentCheck(before.processType(), e.on()).isSatisfied(),
            "entered communication or scheduled a meeting without the consents needed");
        assertTrue(safeOn(before, e.on()), "entered communication without a safe assessment");
        reached |= entersCommunication;
      }
    }
    assertTrue(run.violations.isEmpty(), run.violations.toString());
    Statistics.label("reached communication").collect(reached);
    Statistics.label("reached communication")
        .coverage(coverage -> coverage.check(true).percentage(p -> p >= 5.0));
    Statistics.label("final stage").collect(c.stage());
  }

  @Property
  void a_withdrawal_is_always_effective_at_once(@ForAll("histories") ActionChain<Run> chain) {
    Run run = chain.run();
    ProcessCase c = run.current;
    List<ProcessEvent> h = c.history();
    int withdrawals = 0;
    for (int i = 1; i < h.size(); i++) {
      if (!(h.get(i) instanceof ConsentWithdrawn w)) {
        continue;
      }
      withdrawals++;
      ProcessCase before = ProcessCase.replay(h.subList(0, i));
      ProcessCase justAfter = ProcessCase.replay(h.subList(0, i + 1));
      ParticipantId p = w.participant();
      assertFalse(justAfter.consentOn(p, w.on()).status().isCurrent());
      assertTrue(justAfter.hasWithdrawn(p));
      ProcessRole role = justAfter.participant(p).orElseThrow().processRole();
      boolean required = before.processType().participation(role) == Participation.REQUIRED;
      boolean someoneLeft = justAfter.participants().stream()
          .filter(x -> x.processRole() == role && !x.id().equals(p))
          .anyMatch(x -> before.stage().isCommunicatingOrLater()
              ? justAfter.consentOn(x.id(), w.on()).status().isCurrent()
              : !justAfter.hasWithdrawn(x.id()));
      int next = i + 1 < h.size() && h.get(i + 1) instanceof ProcessEvent.WithdrawalFlagged
          ? i + 2 : i + 1;
      boolean closedAtOnce = next < h.size()
          && h.get(next).equals(new ProcessEvent.CaseClosed(w.on(), ClosureReason.WITHDRAWN));
      ProcessCase settled = closedAtOnce ? ProcessCase.replay(h.subList(0, next + 1))
          : ProcessCase.replay(h.subList(0, next));
      if (before.stage() != ProcessStage.CLOSED && required && !someoneLeft) {
        assertEquals(ClosureReason.WITHDRAWN, settled.closure().orElse(null),
            "a withdrawal that leaves a required role empty closes the case at once");
      } else {
        assertEquals(before.stage(), settled.stage(), "the case continues without that person");
      }
      for (RelayedMessage m : settled.messages()) {
        if (m.status() == MessageStatus.SUBMITTED
            && (m.author().equals(p) || m.recipient().equals(p))) {
          assertThrows(TransitionRefusedException.class,
              () -> settled.record(new MessageRelayed(w.on(), m.id())));
        }
      }
    }
    Statistics.label("withdrawals").collect(withdrawals == 0 ? "none" : "some");
  }

  @Property
  void replaying_a_history_gives_the_same_case(@ForAll("histories") ActionChain<Run> chain) {
    Run run = chain.run();
    ProcessCase replayed = ProcessCase.replay(run.current.history());
    assertEquals(run.current, replayed);
    assertEquals(run.current.hashCode(), replayed.hashCode());
    assertEquals(replayed, ProcessCase.replay(replayed.history()));
    Statistics.label("events").collect(run.current.history().size() < 10 ? "<10"
        : run.current.history().size() < 25 ? "10-24" : "25+");
  }
}
