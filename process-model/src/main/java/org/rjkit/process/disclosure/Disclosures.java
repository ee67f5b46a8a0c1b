package org.rjkit.process.disclosure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rjkit.core.language.Language;
import java.util.Optional;
import org.rjkit.core.language.Text;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.process.agreement.Agreement;
import org.rjkit.process.agreement.AgreementItem;
import org.rjkit.process.communication.RelayedMessage;
import org.rjkit.process.communication.MessageStatus;
import org.rjkit.process.communication.Statement;
import org.rjkit.process.confidentiality.ContentRef;
import org.rjkit.process.confidentiality.DisclosureCapability;
import org.rjkit.process.confidentiality.DisclosureDecision;
import org.rjkit.process.confidentiality.PolicyRegistry;
import org.rjkit.process.confidentiality.DisclosurePolicy;
import org.rjkit.process.confidentiality.DisclosureRequest;
import org.rjkit.process.confidentiality.InformationClass;
import org.rjkit.process.confidentiality.Permission;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.Purpose;
import org.rjkit.process.confidentiality.Recipient;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent;
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
import org.rjkit.process.lifecycle.ProcessEvent.MeetingCancelled;
import org.rjkit.process.lifecycle.ProcessEvent.WithdrawalFlagged;
import org.rjkit.process.lifecycle.ProcessEvent.ExceptionRevoked;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureAgreementRevoked;
import org.rjkit.process.lifecycle.ProcessEvent.MessageRelayed;
import org.rjkit.process.lifecycle.ProcessEvent.MessageReturned;
import org.rjkit.process.lifecycle.ProcessEvent.MessageSubmitted;
import org.rjkit.process.lifecycle.ProcessEvent.ParticipantEnrolled;
import org.rjkit.process.lifecycle.ProcessEvent.ProcessTypeChanged;
import org.rjkit.process.lifecycle.ProcessEvent.ReviewRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.SafetyAssessed;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessEvent.StatementRecorded;

/**
 * Discloses a case to a recipient for a purpose: asks the policy about administrative facts and
 * about process content, records both decisions in the case history, and builds the view.
 *
 * <p>What a view holds:
 * <ul>
 *   <li>administrative facts denied: nothing at all, not even that the case exists;</li>
 *   <li>administrative facts in redacted form: no case id, participants named by role only;</li>
 *   <li>process content denied: no entry, and no history line about a message, statement or
 *       agreement;</li>
 *   <li>process content redacted: entries without their content;</li>
 *   <li>a participant sees only messages they wrote or that were relayed to them, their own
 *       statements and the agreement items that concern them; never a message still awaiting
 *       the facilitator or returned.</li>
 * </ul>
 *
 * @since 1.0
 */
public final class Disclosures {

  private Disclosures() {}

  /**
   * Decides under the built-in policy of the case's programme, records the decisions and builds
   * the view of a case for a recipient and a purpose, with the capability that covers exactly
   * the content items the view shows.
   *
   * @param processCase not null
   * @param policy the policy the built-in registry binds to the case's programme, not null
   * @param recipient not null; a participant recipient must be enrolled in the case
   * @param purpose not null
   * @param on the date of the disclosure, not before the case's last event
   * @return the case with both decisions recorded, the view and the capability
   * @throws IllegalArgumentException if the policy is not the one bound to the case's programme
   */
  public static Disclosure disclose(ProcessCase processCase, DisclosurePolicy policy,
      Recipient recipient, Purpose purpose, LocalDate on) {
    checkNotNull(processCase, "processCase");
    checkNotNull(policy, "policy");
    checkArgument(PolicyRegistry.builtIn().binds(processCase.programme(), policy),
        "policy: %s is not the disclosure policy of the case's programme %s", policy.id(),
        processCase.programme());
    return decideRecordAndView(processCase, policy, recipient, purpose, on);
  }

