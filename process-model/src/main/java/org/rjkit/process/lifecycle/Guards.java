package org.rjkit.process.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.consent.CurrentConsent;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.core.safety.SafetyAssessment;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.RuleSetNotInForceException;
import org.rjkit.eligibility.RuleSetVersion;
import org.rjkit.eligibility.rule.ConsentOfParties;
import org.rjkit.eligibility.rule.Rule;
import org.rjkit.process.agreement.Agreement;
import org.rjkit.process.agreement.AgreementItem;
import org.rjkit.process.communication.RelayedMessage;
import org.rjkit.process.communication.MessageStatus;
import org.rjkit.process.confidentiality.ContentRef;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementAssented;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementProposed;
import org.rjkit.process.lifecycle.ProcessEvent.CaseClosed;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentGiven;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentWithdrawn;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureAgreed;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureAgreementRevoked;
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
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessEvent.StatementRecorded;
import org.rjkit.process.type.Participation;
import org.rjkit.process.type.ProcessRole;
import org.rjkit.process.type.ProcessType;

/**
 * The guards of the case lifecycle, in their own place: given the case as it stands, {@link
 * #check(ProcessEvent)} refuses an event that breaks a {@link LifecycleRule} (a {@link
 * TransitionRefusedException} naming it) or that is malformed for the case (an {@link
 * IllegalArgumentException}), with one exhaustive dispatch over {@link EventKind}. They read the
 * case only through its accessors.
 */
final class Guards {

  private final ProcessCase c;

  Guards(ProcessCase c) {
    this.c = c;
  }


  TransitionRefusedException refuse(ProcessEvent e, ProcessStage to, LifecycleRule rule,
      List<ParticipantId> missing) {
    return new TransitionRefusedException(c.caseId(), c.stage(), to, e.getClass().getSimpleName(), rule,
        missing);
  }

  TransitionRefusedException refuse(ProcessEvent e, LifecycleRule rule) {
    return refuse(e, c.stage(), rule, List.of());
  }

  Enrolment enrolled(ParticipantId id) {
    return c.participant(id).orElseThrow(() -> new IllegalArgumentException(
        "participant is not enrolled in the case"));
  }

  boolean isCurrent(ParticipantId id, LocalDate on) {
    return c.consentOn(id, on).status().isCurrent();
  }

  void requireOpen(ProcessEvent e) {
    if (c.stage() == ProcessStage.CLOSED) {
      throw refuse(e, LifecycleRule.CASE_CLOSED);
    }
  }

  void requireConsents(ProcessEvent e, ProcessStage to, ProcessType type,
      LifecycleRule rule) {
    ConsentCheck check = c.consentCheck(type, e.on());
    if (!check.isSatisfied()) {
      throw refuse(e, to, rule, check.missing());
    }
  }

  void requireSafety(ProcessEvent e, ProcessStage to) {
    Optional<SafetyAssessment> s = c.safetyOn(e.on());
    if (s.isEmpty() || s.get().riskToVictim() == RiskLevel.DANGER) {
      throw refuse(e, to, LifecycleRule.COMMUNICATION_SAFETY, List.of());
    }
  }

