package org.rjkit.process.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.process.agreement.Agreement;
import org.rjkit.process.communication.MessageStatus;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementAssented;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementProposed;
import org.rjkit.process.lifecycle.ProcessEvent.CaseClosed;
import org.rjkit.process.lifecycle.ProcessEvent.CaseOpened;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentGiven;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentWithdrawn;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureAgreed;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureAgreementRevoked;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.EligibilityRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.ExceptionEstablished;
import org.rjkit.process.lifecycle.ProcessEvent.ExceptionRevoked;
import org.rjkit.process.lifecycle.ProcessEvent.ItemFollowedUp;
import org.rjkit.process.lifecycle.ProcessEvent.MeetingCancelled;
import org.rjkit.process.lifecycle.ProcessEvent.MeetingScheduled;
import org.rjkit.process.lifecycle.ProcessEvent.MessageRelayed;
import org.rjkit.process.lifecycle.ProcessEvent.MessageReturned;
import org.rjkit.process.lifecycle.ProcessEvent.MessageSubmitted;
import org.rjkit.process.lifecycle.ProcessEvent.ParticipantEnrolled;
import org.rjkit.process.lifecycle.ProcessEvent.ProcessTypeChanged;
import org.rjkit.process.lifecycle.ProcessEvent.ReviewRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.SafetyAssessed;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessEvent.StatementRecorded;
import org.rjkit.process.type.ProcessType;

/**
 * The fold of a case history: the accumulator a {@link ProcessCase} is built from, and {@link
 * #evolve(ProcessEvent)}, the one exhaustive dispatch over {@link EventKind} that folds an event
 * into it (a new kind must be folded here to compile). It checks the structure of the event
 * against the case (dates never go backwards, participants, messages and agreements referred to
 * exist), not the guards. Never escapes the package.
 */
final class Fold {
  CaseId caseId;
  ProgrammeId programme;
  ParticipantId requestedBy;
  ProcessType processType;
  ProcessStage stage;
  Optional<ClosureReason> closure;
  Optional<ProcessStage> closedFrom;
  List<Enrolment> participants;
  ScreeningState screening;
  ConsentState consents;
  CommunicationState communication;
  Optional<Agreement> agreement;
  DisclosureState disclosures;
  List<ProcessEvent> history;
  Optional<CaseFileLink> link;

  private Fold() {}

  /** The fold of a case so far, to fold more events into. */
  Fold(ProcessCase c) {
    caseId = c.caseId();
    programme = c.programme();
    requestedBy = c.requestedBy();
    processType = c.processType();
    stage = c.stage();
    closure = c.closure();
    closedFrom = c.closedFrom();
    participants = new ArrayList<>(c.participants());
    screening = c.screening();
    consents = c.consentState();
    communication = c.communication();
    agreement = c.agreement();
    disclosures = c.disclosureState();
    history = new ArrayList<>(c.history());
    link = c.link();
  }

  /** The fold of a case just opened, at REFERRAL. */
  static Fold opened(CaseOpened o) {
    Fold s = new Fold();
    s.caseId = o.caseId();
    s.programme = o.programme();
    s.requestedBy = o.requestedBy();
    s.processType = o.processType();
    s.stage = ProcessStage.REFERRAL;
    s.closure = Optional.empty();
    s.closedFrom = Optional.empty();
    s.participants = new ArrayList<>(o.participants());
    s.screening = ScreeningState.NONE;
    s.consents = ConsentState.NONE;
    s.communication = CommunicationState.NONE;
    s.agreement = Optional.empty();
    s.disclosures = DisclosureState.NONE;
    s.history = new ArrayList<>(List.of(o));
    s.link = Optional.empty();
    return s;
  }

  private void requireEnrolled(ParticipantId id) {
    checkArgument(participants.stream().anyMatch(p -> p.id().equals(id)),
        "participant is not enrolled in the case");
  }

  private Agreement requireAgreement() {
    return agreement.orElseThrow(() -> new IllegalArgumentException("no agreement proposed"));
  }