  /**
   * Decides under the policy a registry binds to the case's programme, records the decisions and
   * builds the view, with the capability that covers exactly the content items the view shows.
   *
   * @param registry not null
   * @param processCase not null
   * @param recipient not null; a participant recipient must be enrolled in the case
   * @param purpose not null
   * @param on the date of the disclosure, not before the case's last event
   * @return the case with both decisions recorded, the view and the capability
   * @throws IllegalArgumentException if no policy is bound to the case's programme
   */
  public static Disclosure disclose(PolicyRegistry registry, ProcessCase processCase,
      Recipient recipient, Purpose purpose, LocalDate on) {
    checkNotNull(registry, "registry");
    checkNotNull(processCase, "processCase");
    DisclosurePolicy policy = registry.policyFor(processCase.programme()).orElseThrow(() ->
        new IllegalArgumentException("programme: no disclosure policy is bound to programme "
            + processCase.programme()));
    return decideRecordAndView(processCase, policy, recipient, purpose, on);
  }

  /**
   * What a recipient is told about a case that does not exist or that they may not know of: the
   * same text as the view of a case whose administrative facts are denied to them.
   *
   * @param recipient not null
   * @param purpose not null
   * @param language not null
   * @return the text
   */
  public static String nothingToDisclose(Recipient recipient, Purpose purpose,
      Language language) {
    return CaseView.nothing(recipient, purpose, language);
  }

  private static Disclosure decideRecordAndView(ProcessCase processCase, DisclosurePolicy policy,
      Recipient recipient, Purpose purpose, LocalDate on) {
    checkNotNull(recipient, "recipient");
    checkNotNull(purpose, "purpose");
    checkNotNull(on, "on");
    recipient.participant().ifPresent(p -> checkArgument(processCase.participant(p).isPresent(),
        "recipient participant is not enrolled in the case"));
    var grounds = processCase.establishedExceptions(recipient.kind(), on);
    DisclosureDecision administrative = policy.decide(
        new DisclosureRequest(InformationClass.ADMINISTRATIVE, recipient, purpose), grounds);
    DisclosureDecision content = policy.decide(
        new DisclosureRequest(InformationClass.PROCESS_CONTENT, recipient, purpose), grounds);
    ProcessCase recorded = processCase
        .record(new DisclosureRecorded(on, administrative))
        .record(new DisclosureRecorded(on, content));
    List<ContentRef> refs = new ArrayList<>();
    List<ProcessContent> covered = new ArrayList<>();
    if (content.permitsProcessContent() && administrative.permission() != Permission.DENIED) {
      coveredItems(processCase, recipient, content, on, refs, covered);
    }
    DisclosureCapability capability = DisclosureCapability.mint(administrative, content,
        processCase.caseId(), on, refs, covered);
    CaseView view = view(processCase, administrative, content, capability);
    return new Disclosure(recorded, view, capability);
  }

  /**
   * The items a recipient's capability covers: for a participant, the messages they wrote, the
   * messages relayed to them, their own statements and the agreement items that concern them;
   * for anyone else to whom content is permitted by a row of the policy, every item; when it is
   * an exception that permits it, only the items that exception opens (the items a facilitator
   * named, or those every speaker agreed to disclose).
   */
  private static void coveredItems(ProcessCase c, Recipient recipient, DisclosureDecision content,
      LocalDate on, List<ContentRef> refs, List<ProcessContent> covered) {
    java.util.function.Predicate<ContentRef> opened = content.exception()
        .<java.util.function.Predicate<ContentRef>>map(g -> {
          java.util.Set<ContentRef> items = c.openedItems(recipient.kind(), g, on);
          return items::contains;
        }).orElse(x -> true);
    for (RelayedMessage m : c.messages()) {
      if (seesMessage(recipient, m) && opened.test(ContentRef.message(m.id().value()))) {
        refs.add(ContentRef.message(m.id().value()));
        covered.add(m.content());
      }
    }
    for (Statement s : c.statements()) {
      if (recipient.participant().map(p -> p.equals(s.author())).orElse(true)
          && opened.test(ContentRef.statement(s.id()))) {
        refs.add(ContentRef.statement(s.id()));
        covered.add(s.content());
      }
    }
    c.agreement().ifPresent(a -> {
      for (AgreementItem item : a.items()) {
        if (recipient.participant().map(p -> item.concerned().contains(p)).orElse(true)
            && opened.test(ContentRef.agreementItem(item.id().value()))) {
          refs.add(ContentRef.agreementItem(item.id().value()));
          covered.addAll(item.term().contents());
        }
      }
    });
  }