  /** One exhaustive dispatch over event kinds: a new kind must be handled here to compile. */
  void check(ProcessEvent e) {
    switch (e.kind()) {
      case CASE_OPENED -> throw new IllegalArgumentException(
          "a case is opened once, by ProcessCase.open");
      case PARTICIPANT_ENROLLED -> guardEnrolment((ParticipantEnrolled) e);
      case STAGE_ENTERED -> guardStage((StageEntered) e);
      case CASE_CLOSED -> guardClose((CaseClosed) e);
      case CASE_REOPENED -> {
        if (c.stage() != ProcessStage.CLOSED || c.closure().orElseThrow() != ClosureReason.WITHDRAWN) {
          throw refuse(e, ProcessStage.PREPARATION, LifecycleRule.REOPEN_AFTER_WITHDRAWAL,
              List.of());
        }
        requireConsents(e, ProcessStage.PREPARATION, c.processType(),
            LifecycleRule.REOPEN_AFTER_WITHDRAWAL);
      }
      case ELIGIBILITY_RECORDED -> {
        requireOpen(e);
        EligibilityDecision d = ((EligibilityRecorded) e).decision();
        if (!d.programme().equals(c.programme()) || d.asOf().isBefore(c.history().get(0).on())
            || d.asOf().isAfter(e.on())) {
          throw refuse(e, LifecycleRule.SCREENING_FOR_CASE);
        }
        if (c.stage().compareTo(ProcessStage.COMMUNICATION) > 0) {
          throw refuse(e, LifecycleRule.SCREENING_AT_INTAKE);
        }
      }
      case REVIEW_RECORDED -> {
        requireOpen(e);
        if (c.stage().compareTo(ProcessStage.COMMUNICATION) > 0 || c.eligibility().filter(d ->
            d.phases().containsValue(Outcome.MANUAL_REVIEW)).isEmpty()) {
          throw refuse(e, LifecycleRule.SCREENING_AT_INTAKE);
        }
      }
      case CONSENT_GIVEN -> enrolled(((ConsentGiven) e).participant());
      case CONSENT_WITHDRAWN -> {
        ConsentWithdrawn w = (ConsentWithdrawn) e;
        enrolled(w.participant());
        checkArgument(!w.effective().isBefore(c.history().get(0).on()),
            "effective must not be before the case was opened");
        checkArgument(c.consents().records().stream().noneMatch(r -> r.participantId()
                .equals(w.participant()) && r.givenOn().isAfter(w.effective())),
            "a withdrawal does not take effect before the participant's latest consent");
      }
      case SAFETY_ASSESSED -> requireOpen(e);
      case PROCESS_TYPE_CHANGED -> guardTypeChange((ProcessTypeChanged) e);
      case MEETING_SCHEDULED -> guardMeeting((MeetingScheduled) e);
      case MEETING_CANCELLED -> {
        requireOpen(e);
        int n = ((MeetingCancelled) e).meeting();
        checkArgument(n <= c.meetings().size(), "no meeting with this number");
        checkArgument(!c.isCancelled(n), "meeting already cancelled");
      }
      case MESSAGE_SUBMITTED -> guardSubmission((MessageSubmitted) e);
      case MESSAGE_RELAYED -> guardRelay((MessageRelayed) e);
      case MESSAGE_RETURNED -> {
        RelayedMessage m = c.message(((MessageReturned) e).id()).orElseThrow(() ->
            new IllegalArgumentException("no message with this id"));
        if (m.status() != MessageStatus.SUBMITTED) {
          throw refuse(e, LifecycleRule.MESSAGE_REVIEW);
        }
      }
      case STATEMENT_RECORDED -> {
        StatementRecorded st = (StatementRecorded) e;
        requireOpen(e);
        Enrolment author = enrolled(st.author());
        boolean stageOk = c.stage() != ProcessStage.REFERRAL && c.stage() != ProcessStage.INTAKE;
        if (!stageOk || (author.processRole() != ProcessRole.FACILITATOR
            && !isCurrent(st.author(), st.on()))) {
          throw refuse(e, c.stage(), LifecycleRule.STATEMENT_CONSENT,
              stageOk ? List.of(st.author()) : List.of());
        }
      }
      case AGREEMENT_PROPOSED -> {
        requireOpen(e);
        if (c.stage() != ProcessStage.AGREEMENT) {
          throw refuse(e, LifecycleRule.AGREEMENT_PARTIES);
        }
        for (AgreementItem item : ((AgreementProposed) e).items()) {
          for (ParticipantId p : item.concerned()) {
            if (c.participant(p).filter(x -> x.processRole().isParty()).isEmpty()) {
              throw refuse(e, LifecycleRule.AGREEMENT_PARTIES);
            }
          }
        }
      }
      case AGREEMENT_ASSENTED -> {
        AgreementAssented a = (AgreementAssented) e;
        requireOpen(e);
        boolean concerned = c.stage() == ProcessStage.AGREEMENT && c.agreement()
            .flatMap(ag -> ag.item(a.item())).filter(i -> i.concerned().contains(a.party()))
            .isPresent();
        if (!concerned) {
          throw refuse(e, LifecycleRule.AGREEMENT_PARTIES);
        }
        if (!isCurrent(a.party(), a.on())) {
          throw refuse(e, c.stage(), LifecycleRule.CONSENT_AT_EVERY_STAGE, List.of(a.party()));
        }
      }
      case ITEM_FOLLOWED_UP -> {
        requireOpen(e);
        if (c.stage() != ProcessStage.FOLLOW_UP) {
          throw refuse(e, LifecycleRule.ACTION_STAGE);
        }
        if (c.agreement().flatMap(ag -> ag.item(((ItemFollowedUp) e).item())).isEmpty()) {
          throw refuse(e, LifecycleRule.FOLLOW_UP_AGREEMENT);
        }
      }
      case DISCLOSURE_AGREED -> {
        DisclosureAgreed d = (DisclosureAgreed) e;
        checkArgument(enrolled(d.party()).processRole() != ProcessRole.FACILITATOR,
            "only a participant who speaks in the process (not the facilitator) agrees to "
                + "disclosure");
        if (!isCurrent(d.party(), d.on())) {
          throw refuse(e, c.stage(), LifecycleRule.CONSENT_AT_EVERY_STAGE, List.of(d.party()));
        }
      }
      case DISCLOSURE_AGREEMENT_REVOKED -> {
        DisclosureAgreementRevoked r = (DisclosureAgreementRevoked) e;
        checkArgument(c.disclosureAgreements().getOrDefault(r.recipient(), Map.of())
            .containsKey(r.party()), "no agreement to disclosure to revoke");
      }
      case EXCEPTION_ESTABLISHED -> {
        ExceptionEstablished x = (ExceptionEstablished) e;
        if (c.participant(x.author()).filter(p -> p.processRole() == ProcessRole.FACILITATOR)
            .isEmpty()) {
          throw refuse(e, LifecycleRule.EXCEPTION_AUTHOR);
        }
        for (ContentRef item : x.items()) {
          checkArgument(c.contentItems().contains(item), "no content item %s in the case", item);
        }
      }
      case EXCEPTION_REVOKED -> {
        ExceptionRevoked x = (ExceptionRevoked) e;
        if (c.participant(x.author()).filter(p -> p.processRole() == ProcessRole.FACILITATOR)
            .isEmpty()) {
          throw refuse(e, LifecycleRule.EXCEPTION_AUTHOR);
        }
        checkArgument(c.exceptions().stream().anyMatch(y -> y.ground() == x.ground()
            && y.recipient() == x.recipient()), "no such exception to revoke");
      }
      case DISCLOSURE_RECORDED -> { }
      case WITHDRAWAL_FLAGGED -> throw new IllegalArgumentException(
          "a withdrawal is flagged automatically, never recorded");
    }
  }

