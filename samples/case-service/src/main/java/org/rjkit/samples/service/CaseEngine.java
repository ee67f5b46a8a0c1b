package org.rjkit.samples.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Text;
import org.rjkit.core.participant.Participant;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.screening.Screener;
import org.rjkit.eligibility.json.ScreeningRequestReader;
import org.rjkit.process.agreement.Agreement;
import org.rjkit.process.agreement.AgreementItem;
import org.rjkit.process.agreement.AgreementItemId;
import org.rjkit.process.agreement.AgreementTerm;
import org.rjkit.process.agreement.ItemStatus;
import org.rjkit.process.communication.RelayedMessage;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.confidentiality.Permission;
import org.rjkit.process.confidentiality.PolicyRegistry;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.Purpose;
import org.rjkit.process.confidentiality.Recipient;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.disclosure.Disclosure;
import org.rjkit.process.disclosure.Disclosures;
import org.rjkit.process.json.ProcessJson;
import org.rjkit.process.lifecycle.ClosureReason;
import org.rjkit.process.lifecycle.EligibilityDecision;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementAssented;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementProposed;
import org.rjkit.process.lifecycle.ProcessEvent.CaseClosed;
import org.rjkit.process.lifecycle.ProcessEvent.CaseOpened;
import org.rjkit.process.lifecycle.ProcessEvent.CaseReopened;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentGiven;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentWithdrawn;
import org.rjkit.process.lifecycle.ProcessEvent.EligibilityRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.ItemFollowedUp;
import org.rjkit.process.lifecycle.ProcessEvent.MessageRelayed;
import org.rjkit.process.lifecycle.ProcessEvent.MessageReturned;
import org.rjkit.process.lifecycle.ProcessEvent.MessageSubmitted;
import org.rjkit.process.lifecycle.ProcessEvent.ReviewRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.SafetyAssessed;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessEvent;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.lifecycle.ReviewOutcome;
import org.rjkit.process.lifecycle.TransitionRefusedException;
import org.rjkit.process.type.Channel;
import org.rjkit.process.type.ProcessType;

/**
 * The one place the service uses {@code rjkit-process-model}: it turns the commands the service
 * stored into process events and replays them through {@link ProcessCase#record}, so that every
 * guard is checked again on each request.
 *
 * <p>The stored form is the service's own (a list of command rows, see {@link CaseStore}); when the
 * library's process history document lands, this class is where the storage moves to it.
 *
 * <p>Commands are JSON objects with a {@code type} and the fields the HTTP layer validated. The
 * {@code open} command carries the screening request as received; screening is deterministic
 * (its date is in the request), so replaying it gives the same decision.
 */
final class CaseEngine {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ProgrammeRegistry registry;
  private final ScreeningRequestReader requests;
  private final Screener screener;

  CaseEngine(ProgrammeRegistry registry) {
    this.registry = checkNotNull(registry, "registry");
    this.requests = new ScreeningRequestReader(registry);
    this.screener = new Screener(registry);
  }

