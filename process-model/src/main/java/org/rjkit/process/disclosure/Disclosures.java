package org.rjkit.process.disclosure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.rjkit.core.language.Language;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rjkit.core.language.BilingualText;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.process.agreement.Agreement;
import org.rjkit.process.agreement.AgreementItem;
import org.rjkit.process.agreement.AgreementTerm;
import org.rjkit.process.communication.Message;
import org.rjkit.process.communication.MessageStatus;
import org.rjkit.process.communication.Statement;
import org.rjkit.process.agreement.AgreementItemId;
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
    Map<AgreementItemId, ProcessContent> composed = new TreeMap<>();
    if (content.permitsProcessContent() && administrative.permission() != Permission.DENIED) {
      coveredItems(processCase, recipient, content, on, refs, covered, composed);
    }
    DisclosureCapability capability = DisclosureCapability.mint(administrative, content,
        processCase.caseId(), on, refs, covered);
    CaseView view = view(processCase, administrative, content, capability, composed);
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
      LocalDate on, List<ContentRef> refs, List<ProcessContent> covered,
      Map<AgreementItemId, ProcessContent> composed) {
    java.util.function.Predicate<ContentRef> opened = content.exception()
        .<java.util.function.Predicate<ContentRef>>map(g -> {
          java.util.Set<ContentRef> items = c.openedItems(recipient.kind(), g, on);
          return items::contains;
        }).orElse(x -> true);
    for (Message m : c.messages()) {
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
          ProcessContent text = ProcessContent.of(termText(item.term()));
          composed.put(item.id(), text);
          covered.add(text);
        }
      }
    });
  }

  private static CaseView view(ProcessCase processCase, DisclosureDecision administrative,
      DisclosureDecision content, DisclosureCapability capability,
      Map<AgreementItemId, ProcessContent> composed) {
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
      history.add(new HistoryLine(e.on(), describe(e, names, processCase)));
    }
    List<ContentEntry> entries = new ArrayList<>();
    if (contentShown) {
      for (Message m : processCase.messages()) {
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
              t("statement of " + names.of(s.author()), "déclaration de " + names.of(s.author())),
              shown(capability, processCase, ref, s.content())));
        }
      }
      processCase.agreement().ifPresent(a -> {
        for (AgreementItem item : a.items()) {
          if (recipient.participant().map(p -> item.concerned().contains(p)).orElse(true)) {
            ContentRef ref = ContentRef.agreementItem(item.id().value());
            entries.add(new ContentEntry(a.proposedOn(), EntryKind.AGREEMENT_ITEM,
                itemDescription(a, item), Optional.ofNullable(composed.get(item.id()))
                    .filter(x -> capability.covers(processCase.caseId(), ref))));
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
    return e instanceof ParticipantEnrolled || e instanceof ConsentGiven
        || e instanceof ConsentWithdrawn || e instanceof SafetyAssessed
        || e instanceof DisclosureAgreed || e instanceof AgreementAssented
        || e instanceof CaseOpened || e instanceof WithdrawalFlagged
        || e instanceof DisclosureAgreementRevoked;
  }

  private static boolean seesMessage(Recipient recipient, Message m) {
    return recipient.participant()
        .map(p -> p.equals(m.author()) || (p.equals(m.recipient()) && m.isVisibleToRecipient()))
        .orElse(true);
  }

  private static boolean visibleTo(Recipient recipient, ProcessEvent e, ProcessCase c,
      boolean staff) {
    if (e instanceof ExceptionEstablished || e instanceof DisclosureRecorded
        || e instanceof DisclosureAgreed || e instanceof ExceptionRevoked
        || e instanceof DisclosureAgreementRevoked || e instanceof WithdrawalFlagged) {
      return staff;
    }
    if (recipient.participant().isEmpty()) {
      return true;
    }
    ParticipantId p = recipient.participant().get();
    if (e instanceof MessageSubmitted m) {
      return c.message(m.id()).map(x -> seesMessage(recipient, x)).orElse(false);
    }
    if (e instanceof MessageRelayed r) {
      return c.message(r.id()).map(x -> seesMessage(recipient, x)).orElse(false);
    }
    if (e instanceof MessageReturned r) {
      return c.message(r.id()).map(x -> x.author().equals(p)).orElse(false);
    }
    if (e instanceof StatementRecorded s) {
      return s.author().equals(p);
    }
    if (e instanceof AgreementProposed a) {
      return a.items().stream().anyMatch(i -> i.concerned().contains(p));
    }
    if (e instanceof AgreementAssented a) {
      return concerns(c, a.item().value(), p);
    }
    if (e instanceof ItemFollowedUp f) {
      return concerns(c, f.item().value(), p);
    }
    return true;
  }

  private static boolean concerns(ProcessCase c, String item, ParticipantId p) {
    return c.agreement().map(a -> a.items().stream().anyMatch(i -> i.id().value().equals(item)
        && i.concerned().contains(p))).orElse(false);
  }

  private static BilingualText messageDescription(Message m, Names names) {
    String status = switch (m.status()) {
      case SUBMITTED -> "awaiting the facilitator";
      case RELAYED -> "relayed " + m.reviewedOn().orElseThrow();
      case RETURNED -> "returned " + m.reviewedOn().orElseThrow();
    };
    String statusFr = switch (m.status()) {
      case SUBMITTED -> "en attente du médiateur";
      case RELAYED -> "transmis le " + m.reviewedOn().orElseThrow();
      case RETURNED -> "renvoyé le " + m.reviewedOn().orElseThrow();
    };
    String channel = m.channel().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return t(channel + " " + names.ref(m.id().value()) + "from " + names.of(m.author()) + " to "
            + names.of(m.recipient()) + ", " + status,
        channel + " " + names.ref(m.id().value()) + "de " + names.of(m.author()) + " à "
            + names.of(m.recipient()) + ", " + statusFr);
  }

  private static BilingualText itemDescription(Agreement a, AgreementItem item) {
    String kind = item.term().kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return t("agreement item " + item.id() + " (" + kind + "), " + a.status(item.id()),
        "élément d'entente " + item.id() + " (" + kind + "), " + a.status(item.id()));
  }

  private static String termText(AgreementTerm term) {
    if (term instanceof AgreementTerm.Apology a) {
      return "apology: " + a.form().textForLibrary();
    } else if (term instanceof AgreementTerm.FinancialCompensation f) {
      return "financial compensation of " + f.amount().currency().getCurrencyCode() + " "
          + f.amount().amount().toPlainString() + ", paid "
          + f.schedule().instalments().stream().map(i -> i.due() + " "
              + i.amount().amount().toPlainString()).collect(Collectors.joining(", "))
          + ": " + f.purpose().textForLibrary();
    } else if (term instanceof AgreementTerm.Donation d) {
      return "donation of " + d.amount().currency().getCurrencyCode() + " "
          + d.amount().amount().toPlainString() + " to " + d.organisation().textForLibrary();
    } else if (term instanceof AgreementTerm.CommunityService s) {
      return s.hours() + " hours of community service: " + s.description().textForLibrary();
    } else if (term instanceof AgreementTerm.Repair r) {
      return "repair: " + r.description().textForLibrary();
    } else {
      return ((AgreementTerm.Other) term).description().textForLibrary();
    }
  }

  /** Describes an event; an undescribed kind fails loudly rather than falling through. */
  private static BilingualText describe(ProcessEvent e, Names n, ProcessCase c) {
    if (e instanceof CaseOpened o) {
      return t("case opened at the request of " + n.of(o.requestedBy()) + " for "
              + o.processType().label().en(),
          "dossier ouvert à la demande de " + n.of(o.requestedBy()) + " pour "
              + o.processType().label().fr());
    } else if (e instanceof ParticipantEnrolled p) {
      return t(n.of(p.enrolment().id()) + " enrolled", n.of(p.enrolment().id()) + " inscrit");
    } else if (e instanceof StageEntered s) {
      return t("stage " + s.stage(), "étape " + s.stage());
    } else if (e instanceof CaseClosed x) {
      return t("case closed: " + x.reason(), "dossier fermé : " + x.reason());
    } else if (e instanceof CaseReopened) {
      return t("case reopened", "dossier rouvert");
    } else if (e instanceof EligibilityRecorded r) {
      return t("screening " + r.decision().programme() + " " + r.decision().outcome(),
          "présélection " + r.decision().programme() + " " + r.decision().outcome());
    } else if (e instanceof ReviewRecorded r) {
      return t("review " + r.outcome(), "examen " + r.outcome());
    } else if (e instanceof ConsentGiven g) {
      return t(n.of(g.participant()) + " consented" + (g.informed() ? " (informed, " : " (not informed, ")
              + g.form() + ")",
          n.of(g.participant()) + " a consenti" + (g.informed() ? " (éclairé, " : " (non éclairé, ")
              + g.form() + ")");
    } else if (e instanceof ConsentWithdrawn w) {
      return t(n.of(w.participant()) + " withdrew", n.of(w.participant()) + " s'est retiré");
    } else if (e instanceof SafetyAssessed s) {
      return t("safety assessed: " + s.riskToVictim(), "sécurité évaluée : " + s.riskToVictim());
    } else if (e instanceof ProcessTypeChanged t) {
      return t("process type changed to " + t.processType().label().en(),
          "type de processus changé pour " + t.processType().label().fr());
    } else if (e instanceof MeetingScheduled m) {
      return t("meeting scheduled for " + m.meeting().meetingOn() + " (" + m.meeting().channel()
          + ")", "rencontre prévue le " + m.meeting().meetingOn() + " (" + m.meeting().channel()
          + ")");
    } else if (e instanceof MessageSubmitted m) {
      return t(m.channel() + " " + n.ref(m.id().value()) + "given to the facilitator by "
              + n.of(m.author()) + " for " + n.of(m.recipient()),
          m.channel() + " " + n.ref(m.id().value()) + "remis au médiateur par " + n.of(m.author())
              + " pour " + n.of(m.recipient()));
    } else if (e instanceof MessageRelayed r) {
      return t("message " + n.ref(r.id().value()) + "relayed by the facilitator",
          "message " + n.ref(r.id().value()) + "transmis par le médiateur");
    } else if (e instanceof MessageReturned r) {
      return t("message " + n.ref(r.id().value()) + "returned to its author",
          "message " + n.ref(r.id().value()) + "renvoyé à son auteur");
    } else if (e instanceof StatementRecorded s) {
      return t("statement of " + n.of(s.author()) + " recorded",
          "déclaration de " + n.of(s.author()) + " consignée");
    } else if (e instanceof AgreementProposed a) {
      int count = a.items().size();
      return t("agreement proposed (" + count + (count == 1 ? " item)" : " items)"),
          "entente proposée (" + count + (count == 1 ? " élément)" : " éléments)"));
    } else if (e instanceof AgreementAssented a) {
      return t(n.of(a.party()) + " assented to item " + a.item(),
          n.of(a.party()) + " a accepté l'élément " + a.item());
    } else if (e instanceof ItemFollowedUp f) {
      return t("follow-up: item " + f.item() + " " + f.status(),
          "suivi : élément " + f.item() + " " + f.status());
    } else if (e instanceof DisclosureAgreed d) {
      return t(n.of(d.party()) + " agreed to disclosure to " + d.recipient(),
          n.of(d.party()) + " a consenti à la divulgation à " + d.recipient());
    } else if (e instanceof ExceptionEstablished x) {
      return t("exception established: " + x.ground() + " towards " + x.recipient(),
          "exception établie : " + x.ground() + " envers " + x.recipient());
    } else if (e instanceof MeetingCancelled m) {
      return t("meeting " + m.meeting() + " cancelled", "rencontre " + m.meeting() + " annulée");
    } else if (e instanceof WithdrawalFlagged f) {
      return t("withdrawal of " + n.of(f.participant()) + " entered late; events flagged: "
              + f.events(),
          "retrait de " + n.of(f.participant()) + " consigné en retard; événements signalés : "
              + f.events());
    } else if (e instanceof ExceptionRevoked x) {
      return t("exception revoked: " + x.ground() + " towards " + x.recipient(),
          "exception révoquée : " + x.ground() + " envers " + x.recipient());
    } else if (e instanceof DisclosureAgreementRevoked r) {
      return t(n.of(r.party()) + " revoked their agreement to disclosure to " + r.recipient(),
          n.of(r.party()) + " a révoqué son accord à la divulgation à " + r.recipient());
    } else if (e instanceof DisclosureRecorded r) {
      DisclosureDecision d = r.decision();
      return t("disclosure of " + d.request().information() + " to "
              + n.recipient(d.request().recipient()) + " for " + d.request().purpose() + ": "
              + d.permission() + " (" + d.ruleId() + ")",
          "divulgation de " + d.request().information() + " à "
              + n.recipient(d.request().recipient()) + " pour " + d.request().purpose() + " : "
              + d.permission() + " (" + d.ruleId() + ")");
    } else {
      throw new IllegalStateException("event kind not described: " + e.kind());
    }
  }

  private static BilingualText t(String en, String fr) {
    return BilingualText.of(en, fr);
  }

  /** How participants are named: by id and role, or by role only in redacted form. */
  private static final class Names {
    private final ProcessCase processCase;
    private final boolean redacted;

    Names(ProcessCase processCase, boolean redacted) {
      this.processCase = processCase;
      this.redacted = redacted;
    }

    String of(ParticipantId id) {
      String role = processCase.participant(id).map(e -> e.role().name()).orElse("PARTICIPANT");
      return redacted ? role : id.value();
    }

    String describe(Enrolment e) {
      return redacted ? e.role().name() : e.id().value() + " (" + e.role().name() + ")";
    }

    String ref(String id) {
      return redacted ? "" : id + " ";
    }

    String recipient(Recipient r) {
      return r.participant().map(p -> "PARTICIPANT " + of(p)).orElse(r.kind().name());
    }
  }
}
