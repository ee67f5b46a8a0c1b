package org.rjkit.process.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
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
import java.util.TreeMap;
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
import org.rjkit.core.truth.Truth;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.process.agreement.Agreement;
import org.rjkit.process.agreement.AgreementItem;
import org.rjkit.process.communication.Message;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.communication.MessageStatus;
import org.rjkit.process.communication.Statement;
import org.rjkit.process.confidentiality.ContentRef;
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
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureAgreementRevoked;
import org.rjkit.process.lifecycle.ProcessEvent.ExceptionRevoked;
import org.rjkit.process.lifecycle.ProcessEvent.WithdrawalFlagged;
import org.rjkit.process.lifecycle.ProcessEvent.MeetingCancelled;
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
  private final Map<RecipientKind, Map<ParticipantId, LocalDate>> disclosureAgreements;
  private final List<ExceptionEstablished> exceptionsEstablished;
  private final Set<Integer> meetingsCancelled;
  private final Optional<ProcessStage> closedFrom;
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
    EnumMap<RecipientKind, Map<ParticipantId, LocalDate>> da = new EnumMap<>(RecipientKind.class);
    s.disclosureAgreements.forEach((k, v) -> da.put(k, ImmutableSortedMap.copyOf(v)));
    this.disclosureAgreements = Maps.immutableEnumMap(da);
    this.exceptionsEstablished = ImmutableList.copyOf(s.exceptionsEstablished);
    this.meetingsCancelled = ImmutableSortedSet.copyOf(s.meetingsCancelled);
    this.closedFrom = s.closedFrom;
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
    new Guards(this).check(event);
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
   * The exception grounds established in this case for a kind of recipient on the date of the
   * last event: those a facilitator established that hold and were not revoked, and {@link
   * ExceptionGround#PARTY_AGREEMENT} when every party (harmed and responsible) enrolled has a
   * standing agreement to disclosure to it.
   *
   * @param recipient not null
   * @return the grounds, in declaration order
   */
  public Set<ExceptionGround> establishedExceptions(RecipientKind recipient) {
    return establishedExceptions(recipient, asOf());
  }

  /**
   * The exception grounds established for a kind of recipient on a date.
   *
   * @param recipient not null
   * @param on not null
   * @return the grounds, in declaration order
   */
  public Set<ExceptionGround> establishedExceptions(RecipientKind recipient, LocalDate on) {
    checkNotNull(recipient, "recipient");
    checkNotNull(on, "on");
    EnumSet<ExceptionGround> grounds = EnumSet.noneOf(ExceptionGround.class);
    exceptionsEstablished.stream().filter(x -> x.recipient() == recipient && x.holdsOn(on))
        .forEach(x -> grounds.add(x.ground()));
    Map<ParticipantId, LocalDate> agreed = disclosureAgreements.getOrDefault(recipient, Map.of());
    List<ParticipantId> parties = participants.stream()
        .filter(p -> p.processRole().isParty()).map(Enrolment::id).toList();
    if (!parties.isEmpty() && agreed.keySet().containsAll(parties)) {
      grounds.add(ExceptionGround.PARTY_AGREEMENT);
    }
    return Sets.immutableEnumSet(grounds);
  }

  /**
   * The content items an exception ground opens to a kind of recipient on a date: for an
   * established exception, exactly the items it names; for {@link
   * ExceptionGround#PARTY_AGREEMENT}, the items every one of whose speakers agreed to the
   * disclosure after the item was recorded (supporters and community members included).
   *
   * @param recipient not null
   * @param ground not null
   * @param on not null
   * @return the items, in kind and id order
   */
  public Set<ContentRef> openedItems(RecipientKind recipient, ExceptionGround ground,
      LocalDate on) {
    checkNotNull(recipient, "recipient");
    checkNotNull(ground, "ground");
    checkNotNull(on, "on");
    if (!establishedExceptions(recipient, on).contains(ground)) {
      return ImmutableSortedSet.of();
    }
    if (ground != ExceptionGround.PARTY_AGREEMENT) {
      return exceptionsEstablished.stream()
          .filter(x -> x.recipient() == recipient && x.ground() == ground && x.holdsOn(on))
          .flatMap(x -> x.items().stream())
          .collect(ImmutableSortedSet.toImmutableSortedSet(java.util.Comparator.naturalOrder()));
    }
    Map<ParticipantId, LocalDate> agreed = disclosureAgreements.getOrDefault(recipient, Map.of());
    ImmutableSortedSet.Builder<ContentRef> out = ImmutableSortedSet.naturalOrder();
    for (Message m : messages) {
      if (agreedSince(agreed, List.of(m.author()), m.submittedOn())) {
        out.add(ContentRef.message(m.id().value()));
      }
    }
    for (Statement st : statements) {
      if (agreedSince(agreed, List.of(st.author()), st.on())) {
        out.add(ContentRef.statement(st.id()));
      }
    }
    agreement.ifPresent(a -> a.items().forEach(i -> {
      if (agreedSince(agreed, i.concerned(), a.proposedOn())) {
        out.add(ContentRef.agreementItem(i.id().value()));
      }
    }));
    return out.build();
  }

  private static boolean agreedSince(Map<ParticipantId, LocalDate> agreed,
      List<ParticipantId> speakers, LocalDate recorded) {
    return speakers.stream().allMatch(p -> agreed.containsKey(p)
        && !agreed.get(p).isBefore(recorded));
  }

  /** Every content item of the case: messages, statements and agreement items. */
  public Set<ContentRef> contentItems() {
    ImmutableSortedSet.Builder<ContentRef> out = ImmutableSortedSet.naturalOrder();
    messages.forEach(m -> out.add(ContentRef.message(m.id().value())));
    statements.forEach(st -> out.add(ContentRef.statement(st.id())));
    agreement.ifPresent(a -> a.items().forEach(i ->
        out.add(ContentRef.agreementItem(i.id().value()))));
    return out.build();
  }

  /** The exceptions established and not revoked, in order. */
  public List<ExceptionEstablished> exceptions() {
    return exceptionsEstablished;
  }

  /** Whether a meeting (numbered from 1) was cancelled. */
  public boolean isCancelled(int meeting) {
    return meetingsCancelled.contains(meeting);
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

  // ---------------------------------------------------------------- consequences

  private TransitionRefusedException refuse(ProcessEvent e, LifecycleRule rule) {
    return new TransitionRefusedException(caseId, stage, stage, e.getClass().getSimpleName(),
        rule, List.of());
  }

  private Enrolment enrolled(ParticipantId id) {
    return participant(id).orElseThrow(() -> new IllegalArgumentException(
        "participant is not enrolled in the case"));
  }

  private boolean isCurrent(ParticipantId id, LocalDate on) {
    return consentOn(id, on).status().isCurrent();
  }

  /** The standing agreements to disclosure, by recipient kind and participant (for the guards). */
  Map<RecipientKind, Map<ParticipantId, LocalDate>> disclosureAgreements() {
    return disclosureAgreements;
  }

  private boolean roleUncovered(ProcessRole role, LocalDate on) {
    return participants.stream().filter(p -> p.processRole() == role).noneMatch(p ->
        stage.isCommunicatingOrLater() ? isCurrent(p.id(), on) : !hasWithdrawn(p.id()));
  }

  /** The events that follow at once from an event just folded into this case. */
  private List<ProcessEvent> consequencesOf(ProcessEvent e) {
    if (stage == ProcessStage.CLOSED) {
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
        if (processType.participation(role) == Participation.REQUIRED
            && roleUncovered(role, w.on())) {
          out.add(new CaseClosed(w.on(), ClosureReason.WITHDRAWN));
        }
      }
      case CONSENT_GIVEN -> {
        ConsentGiven g = (ConsentGiven) e;
        ProcessRole role = enrolled(g.participant()).processRole();
        if (stage.isCommunicatingOrLater()
            && processType.participation(role) == Participation.REQUIRED
            && roleUncovered(role, g.on())) {
          out.add(new StageEntered(g.on(), ProcessStage.PREPARATION));
        }
      }
      case SAFETY_ASSESSED -> {
        SafetyAssessed sa = (SafetyAssessed) e;
        if (sa.riskToVictim() == RiskLevel.DANGER) {
          for (int i = 0; i < meetings.size(); i++) {
            if (!meetingsCancelled.contains(i + 1)
                && !meetings.get(i).meetingOn().isBefore(sa.on())) {
              out.add(new MeetingCancelled(sa.on(), i + 1));
            }
          }
          if (stage == ProcessStage.COMMUNICATION || stage == ProcessStage.AGREEMENT) {
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
    boolean required = processType.participation(role) == Participation.REQUIRED;
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
      case MESSAGE_RELAYED -> message(((MessageRelayed) e).id())
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

  // ---------------------------------------------------------------- fold

  /** The mutable accumulator of the fold; never escapes this class. */
  private static final class State {
    CaseId caseId;
    ProgrammeId programme;
    ParticipantId requestedBy;
    ProcessType processType;
    ProcessStage stage;
    Optional<ClosureReason> closure;
    Optional<ProcessStage> closedFrom;
    List<Enrolment> participants;
    Optional<EligibilityDecision> eligibility;
    Optional<ReviewOutcome> review;
    ConsentHistory consents;
    Set<ParticipantId> declined;
    List<SafetyAssessment> safety;
    List<Meeting> meetings;
    Set<Integer> meetingsCancelled;
    List<Message> messages;
    List<Statement> statements;
    Optional<Agreement> agreement;
    Map<RecipientKind, Map<ParticipantId, LocalDate>> disclosureAgreements;
    List<ExceptionEstablished> exceptionsEstablished;
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
      closedFrom = c.closedFrom;
      participants = new ArrayList<>(c.participants);
      eligibility = c.eligibility;
      review = c.review;
      consents = c.consents;
      declined = new TreeSet<>(c.declined);
      safety = new ArrayList<>(c.safety);
      meetings = new ArrayList<>(c.meetings);
      meetingsCancelled = new TreeSet<>(c.meetingsCancelled);
      messages = new ArrayList<>(c.messages);
      statements = new ArrayList<>(c.statements);
      agreement = c.agreement;
      disclosureAgreements = new EnumMap<>(RecipientKind.class);
      c.disclosureAgreements.forEach((k, v) -> disclosureAgreements.put(k, new TreeMap<>(v)));
      exceptionsEstablished = new ArrayList<>(c.exceptionsEstablished);
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
      s.closedFrom = Optional.empty();
      s.participants = new ArrayList<>(o.participants());
      s.eligibility = Optional.empty();
      s.review = Optional.empty();
      s.consents = ConsentHistory.EMPTY;
      s.declined = new TreeSet<>();
      s.safety = new ArrayList<>();
      s.meetings = new ArrayList<>();
      s.meetingsCancelled = new TreeSet<>();
      s.messages = new ArrayList<>();
      s.statements = new ArrayList<>();
      s.agreement = Optional.empty();
      s.disclosureAgreements = new EnumMap<>(RecipientKind.class);
      s.exceptionsEstablished = new ArrayList<>();
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
        case ELIGIBILITY_RECORDED -> {
          eligibility = Optional.of(((EligibilityRecorded) e).decision());
          review = Optional.empty();
        }
        case REVIEW_RECORDED -> review = Optional.of(((ReviewRecorded) e).outcome());
        case CONSENT_GIVEN -> {
          ConsentGiven g = (ConsentGiven) e;
          requireEnrolled(g.participant());
          consents = consents.with(new ConsentRecord(g.participant(), g.on(),
              Truth.of(g.informed()), Optional.of(g.form()), Optional.empty()));
          declined.remove(g.participant());
        }
        case CONSENT_WITHDRAWN -> {
          ConsentWithdrawn w = (ConsentWithdrawn) e;
          requireEnrolled(w.participant());
          withdraw(w);
          agreement = agreement.map(a -> a.withoutAssentsOf(w.participant()));
          disclosureAgreements.values().forEach(m -> m.remove(w.participant()));
        }
        case SAFETY_ASSESSED -> {
          SafetyAssessed a = (SafetyAssessed) e;
          safety.add(new SafetyAssessment(a.on(), a.riskToVictim()));
        }
        case PROCESS_TYPE_CHANGED -> processType = ((ProcessTypeChanged) e).processType();
        case MEETING_SCHEDULED -> meetings.add(((MeetingScheduled) e).meeting());
        case MEETING_CANCELLED -> {
          int n = ((MeetingCancelled) e).meeting();
          checkArgument(n <= meetings.size(), "no meeting with this number");
          meetingsCancelled.add(n);
        }
        case MESSAGE_SUBMITTED -> {
          MessageSubmitted m = (MessageSubmitted) e;
          requireEnrolled(m.author());
          requireEnrolled(m.recipient());
          checkArgument(messages.stream().noneMatch(x -> x.id().equals(m.id())),
              "message id already used in the case");
          messages.add(new Message(m.id(), m.on(), m.author(), m.recipient(), m.channel(),
              m.content(), MessageStatus.SUBMITTED, Optional.empty()));
        }
        case MESSAGE_RELAYED -> {
          int i = messageIndex(((MessageRelayed) e).id());
          messages.set(i, messages.get(i).reviewed(MessageStatus.RELAYED, e.on()));
        }
        case MESSAGE_RETURNED -> {
          int i = messageIndex(((MessageReturned) e).id());
          messages.set(i, messages.get(i).reviewed(MessageStatus.RETURNED, e.on()));
        }
        case STATEMENT_RECORDED -> {
          StatementRecorded s = (StatementRecorded) e;
          requireEnrolled(s.author());
          statements.add(new Statement("S" + (statements.size() + 1), s.on(), s.author(),
              s.content()));
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
          disclosureAgreements.computeIfAbsent(d.recipient(), k -> new TreeMap<>())
              .put(d.party(), d.on());
        }
        case DISCLOSURE_AGREEMENT_REVOKED -> {
          DisclosureAgreementRevoked r = (DisclosureAgreementRevoked) e;
          disclosureAgreements.getOrDefault(r.recipient(), new TreeMap<>()).remove(r.party());
        }
        case EXCEPTION_ESTABLISHED -> exceptionsEstablished.add((ExceptionEstablished) e);
        case EXCEPTION_REVOKED -> {
          ExceptionRevoked x = (ExceptionRevoked) e;
          exceptionsEstablished.removeIf(y -> y.ground() == x.ground()
              && y.recipient() == x.recipient());
        }
        case DISCLOSURE_RECORDED -> disclosures.add(((DisclosureRecorded) e).decision());
        case WITHDRAWAL_FLAGGED -> { }
      }
      history.add(e);
    }

    private void withdraw(ConsentWithdrawn w) {
      CurrentConsent latest = consents.currentOn(w.participant(), w.effective());
      if (latest.record().isPresent() && latest.status() != ConsentStatus.WITHDRAWN) {
        ConsentRecord r = latest.record().get();
        List<ConsentRecord> records = new ArrayList<>(consents.records());
        int i = records.lastIndexOf(r);
        records.set(i, r.withdrawn(w.effective()));
        consents = new ConsentHistory(records);
      } else {
        declined.add(w.participant());
      }
    }
  }
}