  /** A command the library refused: the rule and a reason in both languages, never content. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String rule;
    private final transient Text reason;

    Refused(String rule, Text reason) {
      super(rule + ": " + reason.in(Language.EN));
      this.rule = rule;
      this.reason = reason;
    }

    String rule() {
      return rule;
    }

    /** The reason, read in the caller's language. */
    Text reason() {
      return reason;
    }
  }

  /** A replayed case: the library's case and the screening decision taken at intake. */
  static final class Replayed {
    private final ProcessCase processCase;
    private final Decision screening;
    private final JsonNode request;

    private Replayed(ProcessCase processCase, Decision screening, JsonNode request) {
      this.processCase = processCase;
      this.screening = screening;
      this.request = request;
    }

    String programme() {
      return processCase.programme().value();
    }

    String stage() {
      return processCase.stage().name();
    }

    String processType() {
      return processCase.processType().name();
    }

    Optional<String> closure() {
      return processCase.closure().map(Enum::name);
    }

    String outcome() {
      return screening.outcome().name();
    }

    /** The date the case was opened: the referral date of the reports. */
    LocalDate openedOn() {
      return processCase.history().get(0).on();
    }

    /** The case role of whoever asked for the process. */
    String requesterRole() {
      return processCase.participant(processCase.requestedBy()).map(e -> e.role().name())
          .orElse("UNKNOWN");
    }

    boolean enrolled(String participant) {
      return processCase.participant(ParticipantId.of(participant)).isPresent();
    }

    /** Whether the agreement exists and every item was assented to by its parties. */
    boolean agreementReached() {
      return processCase.agreement().map(Agreement::isReached).orElse(false);
    }

    /** The number of agreement items recorded as completed. */
    int itemsCompleted() {
      return processCase.agreement().map(a -> (int) a.items().stream()
          .filter(i -> a.status(i.id()) == ItemStatus.COMPLETED).count()).orElse(0);
    }

    /** The author of a message, if the case has it. */
    Optional<String> messageAuthor(String id) {
      return processCase.message(MessageId.of(id)).map(m -> m.author().value());
    }

    /** The administrative summary for the programme's staff: no content. */
    ObjectNode summary() {
      ObjectNode root = NODES.objectNode();
      root.put("caseId", processCase.caseId().value());
      root.put("programme", processCase.programme().value());
      root.put("processType", processCase.processType().name());
      root.put("stage", processCase.stage().name());
      if (processCase.closure().isPresent()) {
        root.put("closure", processCase.closure().get().name());
      } else {
        root.putNull("closure");
      }
      root.put("asOf", processCase.asOf().toString());
      root.put("screening", screening.outcome().name());
      ArrayNode participants = root.putArray("participants");
      for (Enrolment e : processCase.participants()) {
        ObjectNode p = participants.addObject();
        p.put("id", e.id().value());
        p.put("role", e.role().name());
        p.put("processRole", e.processRole().name());
        p.put("consent", processCase.consentOn(e.id(), processCase.asOf()).toString());
      }
      root.put("safety", processCase.safetyOn(processCase.asOf())
          .map(s -> s.riskToVictim().name()).orElse(null));
      ArrayNode messages = root.putArray("messages");
      for (RelayedMessage m : processCase.messages()) {
        ObjectNode n = messages.addObject();
        n.put("id", m.id().value());
        n.put("author", m.author().value());
        n.put("recipient", m.recipient().value());
        n.put("channel", m.channel().name());
        n.put("status", m.status().name());
        n.put("submittedOn", m.submittedOn().toString());
      }
      processCase.agreement().ifPresentOrElse(a -> {
        ObjectNode agreement = root.putObject("agreement");
        agreement.put("proposedOn", a.proposedOn().toString());
        agreement.put("reached", a.isReached());
        ArrayNode items = agreement.putArray("items");
        for (AgreementItem i : a.items()) {
          ObjectNode item = items.addObject();
          item.put("id", i.id().value());
          item.put("kind", i.term().kind().name());
          item.put("status", a.status(i.id()).name());
          ArrayNode assents = item.putArray("assentedBy");
          a.assentsTo(i.id()).forEach(p -> assents.add(p.value()));
        }
      }, () -> root.putNull("agreement"));
      return root;
    }

    /** What a participant may see of the case's administration: stage and type only. */
    ObjectNode participantSummary() {
      ObjectNode root = NODES.objectNode();
      root.put("caseId", processCase.caseId().value());
      root.put("processType", processCase.processType().name());
      root.put("stage", processCase.stage().name());
      return root;
    }
  }

  /** The view built for a recipient, with the decisions' outcome for the audit log. */
  record View(boolean administrativeDenied, String administrativeRule, String contentPermission,
      String contentRule, ObjectNode json) {}

  /**
   * The intake decision for a case about to be opened; also checks that the request reads.
   *
   * @throws org.rjkit.core.input.InvalidInputException if the request is not a valid screening
   *     request
   */
  Decision screen(JsonNode request) {
    ScreeningRequest r = requests.read(request, ScreeningRequestReader.Overrides.NONE);
    return screener.screen(r);
  }

  /** The case id the open command's request names (the request must be readable). */
  String caseIdOf(JsonNode request) {
    return requests.read(request, ScreeningRequestReader.Overrides.NONE).caseFile().caseId().value();
  }

  /**
   * Replays stored commands.
   *
   * @param commands the case's commands in order, the first being {@code open}
   * @return the case
   * @throws Refused if a guard refuses a command (for a stored list: a tampered row)
   */
  Replayed replay(List<JsonNode> commands) {
    checkNotNull(commands, "commands");
    if (commands.isEmpty() || !"open".equals(commands.get(0).path("type").asText())) {
      throw new Refused("SERVICE-STORED-OPEN", ServiceText.text("refused.storedOpen"));
    }
    Replayed r = open(commands.get(0));
    for (JsonNode c : commands.subList(1, commands.size())) {
      r = apply(r, c);
    }
    return r;
  }

  /** Opens a case from its {@code open} command. */
  Replayed open(JsonNode command) {
    JsonNode request = command.get("request");
    ScreeningRequest r = requests.read(request, ScreeningRequestReader.Overrides.NONE);
    Decision decision = screener.screen(r);
    LocalDate on = r.asOf();
    List<Enrolment> enrolments = new ArrayList<>();
    for (Participant p : r.caseFile().participants()) {
      enrolments.add(Enrolment.of(p.id(), p.role()));
    }
    try {
      ProcessCase c = ProcessCase.open(new CaseOpened(on, r.caseFile().caseId(), r.programme(),
          ProcessType.valueOf(command.get("processType").asText()), enrolments, r.requesterId()))
          .linkedTo(r, screener);
      c = c.recordAll(new StageEntered(on, ProcessStage.INTAKE),
          new EligibilityRecorded(on, EligibilityDecision.of(decision)));
      return new Replayed(c, decision, request);
    } catch (TransitionRefusedException e) {
      throw refused(e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw malformed(e);
    }
  }

  /**
   * Applies one command through the library's guards.
   *
   * @throws Refused if a guard refuses it or it does not fit the case
   */
  Replayed apply(Replayed current, JsonNode command) {
    try {
      ProcessCase c = current.processCase;
      Decision screening = current.screening;
      if (command.path("type").asText().equals("stage")
          && SCREENED_STAGES.contains(text(command, "stage"))) {
        // Communication and agreement need the programme's suitability rules to pass on the
        // case's current facts: the case is linked to its case file, so the library screens
        // them (the case file with the consents and safety assessments recorded in the process)
        // and records that screening itself; the service keeps the full decision to show it.
        screening = screener.screen(c.currentFacts(date(command)));
      }
      ProcessCase next = switch (command.path("type").asText()) {
        case "consent" -> c.record(new ConsentGiven(date(command), participant(command),
            command.get("informed").asBoolean(), ConsentForm.valueOf(text(command, "form"))));
        case "withdrawal" -> c.record(new ConsentWithdrawn(date(command), participant(command)));
        case "safety" -> c.record(new SafetyAssessed(date(command),
            RiskLevel.valueOf(text(command, "riskToVictim"))));
        case "review" -> c.record(new ReviewRecorded(date(command),
            ReviewOutcome.valueOf(text(command, "outcome"))));
        case "stage" -> c.record(new StageEntered(date(command),
            ProcessStage.valueOf(text(command, "stage"))));
        case "message" -> c.record(new MessageSubmitted(date(command),
            MessageId.of(text(command, "id")), ParticipantId.of(text(command, "author")),
            ParticipantId.of(text(command, "recipient")),
            Channel.valueOf(text(command, "channel")), ProcessContent.of(text(command, "text"))));
        case "relay" -> c.record(new MessageRelayed(date(command),
            MessageId.of(text(command, "message"))));
        case "return" -> c.record(new MessageReturned(date(command),
            MessageId.of(text(command, "message"))));
        case "agreement" -> c.record(new AgreementProposed(date(command), items(command)));
        case "assent" -> c.record(new AgreementAssented(date(command),
            AgreementItemId.of(text(command, "item")), ParticipantId.of(text(command, "party"))));
        case "follow-up" -> c.record(new ItemFollowedUp(date(command),
            AgreementItemId.of(text(command, "item")),
            ItemStatus.valueOf(text(command, "status"))));
        case "close" -> c.record(new CaseClosed(date(command),
            ClosureReason.valueOf(text(command, "reason"))));
        case "reopen" -> c.record(new CaseReopened(date(command)));
        case "disclosure" -> disclose(c, command).recorded();
        default -> throw new Refused("SERVICE-COMMAND-TYPE",
            ServiceText.text("refused.commandType"));
      };
      return new Replayed(next, screening, current.request);
    } catch (TransitionRefusedException e) {
      throw refused(e);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw malformed(e);
    }
  }

  /**
   * The recipient's view through the library's disclosure; the disclosure itself is recorded by
   * storing the {@code disclosure} command (see {@link #apply}).
   */
  View view(Replayed current, JsonNode command, Language language) {
    try {
      Disclosure d = disclose(current.processCase, command);
      var view = d.view();
      ProcessJson writer = view.content().permission() == Permission.DENIED
          ? ProcessJson.redacting() : ProcessJson.authorised(d.capability());
      ObjectNode json = NODES.objectNode();
      json.set("view", ServiceJson.parse(writer.write(view)));
      json.put("text", view.render(language));
      return new View(view.administrative().permission() == Permission.DENIED,
          view.administrative().ruleId(), view.content().permission().name(),
          view.content().ruleId(), json);
    } catch (TransitionRefusedException e) {
      throw refused(e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw malformed(e);
    }
  }

  /** The kinds of recipient the view endpoint accepts, in declaration order. */
  static List<String> recipientKinds() {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (RecipientKind k : RecipientKind.values()) {
      b.add(k.name());
    }
    return b.build();
  }

  static List<String> purposes() {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (Purpose p : Purpose.values()) {
      b.add(p.name());
    }
    return b.build();
  }

  /** The names of an enum of the process model the HTTP layer validates against. */
  static List<String> names(String field) {
    Enum<?>[] values = switch (field) {
      case "form" -> ConsentForm.values();
      case "riskToVictim" -> RiskLevel.values();
      case "outcome" -> ReviewOutcome.values();
      case "stage" -> ProcessStage.values();
      case "channel" -> Channel.values();
      case "status" -> ItemStatus.values();
      case "reason" -> ClosureReason.values();
      case "processType" -> ProcessType.values();
      case "recipient" -> RecipientKind.values();
      case "purpose" -> Purpose.values();
      default -> throw new IllegalArgumentException("no enum for " + field);
    };
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (Enum<?> v : values) {
      b.add(v.name());
    }
    return b.build();
  }

  ProgrammeRegistry registry() {
    return registry;
  }

  private static Disclosure disclose(ProcessCase c, JsonNode command) {
    RecipientKind kind = RecipientKind.valueOf(text(command, "recipient"));
    Recipient recipient = command.hasNonNull("participant")
        ? Recipient.participant(ParticipantId.of(text(command, "participant")))
        : Recipient.of(kind);
    return Disclosures.disclose(PolicyRegistry.builtIn(), c, recipient,
        Purpose.valueOf(text(command, "purpose")), date(command));
  }

  private static List<AgreementItem> items(JsonNode command) {
    List<AgreementItem> items = new ArrayList<>();
    for (JsonNode i : command.get("items")) {
      ProcessContent content = ProcessContent.of(text(i, "text"));
      AgreementTerm term = switch (text(i, "kind")) {
        case "APOLOGY" -> new AgreementTerm.Apology(content);
        case "REPAIR" -> new AgreementTerm.Repair(content);
        case "COMMUNITY_SERVICE" -> new AgreementTerm.CommunityService(i.get("hours").asInt(),
            content);
        default -> new AgreementTerm.Other(content);
      };
      List<ParticipantId> concerned = new ArrayList<>();
      i.get("concerned").forEach(p -> concerned.add(ParticipantId.of(p.asText())));
      items.add(new AgreementItem(AgreementItemId.of(text(i, "id")), term, concerned));
    }
    return items;
  }

  /** The agreement item kinds the service accepts. */
  static List<String> itemKinds() {
    return List.of("APOLOGY", "REPAIR", "COMMUNITY_SERVICE", "OTHER");
  }

  private static LocalDate date(JsonNode command) {
    return LocalDate.parse(text(command, "on"));
  }

  private static ParticipantId participant(JsonNode command) {
    return ParticipantId.of(text(command, "participant"));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException(field + " is missing");
    }
    return v.asText();
  }

  static CaseId caseId(String value) {
    return CaseId.of(value);
  }

  private static Refused refused(TransitionRefusedException e) {
    return new Refused(e.ruleId(), e.reason());
  }

  /**
   * A command the library's preconditions reject. Their exception messages are for developers
   * (English, not from a bundle), so the answer gives the service's own reason only.
   */
  private static Refused malformed(RuntimeException e) {
    return new Refused("SERVICE-COMMAND-DOES-NOT-FIT", ServiceText.text("refused.doesNotFit"));
  }

  /** The stages whose guard reads the programme's suitability rules on a fresh screening. */
  private static final Set<String> SCREENED_STAGES =
      ImmutableSet.of(ProcessStage.COMMUNICATION.name(), ProcessStage.AGREEMENT.name());

  /**
   * The case as the library's process history document (storage form: everything, for the
   * programme's own staff), which {@code ProcessHistoryStorageReader.read} reads back through every guard.
   */
  String storedHistory(Replayed replayed) {
    return new org.rjkit.process.json.ProcessHistoryStorageWriter().writePretty(replayed.processCase);
  }
}
