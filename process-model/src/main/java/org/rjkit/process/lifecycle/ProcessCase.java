package org.rjkit.process.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.lang.reflect.RecordComponent;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.consent.ConsentHistory;
import org.rjkit.core.consent.ConsentRecord;
import org.rjkit.core.consent.ConsentStatus;
import org.rjkit.core.consent.CurrentConsent;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.core.safety.SafetyAssessment;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.eligibility.Outcome;
import org.rjkit.process.agreement.Agreement;
import org.rjkit.process.agreement.AgreementItem;
import org.rjkit.process.communication.Message;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.communication.MessageStatus;
import org.rjkit.process.communication.Statement;
import org.rjkit.process.confidentiality.DisclosureDecision;
import org.rjkit.process.confidentiality.ExceptionGround;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.confidentiality.Trusted;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementAssented;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementProposed;
import org.rjkit.process.lifecycle.ProcessEvent.CaseClosed;
import org.rjkit.process.lifecycle.ProcessEvent.CaseOpened;
import org.rjkit.process.lifecycle.ProcessEvent.CaseReopened;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentGiven;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentWithdrawn;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureAgreed;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.EligibilityRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.ExceptionEstablished;
import org.rjkit.process.lifecycle.ProcessEvent.ItemFollowedUp;
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
import org.rjkit.process.type.Participation;
import org.rjkit.process.type.ProcessRole;
import org.rjkit.process.type.ProcessType;

/**
 * A restorative case: its state is a fold of its history of {@link ProcessEvent}s, and replaying
 * the history ({@link #replay(List)}) gives the same state. Immutable: {@link
 * #record(ProcessEvent)} checks the guards ({@link LifecycleRule}) and returns a new case with the
 * event, and any event that follows from it at once, appended; a refusal is a {@link
 * TransitionRefusedException}, never a silent no-op.
 *
 * <p>Events that follow at once:
 * <ul>
 *   <li>a withdrawal that leaves a process role the type requires without anyone (before
 *       communication: anyone who has not withdrawn; from communication on: anyone with current
 *       consent) closes the case as {@link ClosureReason#WITHDRAWN}; otherwise the case continues
 *       without that person (CA-RO-21, CA-RO-22, EU-2);</li>
 *   <li>a consent given again without being informed that leaves such a role without current
 *       consent during communication, agreement or follow-up returns the case to preparation;</li>
 *   <li>a safety assessment finding {@link RiskLevel#DANGER} during communication or agreement
 *       returns the case to preparation (seed 000: never when there is a risk of danger).</li>
 * </ul>
 *
 * <p>{@link #toString()} shows only the case id, process type, stage and number of events.
 */
public final class ProcessCase {

  private final CaseId caseId;
  private final ProgrammeId programme;
  private final ParticipantId requestedBy;
  private final ProcessType processType;
  private final ProcessStage stage;
  private final Optional<ClosureReason> closure;
  private final List<Enrolment> participants;
  private final Optional<EligibilityDecision> eligibility;
  private final Optional<ReviewOutcome> review;
  private final ConsentHistory consents;
  private final Set<ParticipantId> declined;
  private final List<SafetyAssessment> safety;
  private final List<Meeting> meetings;
  private final List<Message> messages;
  private final List<Statement> statements;
  private final Optional<Agreement> agreement;
  private final Map<RecipientKind, Set<ParticipantId>> disclosureAgreements;
  private final Map<RecipientKind, Set<ExceptionGround>> exceptions;
  private final List<DisclosureDecision> disclosures;
  private final List<ProcessEvent> history;

  /** The library classes that record disclosures: the disclosure entry point and the reader. */
  private static final Set<String> DISCLOSURE_RECORDERS =
      ImmutableSortedSet.of(Trusted.DISCLOSURES, Trusted.HISTORY_STORAGE);

  private ProcessCase(State s) {
    this.caseId = s.caseId;
    this.programme = s.programme;
    this.requestedBy = s.requestedBy;
    this.processType = s.processType;
    this.stage = s.stage;
    this.closure = s.closure;
    this.participants = ImmutableList.copyOf(s.participants);
    this.eligibility = s.eligibility;
    this.review = s.review;
    this.consents = s.consents;
    this.declined = ImmutableSortedSet.copyOf(s.declined);
    this.safety = ImmutableList.copyOf(s.safety);
    this.meetings = ImmutableList.copyOf(s.meetings);
    this.messages = ImmutableList.copyOf(s.messages);
    this.statements = ImmutableList.copyOf(s.statements);
    this.agreement = s.agreement;
    EnumMap<RecipientKind, Set<ParticipantId>> da = new EnumMap<>(RecipientKind.class);
    s.disclosureAgreements.forEach((k, v) -> da.put(k, ImmutableSortedSet.copyOf(v)));
    this.disclosureAgreements = Maps.immutableEnumMap(da);
    EnumMap<RecipientKind, Set<ExceptionGround>> ex = new EnumMap<>(RecipientKind.class);
    s.exceptions.forEach((k, v) -> ex.put(k, Sets.immutableEnumSet(v)));
    this.exceptions = Maps.immutableEnumMap(ex);
    this.disclosures = ImmutableList.copyOf(s.disclosures);
    this.history = ImmutableList.copyOf(s.history);
  }

