package org.rjkit.process.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.process.agreement.AgreementItem;
import org.rjkit.process.agreement.AgreementItemId;
import org.rjkit.process.agreement.ItemStatus;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.confidentiality.ContentRef;
import org.rjkit.process.confidentiality.DisclosureDecision;
import org.rjkit.process.confidentiality.ExceptionGround;
import org.rjkit.process.confidentiality.InformationClass;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.type.Channel;
import org.rjkit.process.type.ProcessType;

/**
 * One immutable fact in a case history. Every event carries the date {@code on} it happened
 * (passed in, never read from a clock). {@link ProcessCase#record(ProcessEvent)} checks the guards
 * before an event joins the history; {@link ProcessCase#replay(List)} folds a history into the same
 * state again.
 *
 * <p>Events that carry what was said or written ({@link MessageSubmitted}, {@link
 * StatementRecorded}, {@link AgreementProposed}) are {@link InformationClass#PROCESS_CONTENT};
 * every other event is {@link InformationClass#ADMINISTRATIVE}. No event's {@code toString()}
 * shows process content.
 *
 * @since 1.0
 */
public sealed interface ProcessEvent {

  /** {@return the date the event happened (for an event entered late, the date it was entered)} */
  LocalDate on();

  /** {@return the kind of event, for exhaustive dispatch and the stored type name} */
  EventKind kind();

  /** {@return the confidentiality class of the event} */
  default InformationClass information() {
    return InformationClass.ADMINISTRATIVE;
  }

  /**
   * A case was opened on a referral or request (GL 785-1 s.1); it starts at REFERRAL.
   *
   * @param on not null
   * @param caseId not null
   * @param programme the programme that runs the process, not null
   * @param processType the process requested, not null
   * @param participants the participants enrolled, not empty, ids unique
   * @param requestedBy the participant who asked, one of {@code participants}
   */
  record CaseOpened(LocalDate on, CaseId caseId, ProgrammeId programme, ProcessType processType,
      List<Enrolment> participants, ParticipantId requestedBy) implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     * @param caseId not null
     * @param programme the programme that runs the process, not null
     * @param processType the process requested, not null
     * @param participants the participants enrolled, not empty, ids unique
     * @param requestedBy the participant who asked, one of {@code participants}
     */
    public CaseOpened {
      checkNotNull(on, "on");
      checkNotNull(caseId, "caseId");
      checkNotNull(programme, "programme");
      checkNotNull(processType, "processType");
      participants = ImmutableList.copyOf(participants);
      checkArgument(!participants.isEmpty(), "participants must not be empty");
      checkArgument(participants.stream().map(Enrolment::id).distinct().count()
          == participants.size(), "participants must not repeat an id");
      checkNotNull(requestedBy, "requestedBy");
      checkArgument(participants.stream().anyMatch(p -> p.id().equals(requestedBy)),
          "requestedBy must be one of the participants");
    }

