package org.rjkit.samples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rjkit.samples.service.ServiceHarness.Response;

/**
 * The integration suite: the same tests on every database ({@link H2CaseServiceTest},
 * {@link PostgresCaseServiceTest}). Every answer is kept for the OpenAPI check.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class CaseServiceSuite {

  private static final AtomicInteger CASES = new AtomicInteger();

  ServiceHarness h;
  String staff;
  String facilitator;
  String victim;
  String offender;
  String paroleBoard;
  String researcher;
  String auditor;

  /** A database URL for this run (fresh schema or directory). */
  abstract String databaseUrl();

  /** Called after the suite with the URL {@link #databaseUrl()} gave. */
  void dropDatabase(String url) {}

  private String url;

  @BeforeAll
  void startService() {
    url = databaseUrl();
    h = ServiceHarness.start(url);
    staff = h.token(CallerRole.PROGRAMME_STAFF);
    facilitator = h.token(CallerRole.FACILITATOR);
    victim = h.participant("V-1");
    offender = h.participant("O-1");
    paroleBoard = h.token(CallerRole.PAROLE_BOARD);
    researcher = h.token(CallerRole.RESEARCHER);
    auditor = h.token(CallerRole.AUDITOR);
  }

  @AfterAll
  void stopService() {
    if (h != null) {
      h.close();
    }
    if (url != null) {
      dropDatabase(url);
    }
  }

  static String newId() {
    return "RO-" + System.nanoTime() % 100000 + "-" + CASES.incrementAndGet();
  }

  /** Opens the test case and returns its id. */
  String open() {
    String id = newId();
    Response r = h.post("/cases", staff, ServiceHarness.newCase(id));
    assertEquals(201, r.status(), r.body());
    return id;
  }

  Response write(String id, String path, String token, String body) {
    String etag = h.get("/cases/" + id, staff).etag();
    return h.post("/cases/" + id + path, token, body, "If-Match", etag);
  }

  Response ok(Response r) {
    assertEquals(200, r.status(), r.body());
    return r;
  }

  /** The walkthrough's case up to communication, with consents and a low risk. */
  String openInCommunication() {
    String id = open();
    ok(write(id, "/stage", staff, "{\"on\":\"2026-02-05\",\"stage\":\"ASSESSMENT\"}"));
    ok(write(id, "/stage", facilitator, "{\"on\":\"2026-02-20\",\"stage\":\"PREPARATION\"}"));
    ok(write(id, "/consents", victim, "{\"on\":\"2026-03-02\",\"participant\":\"V-1\","
        + "\"informed\":true,\"form\":\"WRITTEN\"}"));
    ok(write(id, "/consents", staff, "{\"on\":\"2026-03-09\",\"participant\":\"O-1\","
        + "\"informed\":true,\"form\":\"WRITTEN\"}"));
    ok(write(id, "/safety", facilitator, "{\"on\":\"2026-03-10\",\"riskToVictim\":\"LOW\"}"));
    ok(write(id, "/stage", facilitator, "{\"on\":\"2026-03-11\",\"stage\":\"COMMUNICATION\"}"));
    return id;
  }

  int commandCount(String id) throws SQLException {
    try (Connection c = h.database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT COUNT(*) FROM case_commands WHERE case_id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        int n = r.getInt(1);
        c.commit();
        return n;
      }
    }
  }

  int auditCount() throws SQLException {
    try (Connection c = h.database.pool().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM audit_log")) {
      r.next();
      int n = r.getInt(1);
      c.commit();
      return n;
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  void version_is_public_and_names_the_library_and_every_rule_set() {
    Response r = h.get("/version", null);
    assertEquals(200, r.status());
    assertEquals("0.1.0-SNAPSHOT", r.json().get("library").asText());
    assertTrue(r.json().get("programmes").size() >= 6, r.body());
  }

  @Test
  void a_screening_gets_the_decision_and_the_version_header() {
    String request = ServiceHarness.caseRequest("S-1");
    Response r = h.post("/screenings", staff, request);
    assertEquals(200, r.status(), r.body());
    assertEquals("ca-csc-restorative-opportunities", r.json().get("programme").asText());
    assertTrue(r.header(CaseService.VERSION_HEADER).orElseThrow()
        .matches("library=0\\.1\\.0-SNAPSHOT; programme=ca-csc-restorative-opportunities;"
            + " ruleSet=.+"), r.header(CaseService.VERSION_HEADER).orElseThrow());
  }

  @Test
  void an_invalid_screening_lists_every_error_by_path_in_french() {
    String three = ServiceHarness.resource("three-mistakes.json");
    Response r = h.post("/screenings", staff, three, "Accept-Language", "fr-CA, en;q=0.5");
    assertEquals(400, r.status(), r.body());
    assertEquals("fr", r.header("Content-Language").orElseThrow());
    assertTrue(r.json().get("message").asText().startsWith("La demande n'est pas valide"));
    List<String> paths = new ArrayList<>();
    r.json().get("errors").forEach(e -> paths.add(e.get("path").asText()));
    assertEquals(4, paths.size(), r.body());
    assertTrue(paths.contains("$.case.participants[1].favouriteColour"), r.body());
    assertFalse(r.body().contains("blue"), "no value is echoed");
  }

  @Test
  void programmes_are_listed_and_read_by_id() {
    Response all = h.get("/programmes", researcher);
    assertEquals(200, all.status());
    assertTrue(all.json().size() >= 6);
    Response one = h.get("/programmes/ca-csc-restorative-opportunities", auditor);
    assertEquals(200, one.status(), one.body());
    assertEquals(404, h.get("/programmes/no-such-programme", staff).status());
    Response bad = h.get("/programmes/NOT_AN_ID", staff);
    assertEquals(400, bad.status());
    assertEquals("$path.id", bad.json().get("errors").get(0).get("path").asText());
  }

  @Test
  void missing_tampered_and_expired_tokens_are_401() {
    assertEquals(401, h.get("/programmes", null).status());
    String t = staff;
    String tampered = t.substring(0, t.length() - 2) + (t.endsWith("A") ? "BB" : "AA");
    Response r = h.get("/programmes", tampered);
    assertEquals(401, r.status());
    assertEquals("Bearer realm=\"rjkit\"", r.header("WWW-Authenticate").orElseThrow());
    String expired = h.tokens.issue(new Caller("x", CallerRole.PROGRAMME_STAFF, Optional.empty()),
        ServiceHarness.CLOCK.instant().minusSeconds(1));
    Response e = h.get("/programmes", expired);
    assertEquals(401, e.status());
    assertEquals("The bearer token has expired.", e.json().get("message").asText());
    String otherKey = new Tokens("another-key-another-key-another-key-00".getBytes(
        java.nio.charset.StandardCharsets.US_ASCII), ServiceHarness.CLOCK)
        .issue(new Caller("x", CallerRole.PROGRAMME_STAFF, Optional.empty()));
    assertEquals(401, h.get("/programmes", otherKey).status());
  }

  @Test
  void a_forbidden_action_names_the_rule_and_reason_and_no_content() {
    String id = openInCommunication();
    Response r = write(id, "/safety", victim, "{\"on\":\"2026-03-12\",\"riskToVictim\":\"LOW\"}");
    assertEquals(403, r.status());
    assertEquals("SERVICE-PERM-RECORD-SAFETY", r.json().get("rule").asText());
    assertEquals("The facilitator records safety assessments.",
        r.json().get("reason").asText());
    Response own = write(id, "/consents", victim, "{\"on\":\"2026-03-12\",\"participant\":"
        + "\"O-1\",\"informed\":true,\"form\":\"WRITTEN\"}");
    assertEquals(403, own.status());
    assertEquals("SERVICE-PERM-OWN-SIDE", own.json().get("rule").asText());
  }

  @Test
  void a_case_goes_from_intake_to_closure_and_reopens() throws SQLException {
    String id = openInCommunication();
    ok(write(id, "/messages", victim, "{\"on\":\"2026-03-16\",\"id\":\"L-1\",\"author\":\"V-1\","
        + "\"recipient\":\"O-1\",\"channel\":\"LETTER\",\"text\":\"Why our house?\"}"));
    ok(write(id, "/messages/L-1/relay", facilitator, "{\"on\":\"2026-03-18\"}"));
    ok(write(id, "/messages", offender, "{\"on\":\"2026-04-06\",\"id\":\"L-2\",\"author\":\"O-1\","
        + "\"recipient\":\"V-1\",\"channel\":\"LETTER\",\"text\":\"You were unlucky.\"}"));
    ok(write(id, "/messages/L-2/return", facilitator, "{\"on\":\"2026-04-07\"}"));
    Response relayReturned = write(id, "/messages/L-2/relay", facilitator,
        "{\"on\":\"2026-04-08\"}");
    assertEquals(409, relayReturned.status(), relayReturned.body());
    ok(write(id, "/stage", facilitator, "{\"on\":\"2026-05-04\",\"stage\":\"AGREEMENT\"}"));
    ok(write(id, "/agreement", facilitator, "{\"on\":\"2026-05-04\",\"items\":[{\"id\":\"A-1\","
        + "\"kind\":\"APOLOGY\",\"text\":\"a written apology\",\"concerned\":[\"O-1\",\"V-1\"]}]}"));
    ok(write(id, "/agreement/items/A-1/assent", victim, "{\"on\":\"2026-05-06\",\"party\":\"V-1\"}"));
    Response assent = ok(write(id, "/agreement/items/A-1/assent", offender,
        "{\"on\":\"2026-05-07\",\"party\":\"O-1\"}"));
    assertEquals("AGREEMENT", assent.json().get("case").get("stage").asText());
    ok(write(id, "/stage", facilitator, "{\"on\":\"2026-05-08\",\"stage\":\"FOLLOW_UP\"}"));
    ok(write(id, "/agreement/items/A-1/follow-up", facilitator,
        "{\"on\":\"2026-06-01\",\"status\":\"COMPLETED\"}"));
    Response closed = ok(write(id, "/close", staff,
        "{\"on\":\"2026-06-01\",\"reason\":\"COMPLETED\"}"));
    assertEquals("CLOSED", closed.json().get("case").get("stage").asText());
    JsonNode summary = h.get("/cases/" + id, staff).json().get("case");
    assertTrue(summary.get("agreement").get("reached").asBoolean());
    assertFalse(summary.toString().contains("Why our house"), "the summary has no content");
    Response reopened = write(id, "/reopen", staff, "{\"on\":\"2026-06-10\"}");
    assertEquals(409, reopened.status(), "a completed case does not reopen: " + reopened.body());
    assertEquals("PROC-REOPEN-AFTER-WITHDRAWAL", reopened.json().get("rule").asText());

    Response history = h.get("/cases/" + id + "/history", staff);
    assertEquals(200, history.status());
    assertEquals(commandCount(id), history.json().get("commands").size());
    String document = history.json().get("processHistory").toString();
    org.rjkit.process.lifecycle.ProcessCase loaded =
        org.rjkit.process.json.ProcessHistoryStorageReader.builtIn().read(document);
    assertEquals(id, loaded.caseId().value(), "the library loads the stored history back");
    assertEquals(summary.get("stage").asText(), loaded.stage().name());
    assertEquals(403, h.get("/cases/" + id + "/history", victim).status());
    assertEquals(403, h.get("/cases/" + id + "/history", paroleBoard).status());
  }

  @Test
  void a_case_closed_on_a_withdrawal_reopens_in_preparation_after_a_new_consent() {
    String id = openInCommunication();
    Response withdrawn = ok(write(id, "/withdrawals", victim,
        "{\"on\":\"2026-03-20\",\"participant\":\"V-1\"}"));
    if (!withdrawn.json().get("case").get("stage").asText().equals("CLOSED")) {
      ok(write(id, "/close", facilitator, "{\"on\":\"2026-03-21\",\"reason\":\"WITHDRAWN\"}"));
    }
    Response early = write(id, "/reopen", staff, "{\"on\":\"2026-03-22\"}");
    assertEquals(409, early.status(), early.body());
    ok(write(id, "/consents", victim, "{\"on\":\"2026-04-01\",\"participant\":\"V-1\","
        + "\"informed\":true,\"form\":\"WRITTEN\"}"));
    Response reopened = ok(write(id, "/reopen", staff, "{\"on\":\"2026-04-02\"}"));
    assertEquals("PREPARATION", reopened.json().get("case").get("stage").asText());
  }

  @Test
  void writes_need_if_match_and_a_stale_one_is_412() throws SQLException {
    String id = open();
    Response none = h.post("/cases/" + id + "/stage", staff,
        "{\"on\":\"2026-02-05\",\"stage\":\"ASSESSMENT\"}");
    assertEquals(428, none.status());
    Response stale = h.post("/cases/" + id + "/stage", staff,
        "{\"on\":\"2026-02-05\",\"stage\":\"ASSESSMENT\"}", "If-Match", CaseService.etag(7));
    assertEquals(412, stale.status());
    assertEquals(1, commandCount(id));
    Response first = h.post("/cases/" + id + "/stage", staff,
        "{\"on\":\"2026-02-05\",\"stage\":\"ASSESSMENT\"}", "If-Match", CaseService.etag(1));
    assertEquals(200, first.status(), first.body());
    assertEquals(CaseService.etag(2), first.etag());
    Response again = h.post("/cases/" + id + "/stage", staff,
        "{\"on\":\"2026-02-06\",\"stage\":\"PREPARATION\"}", "If-Match", CaseService.etag(1));
    assertEquals(412, again.status());
    assertEquals(2, commandCount(id));
  }

  @Test
  void parallel_writers_of_one_version_one_wins_the_others_get_412() throws Exception {
    String id = open();
    int writers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        Callable<Integer> task = () -> {
          start.await();
          return h.post("/cases/" + id + "/stage", staff,
              "{\"on\":\"2026-02-05\",\"stage\":\"ASSESSMENT\"}", "If-Match",
              CaseService.etag(1)).status();
        };
        results.add(pool.submit(task));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : results) {
        statuses.add(f.get());
      }
      assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
      assertEquals(writers - 1, statuses.stream().filter(s -> s == 412).count(),
          statuses.toString());
      assertEquals(2, commandCount(id));
      assertEquals(CaseService.etag(2), h.get("/cases/" + id, staff).etag());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void parallel_writers_that_reread_all_land() throws Exception {
    String id = openInCommunication();
    int writers = 6;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        String mid = "M-" + i;
        results.add(pool.submit(() -> {
          for (int attempt = 0; attempt < 50; attempt++) {
            String etag = h.get("/cases/" + id, facilitator).etag();
            Response r = h.post("/cases/" + id + "/messages", facilitator, "{\"on\":"
                + "\"2026-03-16\",\"id\":\"" + mid + "\",\"author\":\"V-1\",\"recipient\":"
                + "\"O-1\",\"channel\":\"LETTER\",\"text\":\"letter\"}", "If-Match", etag);
            if (r.status() == 200) {
              return true;
            }
            assertEquals(412, r.status(), r.body());
          }
          return false;
        }));
      }
      for (Future<Boolean> f : results) {
        assertTrue(f.get(), "every writer lands after re-reading");
      }
      JsonNode messages = h.get("/cases/" + id, staff).json().get("case").get("messages");
      assertEquals(writers, messages.size(), "no write was lost");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_denied_recipient_gets_the_same_answer_whether_or_not_the_case_exists() {
    String id = openInCommunication();
    ok(write(id, "/messages", victim, "{\"on\":\"2026-03-16\",\"id\":\"L-1\",\"author\":\"V-1\","
        + "\"recipient\":\"O-1\",\"channel\":\"LETTER\",\"text\":\"I check the locks.\"}"));
    String query = "/view?recipient=PAROLE_BOARD&purpose=PAROLE_DECISION&on=2026-06-15";
    Response existing = h.get("/cases/" + id + query, paroleBoard);
    Response missing = h.get("/cases/NO-SUCH-CASE" + query, paroleBoard);
    assertEquals(404, existing.status(), existing.body());
    assertEquals(missing.status(), existing.status());
    assertEquals(missing.body(), existing.body());
    assertEquals(missing.header("ETag"), existing.header("ETag"));
    assertFalse(existing.body().contains("locks"));
    // The refusal was recorded in the case.
    JsonNode commands = h.get("/cases/" + id + "/history", staff).json().get("commands");
    assertEquals("disclosure", commands.get(commands.size() - 1).get("type").asText());
  }

  @Test
  void the_facilitator_sees_content_and_a_participant_sees_their_own_side() {
    String id = openInCommunication();
    ok(write(id, "/messages", victim, "{\"on\":\"2026-03-16\",\"id\":\"L-1\",\"author\":\"V-1\","
        + "\"recipient\":\"O-1\",\"channel\":\"LETTER\",\"text\":\"I check the locks.\"}"));
    Response f = h.get("/cases/" + id + "/view?recipient=FACILITATOR&purpose=CONDUCT_OF_PROCESS"
        + "&on=2026-03-17", facilitator);
    assertEquals(200, f.status(), f.body());
    assertTrue(f.body().contains("I check the locks."), f.body());
    Response o = h.get("/cases/" + id + "/view?recipient=PARTICIPANT:O-1"
        + "&purpose=CONDUCT_OF_PROCESS&on=2026-03-17", offender);
    assertEquals(200, o.status(), o.body());
    assertFalse(o.body().contains("I check the locks."), "not relayed yet: " + o.body());
    Response other = h.get("/cases/" + id + "/view?recipient=PARTICIPANT:V-1"
        + "&purpose=CONDUCT_OF_PROCESS&on=2026-03-17", offender);
    assertEquals(403, other.status());
    Response fr = h.get("/cases/" + id + "/view?recipient=PARTICIPANT:V-1"
        + "&purpose=CONDUCT_OF_PROCESS&on=2026-03-17", victim, "Accept-Language", "fr");
    assertEquals(200, fr.status(), fr.body());
    assertTrue(fr.json().get("text").asText().startsWith("Vue destinée à"), fr.body());
  }

  @Test
  void bad_input_on_every_endpoint_is_a_clear_4xx_and_stores_nothing() throws SQLException {
    String id = open();
    String etag = CaseService.etag(1);
    int audits = auditCount();
    List<String> paths = List.of("/consents", "/withdrawals", "/safety", "/reviews", "/stage",
        "/messages", "/messages/L-1/relay", "/messages/L-1/return", "/agreement",
        "/agreement/items/A-1/assent", "/agreement/items/A-1/follow-up", "/close", "/reopen");
    for (String p : paths) {
      String where = p;
      String staff = p.equals("/reviews") || p.equals("/reopen") ? this.staff : facilitator;
      Response malformed = h.post("/cases/" + id + p, staff, "{\"on\":", "If-Match", etag);
      assertEquals(400, malformed.status(), where);
      assertEquals("malformed_json", malformed.json().get("error").asText(), where);
      Response unknown = h.post("/cases/" + id + p, staff, "{\"on\":\"2026-02-05\","
          + "\"colour\":\"blue\"}", "If-Match", etag);
      assertEquals(400, unknown.status(), where);
      List<String> unknownPaths = new ArrayList<>();
      unknown.json().get("errors").forEach(e -> unknownPaths.add(e.get("path").asText()));
      assertTrue(unknownPaths.contains("$.colour"), where + " " + unknown.body());
      assertFalse(unknown.body().contains("blue"), where);
      Response big = h.post("/cases/" + id + p, staff, "{\"on\":\"" + "x".repeat(
          CaseService.MAX_BODY_BYTES) + "\"}", "If-Match", etag);
      assertEquals(413, big.status(), where);
      Response badId = h.post("/cases/not%20an%20id" + p, staff, "{\"on\":\"2026-02-05\"}",
          "If-Match", etag);
      assertEquals(400, badId.status(), where);
      assertEquals("bad_id", badId.json().get("error").asText(), where);
      Response array = h.post("/cases/" + id + p, staff, "[]", "If-Match", etag);
      assertEquals(400, array.status(), where);
      Response nul = h.post("/cases/" + id + p, staff, "null", "If-Match", etag);
      assertEquals(400, nul.status(), where);
      Response trailing = h.post("/cases/" + id + p, staff, "{\"on\":\"2026-02-05\"} {}",
          "If-Match", etag);
      assertEquals(400, trailing.status(), where);
    }
    Response errors = h.post("/cases/" + id + "/consents", staff,
        "{\"on\":\"2026-02-30\",\"participant\":\"no spaces\",\"form\":\"SHOUTED\"}",
        "If-Match", etag, "Accept-Language", "fr");
    assertEquals(400, errors.status());
    List<String> got = new ArrayList<>();
    errors.json().get("errors").forEach(e -> got.add(e.get("path").asText() + ": "
        + e.get("message").asText()));
    assertEquals(List.of(
        "$.form: n'est pas l'une des valeurs acceptées",
        "$.informed: est obligatoire",
        "$.on: doit être une date du calendrier écrite aaaa-mm-jj",
        "$.participant: doit être un identifiant de 1 à 64 lettres, chiffres ou . _ : -"), got);
    Response agreement = h.post("/cases/" + id + "/agreement", facilitator,
        "{\"on\":\"2026-02-05\",\"items\":[{\"id\":\"A-1\",\"kind\":\"APOLOGY\",\"text\":\"t\","
        + "\"concerned\":[\"V-1\",\"bad id\"]}]}", "If-Match", etag);
    assertEquals("$.items[0].concerned[1]",
        agreement.json().get("errors").get(0).get("path").asText(), agreement.body());
    for (String body : List.of("{", "[]", "{\"processType\":\"INDIRECT_MEDIATION\"}",
        "{\"processType\":\"X\",\"request\":{}}", "{\"request\":{},\"extra\":1}")) {
      Response c = h.post("/cases", staff, body);
      assertEquals(400, c.status(), body);
    }
    assertEquals(400, h.post("/screenings", staff, "{").status());
    assertEquals(413, h.post("/screenings", staff, "[" + "1,".repeat(
        CaseService.MAX_BODY_BYTES) + "1]").status());
    assertEquals(400, h.get("/cases/" + id + "/view?recipient=KING&purpose=X", staff).status());
    assertEquals(400, h.get("/reports?from=2026-01-01&to=yesterday", staff).status());
    assertEquals(400, h.get("/audit?caseId=not%20an%20id", auditor).status());
    assertEquals(1, commandCount(id), "nothing was stored");
    assertEquals(audits, auditCount(), "bad input leaves no audit row either");
  }

  @Test
  void the_database_refuses_to_update_or_delete_audit_rows_and_commands() throws SQLException {
    String id = open();
    try (Connection c = h.database.pool().getConnection(); Statement s = c.createStatement()) {
      for (String sql : List.of("UPDATE audit_log SET outcome = 'X'",
          "DELETE FROM audit_log",
          "UPDATE case_commands SET command = '{}' WHERE case_id = '" + id + "'",
          "DELETE FROM case_commands WHERE case_id = '" + id + "'")) {
        SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
        assertTrue(e.getMessage().contains("append-only"), e.getMessage());
        c.rollback();
      }
    }
    assertEquals(1, commandCount(id));
  }

  @Test
  void a_write_that_fails_between_command_and_audit_row_leaves_neither() throws SQLException {
    String id = open();
    int audits = auditCount();
    CaseStore failing = new CaseStore(h.database.pool(), ServiceHarness.CLOCK, () -> {
      throw new SQLException("crash between the command and its audit row", "58000");
    });
    Caller caller = new Caller("staff", CallerRole.PROGRAMME_STAFF, Optional.empty());
    assertThrows(CaseStore.StoreException.class, () -> failing.append(id, 1,
        ServiceJson.parse("{\"type\":\"stage\",\"on\":\"2026-02-05\",\"stage\":\"ASSESSMENT\"}"),
        caller, CaseStore.AuditEntry.of(caller, "CHANGE_STAGE", Optional.of(id), "OK")));
    assertEquals(1, commandCount(id));
    assertEquals(audits, auditCount());
    assertEquals(CaseService.etag(1), h.get("/cases/" + id, staff).etag());
  }

  @Test
  void every_access_to_a_case_is_in_the_audit_log_which_only_auditors_read() {
    String id = open();
    h.get("/cases/" + id, facilitator);
    h.get("/cases/" + id + "/view?recipient=PAROLE_BOARD&purpose=PAROLE_DECISION&on=2026-06-01",
        paroleBoard);
    assertEquals(403, h.get("/audit", staff).status());
    Response log = h.get("/audit?caseId=" + id, auditor);
    assertEquals(200, log.status());
    List<String> actions = new ArrayList<>();
    log.json().get("entries").forEach(e -> actions.add(e.get("role").asText() + " "
        + e.get("action").asText() + " " + e.get("outcome").asText()));
    assertEquals(List.of("PROGRAMME_STAFF CREATE_CASE OK", "FACILITATOR READ_CASE OK",
        "PAROLE_BOARD VIEW_CASE DENIED"), actions);
  }

  @Test
  void a_participant_who_is_not_in_the_case_cannot_tell_it_exists() {
    String id = open();
    String stranger = h.participant("Z-9");
    Response existing = h.get("/cases/" + id, stranger);
    Response missing = h.get("/cases/NO-SUCH-CASE", stranger);
    assertEquals(404, existing.status());
    assertEquals(missing.body(), existing.body());
    Response own = h.get("/cases/" + id, victim);
    assertEquals(200, own.status());
    assertFalse(own.json().get("case").has("participants"), own.body());
  }

  @Test
  void a_case_is_created_once() {
    String id = open();
    Response again = h.post("/cases", staff, ServiceHarness.newCase(id));
    assertEquals(409, again.status());
    assertEquals("conflict", again.json().get("error").asText());
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void every_answer_of_this_class_validates_against_the_openapi_document() {
    org.junit.jupiter.api.Assertions.assertTrue(h.exchanges.size() > 20, "answers were kept");
    org.junit.jupiter.api.Assertions.assertEquals(List.of(),
        OpenApiContract.violations(List.copyOf(h.exchanges)));
  }
}
