package org.rjkit.process.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementAssented;
import org.rjkit.process.lifecycle.ProcessEvent.CaseClosed;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentGiven;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentWithdrawn;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureAgreed;
import org.rjkit.process.lifecycle.ProcessEvent.MeetingCancelled;
import org.rjkit.process.lifecycle.ProcessEvent.MeetingScheduled;
import org.rjkit.process.lifecycle.ProcessEvent.MessageRelayed;
import org.rjkit.process.lifecycle.ProcessEvent.MessageSubmitted;
import org.rjkit.process.lifecycle.ProcessEvent.SafetyAssessed;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessEvent.StatementRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.WithdrawalFlagged;
import org.rjkit.process.type.Participation;
import org.rjkit.process.type.ProcessRole;

/**
 * The events that follow at once from an event just folded into a case (see {@link
 * ProcessCase}), with one exhaustive dispatch over {@link EventKind}. They read the case only
 * through its accessors.
 */
final class Consequences {

  private final ProcessCase c;

  /** The consequences in a case that has just folded the event. */
  Consequences(ProcessCase c) {
    this.c = c;
  }

  private Enrolment enrolled(ParticipantId id) {
    return c.participant(id).orElseThrow(() -> new IllegalArgumentException(
        "participant is not enrolled in the case"));
  }

  private boolean isCurrent(ParticipantId id, LocalDate on) {
    return c.consentOn(id, on).status().isCurrent();
  }

  private boolean roleUncovered(ProcessRole role, LocalDate on) {
    return c.participants().stream().filter(p -> p.processRole() == role).noneMatch(p ->
        c.stage().isCommunicatingOrLater() ? isCurrent(p.id(), on) : !c.hasWithdrawn(p.id()));
  }

  /** The events that follow at once from an event just folded into this case. */
  List<ProcessEvent> of(ProcessEvent e) {
    if (c.stage() == ProcessStage.CLOSED) {
      return List.of();
    }
    List<ProcessEvent> out = new ArrayList<>();
    switch (e.kind()) {
      case CONSENT_WITHDRAWN -> {
        ConsentWithdrawn w = (ConsentWithdrawn) e;
        List<Integer> flagged = flaggedBy(w);
        if (!flagged.isEmpty()) {
          out.add(new WithdrawalFlagged(w.on(), w.participant(), flagged));
        }
        ProcessRole role = enrolled(w.participant()).processRole();
        if (c.processType().participation(role) == Participation.REQUIRED
            && roleUncovered(role, w.on())) {
          out.add(new CaseClosed(w.on(), ClosureReason.WITHDRAWN));
        }
      }
      case CONSENT_GIVEN -> {
        ConsentGiven g = (ConsentGiven) e;
        ProcessRole role = enrolled(g.participant()).processRole();
        if (c.stage().isCommunicatingOrLater()
            && c.processType().participation(role) == Participation.REQUIRED
            && roleUncovered(role, g.on())) {
          out.add(new StageEntered(g.on(), ProcessStage.PREPARATION));
        }
      }
      case SAFETY_ASSESSED -> {
        SafetyAssessed sa = (SafetyAssessed) e;
        if (sa.riskToVictim() == RiskLevel.DANGER) {
          List<Meeting> meetings = c.meetings();
          for (int i = 0; i < meetings.size(); i++) {
            if (!c.isCancelled(i + 1) && !meetings.get(i).meetingOn().isBefore(sa.on())) {
              out.add(new MeetingCancelled(sa.on(), i + 1));
            }
          }
          if (c.stage() == ProcessStage.COMMUNICATION || c.stage() == ProcessStage.AGREEMENT) {
            out.add(new StageEntered(sa.on(), ProcessStage.PREPARATION));
          }
        }
      }
      case CASE_OPENED, PARTICIPANT_ENROLLED, STAGE_ENTERED, CASE_CLOSED, CASE_REOPENED,
          ELIGIBILITY_RECORDED, REVIEW_RECORDED, PROCESS_TYPE_CHANGED, MEETING_SCHEDULED,
          MEETING_CANCELLED, MESSAGE_SUBMITTED, MESSAGE_RELAYED, MESSAGE_RETURNED,
          STATEMENT_RECORDED, AGREEMENT_PROPOSED, AGREEMENT_ASSENTED, ITEM_FOLLOWED_UP,
          DISCLOSURE_AGREED, DISCLOSURE_AGREEMENT_REVOKED, EXCEPTION_ESTABLISHED,
          EXCEPTION_REVOKED, DISCLOSURE_RECORDED, WITHDRAWAL_FLAGGED -> { }
    }
    return out;
  }

  /**
   * The positions (1 = the opening) of the events after a late withdrawal took effect that
   * needed the person's consent.
   */
  private List<Integer> flaggedBy(ConsentWithdrawn w) {
    List<Integer> out = new ArrayList<>();
    ParticipantId p = w.participant();
    ProcessRole role = enrolled(p).processRole();
    boolean required = c.processType().participation(role) == Participation.REQUIRED;
    List<ProcessEvent> history = c.history();
    for (int i = 0; i < history.size() - 1; i++) {
      ProcessEvent e = history.get(i);
      if (!e.on().isAfter(w.effective())) {
        continue;
      }
      if (neededConsentOf(e, p, required)) {
        out.add(i + 1);
      }
    }
    return out;
  }

  private boolean neededConsentOf(ProcessEvent e, ParticipantId p, boolean required) {
    return switch (e.kind()) {
      case MESSAGE_SUBMITTED -> ((MessageSubmitted) e).author().equals(p)
          || ((MessageSubmitted) e).recipient().equals(p);
      case MESSAGE_RELAYED -> c.message(((MessageRelayed) e).id())
          .map(m -> m.author().equals(p) || m.recipient().equals(p)).orElse(false);
      case STATEMENT_RECORDED -> ((StatementRecorded) e).author().equals(p);
      case AGREEMENT_ASSENTED -> ((AgreementAssented) e).party().equals(p);
      case DISCLOSURE_AGREED -> ((DisclosureAgreed) e).party().equals(p);
      case MEETING_SCHEDULED -> required
          || ((MeetingScheduled) e).meeting().attendees().contains(p);
      case STAGE_ENTERED -> required && ((StageEntered) e).stage().isCommunicatingOrLater();
      case CASE_OPENED, PARTICIPANT_ENROLLED, CASE_CLOSED, CASE_REOPENED, ELIGIBILITY_RECORDED,
          REVIEW_RECORDED, CONSENT_GIVEN, CONSENT_WITHDRAWN, SAFETY_ASSESSED,
          PROCESS_TYPE_CHANGED, MEETING_CANCELLED, MESSAGE_RETURNED, AGREEMENT_PROPOSED,
          ITEM_FOLLOWED_UP, DISCLOSURE_AGREEMENT_REVOKED, EXCEPTION_ESTABLISHED,
          EXCEPTION_REVOKED, DISCLOSURE_RECORDED, WITHDRAWAL_FLAGGED -> false;
    };
  }
}