    @Override
    public EventKind kind() {
      return EventKind.CASE_OPENED;
    }
  }

  /**
   * A participant joined the case.
   *
   * @param on not null
   * @param enrolment not null; its id not yet enrolled
   */
  record ParticipantEnrolled(LocalDate on, Enrolment enrolment) implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     * @param enrolment not null; its id not yet enrolled
     */
    public ParticipantEnrolled {
      checkNotNull(on, "on");
      checkNotNull(enrolment, "enrolment");
    }

    @Override
    public EventKind kind() {
      return EventKind.PARTICIPANT_ENROLLED;
    }
  }

  /**
   * The case entered a stage other than CLOSED.
   *
   * @param on not null
   * @param stage not CLOSED
   */
  record StageEntered(LocalDate on, ProcessStage stage) implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     * @param stage not CLOSED
     */
    public StageEntered {
      checkNotNull(on, "on");
      checkNotNull(stage, "stage");
      checkArgument(stage != ProcessStage.CLOSED, "a case is closed by CaseClosed");
    }

    @Override
    public EventKind kind() {
      return EventKind.STAGE_ENTERED;
    }
  }

  /**
   * The case was closed.
   *
   * @param on not null
   * @param reason not null
   */
  record CaseClosed(LocalDate on, ClosureReason reason) implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     * @param reason not null
     */
    public CaseClosed {
      checkNotNull(on, "on");
      checkNotNull(reason, "reason");
    }

    @Override
    public EventKind kind() {
      return EventKind.CASE_CLOSED;
    }
  }

  /**
   * A case closed on a withdrawal was reopened because the participants it needs consented again
   * (CA-RO-22); it returns to PREPARATION.
   *
   * @param on not null
   */
  record CaseReopened(LocalDate on) implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     */
    public CaseReopened {
      checkNotNull(on, "on");
    }

    @Override
    public EventKind kind() {
      return EventKind.CASE_REOPENED;
    }
  }

  /**
   * A screening decision was recorded.
   *
   * @param on not null
   * @param decision not null
   */
  record EligibilityRecorded(LocalDate on, EligibilityDecision decision) implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     * @param decision not null
     */
    public EligibilityRecorded {
      checkNotNull(on, "on");
      checkNotNull(decision, "decision");
    }

    @Override
    public EventKind kind() {
      return EventKind.ELIGIBILITY_RECORDED;
    }
  }

  /**
   * A decision-maker reviewed a screening whose outcome was MANUAL_REVIEW.
   *
   * @param on not null
   * @param outcome not null
   */
  record ReviewRecorded(LocalDate on, ReviewOutcome outcome) implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     * @param outcome not null
     */
    public ReviewRecorded {
      checkNotNull(on, "on");
      checkNotNull(outcome, "outcome");
    }

    @Override
    public EventKind kind() {
      return EventKind.REVIEW_RECORDED;
    }
  }

  /**
   * A participant consented to take part (given again after a withdrawal, it restores consent).
   *
   * @param on not null
   * @param participant not null
   * @param informed whether the participant was fully informed before consenting
   * @param form how consent was given, not null
   */
  record ConsentGiven(LocalDate on, ParticipantId participant, boolean informed, ConsentForm form)
      implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     * @param participant not null
     * @param informed whether the participant was fully informed before consenting
     * @param form how consent was given, not null
     */
    public ConsentGiven {
      checkNotNull(on, "on");
      checkNotNull(participant, "participant");
      checkNotNull(form, "form");
    }

    @Override
    public EventKind kind() {
      return EventKind.CONSENT_GIVEN;
    }
  }

  /**
   * A participant withdrew; it takes effect from {@code effective}, at any stage (CA-RO-21, EU-2),
   * even when entered later ({@code on}): events after the effective date that needed the
   * person's consent are then flagged ({@link WithdrawalFlagged}) and their assents lapse.
   *
   * @param on the date the withdrawal was entered, not null
   * @param participant not null
   * @param effective the date it takes effect, not after {@code on}
   */
  record ConsentWithdrawn(LocalDate on, ParticipantId participant, LocalDate effective)
      implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on the date the withdrawal was entered, not null
     * @param participant not null
     * @param effective the date it takes effect, not after {@code on}
     */
    public ConsentWithdrawn {
      checkNotNull(on, "on");
      checkNotNull(participant, "participant");
      checkNotNull(effective, "effective");
      checkArgument(!effective.isAfter(on), "effective must not be after on");
    }

    /**
     * A withdrawal entered the day it takes effect.
     *
     * @param on not null
     * @param participant not null
     */
    public ConsentWithdrawn(LocalDate on, ParticipantId participant) {
      this(on, participant, on);
    }

    @Override
    public EventKind kind() {
      return EventKind.CONSENT_WITHDRAWN;
    }
  }

  /**
   * A withdrawal entered late: the events, by their position in the history (1 is the opening),
   * that were recorded after the withdrawal took effect and needed the person's consent. They stay
   * in the history, flagged, never silently kept. Recorded automatically after the withdrawal.
   *
   * @param on not null
   * @param participant not null
   * @param events the positions flagged, not empty, increasing
   */
  record WithdrawalFlagged(LocalDate on, ParticipantId participant, List<Integer> events)
      implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     * @param participant not null
     * @param events the positions flagged, not empty, increasing
     */
    public WithdrawalFlagged {
      checkNotNull(on, "on");
      checkNotNull(participant, "participant");
      events = ImmutableList.copyOf(events);
      checkArgument(!events.isEmpty(), "events must not be empty");
    }

    @Override
    public EventKind kind() {
      return EventKind.WITHDRAWAL_FLAGGED;
    }
  }

  /**
   * The facilitator assessed the risk to the victim.
   *
   * @param on not null
   * @param riskToVictim not null
   */
  record SafetyAssessed(LocalDate on, RiskLevel riskToVictim) implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     * @param riskToVictim not null
     */
    public SafetyAssessed {
      checkNotNull(on, "on");
      checkNotNull(riskToVictim, "riskToVictim");
    }

    @Override
    public EventKind kind() {
      return EventKind.SAFETY_ASSESSED;
    }
  }

  /**
   * The case changed its process type (a victim who will not meet may write instead).
   *
   * @param on not null
   * @param processType not null
   */
  record ProcessTypeChanged(LocalDate on, ProcessType processType) implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     * @param processType not null
     */
    public ProcessTypeChanged {
      checkNotNull(on, "on");
      checkNotNull(processType, "processType");
    }

    @Override
    public EventKind kind() {
      return EventKind.PROCESS_TYPE_CHANGED;
    }
  }

  /**
   * A meeting was scheduled.
   *
   * @param on not null
   * @param meeting not null, scheduled {@code on}
   */
  record MeetingScheduled(LocalDate on, Meeting meeting) implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     * @param meeting not null, scheduled {@code on}
     */
    public MeetingScheduled {
      checkNotNull(on, "on");
      checkNotNull(meeting, "meeting");
      checkArgument(meeting.scheduledOn().equals(on), "meeting.scheduledOn must be on");
    }

    @Override
    public EventKind kind() {
      return EventKind.MEETING_SCHEDULED;
    }
  }

  /**
   * A meeting was cancelled: by the facilitator, or automatically when a safety assessment finds
   * danger before it takes place.
   *
   * @param on not null
   * @param meeting the meeting's number, 1 for the first scheduled
   */
  record MeetingCancelled(LocalDate on, int meeting) implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     * @param meeting the meeting's number, 1 for the first scheduled
     */
    public MeetingCancelled {
      checkNotNull(on, "on");
      checkArgument(meeting >= 1, "meeting is numbered from 1");
    }

    @Override
    public EventKind kind() {
      return EventKind.MEETING_CANCELLED;
    }
  }

  /**
   * A participant gave a message to the facilitator for another participant.
   *
   * @param on not null
   * @param id unique in the case, not null
   * @param author not null
   * @param recipient not null, not the author
   * @param channel a relayed channel, not null
   * @param content what it says, not null
   */
  record MessageSubmitted(LocalDate on, MessageId id, ParticipantId author,
      ParticipantId recipient, Channel channel, ProcessContent content) implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     * @param id unique in the case, not null
     * @param author not null
     * @param recipient not null, not the author
     * @param channel a relayed channel, not null
     * @param content what it says, not null
     */
    public MessageSubmitted {
      checkNotNull(on, "on");
      checkNotNull(id, "id");
      checkNotNull(author, "author");
      checkNotNull(recipient, "recipient");
      checkArgument(!author.equals(recipient), "a message's recipient must not be its author");
      checkNotNull(channel, "channel");
      checkArgument(channel.isRelayed(), "a message's channel must be a relayed channel");
      checkNotNull(content, "content");
    }

    @Override
    public EventKind kind() {
      return EventKind.MESSAGE_SUBMITTED;
    }

    @Override
    public InformationClass information() {
      return InformationClass.PROCESS_CONTENT;
    }
  }

  /**
   * The facilitator reviewed a message and relayed it to its recipient.
   *
   * @param on not null
   * @param id not null
   */
  record MessageRelayed(LocalDate on, MessageId id) implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     * @param id not null
     */
    public MessageRelayed {
      checkNotNull(on, "on");
      checkNotNull(id, "id");
    }

    @Override
    public EventKind kind() {
      return EventKind.MESSAGE_RELAYED;
    }
  }

  /**
   * The facilitator reviewed a message and returned it to its author; the recipient never sees it.
   *
   * @param on not null
   * @param id not null
   */
  record MessageReturned(LocalDate on, MessageId id) implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     * @param id not null
     */
    public MessageReturned {
      checkNotNull(on, "on");
      checkNotNull(id, "id");
    }

    @Override
    public EventKind kind() {
      return EventKind.MESSAGE_RETURNED;
    }
  }

  /**
   * The facilitator recorded what a participant said.
   *
   * @param on not null
   * @param author not null
   * @param content not null
   */
  record StatementRecorded(LocalDate on, ParticipantId author, ProcessContent content)
      implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     * @param author not null
     * @param content not null
     */
    public StatementRecorded {
      checkNotNull(on, "on");
      checkNotNull(author, "author");
      checkNotNull(content, "content");
    }

    @Override
    public EventKind kind() {
      return EventKind.STATEMENT_RECORDED;
    }

    @Override
    public InformationClass information() {
      return InformationClass.PROCESS_CONTENT;
    }
  }

  /**
   * An outcome agreement was proposed; it replaces any earlier proposal and its assents.
   *
   * @param on not null
   * @param items not empty, ids unique
   */
  record AgreementProposed(LocalDate on, List<AgreementItem> items) implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     * @param items not empty, ids unique
     */
    public AgreementProposed {
      checkNotNull(on, "on");
      items = ImmutableList.copyOf(items);
      checkArgument(!items.isEmpty(), "an agreement has at least one item");
      checkArgument(items.stream().map(AgreementItem::id).distinct().count() == items.size(),
          "agreement item ids must be unique");
    }

    @Override
    public EventKind kind() {
      return EventKind.AGREEMENT_PROPOSED;
    }

    @Override
    public InformationClass information() {
      return InformationClass.PROCESS_CONTENT;
    }
  }

  /**
   * A party concerned assented to an agreement item (EU-5: voluntarily).
   *
   * @param on not null
   * @param item not null
   * @param party not null
   */
  record AgreementAssented(LocalDate on, AgreementItemId item, ParticipantId party)
      implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     * @param item not null
     * @param party not null
     */
    public AgreementAssented {
      checkNotNull(on, "on");
      checkNotNull(item, "item");
      checkNotNull(party, "party");
    }

    @Override
    public EventKind kind() {
      return EventKind.AGREEMENT_ASSENTED;
    }
  }

  /**
   * Follow-up found an item completed or not completed. Not completed is a fact about the
   * agreement, never about guilt.
   *
   * @param on not null
   * @param item not null
   * @param status COMPLETED or NOT_COMPLETED
   */
  record ItemFollowedUp(LocalDate on, AgreementItemId item, ItemStatus status)
      implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     * @param item not null
     * @param status COMPLETED or NOT_COMPLETED
     */
    public ItemFollowedUp {
      checkNotNull(on, "on");
      checkNotNull(item, "item");
      checkNotNull(status, "status");
      checkArgument(status != ItemStatus.PENDING, "follow-up records COMPLETED or NOT_COMPLETED");
    }

    @Override
    public EventKind kind() {
      return EventKind.ITEM_FOLLOWED_UP;
    }
  }

  /**
   * A participant (a party, a supporter or a community member) agreed that what was recorded until
   * now, in their words, may be disclosed to a kind of recipient; when every party has agreed,
   * {@link ExceptionGround#PARTY_AGREEMENT} is established for it, and it opens the items whose
   * every speaker agreed after the item was recorded. It lapses on the participant's withdrawal
   * and may be revoked ({@link DisclosureAgreementRevoked}).
   *
   * @param on not null
   * @param party not null
   * @param recipient not null
   */
  record DisclosureAgreed(LocalDate on, ParticipantId party, RecipientKind recipient)
      implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     * @param party not null
     * @param recipient not null
     */
    public DisclosureAgreed {
      checkNotNull(on, "on");
      checkNotNull(party, "party");
      checkNotNull(recipient, "recipient");
    }

    @Override
    public EventKind kind() {
      return EventKind.DISCLOSURE_AGREED;
    }
  }

  /**
   * A facilitator enrolled in the case established a ground for an exception to confidentiality
   * towards a kind of recipient (imminent harm, child protection, a new offence, a court order,
   * national law). It is narrow: it opens only the content items it names, for that recipient,
   * until its end date or until revoked; an exception with a reason and no item opens no content.
   *
   * @param on not null
   * @param author the facilitator who established it, not null
   * @param ground not {@link ExceptionGround#PARTY_AGREEMENT}, which the parties establish
   * @param recipient not null, not {@link RecipientKind#PARTICIPANT}
   * @param items the triggering items (statements, messages, agreement items), not null
   * @param reason why, when no item triggered it; process content (confidential)
   * @param until the last day it holds, not before {@code on}
   */
  record ExceptionEstablished(LocalDate on, ParticipantId author, ExceptionGround ground,
      RecipientKind recipient, List<ContentRef> items, Optional<ProcessContent> reason,
      LocalDate until) implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     * @param author the facilitator who established it, not null
     * @param ground not {@link ExceptionGround#PARTY_AGREEMENT}, which the parties establish
     * @param recipient not null, not {@link RecipientKind#PARTICIPANT}
     * @param items the triggering items (statements, messages, agreement items), not null
     * @param reason why, when no item triggered it; process content (confidential)
     * @param until the last day it holds, not before {@code on}
     */
    public ExceptionEstablished {
      checkNotNull(on, "on");
      checkNotNull(author, "author");
      checkNotNull(ground, "ground");
      checkArgument(ground != ExceptionGround.PARTY_AGREEMENT,
          "party agreement is established by every party's DisclosureAgreed");
      checkNotNull(recipient, "recipient");
      checkArgument(recipient != RecipientKind.PARTICIPANT,
          "an exception opens content to an authority, not to a participant");
      items = ImmutableList.copyOf(items);
      checkArgument(items.stream().distinct().count() == items.size(), "items must not repeat");
      checkNotNull(reason, "reason");
      checkArgument(!items.isEmpty() || reason.isPresent(),
          "an exception names its triggering items or a reason");
      checkNotNull(until, "until");
      checkArgument(!until.isBefore(on), "until must not be before on");
    }

    /**
     * {@return whether it holds on a date (it may also have been revoked)}
     *
     * @param date the date asked about, not null
     */
    public boolean holdsOn(LocalDate date) {
      return !date.isBefore(on) && !date.isAfter(until);
    }

    @Override
    public EventKind kind() {
      return EventKind.EXCEPTION_ESTABLISHED;
    }
  }

  /**
   * A facilitator revoked the exceptions on a ground towards a kind of recipient.
   *
   * @param on not null
   * @param author the facilitator, not null
   * @param ground not null
   * @param recipient not null
   */
  record ExceptionRevoked(LocalDate on, ParticipantId author, ExceptionGround ground,
      RecipientKind recipient) implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     * @param author the facilitator, not null
     * @param ground not null
     * @param recipient not null
     */
    public ExceptionRevoked {
      checkNotNull(on, "on");
      checkNotNull(author, "author");
      checkNotNull(ground, "ground");
      checkNotNull(recipient, "recipient");
    }

    @Override
    public EventKind kind() {
      return EventKind.EXCEPTION_REVOKED;
    }
  }

  /**
   * A participant revoked their agreement to disclosure to a kind of recipient.
   *
   * @param on not null
   * @param party not null
   * @param recipient not null
   */
  record DisclosureAgreementRevoked(LocalDate on, ParticipantId party, RecipientKind recipient)
      implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     * @param party not null
     * @param recipient not null
     */
    public DisclosureAgreementRevoked {
      checkNotNull(on, "on");
      checkNotNull(party, "party");
      checkNotNull(recipient, "recipient");
    }

    @Override
    public EventKind kind() {
      return EventKind.DISCLOSURE_AGREEMENT_REVOKED;
    }
  }

  /**
   * A disclosure decision was made about the case.
   *
   * @param on not null
   * @param decision not null
   */
  record DisclosureRecorded(LocalDate on, DisclosureDecision decision) implements ProcessEvent {
    /**
     * Checks the components: each is present and valid, or this throws.
     *
     * @param on not null
     * @param decision not null
     */
    public DisclosureRecorded {
      checkNotNull(on, "on");
      checkNotNull(decision, "decision");
    }

    @Override
    public EventKind kind() {
      return EventKind.DISCLOSURE_RECORDED;
    }
  }
}