  private static CaseView view(ProcessCase processCase, DisclosureDecision administrative,
      DisclosureDecision content, DisclosureCapability capability) {
    Recipient recipient = administrative.request().recipient();
    Purpose purpose = administrative.request().purpose();
    if (administrative.permission() == Permission.DENIED) {
      return new CaseView(recipient, purpose, administrative, content, Optional.empty(),
          List.of(), List.of(), capability);
    }
    Names names = new Names(processCase, administrative.permission() == Permission.REDACTED);
    boolean contentShown = content.permission() != Permission.DENIED;
    boolean staff = recipient.kind() == RecipientKind.FACILITATOR
        || recipient.kind() == RecipientKind.PROGRAMME_STAFF;
    CaseFacts facts = new CaseFacts(
        names.redacted ? Optional.empty() : Optional.of(processCase.caseId()),
        processCase.programme(), processCase.processType(), processCase.stage(),
        processCase.closure(),
        names.redacted ? List.of()
            : processCase.participants().stream().map(names::describe).toList());
    List<HistoryLine> history = new ArrayList<>();
    for (ProcessEvent e : processCase.history()) {
      if (e.information() == InformationClass.PROCESS_CONTENT && !contentShown) {
        continue;
      }
      if (!visibleTo(recipient, e, processCase, staff)) {
        continue;
      }
      if (names.redacted && namesSomeone(e)) {
        continue;
      }
      history.add(new HistoryLine(e.on(), describe(e, names)));
    }
    List<ContentEntry> entries = new ArrayList<>();
    if (contentShown) {
      for (RelayedMessage m : processCase.messages()) {
        if (seesMessage(recipient, m)) {
          ContentRef ref = ContentRef.message(m.id().value());
          entries.add(new ContentEntry(m.submittedOn(), EntryKind.MESSAGE,
              messageDescription(m, names), shown(capability, processCase, ref, m.content())));
        }
      }
      for (Statement s : processCase.statements()) {
        if (recipient.participant().map(p -> p.equals(s.author())).orElse(true)) {
          ContentRef ref = ContentRef.statement(s.id());
          entries.add(new ContentEntry(s.on(), EntryKind.STATEMENT,
              msg("entry.statement", names.of(s.author())),
              shown(capability, processCase, ref, s.content())));
        }
      }
      processCase.agreement().ifPresent(a -> {
        for (AgreementItem item : a.items()) {
          if (recipient.participant().map(p -> item.concerned().contains(p)).orElse(true)) {
            ContentRef ref = ContentRef.agreementItem(item.id().value());
            entries.add(new ContentEntry(a.proposedOn(), EntryKind.AGREEMENT_ITEM,
                itemDescription(a, item), Optional.empty(), Optional.of(item.term())
                    .filter(x -> capability.covers(processCase.caseId(), ref)
                        && x.contents().stream().allMatch(capability::covers))));
          }
        }
      });
    }
    return new CaseView(recipient, purpose, administrative, content, Optional.of(facts),
        history, entries, capability);
  }

  private static Optional<ProcessContent> shown(DisclosureCapability capability, ProcessCase c,
      ContentRef ref, ProcessContent content) {
    return capability.covers(c.caseId(), ref) ? Optional.of(content) : Optional.empty();
  }