  void guardEnrolment(ParticipantEnrolled p) {
    requireOpen(p);
    checkArgument(c.participant(p.enrolment().id()).isEmpty(), "participant already enrolled");
    if (!c.processType().participation(p.enrolment().processRole()).takesPart()) {
      throw refuse(p, LifecycleRule.ENROLMENT_ROLE);
    }
  }

  void guardMeeting(MeetingScheduled m) {
    requireOpen(m);
    if ((c.stage() != ProcessStage.PREPARATION && c.stage() != ProcessStage.COMMUNICATION)
        || !c.processType().channels().contains(m.meeting().channel())) {
      throw refuse(m, LifecycleRule.MEETING_TYPE);
    }
    requireConsents(m, c.stage(), c.processType(), LifecycleRule.COMMUNICATION_CONSENT);
    requireSafety(m, c.stage());
    List<ParticipantId> missing = new ArrayList<>();
    for (ParticipantId a : m.meeting().attendees()) {
      Enrolment who = enrolled(a);
      if (who.processRole() != ProcessRole.FACILITATOR
          && !c.processType().participation(who.processRole()).takesPart()) {
        throw refuse(m, LifecycleRule.MEETING_TYPE);
      }
      if (who.processRole() != ProcessRole.FACILITATOR && !isCurrent(a, m.on())) {
        missing.add(a);
      }
    }
    if (!missing.isEmpty()) {
      throw refuse(m, c.stage(), LifecycleRule.COMMUNICATION_CONSENT, missing);
    }
  }

