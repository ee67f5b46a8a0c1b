package org.rjkit.samples.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.rjkit.core.input.InputError;
import org.rjkit.core.language.Language;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.RuleSetVersion;
import org.rjkit.eligibility.screening.Screener;
import org.rjkit.eligibility.json.DecisionWriter;
import org.rjkit.eligibility.json.RuleSetDocumentWriter;
import org.rjkit.eligibility.json.ScreeningRequestReader;
import org.rjkit.samples.service.CaseStore.AuditEntry;
import org.rjkit.samples.service.Permissions.Access;
import org.rjkit.samples.service.Permissions.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API. Every handler is stateless: a case is loaded, replayed through {@link CaseEngine}
 * and written back in one transaction per request, so any number of instances can serve one
 * database.
 */
final class CaseService implements AutoCloseable {

  /** The largest body accepted, in bytes. */
  static final int MAX_BODY_BYTES = 256 * 1024;
  /** The header that carries the library, programme and rule-set versions of a decision. */
  static final String VERSION_HEADER = "Rjkit-Version";

  private static final Logger LOG = LoggerFactory.getLogger(CaseService.class);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern ID = Pattern.compile(Forms.ID);
  private static final Pattern PROGRAMME_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

  private final Javalin app;
  private final CaseStore store;
  private final CaseEngine engine;
  private final ProgrammeRegistry registry;
  private final ScreeningRequestReader requests;
  private final Screener screener;
  private final Tokens tokens;
  private final Clock clock;
  private final Validator validatorEn;
  private final Validator validatorFr;
  private final ValidatorFactory validation;
  private final Reports reports;
  private final String libraryVersion;

