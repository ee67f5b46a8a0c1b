package org.rjkit.process.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.lang.reflect.RecordComponent;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.consent.ConsentHistory;
import org.rjkit.core.consent.CurrentConsent;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.core.safety.SafetyAssessment;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.screening.Screener;
import org.rjkit.process.agreement.Agreement;
import org.rjkit.process.communication.RelayedMessage;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.communication.Statement;
import org.rjkit.process.confidentiality.ContentRef;
import org.rjkit.process.confidentiality.DisclosureDecision;
import org.rjkit.process.confidentiality.ExceptionGround;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.confidentiality.Trusted;
import org.rjkit.process.lifecycle.ProcessEvent.CaseOpened;
import org.rjkit.process.lifecycle.ProcessEvent.EligibilityRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessEvent.ExceptionEstablished;
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
 *
 * @since 1.0
 */
public final class ProcessCase {

  private final CaseId caseId;
  private final ProgrammeId programme;
  private final ParticipantId requestedBy;
  private final ProcessType processType;
  private final ProcessStage stage;
  private final Optional<ClosureReason> closure;
  private final Optional<ProcessStage> closedFrom;
  private final List<Enrolment> participants;
  private final ScreeningState screening;
  private final ConsentState consents;
  private final CommunicationState communication;
  private final Optional<Agreement> agreement;
  private final DisclosureState disclosures;
  private final List<ProcessEvent> history;
  private final Optional<CaseFileLink> link;

  /**
   * The library classes that record disclosures: the disclosure entry point, and the storage
   * reader and writer, which replay a stored history.
   */
  private static final Set<String> DISCLOSURE_RECORDERS = ImmutableSortedSet.of(
      Trusted.DISCLOSURES, Trusted.HISTORY_STORAGE_READER, Trusted.HISTORY_STORAGE_WRITER);

  private ProcessCase(Fold s) {
    this.caseId = s.caseId;
    this.programme = s.programme;
    this.requestedBy = s.requestedBy;
    this.processType = s.processType;
    this.stage = s.stage;
    this.closure = s.closure;
    this.closedFrom = s.closedFrom;
    this.participants = ImmutableList.copyOf(s.participants);
    this.screening = s.screening;
    this.consents = s.consents;
    this.communication = s.communication;
    this.agreement = s.agreement;
    this.disclosures = s.disclosures;
    this.history = ImmutableList.copyOf(s.history);
    this.link = s.link;
  }

  /**
   * Opens a case at REFERRAL.
   *
   * @param opened not null
   * @return the case, whose history is {@code [opened]}
   */
  public static ProcessCase open(CaseOpened opened) {
    checkNotNull(opened, "opened");
    return new ProcessCase(Fold.opened(opened));
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
    checkArgument(history.get(0).kind() == EventKind.CASE_OPENED,
        "a history starts with CaseOpened");
    Fold s = Fold.opened((CaseOpened) history.get(0));
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
    checkArgument(event.kind() != EventKind.CASE_OPENED,
        "a case is opened once, by ProcessCase.open");
    checkArgument(!event.on().isBefore(asOf()), "on must not be before the last event");
    if (event.kind() == EventKind.DISCLOSURE_RECORDED && !Trusted.callerOfIsOneOf(
        ProcessCase.class,
        DISCLOSURE_RECORDERS)) {
      throw refuse(event, LifecycleRule.DISCLOSURE_RECORDED);
    }
    ProcessCase c = screenedFor(event);
    new Guards(c).check(event);
    Fold s = new Fold(c);
    s.evolve(event);
    ProcessCase after = new ProcessCase(s);
    for (ProcessEvent next : new Consequences(after).of(event)) {
      s.evolve(next);
    }
    return new ProcessCase(s);
  }

  /**
   * This case, with the programme's screening of its current facts recorded first when the
   * event is a gate that reads it and the case is linked to its case file: entering ASSESSMENT,
   * COMMUNICATION or AGREEMENT from the stage before, or a review at intake or before. Recorded
   * only when it says something else than the latest screening recorded, so that a review of
   * that screening still counts.
   */
  private ProcessCase screenedFor(ProcessEvent event) {
    if (link.isEmpty() || stage == ProcessStage.CLOSED || !readsScreening(event)) {
      return this;
    }
    EligibilityDecision now = link.get().screen(this, event.on());
    if (screening.decision().filter(d -> CaseFileLink.sameDecision(d, now)).isPresent()) {
      return this;
    }
    return record(new EligibilityRecorded(event.on(), now));
  }

