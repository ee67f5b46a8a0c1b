package org.rjkit.process.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.internal.Identifier;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.language.Message;
import org.rjkit.core.json.internal.ObjectInput;
import org.rjkit.core.json.internal.Problems;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Role;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.process.agreement.AgreementItem;
import org.rjkit.process.agreement.AgreementItemId;
import org.rjkit.process.agreement.AgreementTerm;
import org.rjkit.process.agreement.Instalment;
import org.rjkit.process.agreement.ItemKind;
import org.rjkit.process.agreement.ItemStatus;
import org.rjkit.process.agreement.Money;
import org.rjkit.process.agreement.PaymentSchedule;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.confidentiality.ContentKind;
import org.rjkit.process.confidentiality.ContentRef;
import org.rjkit.process.confidentiality.DisclosureDecision;
import org.rjkit.process.confidentiality.DisclosurePolicy;
import org.rjkit.process.confidentiality.DisclosureRequest;
import org.rjkit.process.confidentiality.ExceptionGround;
import org.rjkit.process.confidentiality.InformationClass;
import org.rjkit.process.confidentiality.Permission;
import org.rjkit.process.confidentiality.PolicyRegistry;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.Purpose;
import org.rjkit.process.confidentiality.Recipient;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.lifecycle.ClosureReason;
import org.rjkit.process.lifecycle.EligibilityDecision;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.EventKind;
import org.rjkit.process.lifecycle.Meeting;
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
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.lifecycle.ReviewOutcome;
import org.rjkit.process.lifecycle.TransitionRefusedException;
import org.rjkit.process.type.Channel;
import org.rjkit.process.type.ProcessRole;
import org.rjkit.process.type.ProcessType;

/**
 * The system of record's reader: loads a process history document (version {@value
 * #SCHEMA_VERSION}, schema {@code process-history.schema.json}) that
 * {@link ProcessHistoryStorageWriter} wrote to the vendor's own store, back into a case.
 *
 * <p>Loading is strict and trusts nothing: every error names its JSON path and never echoes a
 * value; then every event is applied again through the same guards as when it was recorded, the
 * automatic consequences are checked to be exactly those the guards produce (reproduced, never
 * duplicated), and every recorded disclosure is decided again under the policy the registry binds
 * to the case's programme. A tampered history is refused naming the event id and the rule.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 1.0
 */
public final class ProcessHistoryStorageReader {

  /** The document's schema version. */
  public static final String SCHEMA_VERSION = "1";
  /** The class-path resource of the document's JSON Schema. */
  public static final String SCHEMA_RESOURCE =
      "org/rjkit/process/json/schema/process-history.schema.json";