  private CaseService(CaseStore store, Tokens tokens, Clock clock) {
    this.store = store;
    this.tokens = tokens;
    this.clock = clock;
    this.registry = ProgrammeRegistry.builtIn();
    this.engine = new CaseEngine(registry);
    this.requests = new ScreeningRequestReader(registry);
    this.screener = new Screener(registry);
    this.reports = new Reports(store, engine);
    this.validation = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    this.validatorEn = validator(Locale.ROOT);
    this.validatorFr = validator(Locale.FRENCH);
    this.libraryVersion = libraryVersion();
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_BODY_BYTES;
      config.staticFiles.add(s -> {
        s.hostedPath = "/";
        s.directory = "/org/rjkit/samples/service/pages";
        s.location = Location.CLASSPATH;
      });
    });
    routes();
  }

  /**
   * Starts a service on a port (0 picks a free one).
   *
   * @param store the storage, not null
   * @param tokens the token verifier, not null
   * @param clock the service's clock (token expiry, audit times, default disclosure date)
   * @param host the address to listen on
   * @param port the port, 0 for any free one
   */
  static CaseService start(CaseStore store, Tokens tokens, Clock clock, String host, int port) {
    CaseService s = new CaseService(checkNotNull(store), checkNotNull(tokens), checkNotNull(clock));
    s.app.start(host, port);
    return s;
  }

  int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
    validation.close();
  }

  private Validator validator(Locale locale) {
    MessageInterpolator base = validation.getMessageInterpolator();
    MessageInterpolator fixed = new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return base.interpolate(template, context, locale);
      }

      @Override
      public String interpolate(String template, Context context, Locale ignored) {
        return base.interpolate(template, context, locale);
      }
    };
    return validation.usingContext().messageInterpolator(fixed).getValidator();
  }

  private static String libraryVersion() {
    Properties p = new Properties();
    try (InputStream in = CaseService.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("library", "unknown");
  }

  // ---------------------------------------------------------------------------------------------
  // Routes

  private void routes() {
    app.exception(ApiError.class, (e, ctx) -> error(ctx, e));
    app.exception(Exception.class, (e, ctx) -> {
      // The class only: an exception message may carry what a participant wrote.
      LOG.error("request failed: {} {} ({})", ctx.method(), ctx.matchedPath(),
          e.getClass().getName());
      error(ctx, ApiError.of(500, "internal"));
    });
    app.error(404, ctx -> {
      if (ctx.attribute("rjkit.answered") == null) {
        error(ctx, ApiError.of(404, "not_found"));
      }
    });
    app.error(405, ctx -> {
      if (ctx.attribute("rjkit.answered") == null) {
        error(ctx, ApiError.of(405, "not_found"));
      }
    });
    app.before(ctx -> ctx.header("Cache-Control", "no-store"));

    Pages pages = new Pages(registry);
    Pages.PAGES.keySet().forEach(path -> app.get(path, pages::serve));
    app.get("/version", ctx -> json(ctx, 200, versionDocument()));
    app.get("/openapi.json", ctx -> {
      try (InputStream in = CaseService.class.getResourceAsStream("openapi.json")) {
        ctx.status(200).contentType("application/json").result(new String(in.readAllBytes(),
            StandardCharsets.UTF_8));
      }
    });
    app.post("/screenings", this::screen);
    app.get("/programmes", ctx -> {
      authorise(ctx, Action.READ_PROGRAMMES, Optional.empty());
      ArrayNode all = NODES.arrayNode();
      RuleSetDocumentWriter w = new RuleSetDocumentWriter();
      registry.all().forEach(p -> all.add(ServiceJson.parse(w.write(p))));
      json(ctx, 200, all);
    });
    app.get("/programmes/{id}", ctx -> {
      authorise(ctx, Action.READ_PROGRAMMES, Optional.empty());
      String id = ctx.pathParam("id");
      if (!PROGRAMME_ID.matcher(id).matches()) {
        throw ApiError.invalid("bad_id", new InputError("$path.id",
            ServiceText.text("input.programmeId")));
      }
      Optional<Programme> p = registry.find(ProgrammeId.of(id));
      if (p.isEmpty()) {
        throw ApiError.of(404, "not_found");
      }
      json(ctx, 200, ServiceJson.parse(new RuleSetDocumentWriter().write(p.get())));
    });

    app.post("/cases", this::createCase);
    app.get("/cases/{id}", this::readCase);
    app.get("/cases/{id}/history", this::history);
    app.get("/cases/{id}/view", this::view);
    app.post("/cases/{id}/consents", ctx -> write(ctx, Action.RECORD_CONSENT,
        Forms.ConsentForm.class, (f, id) -> f.toCommand(), (f, c) -> c.is(f.participant())));
    app.post("/cases/{id}/withdrawals", ctx -> write(ctx, Action.RECORD_WITHDRAWAL,
        Forms.WithdrawalForm.class, (f, id) -> f.toCommand(), (f, c) -> c.is(f.participant())));
    app.post("/cases/{id}/safety", ctx -> write(ctx, Action.RECORD_SAFETY,
        Forms.SafetyForm.class, (f, id) -> f.toCommand(), (f, c) -> false));
    app.post("/cases/{id}/reviews", ctx -> write(ctx, Action.RECORD_REVIEW,
        Forms.ReviewForm.class, (f, id) -> f.toCommand(), (f, c) -> false));
    app.post("/cases/{id}/stage", ctx -> write(ctx, Action.CHANGE_STAGE,
        Forms.StageForm.class, (f, id) -> f.toCommand(), (f, c) -> false));
    app.post("/cases/{id}/messages", ctx -> write(ctx, Action.SUBMIT_MESSAGE,
        Forms.MessageForm.class, (f, id) -> f.toCommand(), (f, c) -> c.is(f.author())));
    app.post("/cases/{id}/messages/{item}/relay", ctx -> write(ctx, Action.RELAY_MESSAGE,
        Forms.DatedForm.class, (f, item) -> f.toCommand("relay").put("message", item),
        (f, c) -> false));
    app.post("/cases/{id}/messages/{item}/return", ctx -> write(ctx, Action.RELAY_MESSAGE,
        Forms.DatedForm.class, (f, item) -> f.toCommand("return").put("message", item),
        (f, c) -> false));
    app.post("/cases/{id}/agreement", ctx -> write(ctx, Action.PROPOSE_AGREEMENT,
        Forms.AgreementForm.class, (f, id) -> f.toCommand(), (f, c) -> false));
    app.post("/cases/{id}/agreement/items/{item}/assent", ctx -> write(ctx,
        Action.ASSENT_AGREEMENT, Forms.AssentForm.class, (f, item) -> f.toCommand(item),
        (f, c) -> c.is(f.party())));
    app.post("/cases/{id}/agreement/items/{item}/follow-up", ctx -> write(ctx,
        Action.FOLLOW_UP, Forms.FollowUpForm.class, (f, item) -> f.toCommand(item),
        (f, c) -> false));
    app.post("/cases/{id}/close", ctx -> write(ctx, Action.CLOSE_CASE, Forms.CloseForm.class,
        (f, id) -> f.toCommand(), (f, c) -> false));
    app.post("/cases/{id}/reopen", ctx -> write(ctx, Action.REOPEN_CASE, Forms.DatedForm.class,
        (f, id) -> f.toCommand("reopen"), (f, c) -> false));

    app.get("/reports", this::report);
    app.get("/audit", this::audit);
  }

  // ---------------------------------------------------------------------------------------------
  // Screening, programmes, version

  private void screen(Context ctx) {
    authorise(ctx, Action.SCREEN, Optional.empty());
    String body = body(ctx);
    Decision decision;
    try {
      decision = screener.screen(requests.read(body));
    } catch (InvalidInputException e) {
      throw ApiError.invalid(e.errors());
    }
    ctx.header(VERSION_HEADER, versionHeader(decision));
    ctx.status(200).contentType("application/json").result(new DecisionWriter().write(decision));
  }

  private String versionHeader(Decision decision) {
    return "library=" + libraryVersion + "; programme=" + decision.programme().value()
        + "; ruleSet=" + decision.ruleSetVersion();
  }

  private ObjectNode versionDocument() {
    ObjectNode root = NODES.objectNode();
    root.put("library", libraryVersion);
    root.put("service", libraryVersion);
    ArrayNode programmes = root.putArray("programmes");
    for (Programme p : registry.all()) {
      ObjectNode n = programmes.addObject();
      n.put("id", p.id().value());
      ArrayNode versions = n.putArray("ruleSetVersions");
      for (RuleSetVersion v : p.versions()) {
        versions.addObject().put("version", v.version())
            .put("effectiveFrom", v.effectiveFrom().toString());
      }
    }
    return root;
  }

  // ---------------------------------------------------------------------------------------------
  // Cases

  private void createCase(Context ctx) {
    Caller caller = authorise(ctx, Action.CREATE_CASE, Optional.empty());
    Forms.CaseForm form = form(ctx, Forms.CaseForm.class);
    if (!form.request().isObject()) {
      throw ApiError.invalid(List.of(new InputError("$.request",
          ServiceText.text("input.screeningRequest"))));
    }
    Decision decision;
    String caseId;
    try {
      decision = engine.screen(form.request());
      caseId = engine.caseIdOf(form.request());
    } catch (InvalidInputException e) {
      throw ApiError.invalid(e.errors().stream()
          .map(err -> new InputError(err.path().replaceFirst("^\\$", "\\$.request"),
              err.problem()))
          .toList());
    }
    ObjectNode command = form.toCommand();
    CaseEngine.Replayed opened;
    try {
      opened = engine.open(command);
    } catch (CaseEngine.Refused refused) {
      store.audit(AuditEntry.of(caller, Action.CREATE_CASE.name(), Optional.of(caseId),
          "REFUSED"));
      throw ApiError.refused(refused);
    }
    try {
      store.create(caseId, decision.programme().value(), decision.asOf(), command, caller,
          AuditEntry.of(caller, Action.CREATE_CASE.name(), Optional.of(caseId), "OK"));
    } catch (CaseStore.Exists e) {
      throw ApiError.of(409, "conflict");
    }
    ObjectNode out = NODES.objectNode();
    out.put("version", 1);
    out.set("case", opened.summary());
    out.set("decision", new DecisionWriter().toTree(decision));
    ctx.header(VERSION_HEADER, versionHeader(decision));
    ctx.header("Location", "/cases/" + caseId);
    ctx.header("ETag", etag(1));
    json(ctx, 201, out);
  }

  private void readCase(Context ctx) {
    Caller caller = authorise(ctx, Action.READ_CASE, Optional.empty());
    String id = caseId(ctx);
    Optional<CaseStore.Stored> stored = store.load(id);
    Optional<CaseEngine.Replayed> c = stored.map(s -> replay(s));
    boolean participant = caller.role() == CallerRole.PARTICIPANT;
    if (c.isEmpty() || (participant && !c.get().enrolled(caller.participant().get()))) {
      store.audit(AuditEntry.of(caller, Action.READ_CASE.name(), Optional.of(id), "NOT_FOUND"));
      throw ApiError.of(404, "not_found");
    }
    store.audit(AuditEntry.of(caller, Action.READ_CASE.name(), Optional.of(id), "OK"));
    ObjectNode out = NODES.objectNode();
    out.put("version", stored.get().version());
    out.set("case", participant ? c.get().participantSummary() : c.get().summary());
    ctx.header("ETag", etag(stored.get().version()));
    json(ctx, 200, out);
  }

  private void history(Context ctx) {
    Caller caller = authorise(ctx, Action.READ_HISTORY, Optional.empty());
    String id = caseId(ctx);
    Optional<CaseStore.Stored> stored = store.load(id);
    if (stored.isEmpty()) {
      store.audit(AuditEntry.of(caller, Action.READ_HISTORY.name(), Optional.of(id),
          "NOT_FOUND"));
      throw ApiError.of(404, "not_found");
    }
    store.audit(AuditEntry.of(caller, Action.READ_HISTORY.name(), Optional.of(id), "OK")
        .withItems("all"));
    ObjectNode out = NODES.objectNode();
    out.put("caseId", id);
    out.put("version", stored.get().version());
    out.put("storage", "rjkit-case-service commands v1");
    ArrayNode commands = out.putArray("commands");
    stored.get().commands().forEach(commands::add);
    out.set("processHistory", ServiceJson.parse(
        engine.storedHistory(engine.replay(stored.get().commands()))));
    ctx.header("ETag", etag(stored.get().version()));
    json(ctx, 200, out);
  }

  /**
   * {@code GET /cases/{id}/view}: the recipient's view through the library's disclosure,
   * recorded in the case's commands. A recipient denied the case's administrative facts gets the
   * same 404 as for a case that does not exist.
   */
  private void view(Context ctx) {
    Caller caller = authorise(ctx, Action.VIEW_CASE, Optional.empty());
    String id = caseId(ctx);
    List<InputError> problems = new ArrayList<>();
    String recipient = Optional.ofNullable(ctx.queryParam("recipient")).orElse("");
    String purpose = Optional.ofNullable(ctx.queryParam("purpose")).orElse("");
    String onParam = ctx.queryParam("on");
    String kind = recipient.contains(":") ? recipient.substring(0, recipient.indexOf(':'))
        : recipient;
    Optional<String> participant = recipient.contains(":")
        ? Optional.of(recipient.substring(recipient.indexOf(':') + 1)) : Optional.empty();
    boolean fr = french(ctx);
    if (!CaseEngine.recipientKinds().contains(kind)
        || participant.isPresent() != kind.equals("PARTICIPANT")
        || participant.map(p -> !ID.matcher(p).matches()).orElse(false)) {
      problems.add(new InputError("$query.recipient", ServiceText.text("input.recipient")));
    }
    if (!CaseEngine.purposes().contains(purpose)) {
      problems.add(new InputError("$query.purpose", ServiceText.text("input.purpose")));
    }
    if (onParam != null && !new Forms.IsoDate.Check().isValid(onParam, null)) {
      problems.add(new InputError("$query.on", ServiceText.text("input.date")));
    }
    if (!problems.isEmpty()) {
      throw ApiError.invalid(problems);
    }
    boolean own = switch (caller.role()) {
      case PARTICIPANT -> participant.isPresent() && caller.is(participant.get());
      case PAROLE_BOARD -> kind.equals("PAROLE_BOARD");
      default -> true;
    };
    if (!own) {
      store.audit(AuditEntry.of(caller, Action.VIEW_CASE.name(), Optional.of(id), "DENIED")
          .withPurpose(purpose));
      throw ApiError.forbidden("SERVICE-PERM-OWN-SIDE", ServiceText.text("own_side"));
    }
    ObjectNode command = NODES.objectNode().put("type", "disclosure").put("recipient", kind)
        .put("purpose", purpose);
    participant.ifPresent(p -> command.put("participant", p));
    for (int attempt = 0; attempt < 5; attempt++) {
      Optional<CaseStore.Stored> stored = store.load(id);
      if (stored.isEmpty() || participant.map(p -> !replay(stored.get()).enrolled(p))
          .orElse(false)) {
        store.audit(AuditEntry.of(caller, Action.VIEW_CASE.name(), Optional.of(id),
            "NOT_DISCLOSED").withPurpose(purpose).withItems(recipient));
        throw ApiError.of(404, "not_disclosed");
      }
      CaseEngine.Replayed c = replay(stored.get());
      LocalDate on = onParam != null ? LocalDate.parse(onParam)
          : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
      command.put("on", on.toString());
      CaseEngine.View view;
      try {
        view = engine.view(c, command, fr ? org.rjkit.core.language.Language.FR
            : org.rjkit.core.language.Language.EN);
        engine.apply(c, command);
      } catch (CaseEngine.Refused refused) {
        store.audit(AuditEntry.of(caller, Action.VIEW_CASE.name(), Optional.of(id), "REFUSED")
            .withPurpose(purpose));
        throw ApiError.refused(refused);
      }
      String outcome = view.administrativeDenied() ? "DENIED"
          : "ADMINISTRATIVE_SHOWN; CONTENT_" + view.contentPermission();
      try {
        store.append(id, stored.get().version(), command, caller,
            AuditEntry.of(caller, Action.VIEW_CASE.name(), Optional.of(id), outcome)
                .withPurpose(purpose)
                .withItems(recipient + " " + view.administrativeRule() + " "
                    + view.contentRule()));
      } catch (CaseStore.Stale stale) {
        continue;
      }
      if (view.administrativeDenied()) {
        throw ApiError.of(404, "not_disclosed");
      }
      json(ctx, 200, view.json());
      return;
    }
    throw ApiError.of(503, "internal");
  }

  /**
   * One write: token, permission, id, If-Match, body, the case's own-side check, the library's
   * guards on the replayed case, then the command and its audit row in one transaction.
   */
  private <F> void write(Context ctx, Action action, Class<F> formType,
      BiFunction<F, String, ObjectNode> toCommand, BiFunction<F, Caller, Boolean> ownSide) {
    Caller caller = authorise(ctx, action, Optional.empty());
    String id = caseId(ctx);
    String item = ctx.pathParamMap().containsKey("item") ? pathId(ctx, "item") : id;
    int expected = ifMatch(ctx);
    F form = form(ctx, formType);
    ObjectNode command = toCommand.apply(form, item);
    Optional<CaseStore.Stored> stored = store.load(id);
    Access access = Permissions.access(action, caller.role());
    if (stored.isEmpty() || (caller.role() == CallerRole.PARTICIPANT
        && !replay(stored.get()).enrolled(caller.participant().get()))) {
      store.audit(AuditEntry.of(caller, action.name(), Optional.of(id), "NOT_FOUND"));
      throw ApiError.of(404, "not_found");
    }
    if (access == Access.OWN && !ownSide.apply(form, caller)) {
      store.audit(AuditEntry.of(caller, action.name(), Optional.of(id), "DENIED"));
      throw ApiError.forbidden("SERVICE-PERM-OWN-SIDE", ServiceText.text("own_side"));
    }
    if (stored.get().version() != expected) {
      throw ApiError.of(412, "precondition_failed");
    }
    CaseEngine.Replayed next;
    try {
      next = engine.apply(replay(stored.get()), command);
    } catch (CaseEngine.Refused refused) {
      store.audit(AuditEntry.of(caller, action.name(), Optional.of(id), "REFUSED")
          .withItems(refused.rule()));
      throw ApiError.refused(refused);
    }
    int version;
    try {
      version = store.append(id, expected, command, caller,
          AuditEntry.of(caller, action.name(), Optional.of(id), "OK").withItems(items(command)));
    } catch (CaseStore.Stale stale) {
      throw ApiError.of(412, "precondition_failed");
    }
    ObjectNode out = NODES.objectNode();
    out.put("version", version);
    out.set("case", caller.role() == CallerRole.PARTICIPANT ? next.participantSummary()
        : next.summary());
    ctx.header("ETag", etag(version));
    json(ctx, 200, out);
  }

  /** The ids a command touches, for the audit log (never content). */
  private static String items(JsonNode command) {
    List<String> ids = new ArrayList<>();
    for (String f : List.of("participant", "id", "message", "item", "party", "stage", "author",
        "recipient")) {
      if (command.hasNonNull(f)) {
        ids.add(f + "=" + command.get(f).asText());
      }
    }
    if (command.has("items")) {
      command.get("items").forEach(i -> ids.add("item=" + i.path("id").asText()));
    }
    return String.join(" ", ids);
  }

  private CaseEngine.Replayed replay(CaseStore.Stored stored) {
    return engine.replay(stored.commands());
  }

  // ---------------------------------------------------------------------------------------------
  // Reports and audit

  private void report(Context ctx) {
    Caller caller = authorise(ctx, Action.READ_REPORTS, Optional.empty());
    List<InputError> problems = new ArrayList<>();
    boolean fr = french(ctx);
    LocalDate from = dateParam(ctx, "from", problems, fr);
    LocalDate to = dateParam(ctx, "to", problems, fr);
    String format = Optional.ofNullable(ctx.queryParam("format")).orElse("json");
    if (!format.equals("json") && !format.equals("csv")) {
      problems.add(new InputError("$query.format", ServiceText.text("input.format")));
    }
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(new InputError("$query.to", ServiceText.text("input.toBeforeFrom")));
    }
    if (!problems.isEmpty()) {
      throw ApiError.invalid(problems);
    }
    Reports.Report report = reports.compute(from, to);
    store.audit(AuditEntry.of(caller, Action.READ_REPORTS.name(), Optional.empty(), "OK")
        .withItems(from + ".." + to));
    if (format.equals("csv")) {
      ctx.status(200).contentType("text/csv; charset=utf-8")
          .result(report.csv(ServiceText.of(ctx)));
    } else {
      json(ctx, 200, report.json(ServiceText.of(ctx)));
    }
  }

  private static LocalDate dateParam(Context ctx, String name, List<InputError> problems,
      boolean fr) {
    String v = ctx.queryParam(name);
    if (v == null || !new Forms.IsoDate.Check().isValid(v, null)) {
      problems.add(new InputError("$query." + name, ServiceText.text("input.dateRequired")));
      return null;
    }
    return LocalDate.parse(v);
  }

  private void audit(Context ctx) {
    Caller caller = authorise(ctx, Action.READ_AUDIT, Optional.empty());
    Optional<String> caseId = Optional.ofNullable(ctx.queryParam("caseId"));
    if (caseId.isPresent() && !ID.matcher(caseId.get()).matches()) {
      throw ApiError.invalid(List.of(new InputError("$query.caseId",
          ServiceText.text("input.caseId"))));
    }
    ArrayNode rows = NODES.arrayNode();
    for (CaseStore.AuditRow r : store.auditLog(caseId)) {
      ObjectNode n = rows.addObject();
      n.put("id", r.id());
      n.put("at", r.recordedAt().toString() + "Z");
      n.put("actor", r.entry().actor());
      n.put("role", r.entry().role());
      n.put("action", r.entry().action());
      n.put("caseId", r.entry().caseId().orElse(null));
      n.put("items", r.entry().items().orElse(null));
      n.put("purpose", r.entry().purpose().orElse(null));
      n.put("outcome", r.entry().outcome());
    }
    store.audit(AuditEntry.of(caller, Action.READ_AUDIT.name(), caseId, "OK"));
    ObjectNode out = NODES.objectNode();
    out.set("entries", rows);
    json(ctx, 200, out);
  }

  // ---------------------------------------------------------------------------------------------
  // Request plumbing

  /** The caller, if the token is valid and the table lets the role do the action at all. */
  private Caller authorise(Context ctx, Action action, Optional<String> caseId) {
    Tokens.Verified v = tokens.verify(Optional.ofNullable(ctx.header("Authorization")));
    if (v instanceof Tokens.Invalid invalid) {
      throw ApiError.unauthorised(invalid.problem());
    }
    Caller caller = ((Tokens.Valid) v).caller();
    if (Permissions.access(action, caller.role()) == Access.DENY) {
      Optional<String> id = Optional.ofNullable(ctx.pathParamMap().get("id"))
          .filter(i -> ID.matcher(i).matches());
      store.audit(AuditEntry.of(caller, action.name(), id.or(() -> caseId), "DENIED"));
      throw ApiError.forbidden(action.rule(), action.reason());
    }
    return caller;
  }

  private static String caseId(Context ctx) {
    return pathId(ctx, "id");
  }

  private static String pathId(Context ctx, String name) {
    String id = ctx.pathParam(name);
    if (!ID.matcher(id).matches()) {
      throw ApiError.invalid("bad_id", new InputError("$path." + name,
          ServiceText.text("input.id")));
    }
    return id;
  }

  private static int ifMatch(Context ctx) {
    String h = ctx.header("If-Match");
    if (h == null || h.isBlank()) {
      throw ApiError.of(428, "precondition_required");
    }
    String v = h.trim();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    if (v.matches("\"v[0-9]{1,9}\"")) {
      return Integer.parseInt(v.substring(2, v.length() - 1));
    }
    throw ApiError.of(412, "precondition_failed");
  }

  static String etag(int version) {
    return "\"v" + version + "\"";
  }

  /** The body as UTF-8 text, at most {@link #MAX_BODY_BYTES}. */
  private static String body(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_BODY_BYTES) {
      throw ApiError.of(413, "body_too_large");
    }
    byte[] bytes;
    try {
      bytes = ctx.req().getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    } catch (IOException e) {
      throw ApiError.of(400, "malformed_json");
    }
    if (bytes.length > MAX_BODY_BYTES) {
      throw ApiError.of(413, "body_too_large");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw ApiError.invalid("malformed_json", new InputError("$",
          ServiceText.text("input.utf8")));
    }
  }

  /** Reads and validates a form; every problem is reported with its JSON path. */
  private <F> F form(Context ctx, Class<F> type) {
    String body = body(ctx);
    boolean fr = french(ctx);
    F form;
    List<InputError> errors = new ArrayList<>();
    try {
      JsonNode tree = ServiceJson.MAPPER.readTree(body);
      if (tree == null || !tree.isObject()) {
        throw ApiError.invalid("invalid_input", new InputError("$",
            ServiceText.text("input.object")));
      }
      stripUnknown((ObjectNode) tree, type, "$", errors, fr);
      form = ServiceJson.MAPPER.treeToValue(tree, type);
    } catch (com.fasterxml.jackson.core.JsonParseException e) {
      throw ApiError.invalid("malformed_json", new InputError("$",
          ServiceText.text("input.malformed")));
    } catch (JsonProcessingException e) {
      String path = ServiceJson.pathOf(e);
      Optional<String> unknown = ServiceJson.unknownProperty(e);
      errors.add(new InputError(path, ServiceText.text(unknown.isPresent()
          ? "input.unknownField" : "input.type")));
      throw ApiError.invalid(errors);
    }
    for (ConstraintViolation<F> v : (fr ? validatorFr : validatorEn).validate(form)) {
      errors.add(new InputError(jsonPath(v.getPropertyPath()), v.getMessage()));
    }
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparing(InputError::path).thenComparing(e -> e.message()));
      throw ApiError.invalid(errors);
    }
    return form;
  }

  /**
   * Removes the fields a form does not have, reporting each, so that the other problems of the
   * same body are reported with them.
   */
  private static void stripUnknown(ObjectNode node, Class<?> type, String path,
      List<InputError> errors, boolean fr) {
    if (!type.isRecord()) {
      return;
    }
    List<String> known = new ArrayList<>();
    for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
      known.add(c.getName());
    }
    List<String> fields = new ArrayList<>();
    node.fieldNames().forEachRemaining(fields::add);
    for (String f : fields) {
      if (!known.contains(f)) {
        errors.add(new InputError(path + "." + f, ServiceText.text("input.unknownField")));
        node.remove(f);
      }
    }
    for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
      JsonNode value = node.get(c.getName());
      if (value == null) {
        continue;
      }
      if (c.getType().isRecord() && value.isObject()) {
        stripUnknown((ObjectNode) value, c.getType(), path + "." + c.getName(), errors, fr);
      } else if (List.class.equals(c.getType()) && value.isArray()
          && c.getGenericType() instanceof java.lang.reflect.ParameterizedType pt
          && pt.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
        for (int i = 0; i < value.size(); i++) {
          if (value.get(i).isObject()) {
            stripUnknown((ObjectNode) value.get(i), element,
                path + "." + c.getName() + "[" + i + "]", errors, fr);
          }
        }
      }
    }
  }

  static String jsonPath(Path path) {
    StringBuilder out = new StringBuilder("$");
    for (Path.Node n : path) {
      if (n.isInIterable() && n.getIndex() != null) {
        out.append('[').append(n.getIndex()).append(']');
      }
      if (n.getName() != null && !n.getName().startsWith("<")) {
        out.append('.').append(n.getName());
      }
    }
    return out.toString();
  }

  /** Whether the caller's Accept-Language prefers French over English. */
  static boolean french(Context ctx) {
    return Language.FR.equals(ServiceText.of(ctx));
  }

  private static void json(Context ctx, int status, JsonNode body) {
    ctx.attribute("rjkit.answered", Boolean.TRUE);
    ctx.status(status).contentType("application/json").result(ServiceJson.write(body));
  }

  private static void error(Context ctx, ApiError e) {
    Language language = ServiceText.of(ctx);
    ObjectNode out = NODES.objectNode();
    out.put("status", e.status());
    out.put("error", e.code());
    out.put("message", ServiceText.format(language, e.messageKey()));
    e.rule().ifPresent(r -> out.put("rule", r));
    e.reason().ifPresent(r -> out.put("reason", r.in(language)));
    if (!e.errors().isEmpty()) {
      ArrayNode errors = out.putArray("errors");
      e.errors().forEach(err -> errors.addObject().put("path", err.path())
          .put("message", err.message(language)));
    }
    e.headers().forEach(ctx::header);
    ctx.header("Content-Language", language.tag());
    json(ctx, e.status(), out);
  }
}
