package org.rjkit.process.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.process.agreement.AgreementItem;
import org.rjkit.process.agreement.AgreementTerm;
import org.rjkit.process.agreement.Instalment;
import org.rjkit.process.agreement.Money;
import org.rjkit.process.confidentiality.DisclosureDecision;
import org.rjkit.process.lifecycle.EligibilityDecision;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.Meeting;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent;
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
import org.rjkit.process.lifecycle.ProcessEvent.WithdrawalFlagged;

/**
 * The system of record's writer: writes a case's whole history, <b>process content
 * included</b>, as a process history document (version {@value
 * ProcessHistoryStorageReader#SCHEMA_VERSION}, schema {@code process-history.schema.json}) for
 * the vendor's own store. <b>This is storage, not disclosure</b>: it writes everything, and what
 * it writes never goes to a recipient (recipients receive views, through a capability, from
 * {@link ProcessJson}). {@link ProcessHistoryStorageReader} loads the document back;
 * {@code read(write(c))} equals {@code c}.
 *
 * <p>Events are numbered {@code E1}, {@code E2}, … in history order; the events the guards added
 * on their own are marked {@code "automatic": true} with the actor {@code library}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 1.0
 */
public final class ProcessHistoryStorageWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String LIBRARY = "library";
  private static final String PROGRAMME = "programme";

  /** A writer of process history documents. */
  public ProcessHistoryStorageWriter() {}

  /**
   * The whole case as a process history document, indented by two spaces with {@code \n} line
   * ends: for the vendor's store only.
   *
   * @param processCase not null
   * @return the document
   */
  public String writePretty(ProcessCase processCase) {
    return RjkitJson.writePretty(toTree(processCase));
  }

  /**
   * The whole case as a process history document on one line: for the vendor's store only.
   *
   * @param processCase not null
   * @return the document, without line breaks
   */
  public String write(ProcessCase processCase) {
    return RjkitJson.write(toTree(processCase));
  }

  /**
   * The whole case as a process history document's JSON tree: for the vendor's store only.
   *
   * @param processCase not null
   * @return a new tree
   */
  public ObjectNode toTree(ProcessCase processCase) {
    checkNotNull(processCase, "processCase");
    ObjectNode root = NODES.objectNode();
    root.put("schemaVersion", ProcessHistoryStorageReader.SCHEMA_VERSION);
    root.put("caseId", processCase.caseId().value());
    root.put("programme", processCase.programme().value());
    ArrayNode events = root.putArray("events");
    List<ProcessEvent> h = processCase.history();
    List<Boolean> automatic = automaticFlags(h);
    for (int i = 0; i < h.size(); i++) {
      events.add(event(h.get(i), i + 1, automatic.get(i)));
    }
    return root;
  }

  /** Which events the guards added on their own: replayed one by one, the extra ones. */
  private static List<Boolean> automaticFlags(List<ProcessEvent> h) {
    List<Boolean> flags = new ArrayList<>();
    flags.add(false);
    ProcessCase c = ProcessCase.open((CaseOpened) h.get(0));
    int i = 1;
    while (i < h.size()) {
      ProcessCase next = recordTrusted(c, h.get(i));
      int added = next.history().size() - c.history().size() - 1;
      flags.add(false);
      for (int k = 0; k < added; k++) {
        flags.add(true);
      }
      i += 1 + added;
      c = next;
    }
    return flags;
  }

  private static ProcessCase recordTrusted(ProcessCase c, ProcessEvent e) {
    return c.record(e);
  }

  /** One event as stored; the reader compares stored events this way. */
  static ObjectNode event(ProcessEvent e, int position, boolean automatic) {
    ObjectNode o = NODES.objectNode();
    o.put("type", e.kind().typeName());
    o.put("eventId", "E" + position);
    o.put("actor", actor(e, automatic));
    o.put("effective", effective(e).toString());
    o.put("entered", e.on().toString());
    if (automatic) {
      o.put("automatic", true);
    }
    switch (e.kind()) {
      case CASE_OPENED -> {
        CaseOpened x = (CaseOpened) e;
        o.put("processType", x.processType().name());
        ArrayNode ps = o.putArray("participants");
        x.participants().forEach(p -> ps.add(enrolment(p)));
        o.put("requestedBy", x.requestedBy().value());
      }
      case PARTICIPANT_ENROLLED -> o.set("participant",
          enrolment(((ParticipantEnrolled) e).enrolment()));
      case STAGE_ENTERED -> o.put("stage", ((StageEntered) e).stage().name());
      case CASE_CLOSED -> o.put("reason", ((CaseClosed) e).reason().name());
      case CASE_REOPENED -> { }
      case ELIGIBILITY_RECORDED -> {
        EligibilityDecision d = ((EligibilityRecorded) e).decision();
        o.put("programme", d.programme().value());
        o.put("ruleSetVersion", d.ruleSetVersion());
        o.put("asOf", d.asOf().toString());
        o.put("outcome", d.outcome().name());
        ObjectNode phases = o.putObject("phases");
        d.phases().forEach((k, v) -> phases.put(k.name(), v.name()));
        ArrayNode rules = o.putArray("blockingRules");
        d.blockingRules().forEach(rules::add);
        ArrayNode facts = o.putArray("missingFacts");
        d.missingFacts().forEach(facts::add);
      }
      case REVIEW_RECORDED -> o.put("outcome", ((ReviewRecorded) e).outcome().name());
      case CONSENT_GIVEN -> {
        ConsentGiven x = (ConsentGiven) e;
        o.put("participant", x.participant().value());
        o.put("informed", x.informed());
        o.put("form", x.form().name());
      }
      case CONSENT_WITHDRAWN -> o.put("participant",
          ((ConsentWithdrawn) e).participant().value());
      case SAFETY_ASSESSED -> o.put("riskToVictim", ((SafetyAssessed) e).riskToVictim().name());
      case PROCESS_TYPE_CHANGED -> o.put("processType",
          ((ProcessTypeChanged) e).processType().name());
      case MEETING_SCHEDULED -> {
        Meeting m = ((MeetingScheduled) e).meeting();
        o.put("meetingOn", m.meetingOn().toString());
        o.put("channel", m.channel().name());
        ArrayNode a = o.putArray("attendees");
        m.attendees().forEach(p -> a.add(p.value()));
      }
      case MEETING_CANCELLED -> o.put("meeting", ((MeetingCancelled) e).meeting());
      case MESSAGE_SUBMITTED -> {
        MessageSubmitted m = (MessageSubmitted) e;
        o.put("messageId", m.id().value());
        o.put("author", m.author().value());
        o.put("recipient", m.recipient().value());
        o.put("channel", m.channel().name());
        o.put("content", m.content().textForLibrary());
      }
      case MESSAGE_RELAYED -> o.put("messageId", ((MessageRelayed) e).id().value());
      case MESSAGE_RETURNED -> o.put("messageId", ((MessageReturned) e).id().value());
      case STATEMENT_RECORDED -> {
        StatementRecorded s = (StatementRecorded) e;
        o.put("author", s.author().value());
        o.put("content", s.content().textForLibrary());
      }
      case AGREEMENT_PROPOSED -> {
        ArrayNode items = o.putArray("items");
        for (AgreementItem item : ((AgreementProposed) e).items()) {
          ObjectNode i = items.addObject();
          i.put("itemId", item.id().value());
          ArrayNode concerned = i.putArray("concerned");
          item.concerned().forEach(p -> concerned.add(p.value()));
          i.set("term", term(item.term()));
        }
      }
      case AGREEMENT_ASSENTED -> {
        AgreementAssented a = (AgreementAssented) e;
        o.put("itemId", a.item().value());
        o.put("party", a.party().value());
      }
      case ITEM_FOLLOWED_UP -> {
        ItemFollowedUp f = (ItemFollowedUp) e;
        o.put("itemId", f.item().value());
        o.put("status", f.status().name());
      }
      case DISCLOSURE_AGREED -> {
        DisclosureAgreed d = (DisclosureAgreed) e;
        o.put("participant", d.party().value());
        o.put("recipient", d.recipient().name());
      }
      case DISCLOSURE_AGREEMENT_REVOKED -> {
        DisclosureAgreementRevoked d = (DisclosureAgreementRevoked) e;
        o.put("participant", d.party().value());
        o.put("recipient", d.recipient().name());
      }
      case EXCEPTION_ESTABLISHED -> {
        ExceptionEstablished x = (ExceptionEstablished) e;
        o.put("author", x.author().value());
        o.put("ground", x.ground().name());
        o.put("recipient", x.recipient().name());
        ArrayNode items = o.putArray("items");
        x.items().forEach(r -> items.add(r.toString()));
        x.reason().ifPresent(r -> o.put("reason", r.textForLibrary()));
        o.put("until", x.until().toString());
      }
      case EXCEPTION_REVOKED -> {
        ExceptionRevoked x = (ExceptionRevoked) e;
        o.put("author", x.author().value());
        o.put("ground", x.ground().name());
        o.put("recipient", x.recipient().name());
      }
      case DISCLOSURE_RECORDED -> {
        DisclosureDecision d = ((DisclosureRecorded) e).decision();
        o.put("policyId", d.policyId());
        o.put("information", d.request().information().name());
        o.put("recipient", d.request().recipient().toString());
        o.put("purpose", d.request().purpose().name());
        o.put("permission", d.permission().name());
        o.put("ruleId", d.ruleId());
        d.exception().ifPresent(g -> o.put("exception", g.name()));
      }
      case WITHDRAWAL_FLAGGED -> {
        WithdrawalFlagged f = (WithdrawalFlagged) e;
        o.put("participant", f.participant().value());
        ArrayNode flagged = o.putArray("flagged");
        f.events().forEach(n -> flagged.add("E" + n));
      }
    }
    return o;
  }

  /** Who the event is about or by: a participant, the library (automatic) or the programme. */
  static String actor(ProcessEvent e, boolean automatic) {
    if (automatic) {
      return LIBRARY;
    }
    return switch (e.kind()) {
      case CONSENT_GIVEN -> ((ConsentGiven) e).participant().value();
      case CONSENT_WITHDRAWN -> ((ConsentWithdrawn) e).participant().value();
      case MESSAGE_SUBMITTED -> ((MessageSubmitted) e).author().value();
      case AGREEMENT_ASSENTED -> ((AgreementAssented) e).party().value();
      case DISCLOSURE_AGREED -> ((DisclosureAgreed) e).party().value();
      case DISCLOSURE_AGREEMENT_REVOKED -> ((DisclosureAgreementRevoked) e).party().value();
      case EXCEPTION_ESTABLISHED -> ((ExceptionEstablished) e).author().value();
      case EXCEPTION_REVOKED -> ((ExceptionRevoked) e).author().value();
      case DISCLOSURE_RECORDED -> LIBRARY;
      case CASE_OPENED, PARTICIPANT_ENROLLED, STAGE_ENTERED, CASE_CLOSED, CASE_REOPENED,
          ELIGIBILITY_RECORDED, REVIEW_RECORDED, SAFETY_ASSESSED, PROCESS_TYPE_CHANGED,
          MEETING_SCHEDULED, MEETING_CANCELLED, MESSAGE_RELAYED, MESSAGE_RETURNED,
          STATEMENT_RECORDED, AGREEMENT_PROPOSED, ITEM_FOLLOWED_UP, WITHDRAWAL_FLAGGED ->
          PROGRAMME;
    };
  }

  private static LocalDate effective(ProcessEvent e) {
    return e instanceof ConsentWithdrawn w ? w.effective() : e.on();
  }

  private static ObjectNode enrolment(Enrolment e) {
    ObjectNode o = NODES.objectNode();
    o.put("id", e.id().value());
    o.put("role", e.role().name());
    o.put("processRole", e.processRole().name());
    return o;
  }

  private static ObjectNode money(Money m) {
    ObjectNode o = NODES.objectNode();
    o.put("amount", m.amountText());
    o.put("currency", m.currency().getCurrencyCode());
    return o;
  }

  private static ObjectNode term(AgreementTerm term) {
    ObjectNode o = NODES.objectNode();
    o.put("kind", term.kind().name());
    if (term instanceof AgreementTerm.Apology a) {
      o.put("form", a.form().textForLibrary());
    } else if (term instanceof AgreementTerm.FinancialCompensation f) {
      o.set("amount", money(f.amount()));
      ArrayNode s = o.putArray("schedule");
      for (Instalment i : f.schedule().instalments()) {
        ObjectNode x = s.addObject();
        x.put("due", i.due().toString());
        x.set("amount", money(i.amount()));
      }
      o.put("purpose", f.purpose().textForLibrary());
    } else if (term instanceof AgreementTerm.Donation d) {
      o.set("amount", money(d.amount()));
      o.put("organisation", d.organisation().textForLibrary());
    } else if (term instanceof AgreementTerm.CommunityService c) {
      o.put("hours", c.hours());
      o.put("description", c.description().textForLibrary());
    } else if (term instanceof AgreementTerm.Repair r) {
      o.put("description", r.description().textForLibrary());
    } else if (term instanceof AgreementTerm.Other x) {
      o.put("description", x.description().textForLibrary());
    }
    return o;
  }
}