  /** One exhaustive dispatch over event kinds: a new kind must be folded here to compile. */
  void evolve(ProcessEvent e) {
    checkArgument(e.kind() != EventKind.CASE_OPENED, "a history opens the case once");
    checkArgument(!e.on().isBefore(history.get(history.size() - 1).on()),
        "on must not be before the previous event");
    switch (e.kind()) {
      case CASE_OPENED -> throw new IllegalArgumentException("a history opens the case once");
      case PARTICIPANT_ENROLLED -> {
        ParticipantEnrolled p = (ParticipantEnrolled) e;
        checkArgument(participants.stream().noneMatch(x -> x.id().equals(p.enrolment().id())),
            "participant already enrolled");
        participants.add(p.enrolment());
      }
      case STAGE_ENTERED -> stage = ((StageEntered) e).stage();
      case CASE_CLOSED -> {
        closedFrom = Optional.of(stage);
        stage = ProcessStage.CLOSED;
        closure = Optional.of(((CaseClosed) e).reason());
      }
      case CASE_REOPENED -> {
        ProcessStage from = closedFrom.orElse(ProcessStage.PREPARATION);
        stage = from.compareTo(ProcessStage.PREPARATION) < 0 ? from : ProcessStage.PREPARATION;
        closure = Optional.empty();
        closedFrom = Optional.empty();
      }
      case ELIGIBILITY_RECORDED ->
          screening = screening.screened(((EligibilityRecorded) e).decision());
      case REVIEW_RECORDED -> screening = screening.reviewed(((ReviewRecorded) e).outcome());
      case CONSENT_GIVEN -> {
        ConsentGiven g = (ConsentGiven) e;
        requireEnrolled(g.participant());
        consents = consents.given(g);
      }
      case CONSENT_WITHDRAWN -> {
        ConsentWithdrawn w = (ConsentWithdrawn) e;
        requireEnrolled(w.participant());
        consents = consents.withdrawn(w);
        agreement = agreement.map(a -> a.withoutAssentsOf(w.participant()));
        disclosures = disclosures.lapsed(w.participant());
      }
      case SAFETY_ASSESSED -> communication = communication.assessed((SafetyAssessed) e);
      case PROCESS_TYPE_CHANGED -> processType = ((ProcessTypeChanged) e).processType();
      case MEETING_SCHEDULED ->
          communication = communication.scheduled(((MeetingScheduled) e).meeting());
      case MEETING_CANCELLED ->
          communication = communication.cancelled(((MeetingCancelled) e).meeting());
      case MESSAGE_SUBMITTED -> {
        MessageSubmitted m = (MessageSubmitted) e;
        requireEnrolled(m.author());
        requireEnrolled(m.recipient());
        communication = communication.submitted(m);
      }
      case MESSAGE_RELAYED -> communication = communication.reviewed(
          ((MessageRelayed) e).id(), MessageStatus.RELAYED, e.on());
      case MESSAGE_RETURNED -> communication = communication.reviewed(
          ((MessageReturned) e).id(), MessageStatus.RETURNED, e.on());
      case STATEMENT_RECORDED -> {
        StatementRecorded s = (StatementRecorded) e;
        requireEnrolled(s.author());
        communication = communication.stated(s);
      }
      case AGREEMENT_PROPOSED -> agreement = Optional.of(Agreement.proposed(e.on(),
          ((AgreementProposed) e).items()));
      case AGREEMENT_ASSENTED -> {
        AgreementAssented a = (AgreementAssented) e;
        agreement = Optional.of(requireAgreement().withAssent(a.item(), a.party()));
      }
      case ITEM_FOLLOWED_UP -> {
        ItemFollowedUp f = (ItemFollowedUp) e;
        agreement = Optional.of(requireAgreement().withStatus(f.item(), f.status()));
      }
      case DISCLOSURE_AGREED -> {
        DisclosureAgreed d = (DisclosureAgreed) e;
        requireEnrolled(d.party());
        disclosures = disclosures.agreed(d);
      }
      case DISCLOSURE_AGREEMENT_REVOKED ->
          disclosures = disclosures.revoked((DisclosureAgreementRevoked) e);
      case EXCEPTION_ESTABLISHED ->
          disclosures = disclosures.established((ExceptionEstablished) e);
      case EXCEPTION_REVOKED -> disclosures = disclosures.revoked((ExceptionRevoked) e);
      case DISCLOSURE_RECORDED ->
          disclosures = disclosures.recorded(((DisclosureRecorded) e).decision());
      case WITHDRAWAL_FLAGGED -> { }
    }
    history.add(e);
  }
}