  /**
   * Opens a case at REFERRAL.
   *
   * @param opened not null
   * @return the case, whose history is {@code [opened]}
   */
  public static ProcessCase open(CaseOpened opened) {
    checkNotNull(opened, "opened");
    return new ProcessCase(State.opened(opened));
  }

  /**
   * The case a history folds into. The events are facts: replay checks their structure (the first
   * opens the case, dates never go backwards, participants and messages referred to exist), not
   * the guards that admitted them.
   *
   * @param history not empty, starting with {@link CaseOpened}
   * @return the case
   * @throws IllegalArgumentException if the history is malformed
   */
  public static ProcessCase replay(List<ProcessEvent> history) {
    checkNotNull(history, "history");
    checkArgument(!history.isEmpty(), "a history starts with CaseOpened");
    checkArgument(history.get(0) instanceof CaseOpened, "a history starts with CaseOpened");
    State s = State.opened((CaseOpened) history.get(0));
    for (int i = 1; i < history.size(); i++) {
      s.evolve(checkNotNull(history.get(i), "history[%s]", i));
    }
    return new ProcessCase(s);
  }

  /**
   * Records an event after checking the guards, with any event that follows from it at once.
   *
   * @param event not null; not before the last event; not {@link CaseOpened}
   * @return the new case
   * @throws TransitionRefusedException if a guard refuses the event
   * @throws IllegalArgumentException if the event is malformed for this case (a date before the
   *     last event, an unknown participant, message or agreement item)
   */
  public ProcessCase record(ProcessEvent event) {
    checkNotNull(event, "event");
    checkArgument(!(event instanceof CaseOpened), "a case is opened once, by ProcessCase.open");
    checkArgument(!event.on().isBefore(asOf()), "on must not be before the last event");
    if (event instanceof DisclosureRecorded && !Trusted.callerOfIsOneOf(ProcessCase.class,
        DISCLOSURE_RECORDERS)) {
      throw refuse(event, LifecycleRule.DISCLOSURE_RECORDED);
    }
    guard(event);
    State s = new State(this);
    s.evolve(event);
    ProcessCase after = new ProcessCase(s);
    for (ProcessEvent next : after.consequencesOf(event)) {
      s.evolve(next);
    }
    return new ProcessCase(s);
  }

  /**
   * Records events in order, as {@link #record(ProcessEvent)} does.
   *
   * @param events not null
   * @return the new case
   * @throws TransitionRefusedException if a guard refuses one of them
   */
  public ProcessCase recordAll(ProcessEvent... events) {
    ProcessCase c = this;
    for (ProcessEvent e : events) {
      c = c.record(e);
    }
    return c;
  }

  // ---------------------------------------------------------------- state

  /** The case. */
  public CaseId caseId() {
    return caseId;
  }

  /** The programme that runs the process. */
  public ProgrammeId programme() {
    return programme;
  }

  /** The participant who asked for the process. */
  public ParticipantId requestedBy() {
    return requestedBy;
  }

  /** The current process type. */
  public ProcessType processType() {
    return processType;
  }

  /** The current stage. */
  public ProcessStage stage() {
    return stage;
  }

  /** Why the case was closed, present exactly when the stage is CLOSED. */
  public Optional<ClosureReason> closure() {
    return closure;
  }

  /** The participants, in enrolment order. */
  public List<Enrolment> participants() {
    return participants;
  }