  private boolean readsScreening(ProcessEvent event) {
    return switch (event.kind()) {
      case STAGE_ENTERED -> {
        ProcessStage to = ((StageEntered) event).stage();
        yield stage.next().filter(n -> n == to).isPresent() && (to == ProcessStage.ASSESSMENT
            || to == ProcessStage.COMMUNICATION || to == ProcessStage.AGREEMENT);
      }
      case REVIEW_RECORDED -> stage.compareTo(ProcessStage.COMMUNICATION) <= 0;
      case CASE_OPENED, PARTICIPANT_ENROLLED, CASE_CLOSED, CASE_REOPENED, ELIGIBILITY_RECORDED,
          CONSENT_GIVEN, CONSENT_WITHDRAWN, SAFETY_ASSESSED, PROCESS_TYPE_CHANGED,
          MEETING_SCHEDULED, MEETING_CANCELLED, MESSAGE_SUBMITTED, MESSAGE_RELAYED,
          MESSAGE_RETURNED, STATEMENT_RECORDED, AGREEMENT_PROPOSED, AGREEMENT_ASSENTED,
          ITEM_FOLLOWED_UP, DISCLOSURE_AGREED, DISCLOSURE_AGREEMENT_REVOKED,
          EXCEPTION_ESTABLISHED, EXCEPTION_REVOKED, DISCLOSURE_RECORDED,
          WITHDRAWAL_FLAGGED -> false;
    };
  }

  /**
   * This case linked to the case file it was taken on with: participants, consents and safety
   * are then entered once. At each gate that needs the programme's decision (intake,
   * communication, agreement) and before a review, the case screens its current facts ({@link
   * #currentFacts(LocalDate)}: the linked case file with the consents and safety assessments
   * recorded in the process) with the programme's own rules, and records that screening in its
   * history before the gate reads it, unless it says the same as the latest screening recorded.
   * The vendor never keeps a second copy of the consents or the assessments, and never screens
   * again by hand. The link is not part of the history: a case loaded or replayed from its
   * history is not linked (its gates read the screenings the history records, which are those
   * the linked case recorded), and {@link #equals(Object)} ignores it. Events recorded on a
   * linked case give linked cases.
   *
   * @param intake the screening request the case was taken on with: the case's programme, its
   *     case file (the case's id) and the participant who asked for the process; not null
   * @param screener a screener whose registry knows the case's programme, not null
   * @return the linked case
   * @throws IllegalArgumentException if the request is not for this case, or the screener does
   *     not know the programme
   */
  public ProcessCase linkedTo(ScreeningRequest intake, Screener screener) {
    checkNotNull(intake, "intake");
    checkNotNull(screener, "screener");
    CaseFileLink.checkFor(this, intake);
    checkArgument(screener.registry().find(programme).isPresent(),
        "screener must know the case's programme");
    Fold s = new Fold(this);
    s.link = Optional.of(new CaseFileLink(intake, screener));
    return new ProcessCase(s);
  }

  /** {@return whether the case is linked to its case file ({@link #linkedTo})} */
  public boolean isLinked() {
    return link.isPresent();
  }