  /** Events whose description names a participant, a consent or a safety level. */
  private static boolean namesSomeone(ProcessEvent e) {
    return switch (e.kind()) {
      case PARTICIPANT_ENROLLED, CONSENT_GIVEN, CONSENT_WITHDRAWN, SAFETY_ASSESSED,
          DISCLOSURE_AGREED, AGREEMENT_ASSENTED, CASE_OPENED, WITHDRAWAL_FLAGGED,
          DISCLOSURE_AGREEMENT_REVOKED -> true;
      case STAGE_ENTERED, CASE_CLOSED, CASE_REOPENED, ELIGIBILITY_RECORDED, REVIEW_RECORDED,
          PROCESS_TYPE_CHANGED, MEETING_SCHEDULED, MEETING_CANCELLED, MESSAGE_SUBMITTED,
          MESSAGE_RELAYED, MESSAGE_RETURNED, STATEMENT_RECORDED, AGREEMENT_PROPOSED,
          ITEM_FOLLOWED_UP, EXCEPTION_ESTABLISHED, EXCEPTION_REVOKED,
          DISCLOSURE_RECORDED -> false;
    };
  }

  private static boolean seesMessage(Recipient recipient, RelayedMessage m) {
    return recipient.participant()
        .map(p -> p.equals(m.author()) || (p.equals(m.recipient()) && m.isVisibleToRecipient()))
        .orElse(true);
  }

  private static boolean visibleTo(Recipient recipient, ProcessEvent e, ProcessCase c,
      boolean staff) {
    if (staffOnly(e)) {
      return staff;
    }
    if (recipient.participant().isEmpty()) {
      return true;
    }
    ParticipantId p = recipient.participant().get();
    return switch (e.kind()) {
      case MESSAGE_SUBMITTED -> c.message(((MessageSubmitted) e).id())
          .map(x -> seesMessage(recipient, x)).orElse(false);
      case MESSAGE_RELAYED -> c.message(((MessageRelayed) e).id())
          .map(x -> seesMessage(recipient, x)).orElse(false);
      case MESSAGE_RETURNED -> c.message(((MessageReturned) e).id())
          .map(x -> x.author().equals(p)).orElse(false);
      case STATEMENT_RECORDED -> ((StatementRecorded) e).author().equals(p);
      case AGREEMENT_PROPOSED -> ((AgreementProposed) e).items().stream()
          .anyMatch(i -> i.concerned().contains(p));
      case AGREEMENT_ASSENTED -> concerns(c, ((AgreementAssented) e).item().value(), p);
      case ITEM_FOLLOWED_UP -> concerns(c, ((ItemFollowedUp) e).item().value(), p);
      case CASE_OPENED, PARTICIPANT_ENROLLED, STAGE_ENTERED, CASE_CLOSED, CASE_REOPENED,
          ELIGIBILITY_RECORDED, REVIEW_RECORDED, CONSENT_GIVEN, CONSENT_WITHDRAWN,
          SAFETY_ASSESSED, PROCESS_TYPE_CHANGED, MEETING_SCHEDULED, MEETING_CANCELLED,
          EXCEPTION_ESTABLISHED, DISCLOSURE_RECORDED, DISCLOSURE_AGREED, EXCEPTION_REVOKED,
          DISCLOSURE_AGREEMENT_REVOKED, WITHDRAWAL_FLAGGED -> true;
    };
  }

  /** Events only the programme's staff see: disclosures, exceptions and flagged withdrawals. */
  private static boolean staffOnly(ProcessEvent e) {
    return switch (e.kind()) {
      case EXCEPTION_ESTABLISHED, DISCLOSURE_RECORDED, DISCLOSURE_AGREED, EXCEPTION_REVOKED,
          DISCLOSURE_AGREEMENT_REVOKED, WITHDRAWAL_FLAGGED -> true;
      case CASE_OPENED, PARTICIPANT_ENROLLED, STAGE_ENTERED, CASE_CLOSED, CASE_REOPENED,
          ELIGIBILITY_RECORDED, REVIEW_RECORDED, CONSENT_GIVEN, CONSENT_WITHDRAWN,
          SAFETY_ASSESSED, PROCESS_TYPE_CHANGED, MEETING_SCHEDULED, MEETING_CANCELLED,
          MESSAGE_SUBMITTED, MESSAGE_RELAYED, MESSAGE_RETURNED, STATEMENT_RECORDED,
          AGREEMENT_PROPOSED, AGREEMENT_ASSENTED, ITEM_FOLLOWED_UP -> false;
    };
  }