  void guardRelay(MessageRelayed r) {
    requireOpen(r);
    RelayedMessage m = c.message(r.id()).orElseThrow(() -> new IllegalArgumentException(
        "no message with this id"));
    if (m.status() != MessageStatus.SUBMITTED) {
      throw refuse(r, LifecycleRule.MESSAGE_REVIEW);
    }
    if (!c.stage().isCommunicatingOrLater() || !c.processType().relaysMessages()
        || !c.processType().channels().contains(m.channel())) {
      throw refuse(r, LifecycleRule.MESSAGE_RELAYED);
    }
    requireNoDanger(r);
    requireMessageConsent(r, m.author(), m.recipient());
  }

  void requireNoDanger(ProcessEvent e) {
    if (c.safetyOn(e.on()).map(a -> a.riskToVictim() == RiskLevel.DANGER).orElse(false)) {
      throw refuse(e, c.stage(), LifecycleRule.COMMUNICATION_SAFETY, List.of());
    }
  }

  void guardStage(StageEntered s) {
    requireOpen(s);
    if (c.stage().next().filter(n -> n == s.stage()).isEmpty()) {
      throw refuse(s, s.stage(), LifecycleRule.STAGE_ORDER, List.of());
    }
    switch (s.stage()) {
      case ASSESSMENT -> requirePhase(s, Phase.ELIGIBILITY, LifecycleRule.INTAKE_ELIGIBLE);
      case COMMUNICATION -> {
        requireConsents(s, s.stage(), c.processType(), LifecycleRule.COMMUNICATION_CONSENT);
        requireSafety(s, s.stage());
        requirePhase(s, Phase.SUITABILITY, LifecycleRule.SUITABILITY);
        requireProgrammeConsentForms(s);
      }
      case AGREEMENT -> {
        requireConsents(s, s.stage(), c.processType(), LifecycleRule.CONSENT_AT_EVERY_STAGE);
        requirePhase(s, Phase.SUITABILITY, LifecycleRule.SUITABILITY);
        requireProgrammeConsentForms(s);
      }
      case FOLLOW_UP -> {
        requireConsents(s, s.stage(), c.processType(), LifecycleRule.CONSENT_AT_EVERY_STAGE);
        if (c.agreement().filter(Agreement::isReached).isEmpty() || !agreementBinds(s.on())) {
          throw refuse(s, s.stage(), LifecycleRule.FOLLOW_UP_AGREEMENT, List.of());
        }
      }
      default -> { }
    }
  }

  /**
   * The programme's own decision on a phase, from the latest screening: ELIGIBLE passes;
   * MANUAL_REVIEW passes only with a review accepting it recorded after that screening;
   * INELIGIBLE is refused naming the rules that were not met; NEEDS_INFORMATION naming the
   * missing facts; no screening at all is refused.
   */
  void requirePhase(StageEntered s, Phase phase, LifecycleRule rule) {
    if (c.eligibility().isEmpty()) {
      throw refuse(s, s.stage(), rule, List.of());
    }
    EligibilityDecision d = c.eligibility().get();
    Outcome o = d.phase(phase);
    boolean passes = o == Outcome.ELIGIBLE
        || (o == Outcome.MANUAL_REVIEW && c.review().orElse(null) == ReviewOutcome.ACCEPTED);
    if (!passes) {
      List<String> details = o == Outcome.NEEDS_INFORMATION ? d.missingFacts()
          : d.blockingRules();
      throw new TransitionRefusedException(c.caseId(), c.stage(), s.stage(), s.kind().typeName(), rule,
          List.of(), details);
    }
  }