  /**
   * The facts the programme's rules read on a date, for a linked case: the linked case file with
   * the consent acts (given, withdrawn, refused) and the safety assessments recorded in the
   * process up to that date, as a screening request for that date. What the gates screen.
   *
   * @param on not null
   * @return the screening request of the current facts
   * @throws IllegalStateException if the case is not linked
   */
  public ScreeningRequest currentFacts(LocalDate on) {
    checkNotNull(on, "on");
    return link.orElseThrow(() -> new IllegalStateException("the case is not linked to a case "
        + "file")).factsOn(this, on);
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

  /** {@return the case} */
  public CaseId caseId() {
    return caseId;
  }

  /** {@return the programme that runs the process} */
  public ProgrammeId programme() {
    return programme;
  }

  /** {@return the participant who asked for the process} */
  public ParticipantId requestedBy() {
    return requestedBy;
  }

  /** {@return the current process type} */
  public ProcessType processType() {
    return processType;
  }

  /** {@return the current stage} */
  public ProcessStage stage() {
    return stage;
  }

  /** {@return why the case was closed, present exactly when the stage is CLOSED} */
  public Optional<ClosureReason> closure() {
    return closure;
  }

  /** {@return the participants, in enrolment order} */
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

  /** {@return the latest screening decision recorded} */
  public Optional<EligibilityDecision> eligibility() {
    return screening.decision();
  }

  /** {@return the review of the latest screening decision, if one was recorded after it} */
  public Optional<ReviewOutcome> review() {
    return screening.review();
  }

  /** {@return every consent record, in the core consent model (given, withdrawn, given again)} */
  public ConsentHistory consents() {
    return consents.records();
  }

  /**
   * A participant's consent on a date.
   *
   * @param participant not null
   * @param on not null
   * @return the consent as it stands
   */
  public CurrentConsent consentOn(ParticipantId participant, LocalDate on) {
    return consents.on(participant, on);
  }

  /**
   * Whether a participant's latest word is a withdrawal (of a consent, or a refusal before any).
   *
   * @param participant not null
   * @return true when withdrawn and not given again
   */
  public boolean hasWithdrawn(ParticipantId participant) {
    checkNotNull(participant, "participant");
    return consents.hasWithdrawn(participant);
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
    return consents.check(type, participants, on);
  }

  /** {@return every safety assessment, in order} */
  public List<SafetyAssessment> safetyAssessments() {
    return communication.safety();
  }

  /**
   * The safety assessment that counts on a date: the latest on or before it.
   *
   * @param on not null
   * @return the assessment, if any
   */
  public Optional<SafetyAssessment> safetyOn(LocalDate on) {
    return SafetyAssessment.latestOn(communication.safety(), on);
  }

  /** {@return every meeting scheduled, in order} */
  public List<Meeting> meetings() {
    return communication.meetings();
  }

  /** {@return every message, in submission order} */
  public List<RelayedMessage> messages() {
    return communication.messages();
  }

  /**
   * A message.
   *
   * @param id not null
   * @return the message, if there is one with this id
   */
  public Optional<RelayedMessage> message(MessageId id) {
    checkNotNull(id, "id");
    return communication.message(id);
  }

  /** {@return every statement recorded, in order} */
  public List<Statement> statements() {
    return communication.statements();
  }

  /** {@return the outcome agreement, once proposed} */
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
    List<ParticipantId> parties = participants.stream()
        .filter(p -> p.processRole().isParty()).map(Enrolment::id).toList();
    return disclosures.establishedExceptions(recipient, on, parties);
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
    return disclosures.openedItems(recipient, ground, on, communication, agreement);
  }

  /** {@return every content item of the case: messages, statements and agreement items} */
  public Set<ContentRef> contentItems() {
    ImmutableSortedSet.Builder<ContentRef> out = ImmutableSortedSet.naturalOrder();
    communication.messages().forEach(m -> out.add(ContentRef.message(m.id().value())));
    communication.statements().forEach(st -> out.add(ContentRef.statement(st.id())));
    agreement.ifPresent(a -> a.items().forEach(i ->
        out.add(ContentRef.agreementItem(i.id().value()))));
    return out.build();
  }

  /** {@return the exceptions established and not revoked, in order} */
  public List<ExceptionEstablished> exceptions() {
    return disclosures.exceptions();
  }

  /**
   * {@return whether a meeting (numbered from 1) was cancelled}
   *
   * @param meeting the meeting's index in the order scheduled, from 0
   */
  public boolean isCancelled(int meeting) {
    return communication.cancelled().contains(meeting);
  }

  /** {@return every disclosure decision recorded, in order} */
  public List<DisclosureDecision> disclosures() {
    return disclosures.decisions();
  }

  /** {@return the history, in order; the first event opened the case} */
  public List<ProcessEvent> history() {
    return history;
  }

  /** {@return the date of the last event} */
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

  // ---------------------------------------------------------------- internals

  private TransitionRefusedException refuse(ProcessEvent e, LifecycleRule rule) {
    return new TransitionRefusedException(caseId, stage, stage, e.getClass().getSimpleName(),
        rule, List.of());
  }

  /** The standing agreements to disclosure, by recipient kind and participant (for the guards). */
  Map<RecipientKind, Map<ParticipantId, LocalDate>> disclosureAgreements() {
    return disclosures.agreements();
  }

  /** The link to the case file, if linked. */
  Optional<CaseFileLink> link() {
    return link;
  }

  /** The stage the case was closed from, while it is closed. */
  Optional<ProcessStage> closedFrom() {
    return closedFrom;
  }

  /** The screening part of the state. */
  ScreeningState screening() {
    return screening;
  }

  /** The consent part of the state. */
  ConsentState consentState() {
    return consents;
  }

  /** The communication part of the state. */
  CommunicationState communication() {
    return communication;
  }

  /** The disclosure part of the state. */
  DisclosureState disclosureState() {
    return disclosures;
  }
}