  private static boolean concerns(ProcessCase c, String item, ParticipantId p) {
    return c.agreement().map(a -> a.items().stream().anyMatch(i -> i.id().value().equals(item)
        && i.concerned().contains(p))).orElse(false);
  }

  private static Text messageDescription(RelayedMessage m, Names names) {
    Text status = switch (m.status()) {
      case SUBMITTED -> org.rjkit.core.language.Message.of(
          org.rjkit.core.language.Messages.enumKey(MessageStatus.SUBMITTED));
      case RELAYED -> org.rjkit.core.language.Message.of("entry.message.relayed",
          m.reviewedOn().orElseThrow());
      case RETURNED -> org.rjkit.core.language.Message.of("entry.message.returned",
          m.reviewedOn().orElseThrow());
    };
    return names.redacted
        ? org.rjkit.core.language.Message.of("entry.message.redacted", m.channel(),
            names.of(m.author()), names.of(m.recipient()), status)
        : org.rjkit.core.language.Message.of("entry.message", m.channel(), m.id().value(),
            names.of(m.author()), names.of(m.recipient()), status);
  }

  private static Text itemDescription(Agreement a, AgreementItem item) {
    return org.rjkit.core.language.Message.of("entry.item", item.id().value(),
        item.term().kind(), a.status(item.id()));
  }