  /**
   * The forms of consent the programme's own SUITABILITY consent rules accept, applied to the
   * consents recorded in the process: a party (harmed or responsible) whose current consent was
   * given in a form the rule in force does not accept is refused naming that rule (England and
   * Wales accepts written consent, or oral consent recorded in writing; an ORAL consent does not
   * count). A programme the built-in registry does not know, or with no rule set in force on the
   * date, is decided by its screening alone.
   */
  void requireProgrammeConsentForms(StageEntered s) {
    Optional<Programme> programme = ProgrammeRegistry.builtIn().find(c.programme());
    if (programme.isEmpty()) {
      return;
    }
    RuleSetVersion version;
    try {
      version = programme.get().versionOn(s.on());
    } catch (RuleSetNotInForceException notInForce) {
      return;
    }
    for (Rule rule : version.rules()) {
      if (rule.phase() != Phase.SUITABILITY
          || !(rule.definition() instanceof ConsentOfParties consent)
          || consent.forms().size() == ConsentForm.values().length) {
        continue;
      }
      List<ParticipantId> wrongForm = new ArrayList<>();
      for (Enrolment p : c.participants()) {
        CurrentConsent now = c.consentOn(p.id(), s.on());
        if (p.processRole().isParty() && now.status().isCurrent()
            && now.form().filter(f -> !consent.forms().contains(f)).isPresent()) {
          wrongForm.add(p.id());
        }
      }
      if (!wrongForm.isEmpty()) {
        throw new TransitionRefusedException(c.caseId(), c.stage(), s.stage(),
            s.kind().typeName(), LifecycleRule.SUITABILITY, wrongForm, List.of(rule.id()));
      }
    }
  }

  void guardClose(CaseClosed closing) {
    requireOpen(closing);
    boolean allowed = switch (closing.reason()) {
      case COMPLETED -> (c.stage() == ProcessStage.COMMUNICATION && !c.processType().needsAgreement())
          || (c.stage() == ProcessStage.FOLLOW_UP
              && c.agreement().filter(Agreement::isCompleted).isPresent());
      case AGREEMENT_NOT_COMPLETED -> c.stage() == ProcessStage.FOLLOW_UP && c.agreement()
          .filter(a -> a.isFollowedUp() && !a.isCompleted()).isPresent();
      case NO_AGREEMENT -> c.stage() == ProcessStage.COMMUNICATION || c.stage() == ProcessStage.AGREEMENT;
      case WITHDRAWN -> false;
      case INELIGIBLE -> (c.stage() == ProcessStage.REFERRAL || c.stage() == ProcessStage.INTAKE)
          && (c.eligibility().map(EligibilityDecision::outcome).orElse(null) == Outcome.INELIGIBLE
              || c.review().orElse(null) == ReviewOutcome.DECLINED);
      case UNSUITABLE -> c.stage() != ProcessStage.FOLLOW_UP;
      case SAFETY -> true;
    };
    if (!allowed) {
      LifecycleRule rule = switch (closing.reason()) {
        case COMPLETED -> LifecycleRule.CLOSE_COMPLETED;
        case AGREEMENT_NOT_COMPLETED -> LifecycleRule.CLOSE_NOT_COMPLETED;
        case NO_AGREEMENT -> LifecycleRule.CLOSE_NO_AGREEMENT;
        case WITHDRAWN -> LifecycleRule.CLOSE_WITHDRAWN;
        case INELIGIBLE -> LifecycleRule.CLOSE_INELIGIBLE;
        case UNSUITABLE -> LifecycleRule.CLOSE_UNSUITABLE;
        case SAFETY -> LifecycleRule.CASE_CLOSED;
      };
      throw refuse(closing, ProcessStage.CLOSED, rule, List.of());
    }
  }