  /**
   * A participant's enrolment.
   *
   * @param id not null
   * @return the enrolment, if enrolled
   */
  public Optional<Enrolment> participant(ParticipantId id) {
    checkNotNull(id, "id");
    return participants.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The latest screening decision recorded. */
  public Optional<EligibilityDecision> eligibility() {
    return eligibility;
  }

  /** The review of the latest screening decision, if one was recorded after it. */
  public Optional<ReviewOutcome> review() {
    return review;
  }

  /** Every consent record, in the core consent model (given, withdrawn, given again). */
  public ConsentHistory consents() {
    return consents;
  }

  /**
   * A participant's consent on a date.
   *
   * @param participant not null
   * @param on not null
   * @return the consent as it stands
   */
  public CurrentConsent consentOn(ParticipantId participant, LocalDate on) {
    return consents.currentOn(participant, on);
  }

  /**
   * Whether a participant's latest word is a withdrawal (of a consent, or a refusal before any).
   *
   * @param participant not null
   * @return true when withdrawn and not given again
   */
  public boolean hasWithdrawn(ParticipantId participant) {
    checkNotNull(participant, "participant");
    return declined.contains(participant)
        || consents.currentOn(participant, LocalDate.MAX).status() == ConsentStatus.WITHDRAWN;
  }

  /**
   * Whether a process type's consent needs are met on a date by the participants of this case.
   *
   * @param type not null
   * @param on not null
   * @return the check, naming what is missing
   */
  public ConsentCheck consentCheck(ProcessType type, LocalDate on) {
    checkNotNull(type, "type");
    checkNotNull(on, "on");
    List<ParticipantId> missing = new ArrayList<>();
    EnumSet<ProcessRole> uncovered = EnumSet.noneOf(ProcessRole.class);
    for (ProcessRole role : ProcessRole.values()) {
      if (type.participation(role) != Participation.REQUIRED) {
        continue;
      }
      boolean covered = false;
      for (Enrolment e : participants) {
        if (e.processRole() != role || hasWithdrawn(e.id())) {
          continue;
        }
        if (consentOn(e.id(), on).status().isCurrent()) {
          covered = true;
        } else {
          missing.add(e.id());
        }
      }
      if (!covered) {
        uncovered.add(role);
      }
    }
    return new ConsentCheck(missing, uncovered);
  }

  /** Every safety assessment, in order. */
  public List<SafetyAssessment> safetyAssessments() {
    return safety;
  }

  /**
   * The safety assessment that counts on a date: the latest on or before it.
   *
   * @param on not null
   * @return the assessment, if any
   */
  public Optional<SafetyAssessment> safetyOn(LocalDate on) {
    return SafetyAssessment.latestOn(safety, on);
  }

  /** Every meeting scheduled, in order. */
  public List<Meeting> meetings() {
    return meetings;
  }

  /** Every message, in submission order. */
  public List<Message> messages() {
    return messages;
  }

  /**
   * A message.
   *
   * @param id not null
   * @return the message, if there is one with this id
   */
  public Optional<Message> message(MessageId id) {
    checkNotNull(id, "id");
    return messages.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** Every statement recorded, in order. */
  public List<Statement> statements() {
    return statements;
  }

  /** The outcome agreement, once proposed. */
  public Optional<Agreement> agreement() {
    return agreement;
  }

  /**
   * The exception grounds established in this case for a kind of recipient: those the programme
   * established, and {@link ExceptionGround#PARTY_AGREEMENT} when every party (harmed and
   * responsible) enrolled has agreed to disclosure to it.
   *
   * @param recipient not null
   * @return the grounds, in declaration order
   */
  public Set<ExceptionGround> establishedExceptions(RecipientKind recipient) {
    checkNotNull(recipient, "recipient");
    EnumSet<ExceptionGround> grounds = EnumSet.noneOf(ExceptionGround.class);
    grounds.addAll(exceptions.getOrDefault(recipient, Set.of()));
    Set<ParticipantId> agreed = disclosureAgreements.getOrDefault(recipient, Set.of());
    List<ParticipantId> parties = participants.stream()
        .filter(p -> p.processRole().isParty()).map(Enrolment::id).toList();
    if (!parties.isEmpty() && agreed.containsAll(parties)) {
      grounds.add(ExceptionGround.PARTY_AGREEMENT);
    }
    return Sets.immutableEnumSet(grounds);
  }

  /** Every disclosure decision recorded, in order. */
  public List<DisclosureDecision> disclosures() {
    return disclosures;
  }

  /** The history, in order; the first event opened the case. */
  public List<ProcessEvent> history() {
    return history;
  }

  /** The date of the last event. */
  public LocalDate asOf() {
    return history.get(history.size() - 1).on();
  }

  /**
   * Two cases are equal when they have the same history: the same events, in order, with the same
   * values, process content compared by its text (the state is a fold of the history).
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProcessCase c)) {
      return false;
    }
    return caseId.equals(c.caseId) && history.size() == c.history.size()
        && sameValue(history, c.history);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caseId, processType, stage, closure, history.size());
  }

  /** Deep equality of event values, comparing process content by its text. */
  private static boolean sameValue(Object a, Object b) {
    if (a instanceof ProcessContent x && b instanceof ProcessContent y) {
      return x.textForLibrary().equals(y.textForLibrary());
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!sameValue(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Optional<?> x && b instanceof Optional<?> y) {
      return x.isPresent() == y.isPresent()
          && (x.isEmpty() || sameValue(x.get(), y.get()));
    }
    if (a instanceof Record && b != null && a.getClass() == b.getClass()) {
      for (RecordComponent rc : a.getClass().getRecordComponents()) {
        try {
          if (!sameValue(rc.getAccessor().invoke(a), rc.getAccessor().invoke(b))) {
            return false;
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("record component not readable: " + rc.getName(), e);
        }
      }
      return true;
    }
    return Objects.equals(a, b);
  }

  /** {@code ProcessCase[caseId, processType, stage, n events]}: administrative facts only. */
  @Override
  public String toString() {
    return "ProcessCase[" + caseId + ", " + processType + ", " + stage
        + closure.map(r -> " " + r).orElse("") + ", " + history.size() + " events]";
  }

  // ---------------------------------------------------------------- guards

  private TransitionRefusedException refuse(ProcessEvent e, ProcessStage to, LifecycleRule rule,
      List<ParticipantId> missing) {
    return new TransitionRefusedException(caseId, stage, to, e.getClass().getSimpleName(), rule,
        missing);
  }

  private TransitionRefusedException refuse(ProcessEvent e, LifecycleRule rule) {
    return refuse(e, stage, rule, List.of());
  }

  private Enrolment enrolled(ParticipantId id) {
    return participant(id).orElseThrow(() -> new IllegalArgumentException(
        "participant is not enrolled in the case"));
  }

  private boolean isCurrent(ParticipantId id, LocalDate on) {
    return consentOn(id, on).status().isCurrent();
  }

  private void requireOpen(ProcessEvent e) {
    if (stage == ProcessStage.CLOSED) {
      throw refuse(e, LifecycleRule.CASE_CLOSED);
    }
  }

  private void requireConsents(ProcessEvent e, ProcessStage to, ProcessType type,
      LifecycleRule rule) {
    ConsentCheck check = consentCheck(type, e.on());
    if (!check.isSatisfied()) {
      throw refuse(e, to, rule, check.missing());
    }
  }

  private void requireSafety(ProcessEvent e, ProcessStage to) {
    Optional<SafetyAssessment> s = safetyOn(e.on());
    if (s.isEmpty() || s.get().riskToVictim() == RiskLevel.DANGER) {
      throw refuse(e, to, LifecycleRule.COMMUNICATION_SAFETY, List.of());
    }
  }

  private void guard(ProcessEvent e) {
    if (e instanceof ParticipantEnrolled p) {
      requireOpen(e);
      checkArgument(participant(p.enrolment().id()).isEmpty(), "participant already enrolled");
    } else if (e instanceof StageEntered s) {
      guardStage(s);
    } else if (e instanceof CaseClosed c) {
      guardClose(c);
    } else if (e instanceof CaseReopened) {
      if (stage != ProcessStage.CLOSED || closure.orElseThrow() != ClosureReason.WITHDRAWN) {
        throw refuse(e, ProcessStage.PREPARATION, LifecycleRule.REOPEN_AFTER_WITHDRAWAL,
            List.of());
      }
      requireConsents(e, ProcessStage.PREPARATION, processType,
          LifecycleRule.REOPEN_AFTER_WITHDRAWAL);
    } else if (e instanceof EligibilityRecorded) {
      if (stage != ProcessStage.REFERRAL && stage != ProcessStage.INTAKE) {
        throw refuse(e, LifecycleRule.SCREENING_AT_INTAKE);
      }
    } else if (e instanceof ReviewRecorded) {
      if ((stage != ProcessStage.REFERRAL && stage != ProcessStage.INTAKE)
          || eligibility.map(EligibilityDecision::outcome).orElse(null) != Outcome.MANUAL_REVIEW) {
        throw refuse(e, LifecycleRule.SCREENING_AT_INTAKE);
      }
    } else if (e instanceof ConsentGiven g) {
      enrolled(g.participant());
    } else if (e instanceof ConsentWithdrawn w) {
      enrolled(w.participant());
    } else if (e instanceof SafetyAssessed) {
      requireOpen(e);
    } else if (e instanceof ProcessTypeChanged t) {
      guardTypeChange(t);
    } else if (e instanceof MeetingScheduled m) {
      requireOpen(e);
      if ((stage != ProcessStage.PREPARATION && stage != ProcessStage.COMMUNICATION)
          || !processType.channels().contains(m.meeting().channel())) {
        throw refuse(e, LifecycleRule.MEETING_TYPE);
      }
      requireConsents(e, stage, processType, LifecycleRule.COMMUNICATION_CONSENT);
      requireSafety(e, stage);
    } else if (e instanceof MessageSubmitted m) {
      guardSubmission(m);
    } else if (e instanceof MessageRelayed r) {
      requireOpen(e);
      Message m = message(r.id()).orElseThrow(() -> new IllegalArgumentException(
          "no message with this id"));
      if (m.status() != MessageStatus.SUBMITTED) {
        throw refuse(e, LifecycleRule.MESSAGE_REVIEW);
      }
      requireMessageConsent(e, m.author(), m.recipient());
    } else if (e instanceof MessageReturned r) {
      Message m = message(r.id()).orElseThrow(() -> new IllegalArgumentException(
          "no message with this id"));
      if (m.status() != MessageStatus.SUBMITTED) {
        throw refuse(e, LifecycleRule.MESSAGE_REVIEW);
      }
    } else if (e instanceof StatementRecorded s) {
      requireOpen(e);
      Enrolment author = enrolled(s.author());
      boolean stageOk = stage != ProcessStage.REFERRAL && stage != ProcessStage.INTAKE;
      if (!stageOk || (author.processRole() != ProcessRole.FACILITATOR
          && !isCurrent(s.author(), s.on()))) {
        throw refuse(e, stage, LifecycleRule.STATEMENT_CONSENT,
            stageOk ? List.of(s.author()) : List.of());
      }
    } else if (e instanceof AgreementProposed a) {
      requireOpen(e);
      if (stage != ProcessStage.AGREEMENT) {
        throw refuse(e, LifecycleRule.AGREEMENT_PARTIES);
      }
      for (AgreementItem item : a.items()) {
        for (ParticipantId p : item.concerned()) {
          if (participant(p).filter(x -> x.processRole().isParty()).isEmpty()) {
            throw refuse(e, LifecycleRule.AGREEMENT_PARTIES);
          }
        }
      }
    } else if (e instanceof AgreementAssented a) {
      requireOpen(e);
      boolean concerned = stage == ProcessStage.AGREEMENT && agreement
          .flatMap(ag -> ag.item(a.item())).filter(i -> i.concerned().contains(a.party()))
          .isPresent();
      if (!concerned) {
        throw refuse(e, LifecycleRule.AGREEMENT_PARTIES);
      }
      if (!isCurrent(a.party(), a.on())) {
        throw refuse(e, stage, LifecycleRule.CONSENT_AT_EVERY_STAGE, List.of(a.party()));
      }
    } else if (e instanceof ItemFollowedUp f) {
      requireOpen(e);
      if (stage != ProcessStage.FOLLOW_UP) {
        throw refuse(e, LifecycleRule.ACTION_STAGE);
      }
      if (agreement.flatMap(ag -> ag.item(f.item())).isEmpty()) {
        throw refuse(e, LifecycleRule.FOLLOW_UP_AGREEMENT);
      }
    } else if (e instanceof DisclosureAgreed d) {
      checkArgument(enrolled(d.party()).processRole().isParty(),
          "only a party (harmed or responsible) agrees to disclosure");
    }
    // ExceptionEstablished and DisclosureRecorded are recorded at any stage.
  }

  private void guardStage(StageEntered s) {
    requireOpen(s);
    if (stage.next().filter(n -> n == s.stage()).isEmpty()) {
      throw refuse(s, s.stage(), LifecycleRule.STAGE_ORDER, List.of());
    }
    switch (s.stage()) {
      case ASSESSMENT -> {
        boolean eligible = eligibility.map(EligibilityDecision::outcome).orElse(null)
            == Outcome.ELIGIBLE;
        boolean accepted = eligibility.map(EligibilityDecision::outcome).orElse(null)
            == Outcome.MANUAL_REVIEW && review.orElse(null) == ReviewOutcome.ACCEPTED;
        if (!eligible && !accepted) {
          throw refuse(s, s.stage(), LifecycleRule.INTAKE_ELIGIBLE, List.of());
        }
      }
      case COMMUNICATION -> {
        requireConsents(s, s.stage(), processType, LifecycleRule.COMMUNICATION_CONSENT);
        requireSafety(s, s.stage());
      }
      case AGREEMENT -> requireConsents(s, s.stage(), processType,
          LifecycleRule.CONSENT_AT_EVERY_STAGE);
      case FOLLOW_UP -> {
        requireConsents(s, s.stage(), processType, LifecycleRule.CONSENT_AT_EVERY_STAGE);
        if (agreement.filter(Agreement::isReached).isEmpty()) {
          throw refuse(s, s.stage(), LifecycleRule.FOLLOW_UP_AGREEMENT, List.of());
        }
      }
      default -> { }
    }
  }

  private void guardClose(CaseClosed c) {
    requireOpen(c);
    boolean allowed = switch (c.reason()) {
      case COMPLETED -> (stage == ProcessStage.COMMUNICATION && !processType.needsAgreement())
          || (stage == ProcessStage.FOLLOW_UP
              && agreement.filter(Agreement::isCompleted).isPresent());
      case AGREEMENT_NOT_COMPLETED -> stage == ProcessStage.FOLLOW_UP && agreement
          .filter(a -> a.isFollowedUp() && !a.isCompleted()).isPresent();
      case NO_AGREEMENT -> stage == ProcessStage.COMMUNICATION || stage == ProcessStage.AGREEMENT;
      case WITHDRAWN -> false;
      case INELIGIBLE -> (stage == ProcessStage.REFERRAL || stage == ProcessStage.INTAKE)
          && (eligibility.map(EligibilityDecision::outcome).orElse(null) == Outcome.INELIGIBLE
              || review.orElse(null) == ReviewOutcome.DECLINED);
      case UNSUITABLE -> stage != ProcessStage.FOLLOW_UP;
      case SAFETY -> true;
    };
    if (!allowed) {
      LifecycleRule rule = switch (c.reason()) {
        case COMPLETED -> LifecycleRule.CLOSE_COMPLETED;
        case AGREEMENT_NOT_COMPLETED -> LifecycleRule.CLOSE_NOT_COMPLETED;
        case NO_AGREEMENT -> LifecycleRule.CLOSE_NO_AGREEMENT;
        case WITHDRAWN -> LifecycleRule.CLOSE_WITHDRAWN;
        case INELIGIBLE -> LifecycleRule.CLOSE_INELIGIBLE;
        case UNSUITABLE -> LifecycleRule.CLOSE_UNSUITABLE;
        case SAFETY -> LifecycleRule.CASE_CLOSED;
      };
      throw refuse(c, ProcessStage.CLOSED, rule, List.of());
    }
  }

  private void guardTypeChange(ProcessTypeChanged t) {
    requireOpen(t);
    if (stage == ProcessStage.FOLLOW_UP || t.processType() == processType) {
      throw refuse(t, LifecycleRule.PROCESS_TYPE_CHANGE);
    }
    if (stage.isCommunicatingOrLater()) {
      requireConsents(t, stage, t.processType(), LifecycleRule.COMMUNICATION_CONSENT);
      if (t.processType().relaysMessages() != processType.relaysMessages()
          && messages.stream().anyMatch(m -> m.status() == MessageStatus.SUBMITTED)) {
        throw refuse(t, LifecycleRule.MESSAGE_REVIEW);
      }
    } else {
      for (ProcessRole role : ProcessRole.values()) {
        if (t.processType().participation(role) == Participation.REQUIRED
            && participants.stream().anyMatch(p -> p.processRole() == role)
            && participants.stream().filter(p -> p.processRole() == role)
                .allMatch(p -> hasWithdrawn(p.id()))) {
          throw refuse(t, LifecycleRule.PROCESS_TYPE_CHANGE);
        }
      }
    }
  }

  private void guardSubmission(MessageSubmitted m) {
    requireOpen(m);
    Enrolment author = enrolled(m.author());
    Enrolment recipient = enrolled(m.recipient());
    checkArgument(message(m.id()).isEmpty(), "message id already used in the case");
    if (!stage.isCommunicatingOrLater() || !processType.relaysMessages()
        || !processType.channels().contains(m.channel())
        || !processType.participation(author.processRole()).takesPart()
        || !processType.participation(recipient.processRole()).takesPart()) {
      throw refuse(m, LifecycleRule.MESSAGE_RELAYED);
    }
    requireMessageConsent(m, m.author(), m.recipient());
  }

  private void requireMessageConsent(ProcessEvent e, ParticipantId author,
      ParticipantId recipient) {
    List<ParticipantId> missing = new ArrayList<>();
    if (!isCurrent(author, e.on())) {
      missing.add(author);
    }
    if (!isCurrent(recipient, e.on())) {
      missing.add(recipient);
    }
    if (!missing.isEmpty()) {
      throw refuse(e, stage, LifecycleRule.MESSAGE_CONSENT, missing);
    }
  }

  // ---------------------------------------------------------------- consequences

  private boolean roleUncovered(ProcessRole role, LocalDate on) {
    return participants.stream().filter(p -> p.processRole() == role).noneMatch(p ->
        stage.isCommunicatingOrLater() ? isCurrent(p.id(), on) : !hasWithdrawn(p.id()));
  }

  private List<ProcessEvent> consequencesOf(ProcessEvent e) {
    if (stage == ProcessStage.CLOSED) {
      return List.of();
    }
    if (e instanceof ConsentWithdrawn w) {
      ProcessRole role = enrolled(w.participant()).processRole();
      if (processType.participation(role) == Participation.REQUIRED
          && roleUncovered(role, w.on())) {
        return List.of(new CaseClosed(w.on(), ClosureReason.WITHDRAWN));
      }
    } else if (e instanceof ConsentGiven g && stage.isCommunicatingOrLater()) {
      ProcessRole role = enrolled(g.participant()).processRole();
      if (processType.participation(role) == Participation.REQUIRED
          && roleUncovered(role, g.on())) {
        return List.of(new StageEntered(g.on(), ProcessStage.PREPARATION));
      }
    } else if (e instanceof SafetyAssessed s && s.riskToVictim() == RiskLevel.DANGER
        && (stage == ProcessStage.COMMUNICATION || stage == ProcessStage.AGREEMENT)) {
      return List.of(new StageEntered(s.on(), ProcessStage.PREPARATION));
    }
    return List.of();
  }

  // ---------------------------------------------------------------- fold

  /** The mutable accumulator of the fold; never escapes this class. */
  private static final class State {
    CaseId caseId;
    ProgrammeId programme;
    ParticipantId requestedBy;
    ProcessType processType;
    ProcessStage stage;
    Optional<ClosureReason> closure;
    List<Enrolment> participants;
    Optional<EligibilityDecision> eligibility;
    Optional<ReviewOutcome> review;
    ConsentHistory consents;
    Set<ParticipantId> declined;
    List<SafetyAssessment> safety;
    List<Meeting> meetings;
    List<Message> messages;
    List<Statement> statements;
    Optional<Agreement> agreement;
    Map<RecipientKind, Set<ParticipantId>> disclosureAgreements;
    Map<RecipientKind, Set<ExceptionGround>> exceptions;
    List<DisclosureDecision> disclosures;
    List<ProcessEvent> history;

    private State() {}

    State(ProcessCase c) {
      caseId = c.caseId;
      programme = c.programme;
      requestedBy = c.requestedBy;
      processType = c.processType;
      stage = c.stage;
      closure = c.closure;
      participants = new ArrayList<>(c.participants);
      eligibility = c.eligibility;
      review = c.review;
      consents = c.consents;
      declined = new TreeSet<>(c.declined);
      safety = new ArrayList<>(c.safety);
      meetings = new ArrayList<>(c.meetings);
      messages = new ArrayList<>(c.messages);
      statements = new ArrayList<>(c.statements);
      agreement = c.agreement;
      disclosureAgreements = new EnumMap<>(RecipientKind.class);
      c.disclosureAgreements.forEach((k, v) -> disclosureAgreements.put(k, new TreeSet<>(v)));
      exceptions = new EnumMap<>(RecipientKind.class);
      c.exceptions.forEach((k, v) -> exceptions.put(k, EnumSet.copyOf(v)));
      disclosures = new ArrayList<>(c.disclosures);
      history = new ArrayList<>(c.history);
    }

    static State opened(CaseOpened o) {
      State s = new State();
      s.caseId = o.caseId();
      s.programme = o.programme();
      s.requestedBy = o.requestedBy();
      s.processType = o.processType();
      s.stage = ProcessStage.REFERRAL;
      s.closure = Optional.empty();
      s.participants = new ArrayList<>(o.participants());
      s.eligibility = Optional.empty();
      s.review = Optional.empty();
      s.consents = ConsentHistory.EMPTY;
      s.declined = new TreeSet<>();
      s.safety = new ArrayList<>();
      s.meetings = new ArrayList<>();
      s.messages = new ArrayList<>();
      s.statements = new ArrayList<>();
      s.agreement = Optional.empty();
      s.disclosureAgreements = new EnumMap<>(RecipientKind.class);
      s.exceptions = new EnumMap<>(RecipientKind.class);
      s.disclosures = new ArrayList<>();
      s.history = new ArrayList<>(List.of(o));
      return s;
    }

    private void requireEnrolled(ParticipantId id) {
      checkArgument(participants.stream().anyMatch(p -> p.id().equals(id)),
          "participant is not enrolled in the case");
    }

    private int messageIndex(MessageId id) {
      for (int i = 0; i < messages.size(); i++) {
        if (messages.get(i).id().equals(id)) {
          return i;
        }
      }
      throw new IllegalArgumentException("no message with this id");
    }

    private Agreement requireAgreement() {
      return agreement.orElseThrow(() -> new IllegalArgumentException("no agreement proposed"));
    }

    void evolve(ProcessEvent e) {
      checkArgument(!(e instanceof CaseOpened), "a history opens the case once");
      checkArgument(!e.on().isBefore(history.get(history.size() - 1).on()),
          "on must not be before the previous event");
      if (e instanceof ParticipantEnrolled p) {
        checkArgument(participants.stream().noneMatch(x -> x.id().equals(p.enrolment().id())),
            "participant already enrolled");
        participants.add(p.enrolment());
      } else if (e instanceof StageEntered s) {
        stage = s.stage();
      } else if (e instanceof CaseClosed c) {
        stage = ProcessStage.CLOSED;
        closure = Optional.of(c.reason());
      } else if (e instanceof CaseReopened) {
        stage = ProcessStage.PREPARATION;
        closure = Optional.empty();
      } else if (e instanceof EligibilityRecorded r) {
        eligibility = Optional.of(r.decision());
        review = Optional.empty();
      } else if (e instanceof ReviewRecorded r) {
        review = Optional.of(r.outcome());
      } else if (e instanceof ConsentGiven g) {
        requireEnrolled(g.participant());
        consents = consents.with(new ConsentRecord(g.participant(), g.on(),
            Optional.of(g.informed()), Optional.of(g.form()), Optional.empty()));
        declined.remove(g.participant());
      } else if (e instanceof ConsentWithdrawn w) {
        requireEnrolled(w.participant());
        withdraw(w);
      } else if (e instanceof SafetyAssessed a) {
        safety.add(new SafetyAssessment(a.on(), a.riskToVictim()));
      } else if (e instanceof ProcessTypeChanged t) {
        processType = t.processType();
      } else if (e instanceof MeetingScheduled m) {
        meetings.add(m.meeting());
      } else if (e instanceof MessageSubmitted m) {
        requireEnrolled(m.author());
        requireEnrolled(m.recipient());
        checkArgument(messages.stream().noneMatch(x -> x.id().equals(m.id())),
            "message id already used in the case");
        messages.add(new Message(m.id(), m.on(), m.author(), m.recipient(), m.channel(),
            m.content(), MessageStatus.SUBMITTED, Optional.empty()));
      } else if (e instanceof MessageRelayed r) {
        int i = messageIndex(r.id());
        messages.set(i, messages.get(i).reviewed(MessageStatus.RELAYED, r.on()));
      } else if (e instanceof MessageReturned r) {
        int i = messageIndex(r.id());
        messages.set(i, messages.get(i).reviewed(MessageStatus.RETURNED, r.on()));
      } else if (e instanceof StatementRecorded s) {
        requireEnrolled(s.author());
        statements.add(new Statement("S" + (statements.size() + 1), s.on(), s.author(),
            s.content()));
      } else if (e instanceof AgreementProposed a) {
        agreement = Optional.of(Agreement.proposed(a.on(), a.items()));
      } else if (e instanceof AgreementAssented a) {
        agreement = Optional.of(requireAgreement().withAssent(a.item(), a.party()));
      } else if (e instanceof ItemFollowedUp f) {
        agreement = Optional.of(requireAgreement().withStatus(f.item(), f.status()));
      } else if (e instanceof DisclosureAgreed d) {
        requireEnrolled(d.party());
        disclosureAgreements.computeIfAbsent(d.recipient(), k -> new TreeSet<>()).add(d.party());
      } else if (e instanceof ExceptionEstablished x) {
        exceptions.computeIfAbsent(x.recipient(), k -> EnumSet.noneOf(ExceptionGround.class))
            .add(x.ground());
      } else if (e instanceof DisclosureRecorded d) {
        disclosures.add(d.decision());
      }
      history.add(e);
    }

    private void withdraw(ConsentWithdrawn w) {
      CurrentConsent latest = consents.currentOn(w.participant(), w.on());
      if (latest.record().isPresent() && latest.status() != ConsentStatus.WITHDRAWN) {
        ConsentRecord r = latest.record().get();
        List<ConsentRecord> records = new ArrayList<>(consents.records());
        int i = records.lastIndexOf(r);
        records.set(i, r.withdrawn(w.on()));
        consents = new ConsentHistory(records);
      } else {
        declined.add(w.participant());
      }
    }
  }
}