  private static final Pattern EVENT_ID = Pattern.compile("E[1-9][0-9]{0,8}");
  private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,15}(\\.[0-9]{1,4})?");

  private final PolicyRegistry registry;

  /**
   * A reader for cases whose programmes a registry binds to their disclosure policies.
   *
   * @param registry not null
   */
  public ProcessHistoryStorageReader(PolicyRegistry registry) {
    this.registry = checkNotNull(registry, "registry");
  }

  /**
   * A reader for cases of the built-in programmes ({@link PolicyRegistry#builtIn()}).
   *
   * @return the reader
   */
  public static ProcessHistoryStorageReader builtIn() {
    return new ProcessHistoryStorageReader(PolicyRegistry.builtIn());
  }

  /**
   * Loads a stored history: reads it strictly, then applies every event through the guards.
   *
   * @param json the document, not null
   * @return the case
   * @throws InvalidInputException with every problem (JSON path and rule, never a value), or
   *     with the first event refused by a guard (its path, its event id and the rule)
   */
  public ProcessCase read(String json) {
    checkNotNull(json, "json");
    return read(RjkitJson.readObject(json));
  }

  /**
   * Loads a stored history from characters, as {@link #read(String)} does.
   *
   * @param reader the document, not null; read to its end, not closed
   * @return the case
   * @throws InvalidInputException as {@link #read(String)} does
   * @throws java.io.UncheckedIOException if the reader fails
   */
  public ProcessCase read(Reader reader) {
    return read(RjkitJson.readObject(reader));
  }

  /**
   * Loads a stored history from UTF-8 bytes, as {@link #read(String)} does.
   *
   * @param in the document in UTF-8, not null; read to its end, not closed
   * @return the case
   * @throws InvalidInputException as {@link #read(String)} does, and for bytes that are not UTF-8
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public ProcessCase read(InputStream in) {
    return read(RjkitJson.readObject(in));
  }

  /**
   * Loads a stored history from a parsed JSON value (parse it with {@link RjkitJson} to keep the
   * limits and the duplicate-field check), as {@link #read(String)} does.
   *
   * @param node the document's value, not null
   * @return the case
   * @throws InvalidInputException as {@link #read(String)} does
   */
  public ProcessCase read(JsonNode node) {
    checkNotNull(node, "node");
    Problems problems = new Problems();
    Optional<ObjectInput> top = ObjectInput.of(node, "$", problems);
    if (top.isEmpty()) {
      problems.throwIfAny();
    }
    ObjectInput in = top.orElseThrow();
    in.allowOnly(List.of("schemaVersion", "caseId", "programme", "events"), Message.of("input.what.history"));
    in.text("schemaVersion", true).ifPresent(v -> {
      if (!SCHEMA_VERSION.equals(v)) {
        problems.report("$.schemaVersion", "input.schemaVersion", SCHEMA_VERSION);
      }
    });
    Optional<CaseId> caseId = in.id("caseId", true, CaseId::of);
    Optional<ProgrammeId> programme = in.id("programme", true, ProgrammeId::of);
    List<Read> events = new ArrayList<>();
    in.array("events", true).ifPresent(items -> {
      if (items.isEmpty()) {
        problems.report("$.events", "input.history.noEvents");
      }
      for (int i = 0; i < items.size(); i++) {
        String at = ObjectInput.index("$.events", i);
        int position = i + 1;
        ObjectInput.of(items.get(i), at, problems).flatMap(o -> readEvent(o, position))
            .ifPresent(events::add);
      }
    });
    problems.throwIfAny();
    if (!(events.get(0).event instanceof CaseOpened opened)) {
      throw new InvalidInputException("$.events[0].type", Message.of("input.history.firstEvent"));
    }
    for (int i = 1; i < events.size(); i++) {
      if (events.get(i).event instanceof CaseOpened) {
        throw new InvalidInputException(events.get(i).path + ".type",
            Message.of("input.history.openedOnce"));
      }
    }
    // An opening event may repeat the case id, the programme or both; each one it repeats must
    // be the document's.
    boolean caseDiffers = !opened.caseId().equals(PLACEHOLDER_CASE)
        && !opened.caseId().equals(caseId.orElseThrow());
    boolean programmeDiffers = !opened.programme().equals(PLACEHOLDER_PROGRAMME)
        && !opened.programme().equals(programme.orElseThrow());
    if (caseDiffers || programmeDiffers) {
      throw new InvalidInputException("$.events[0]",
          Message.of("input.history.openingMismatch"));
    }
    Read first = events.get(0);
    events.set(0, new Read(new CaseOpened(opened.on(), caseId.orElseThrow(),
        programme.orElseThrow(), opened.processType(), opened.participants(),
        opened.requestedBy()), first.automatic, first.actor, first.path));
    return apply(events);
  }

  /** One event as read: the event, whether it was marked automatic, and its actor. */
  private record Read(ProcessEvent event, boolean automatic, String actor, String path) {}

  private ProcessCase apply(List<Read> events) {
    ProcessCase c = ProcessCase.open((CaseOpened) events.get(0).event);
    checkActor(events.get(0));
    int i = 1;
    while (i < events.size()) {
      Read r = events.get(i);
      String id = "E" + (i + 1);
      if (r.automatic) {
        throw new InvalidInputException(r.path, Message.of("input.history.automaticOrphan", id));
      }
      checkActor(r);
      if (r.event instanceof DisclosureRecorded d) {
        checkDisclosure(c, d, r.path, id);
      }
      ProcessCase next;
      try {
        next = c.record(r.event);
      } catch (TransitionRefusedException refused) {
        throw new InvalidInputException(r.path,
            Message.of("input.history.refused", id, refused.ruleId()));
      } catch (IllegalArgumentException | IllegalStateException malformed) {
        throw new InvalidInputException(r.path, Message.of("input.history.structure", id));
      }
      List<ProcessEvent> produced = next.history().subList(c.history().size() + 1,
          next.history().size());
      for (int k = 0; k < produced.size(); k++) {
        int at = i + 1 + k;
        String autoId = "E" + (at + 1);
        if (at >= events.size() || !events.get(at).automatic
            || !sameStored(events.get(at).event, produced.get(k))) {
          throw new InvalidInputException(at < events.size() ? events.get(at).path : "$.events",
              Message.of("input.history.automaticMismatch", autoId, id));
        }
      }
      i += 1 + produced.size();
      c = next;
    }
    return c;
  }

  private static boolean sameStored(ProcessEvent a, ProcessEvent b) {
    return ProcessHistoryStorageWriter.event(a, 1, true)
        .equals(ProcessHistoryStorageWriter.event(b, 1, true));
  }

  private static void checkActor(Read r) {
    if (!ProcessHistoryStorageWriter.actor(r.event, r.automatic).equals(r.actor)) {
      throw new InvalidInputException(r.path + ".actor",
          Message.of("input.history.actor"));
    }
  }

  /** A recorded disclosure must be the decision the case's own policy gives at that point. */
  private void checkDisclosure(ProcessCase c, DisclosureRecorded d, String path, String id) {
    Optional<DisclosurePolicy> policy = registry.policyFor(c.programme());
    DisclosureRequest request = d.decision().request();
    boolean same = policy.map(p -> p.decide(request,
            c.establishedExceptions(request.recipient().kind(), d.on())).equals(d.decision()))
        .orElse(false);
    if (!same) {
      throw new InvalidInputException(path, Message.of("input.history.disclosure", id));
    }
  }

  private Optional<Read> readEvent(ObjectInput o, int position) {
    Problems p = o.problems();
    int before = p.count();
    Optional<EventKind> kind = o.text("type", true).flatMap(t -> {
      Optional<EventKind> k = EventKind.ofTypeName(t);
      if (k.isEmpty()) {
        p.report(o.path("type"), "input.history.eventType");
      }
      return k;
    });
    o.matching("eventId", true, EVENT_ID, Message.of("input.history.eventIdSyntax"))
        .ifPresent(v -> {
          if (!v.equals("E" + position)) {
            p.report(o.path("eventId"), "input.history.eventId", "E" + position);
          }
        });
    Optional<String> actor = o.nonBlank("actor", true);
    Optional<LocalDate> effective = o.date("effective", true);
    Optional<LocalDate> entered = o.date("entered", true);
    boolean automatic = o.flag("automatic");
    if (kind.isEmpty() || effective.isEmpty() || entered.isEmpty() || p.count() > before) {
      return Optional.empty();
    }
    if (kind.get() != EventKind.CONSENT_WITHDRAWN && !effective.get().equals(entered.get())) {
      p.report(o.path("effective"), "input.history.effectiveEqualsEntered");
    }
    List<String> common = List.of("type", "eventId", "actor", "effective", "entered",
        "automatic");
    LocalDate on = entered.get();
    Optional<ProcessEvent> event = switch (kind.get()) {
      case CASE_OPENED -> {
        allow(o, common, "processType", "participants", "requestedBy", "caseId", "programme");
        yield Optional.empty();
      }
      case PARTICIPANT_ENROLLED -> {
        allow(o, common, "participant");
        yield o.object("participant", true, this::enrolmentOf)
            .map(e -> new ParticipantEnrolled(on, e));
      }
      case STAGE_ENTERED -> {
        allow(o, common, "stage");
        yield o.enumValue("stage", true, ProcessStage.class).flatMap(s ->
            guard(o, "stage", () -> new StageEntered(on, s)));
      }
      case CASE_CLOSED -> {
        allow(o, common, "reason");
        yield o.enumValue("reason", true, ClosureReason.class).map(r -> new CaseClosed(on, r));
      }
      case CASE_REOPENED -> {
        allow(o, common);
        yield Optional.of(new CaseReopened(on));
      }
      case ELIGIBILITY_RECORDED -> {
        allow(o, common, "programme", "ruleSetVersion", "asOf", "outcome", "phases",
            "blockingRules", "missingFacts");
        yield eligibility(o).map(d -> new EligibilityRecorded(on, d));
      }
      case REVIEW_RECORDED -> {
        allow(o, common, "outcome");
        yield o.enumValue("outcome", true, ReviewOutcome.class).map(r -> new ReviewRecorded(on,
            r));
      }
      case CONSENT_GIVEN -> {
        allow(o, common, "participant", "informed", "form");
        Optional<ParticipantId> who = o.id("participant", true, ParticipantId::of);
        Optional<Boolean> informed = o.bool("informed", true);
        Optional<ConsentForm> form = o.enumValue("form", true, ConsentForm.class);
        yield who.isPresent() && informed.isPresent() && form.isPresent()
            ? Optional.of(new ConsentGiven(on, who.get(), informed.get(), form.get()))
            : Optional.empty();
      }
      case CONSENT_WITHDRAWN -> {
        allow(o, common, "participant");
        if (effective.get().isAfter(on)) {
          p.report(o.path("effective"), "input.history.effectiveAfterEntered");
          yield Optional.empty();
        }
        yield o.id("participant", true, ParticipantId::of)
            .map(w -> new ConsentWithdrawn(on, w, effective.get()));
      }
      case SAFETY_ASSESSED -> {
        allow(o, common, "riskToVictim");
        yield o.enumValue("riskToVictim", true, RiskLevel.class)
            .map(r -> new SafetyAssessed(on, r));
      }
      case PROCESS_TYPE_CHANGED -> {
        allow(o, common, "processType");
        yield o.enumValue("processType", true, ProcessType.class)
            .map(t -> new ProcessTypeChanged(on, t));
      }
      case MEETING_SCHEDULED -> {
        allow(o, common, "meetingOn", "channel", "attendees");
        Optional<LocalDate> meetingOn = o.date("meetingOn", true);
        Optional<Channel> channel = o.enumValue("channel", true, Channel.class);
        Optional<List<ParticipantId>> attendees = ids(o, "attendees");
        yield meetingOn.isPresent() && channel.isPresent() && attendees.isPresent()
            ? guard(o, "meetingOn", () -> new MeetingScheduled(on, new Meeting(on,
                meetingOn.get(), channel.get(), attendees.get())))
            : Optional.empty();
      }
      case MEETING_CANCELLED -> {
        allow(o, common, "meeting");
        yield o.integer("meeting", true, 1, 10_000).map(n -> new MeetingCancelled(on, n));
      }
      case MESSAGE_SUBMITTED -> {
        allow(o, common, "messageId", "author", "recipient", "channel", "content");
        Optional<MessageId> id = o.id("messageId", true, MessageId::of);
        Optional<ParticipantId> author = o.id("author", true, ParticipantId::of);
        Optional<ParticipantId> to = o.id("recipient", true, ParticipantId::of);
        Optional<Channel> channel = o.enumValue("channel", true, Channel.class);
        Optional<String> content = o.nonBlank("content", true);
        yield id.isPresent() && author.isPresent() && to.isPresent() && channel.isPresent()
            && content.isPresent()
            ? guard(o, "channel", () -> new MessageSubmitted(on, id.get(), author.get(),
                to.get(), channel.get(), ProcessContent.of(content.get())))
            : Optional.empty();
      }
      case MESSAGE_RELAYED -> {
        allow(o, common, "messageId");
        yield o.id("messageId", true, MessageId::of).map(m -> new MessageRelayed(on, m));
      }
      case MESSAGE_RETURNED -> {
        allow(o, common, "messageId");
        yield o.id("messageId", true, MessageId::of).map(m -> new MessageReturned(on, m));
      }
      case STATEMENT_RECORDED -> {
        allow(o, common, "author", "content");
        Optional<ParticipantId> author = o.id("author", true, ParticipantId::of);
        Optional<String> content = o.nonBlank("content", true);
        yield author.isPresent() && content.isPresent()
            ? Optional.of(new StatementRecorded(on, author.get(),
                ProcessContent.of(content.get())))
            : Optional.empty();
      }
      case AGREEMENT_PROPOSED -> {
        allow(o, common, "items");
        yield items(o).flatMap(items -> guard(o, "items",
            () -> new AgreementProposed(on, items)));
      }
      case AGREEMENT_ASSENTED -> {
        allow(o, common, "itemId", "party");
        Optional<AgreementItemId> item = o.id("itemId", true, AgreementItemId::of);
        Optional<ParticipantId> party = o.id("party", true, ParticipantId::of);
        yield item.isPresent() && party.isPresent()
            ? Optional.of(new AgreementAssented(on, item.get(), party.get()))
            : Optional.empty();
      }
      case ITEM_FOLLOWED_UP -> {
        allow(o, common, "itemId", "status");
        Optional<AgreementItemId> item = o.id("itemId", true, AgreementItemId::of);
        Optional<ItemStatus> status = o.enumValue("status", true, ItemStatus.class);
        yield item.isPresent() && status.isPresent()
            ? guard(o, "status", () -> new ItemFollowedUp(on, item.get(), status.get()))
            : Optional.empty();
      }
      case DISCLOSURE_AGREED, DISCLOSURE_AGREEMENT_REVOKED -> {
        allow(o, common, "participant", "recipient");
        Optional<ParticipantId> who = o.id("participant", true, ParticipantId::of);
        Optional<RecipientKind> to = o.enumValue("recipient", true, RecipientKind.class);
        yield who.isPresent() && to.isPresent()
            ? Optional.of(kind.get() == EventKind.DISCLOSURE_AGREED
                ? new DisclosureAgreed(on, who.get(), to.get())
                : new DisclosureAgreementRevoked(on, who.get(), to.get()))
            : Optional.empty();
      }
      case EXCEPTION_ESTABLISHED -> {
        allow(o, common, "author", "ground", "recipient", "items", "reason", "until");
        Optional<ParticipantId> author = o.id("author", true, ParticipantId::of);
        Optional<ExceptionGround> ground = o.enumValue("ground", true, ExceptionGround.class);
        Optional<RecipientKind> to = o.enumValue("recipient", true, RecipientKind.class);
        Optional<List<ContentRef>> refs = refs(o);
        Optional<String> reason = o.nonBlank("reason", false);
        Optional<LocalDate> until = o.date("until", true);
        yield author.isPresent() && ground.isPresent() && to.isPresent() && refs.isPresent()
            && until.isPresent()
            ? guard(o, "ground", () -> new ExceptionEstablished(on, author.get(), ground.get(),
                to.get(), refs.get(), reason.map(ProcessContent::of), until.get()))
            : Optional.empty();
      }
      case EXCEPTION_REVOKED -> {
        allow(o, common, "author", "ground", "recipient");
        Optional<ParticipantId> author = o.id("author", true, ParticipantId::of);
        Optional<ExceptionGround> ground = o.enumValue("ground", true, ExceptionGround.class);
        Optional<RecipientKind> to = o.enumValue("recipient", true, RecipientKind.class);
        yield author.isPresent() && ground.isPresent() && to.isPresent()
            ? Optional.of(new ExceptionRevoked(on, author.get(), ground.get(), to.get()))
            : Optional.empty();
      }
      case DISCLOSURE_RECORDED -> {
        allow(o, common, "policyId", "information", "recipient", "purpose", "permission",
            "ruleId", "exception");
        yield disclosure(o, on);
      }
      case WITHDRAWAL_FLAGGED -> {
        allow(o, common, "participant", "flagged");
        Optional<ParticipantId> who = o.id("participant", true, ParticipantId::of);
        Optional<List<Integer>> flagged = o.array("flagged", true).flatMap(a -> {
          List<Integer> n = new ArrayList<>();
          for (int i = 0; i < a.size(); i++) {
            Optional<String> v = o.matchingOf(a.get(i), ObjectInput.index(o.path("flagged"), i),
                EVENT_ID, Message.of("input.history.eventIdSyntax2"));
            if (v.isEmpty()) {
              return Optional.empty();
            }
            n.add(Integer.parseInt(v.get().substring(1)));
          }
          return Optional.of(n);
        });
        yield who.isPresent() && flagged.isPresent()
            ? guard(o, "flagged", () -> new WithdrawalFlagged(on, who.get(), flagged.get()))
            : Optional.empty();
      }
    };
    if (kind.get() == EventKind.CASE_OPENED) {
      event = caseOpened(o, on);
    }
    return event.map(e -> new Read(e, automatic, actor.orElse(""), o.path()));
  }

  private Optional<ProcessEvent> caseOpened(ObjectInput o, LocalDate on) {
    Optional<ProcessType> type = o.enumValue("processType", true, ProcessType.class);
    Optional<List<Enrolment>> participants = o.array("participants", true).flatMap(a -> {
      List<Enrolment> out = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        Optional<Enrolment> e = ObjectInput.of(a.get(i),
            ObjectInput.index(o.path("participants"), i), o.problems())
            .flatMap(this::enrolmentOf);
        if (e.isEmpty()) {
          return Optional.empty();
        }
        out.add(e.get());
      }
      return Optional.of(out);
    });
    Optional<ParticipantId> requestedBy = o.id("requestedBy", true, ParticipantId::of);
    Optional<CaseId> caseId = o.id("caseId", false, CaseId::of);
    Optional<ProgrammeId> programme = o.id("programme", false, ProgrammeId::of);
    if (type.isEmpty() || participants.isEmpty() || requestedBy.isEmpty()) {
      return Optional.empty();
    }
    // The case id and programme live at the top of the document; an opening event may repeat
    // them, and they are filled in by the caller otherwise.
    return guard(o, "participants", () -> new CaseOpened(on,
        caseId.orElse(PLACEHOLDER_CASE), programme.orElse(PLACEHOLDER_PROGRAMME), type.get(),
        participants.get(), requestedBy.get()));
  }

  private static final CaseId PLACEHOLDER_CASE = CaseId.of("unset");
  private static final ProgrammeId PLACEHOLDER_PROGRAMME = ProgrammeId.of("unset");

  private Optional<Enrolment> enrolmentOf(ObjectInput o) {
    o.allowOnly(List.of("id", "role", "processRole"), Message.of("input.what.participant"));
    Optional<ParticipantId> id = o.id("id", true, ParticipantId::of);
    Optional<Role> role = o.enumValue("role", true, Role.class);
    Optional<ProcessRole> part = o.enumValue("processRole", true, ProcessRole.class);
    if (id.isEmpty() || role.isEmpty() || part.isEmpty()) {
      return Optional.empty();
    }
    return guard(o, "processRole", () -> new Enrolment(id.get(), role.get(), part.get()));
  }

  private Optional<EligibilityDecision> eligibility(ObjectInput o) {
    Optional<ProgrammeId> programme = o.id("programme", true, ProgrammeId::of);
    Optional<String> version = o.nonBlank("ruleSetVersion", true);
    Optional<LocalDate> asOf = o.date("asOf", true);
    Optional<Outcome> outcome = o.enumValue("outcome", true, Outcome.class);
    Optional<Map<Phase, Outcome>> phases = o.object("phases", true).flatMap(ph -> {
      ph.allowOnly(List.of("ELIGIBILITY", "SUITABILITY"), Message.of("input.what.phasesOnly"));
      EnumMap<Phase, Outcome> m = new EnumMap<>(Phase.class);
      for (Phase phase : Phase.values()) {
        ph.enumValue(phase.name(), true, Outcome.class).ifPresent(v -> m.put(phase, v));
      }
      return m.size() == Phase.values().length ? Optional.of(m) : Optional.empty();
    });
    Optional<List<String>> rules = texts(o, "blockingRules");
    Optional<List<String>> facts = texts(o, "missingFacts");
    if (programme.isEmpty() || version.isEmpty() || asOf.isEmpty() || outcome.isEmpty()
        || phases.isEmpty() || rules.isEmpty() || facts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new EligibilityDecision(programme.get(), version.get(), asOf.get(),
        outcome.get(), phases.get(), rules.get(), facts.get()));
  }

  private Optional<ProcessEvent> disclosure(ObjectInput o, LocalDate on) {
    Optional<String> policyId = o.nonBlank("policyId", true);
    Optional<InformationClass> information = o.enumValue("information", true,
        InformationClass.class);
    Optional<Recipient> recipient = o.text("recipient", true).flatMap(t ->
        recipientOf(t, o.path("recipient"), o.problems()));
    Optional<Purpose> purpose = o.enumValue("purpose", true, Purpose.class);
    Optional<Permission> permission = o.enumValue("permission", true, Permission.class);
    Optional<String> ruleId = o.nonBlank("ruleId", true);
    Optional<ExceptionGround> exception = o.enumValue("exception", false, ExceptionGround.class);
    if (policyId.isEmpty() || information.isEmpty() || recipient.isEmpty() || purpose.isEmpty()
        || permission.isEmpty() || ruleId.isEmpty()) {
      return Optional.empty();
    }
    // A stored decision is re-made by the case's policy when the history is applied; here it is
    // only read. The policy's answer is rebuilt from the policy, never trusted from the file.
    DisclosureRequest request = new DisclosureRequest(information.get(), recipient.get(),
        purpose.get());
    Optional<DisclosurePolicy> policy = java.util.stream.Stream.concat(
            registry.bindings().values().stream(),
            org.rjkit.process.confidentiality.DisclosurePolicies.all().stream())
        .filter(x -> x.id().equals(policyId.get())).findFirst();
    if (policy.isEmpty()) {
      o.problems().report(o.path("policyId"), "input.history.policy");
      return Optional.empty();
    }
    Optional<DisclosureDecision> matching = policy.get().decisionsFor(request).stream()
        .filter(d -> d.permission() == permission.get() && d.ruleId().equals(ruleId.get())
            && d.exception().equals(exception))
        .findFirst();
    if (matching.isEmpty()) {
      o.problems().report(o.path("ruleId"), "input.history.decision");
      return Optional.empty();
    }
    return Optional.of(new DisclosureRecorded(on, matching.get()));
  }

  /**
   * A recipient written as {@code KIND} or {@code PARTICIPANT:id}, as the process history
   * document and the command line's {@code --recipient} write it.
   *
   * @param text not null
   * @param path the JSON path (or the command-line option) it came from, for the error; not null
   * @return the recipient
   * @throws InvalidInputException at {@code path} if the text is not a recipient
   */
  public static Recipient recipient(String text, String path) {
    checkNotNull(text, "text");
    checkNotNull(path, "path");
    Problems problems = new Problems();
    Optional<Recipient> recipient = recipientOf(text, path, problems);
    problems.throwIfAny();
    return recipient.orElseThrow();
  }

  /**
   * A recipient written as {@code KIND} or {@code PARTICIPANT:id}.
   *
   * @param text not null
   * @param path the JSON path (or the command-line option) it came from, not null
   * @param problems where to report, not null
   * @return the recipient, or empty when a problem was reported
   */
  private static Optional<Recipient> recipientOf(String text, String path, Problems problems) {
    int colon = text.indexOf(':');
    String kindText = colon < 0 ? text : text.substring(0, colon);
    Optional<RecipientKind> kind = java.util.Arrays.stream(RecipientKind.values())
        .filter(k -> k.name().equals(kindText)).findFirst();
    if (kind.isEmpty()) {
      problems.report(path, "input.history.recipient", ObjectInput.allowedValues(
          RecipientKind.class));
      return Optional.empty();
    }
    if ((kind.get() == RecipientKind.PARTICIPANT) != (colon >= 0)) {
      problems.report(path, "input.history.recipientId");
      return Optional.empty();
    }
    if (colon < 0) {
      return Optional.of(Recipient.of(kind.get()));
    }
    String id = text.substring(colon + 1);
    if (!Identifier.isValid(id)) {
      problems.add(path, ObjectInput.IDENTIFIER_MESSAGE);
      return Optional.empty();
    }
    return Optional.of(Recipient.participant(ParticipantId.of(id)));
  }

  private Optional<List<AgreementItem>> items(ObjectInput o) {
    return o.array("items", true).flatMap(a -> {
      List<AgreementItem> out = new ArrayList<>();
      boolean ok = true;
      for (int i = 0; i < a.size(); i++) {
        String at = ObjectInput.index(o.path("items"), i);
        Optional<AgreementItem> item = ObjectInput.of(a.get(i), at, o.problems())
            .flatMap(this::item);
        ok &= item.isPresent();
        item.ifPresent(out::add);
      }
      return ok ? Optional.of(out) : Optional.empty();
    });
  }

  private Optional<AgreementItem> item(ObjectInput o) {
    o.allowOnly(List.of("itemId", "concerned", "term"), Message.of("input.what.agreementItem"));
    Optional<AgreementItemId> id = o.id("itemId", true, AgreementItemId::of);
    Optional<List<ParticipantId>> concerned = ids(o, "concerned");
    Optional<AgreementTerm> term = o.object("term", true, this::termOf);
    if (id.isEmpty() || concerned.isEmpty() || term.isEmpty()) {
      return Optional.empty();
    }
    return guard(o, "concerned", () -> new AgreementItem(id.get(), term.get(), concerned.get()));
  }

  private Optional<AgreementTerm> termOf(ObjectInput o) {
    Optional<ItemKind> kind = o.enumValue("kind", true, ItemKind.class);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    return switch (kind.get()) {
      case APOLOGY -> {
        o.allowOnly(List.of("kind", "form"), Message.of("input.what.apology"));
        yield o.nonBlank("form", true).map(f -> new AgreementTerm.Apology(ProcessContent.of(f)));
      }
      case FINANCIAL_COMPENSATION -> {
        o.allowOnly(List.of("kind", "amount", "schedule", "purpose"), Message.of("input.what.compensation"));
        Optional<Money> amount = o.object("amount", true, this::moneyOf);
        Optional<List<Instalment>> schedule = o.array("schedule", true).flatMap(a -> {
          List<Instalment> out = new ArrayList<>();
          for (int i = 0; i < a.size(); i++) {
            Optional<Instalment> x = ObjectInput.of(a.get(i),
                ObjectInput.index(o.path("schedule"), i), o.problems()).flatMap(in -> {
                  in.allowOnly(List.of("due", "amount"), Message.of("input.what.instalment"));
                  Optional<LocalDate> due = in.date("due", true);
                  Optional<Money> m = in.object("amount", true, this::moneyOf);
                  return due.isPresent() && m.isPresent()
                      ? Optional.of(new Instalment(due.get(), m.get())) : Optional.empty();
                });
            if (x.isEmpty()) {
              return Optional.empty();
            }
            out.add(x.get());
          }
          return guard(o, "schedule", () -> new PaymentSchedule(out)).map(PaymentSchedule::instalments);
        });
        Optional<String> purpose = o.nonBlank("purpose", true);
        yield amount.isPresent() && schedule.isPresent() && purpose.isPresent()
            ? guard(o, "schedule", () -> new AgreementTerm.FinancialCompensation(amount.get(),
                new PaymentSchedule(schedule.get()), ProcessContent.of(purpose.get())))
            : Optional.empty();
      }
      case DONATION -> {
        o.allowOnly(List.of("kind", "amount", "organisation"), Message.of("input.what.donation"));
        Optional<Money> amount = o.object("amount", true, this::moneyOf);
        Optional<String> organisation = o.nonBlank("organisation", true);
        yield amount.isPresent() && organisation.isPresent()
            ? Optional.of(new AgreementTerm.Donation(amount.get(),
                ProcessContent.of(organisation.get())))
            : Optional.empty();
      }
      case COMMUNITY_SERVICE -> {
        o.allowOnly(List.of("kind", "hours", "description"), Message.of("input.what.communityService"));
        Optional<Integer> hours = o.integer("hours", true, 1, 100_000);
        Optional<String> description = o.nonBlank("description", true);
        yield hours.isPresent() && description.isPresent()
            ? Optional.of(new AgreementTerm.CommunityService(hours.get(),
                ProcessContent.of(description.get())))
            : Optional.empty();
      }
      case REPAIR -> {
        o.allowOnly(List.of("kind", "description"), Message.of("input.what.repair"));
        yield o.nonBlank("description", true)
            .map(d -> new AgreementTerm.Repair(ProcessContent.of(d)));
      }
      case OTHER -> {
        o.allowOnly(List.of("kind", "description"), Message.of("input.what.otherTerm"));
        yield o.nonBlank("description", true)
            .map(d -> new AgreementTerm.Other(ProcessContent.of(d)));
      }
    };
  }

  private Optional<Money> moneyOf(ObjectInput o) {
    o.allowOnly(List.of("amount", "currency"), Message.of("input.what.money"));
    Optional<String> amount = o.matching("amount", true, AMOUNT,
        Message.of("input.history.amount"));
    Optional<String> currency = o.matching("currency", true, Pattern.compile("[A-Z]{3}"),
        Message.of("input.history.currencySyntax"));
    if (amount.isEmpty() || currency.isEmpty()) {
      return Optional.empty();
    }
    Currency c;
    try {
      c = Currency.getInstance(currency.get());
    } catch (IllegalArgumentException unknown) {
      o.problems().report(o.path("currency"), "input.history.currency");
      return Optional.empty();
    }
    return guard(o, "amount", () -> new Money(new BigDecimal(amount.get()), c));
  }

  private Optional<List<ParticipantId>> ids(ObjectInput o, String field) {
    return o.array(field, true).flatMap(a -> {
      List<ParticipantId> out = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        Optional<ParticipantId> id = o.idOf(a.get(i), ObjectInput.index(o.path(field), i),
            ParticipantId::of);
        if (id.isEmpty()) {
          return Optional.empty();
        }
        out.add(id.get());
      }
      return Optional.of(out);
    });
  }

  private Optional<List<String>> texts(ObjectInput o, String field) {
    return o.array(field, true).flatMap(a -> {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        Optional<String> t = o.nonBlankOf(a.get(i), ObjectInput.index(o.path(field), i));
        if (t.isEmpty()) {
          return Optional.empty();
        }
        out.add(t.get());
      }
      return Optional.of(out);
    });
  }

  private Optional<List<ContentRef>> refs(ObjectInput o) {
    return o.array("items", true).flatMap(a -> {
      List<ContentRef> out = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        String at = ObjectInput.index(o.path("items"), i);
        Optional<String> t = o.textOf(a.get(i), at);
        if (t.isEmpty()) {
          return Optional.empty();
        }
        int colon = t.get().indexOf(':');
        Optional<ContentKind> kind = colon < 0 ? Optional.empty() : java.util.Arrays.stream(
            ContentKind.values()).filter(k -> k.name().equals(t.get().substring(0, colon)))
            .findFirst();
        if (kind.isEmpty() || !Identifier.isValid(t.get().substring(colon + 1))) {
          o.problems().report(at, "input.history.contentRef",
              ObjectInput.allowedValues(ContentKind.class));
          return Optional.empty();
        }
        out.add(new ContentRef(kind.get(), t.get().substring(colon + 1)));
      }
      return Optional.of(out);
    });
  }

  private static void allow(ObjectInput o, List<String> common, String... more) {
    o.allowOnly(ImmutableList.<String>builder().addAll(common).add(more).build(), Message.of("input.what.event"));
  }

  /** Builds a value whose own invariants may fail; a failure becomes a problem at a path. */
  private static <T> Optional<T> guard(ObjectInput o, String field,
      java.util.function.Supplier<T> build) {
    try {
      return Optional.of(build.get());
    } catch (IllegalArgumentException | NullPointerException invalid) {
      o.problems().report(o.path(field), "input.history.invariant");
      return Optional.empty();
    }
  }
}