  void guardTypeChange(ProcessTypeChanged t) {
    requireOpen(t);
    if (c.stage() == ProcessStage.FOLLOW_UP || t.processType() == c.processType()) {
      throw refuse(t, LifecycleRule.PROCESS_TYPE_CHANGE);
    }
    if (c.stage().isCommunicatingOrLater()) {
      requireConsents(t, c.stage(), t.processType(), LifecycleRule.COMMUNICATION_CONSENT);
      if (t.processType().relaysMessages() != c.processType().relaysMessages()
          && c.messages().stream().anyMatch(m -> m.status() == MessageStatus.SUBMITTED)) {
        throw refuse(t, LifecycleRule.MESSAGE_REVIEW);
      }
    } else {
      for (ProcessRole role : ProcessRole.values()) {
        if (t.processType().participation(role) == Participation.REQUIRED
            && c.participants().stream().anyMatch(p -> p.processRole() == role)
            && c.participants().stream().filter(p -> p.processRole() == role)
                .allMatch(p -> c.hasWithdrawn(p.id()))) {
          throw refuse(t, LifecycleRule.PROCESS_TYPE_CHANGE);
        }
      }
    }
  }

  void guardSubmission(MessageSubmitted m) {
    requireOpen(m);
    Enrolment author = enrolled(m.author());
    Enrolment recipient = enrolled(m.recipient());
    checkArgument(c.message(m.id()).isEmpty(), "message id already used in the case");
    if (!c.stage().isCommunicatingOrLater() || !c.processType().relaysMessages()
        || !c.processType().channels().contains(m.channel())
        || !c.processType().participation(author.processRole()).takesPart()
        || !c.processType().participation(recipient.processRole()).takesPart()) {
      throw refuse(m, LifecycleRule.MESSAGE_RELAYED);
    }
    requireNoDanger(m);
    requireMessageConsent(m, m.author(), m.recipient());
  }

  void requireMessageConsent(ProcessEvent e, ParticipantId author,
      ParticipantId recipient) {
    List<ParticipantId> missing = new ArrayList<>();
    if (!isCurrent(author, e.on())) {
      missing.add(author);
    }
    if (!isCurrent(recipient, e.on())) {
      missing.add(recipient);
    }
    if (!missing.isEmpty()) {
      throw refuse(e, c.stage(), LifecycleRule.MESSAGE_CONSENT, missing);
    }
  }

  /**
   * Whether the agreement binds: every party who assented has current consent, the responsible
   * party assented, and at least one harmed party assented unless the process goes ahead without
   * one (a type that does not require a harmed party, and none taking part with current consent;
   * QC-7: the programme can proceed without the victim) (EU-5, UN-7).
   */
  boolean agreementBinds(LocalDate on) {
    Set<ParticipantId> assenting = new TreeSet<>();
    c.agreement().ifPresent(a -> a.items().forEach(i -> assenting.addAll(a.assentsTo(i.id()))));
    boolean harmed = assenting.stream().anyMatch(p -> c.participant(p)
        .filter(x -> x.processRole() == ProcessRole.HARMED_PARTY).isPresent());
    boolean responsible = assenting.stream().anyMatch(p -> c.participant(p)
        .filter(x -> x.processRole() == ProcessRole.RESPONSIBLE_PARTY).isPresent());
    boolean harmedNeeded = c.processType().participation(ProcessRole.HARMED_PARTY)
        == Participation.REQUIRED || c.participants().stream().anyMatch(p ->
            p.processRole() == ProcessRole.HARMED_PARTY && isCurrent(p.id(), on));
    return (harmed || !harmedNeeded) && responsible
        && assenting.stream().allMatch(p -> isCurrent(p, on));
  }
}