  /**
   * Describes an event with administrative facts only, in every configured language: one
   * exhaustive dispatch over event kinds, so that a new kind must be described here to compile.
   */
  private static Text describe(ProcessEvent e, Names n) {
    return switch (e.kind()) {
      case CASE_OPENED -> {
        CaseOpened o = (CaseOpened) e;
        yield msg("history.caseOpened", n.of(o.requestedBy()), o.processType());
      }
      case PARTICIPANT_ENROLLED -> {
        Enrolment p = ((ParticipantEnrolled) e).enrolment();
        yield msg("history.participantEnrolled", n.of(p.id()), p.processRole());
      }
      case STAGE_ENTERED -> msg("history.stageEntered", ((StageEntered) e).stage());
      case CASE_CLOSED -> msg("history.caseClosed", ((CaseClosed) e).reason());
      case CASE_REOPENED -> msg("history.caseReopened");
      case ELIGIBILITY_RECORDED -> {
        EligibilityRecorded r = (EligibilityRecorded) e;
        yield msg("history.eligibilityRecorded", r.decision().programme().value(),
            msg("history.outcome." + r.decision().outcome().name()));
      }
      case REVIEW_RECORDED -> msg("history.reviewRecorded", ((ReviewRecorded) e).outcome());
      case CONSENT_GIVEN -> {
        ConsentGiven g = (ConsentGiven) e;
        yield msg(g.informed() ? "history.consentGiven.informed"
            : "history.consentGiven.notInformed", n.of(g.participant()), g.form());
      }
      case CONSENT_WITHDRAWN -> {
        ConsentWithdrawn w = (ConsentWithdrawn) e;
        yield w.effective().equals(w.on()) ? msg("history.consentWithdrawn", n.of(w.participant()))
            : msg("history.consentWithdrawn.effective", n.of(w.participant()), w.effective());
      }
      case SAFETY_ASSESSED -> msg("history.safetyAssessed", ((SafetyAssessed) e).riskToVictim());
      case PROCESS_TYPE_CHANGED ->
          msg("history.processTypeChanged", ((ProcessTypeChanged) e).processType());
      case MEETING_SCHEDULED -> {
        MeetingScheduled m = (MeetingScheduled) e;
        yield msg("history.meetingScheduled", m.meeting().meetingOn(), m.meeting().channel());
      }
      case MEETING_CANCELLED -> msg("history.meetingCancelled", ((MeetingCancelled) e).meeting());
      case MESSAGE_SUBMITTED -> {
        MessageSubmitted m = (MessageSubmitted) e;
        yield n.redacted
            ? msg("history.messageSubmitted.redacted", m.channel(), n.of(m.author()),
                n.of(m.recipient()))
            : msg("history.messageSubmitted", m.channel(), m.id().value(), n.of(m.author()),
                n.of(m.recipient()));
      }
      case MESSAGE_RELAYED -> n.redacted ? msg("history.messageRelayed.redacted")
          : msg("history.messageRelayed", ((MessageRelayed) e).id().value());
      case MESSAGE_RETURNED -> n.redacted ? msg("history.messageReturned.redacted")
          : msg("history.messageReturned", ((MessageReturned) e).id().value());
      case STATEMENT_RECORDED ->
          msg("history.statementRecorded", n.of(((StatementRecorded) e).author()));
      case AGREEMENT_PROPOSED -> {
        int count = ((AgreementProposed) e).items().size();
        yield msg(count == 1 ? "history.agreementProposed.one" : "history.agreementProposed.other",
            count);
      }
      case AGREEMENT_ASSENTED -> {
        AgreementAssented a = (AgreementAssented) e;
        yield msg("history.agreementAssented", n.of(a.party()), a.item().value());
      }
      case ITEM_FOLLOWED_UP -> {
        ItemFollowedUp f = (ItemFollowedUp) e;
        yield msg("history.itemFollowedUp", f.item().value(), f.status());
      }
      case DISCLOSURE_AGREED -> {
        DisclosureAgreed d = (DisclosureAgreed) e;
        yield msg("history.disclosureAgreed", n.of(d.party()), d.recipient());
      }
      case DISCLOSURE_AGREEMENT_REVOKED -> {
        DisclosureAgreementRevoked r = (DisclosureAgreementRevoked) e;
        yield msg("history.disclosureAgreementRevoked", n.of(r.party()), r.recipient());
      }
      case EXCEPTION_ESTABLISHED -> {
        ExceptionEstablished x = (ExceptionEstablished) e;
        yield msg("history.exceptionEstablished", x.ground(), x.recipient());
      }
      case EXCEPTION_REVOKED -> {
        ExceptionRevoked x = (ExceptionRevoked) e;
        yield msg("history.exceptionRevoked", x.ground(), x.recipient());
      }
      case WITHDRAWAL_FLAGGED -> {
        WithdrawalFlagged f = (WithdrawalFlagged) e;
        yield msg("history.withdrawalFlagged", n.of(f.participant()), f.events());
      }
      case DISCLOSURE_RECORDED -> {
        DisclosureDecision d = ((DisclosureRecorded) e).decision();
        yield msg("history.disclosureRecorded", d.request().information(),
            n.recipient(d.request().recipient()), d.request().purpose(), d.permission(),
            d.ruleId());
      }
    };
  }

  private static Text msg(String key, Object... arguments) {
    return org.rjkit.core.language.Message.of(key, arguments);
  }

  /**
   * How participants are named: by id, or by the label of their role in the case in redacted
   * form; the name is a message argument (an id as it is, a role by its label).
   */
  private static final class Names {
    private final ProcessCase processCase;
    private final boolean redacted;

    Names(ProcessCase processCase, boolean redacted) {
      this.processCase = processCase;
      this.redacted = redacted;
    }

    Object of(ParticipantId id) {
      if (!redacted) {
        return id.value();
      }
      return processCase.participant(id).<Object>map(Enrolment::role)
          .orElse(RecipientKind.PARTICIPANT);
    }

    Text describe(Enrolment e) {
      return org.rjkit.core.language.Message.of("view.participant", e.id().value(), e.role());
    }

    Object recipient(Recipient r) {
      return CaseView.recipientText(r, r.participant().map(this::of));
    }
  }
}
