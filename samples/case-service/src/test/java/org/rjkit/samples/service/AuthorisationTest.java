package org.rjkit.samples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.rjkit.samples.service.Permissions.Access;
import org.rjkit.samples.service.Permissions.Action;
import org.rjkit.samples.service.ServiceHarness.Response;

/**
 * The permission table, executed: for every action and every role, a real request to the
 * endpoint. A denied cell answers 403 naming the action's rule; an allowed cell is never 401 or
 * 403; an own-side cell is 403 (SERVICE-PERM-OWN-SIDE) for the other side.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorisationTest {

  private ServiceHarness h;
  private String caseId;

  @BeforeAll
  void start() throws IOException {
    Path target = Path.of("target").toAbsolutePath();
    Files.createDirectories(target);
    h = ServiceHarness.start(TestDatabases.h2(Files.createTempDirectory(target, "h2-auth-")));
    caseId = "AUTH-1";
    String staff = h.token(CallerRole.PROGRAMME_STAFF);
    assertEquals(201, h.post("/cases", staff, ServiceHarness.newCase(caseId)).status());
  }

  @AfterAll
  void stop() {
    h.close();
  }

  /** A request on behalf of {@code self} (the participant's own side) or of someone else. */
  private Response request(Action action, String token, CallerRole role, boolean ownSide) {
    String me = ownSide ? "V-1" : "O-1";
    String c = "/cases/" + caseId;
    return switch (action) {
      case SCREEN -> h.post("/screenings", token, ServiceHarness.caseRequest("S-1"));
      case READ_PROGRAMMES -> h.get("/programmes", token);
      case CREATE_CASE -> h.post("/cases", token,
          ServiceHarness.newCase(CaseServiceSuite.newId()));
      case READ_CASE -> h.get(c, token);
      case RECORD_CONSENT -> write(c + "/consents", token, "{\"on\":\"2026-03-02\","
          + "\"participant\":\"" + me + "\",\"informed\":true,\"form\":\"WRITTEN\"}");
      case RECORD_WITHDRAWAL -> write(c + "/withdrawals", token, "{\"on\":\"2026-03-03\","
          + "\"participant\":\"" + me + "\"}");
      case RECORD_SAFETY -> write(c + "/safety", token,
          "{\"on\":\"2026-03-04\",\"riskToVictim\":\"LOW\"}");
      case RECORD_REVIEW -> write(c + "/reviews", token,
          "{\"on\":\"2026-03-04\",\"outcome\":\"ACCEPTED\"}");
      case CHANGE_STAGE -> write(c + "/stage", token,
          "{\"on\":\"2026-03-04\",\"stage\":\"ASSESSMENT\"}");
      case SUBMIT_MESSAGE -> write(c + "/messages", token, "{\"on\":\"2026-03-05\",\"id\":"
          + "\"L-" + role + "\",\"author\":\"" + me + "\",\"recipient\":\"F-1\",\"channel\":"
          + "\"LETTER\",\"text\":\"t\"}");
      case RELAY_MESSAGE -> write(c + "/messages/L-1/relay", token, "{\"on\":\"2026-03-06\"}");
      case PROPOSE_AGREEMENT -> write(c + "/agreement", token, "{\"on\":\"2026-03-06\","
          + "\"items\":[{\"id\":\"A-1\",\"kind\":\"APOLOGY\",\"text\":\"t\",\"concerned\":"
          + "[\"O-1\",\"V-1\"]}]}");
      case ASSENT_AGREEMENT -> write(c + "/agreement/items/A-1/assent", token,
          "{\"on\":\"2026-03-06\",\"party\":\"" + me + "\"}");
      case FOLLOW_UP -> write(c + "/agreement/items/A-1/follow-up", token,
          "{\"on\":\"2026-03-06\",\"status\":\"COMPLETED\"}");
      case CLOSE_CASE -> write(c + "/close", token,
          "{\"on\":\"2026-03-07\",\"reason\":\"NO_AGREEMENT\"}");
      case REOPEN_CASE -> write(c + "/reopen", token, "{\"on\":\"2026-03-08\"}");
      case READ_HISTORY -> h.get(c + "/history", token);
      case VIEW_CASE -> h.get(c + "/view?purpose=CONDUCT_OF_PROCESS&on=2026-12-01&recipient="
          + switch (role) {
            case PARTICIPANT -> "PARTICIPANT:" + me;
            case PAROLE_BOARD -> ownSide ? "PAROLE_BOARD" : "FACILITATOR";
            default -> "FACILITATOR";
          }, token);
      case READ_REPORTS -> h.get("/reports?from=2026-01-01&to=2026-12-31", token);
      case READ_AUDIT -> h.get("/audit", token);
    };
  }

  private Response write(String path, String token, String body) {
    String etag = h.get("/cases/" + caseId, h.token(CallerRole.PROGRAMME_STAFF)).etag();
    return h.post(path, token, body, "If-Match", etag);
  }

  private String token(CallerRole role) {
    return role == CallerRole.PARTICIPANT ? h.participant("V-1") : h.token(role);
  }

  @TestFactory
  Stream<DynamicTest> every_role_on_every_endpoint_gets_what_the_table_says() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Action action : Action.values()) {
      for (CallerRole role : Permissions.COLUMNS) {
        Access access = Permissions.access(action, role);
        tests.add(DynamicTest.dynamicTest(role + " × " + action + " → "
            + access.name().toLowerCase(Locale.ROOT), () -> {
              Response r = request(action, token(role), role, true);
              if (access == Access.DENY) {
                assertEquals(403, r.status(), r.body());
                assertEquals(action.rule(), r.json().get("rule").asText());
                assertEquals(action.reason().in(org.rjkit.core.language.Language.EN),
                    r.json().get("reason").asText());
              } else {
                assertNotEquals(401, r.status(), r.body());
                assertNotEquals(403, r.status(), r.body());
              }
              if (access == Access.OWN && ownSideMatters(action)) {
                Response other = request(action, token(role), role, false);
                assertEquals(403, other.status(), other.body());
                assertEquals("SERVICE-PERM-OWN-SIDE", other.json().get("rule").asText());
              }
            }));
      }
    }
    return tests.stream();
  }

  /** Own-side actions whose request names whose side it is. */
  private static boolean ownSideMatters(Action action) {
    return action != Action.READ_CASE;
  }

  @Test
  void the_module_readme_shows_the_table_the_service_enforces() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains(Permissions.markdown()),
        "README.md must contain the permission table exactly as Permissions.markdown() writes"
            + " it:\n" + Permissions.markdown());
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void every_answer_of_this_class_validates_against_the_openapi_document() {
    org.junit.jupiter.api.Assertions.assertTrue(h.exchanges.size() > 20, "answers were kept");
    org.junit.jupiter.api.Assertions.assertEquals(List.of(),
        OpenApiContract.violations(List.copyOf(h.exchanges)));
  }
}
