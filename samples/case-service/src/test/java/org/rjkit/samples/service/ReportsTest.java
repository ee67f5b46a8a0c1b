package org.rjkit.samples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.samples.service.ServiceHarness.Response;

/**
 * Funder reports from stored cases: six cases referred on 2026-02-04, two of them withdrawn in
 * preparation and closed; one reaches communication with a first message 40 days after referral.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsTest {

  private ServiceHarness h;
  private String staff;
  private String researcher;

  @BeforeAll
  void seed() throws IOException {
    Path target = Path.of("target").toAbsolutePath();
    Files.createDirectories(target);
    h = ServiceHarness.start(TestDatabases.h2(Files.createTempDirectory(target, "h2-reports-")));
    staff = h.token(CallerRole.PROGRAMME_STAFF);
    researcher = h.token(CallerRole.RESEARCHER);
    String facilitator = h.token(CallerRole.FACILITATOR);
    for (int i = 1; i <= 6; i++) {
      String id = "REP-" + i;
      assertEquals(201, h.post("/cases", staff, ServiceHarness.newCase(id)).status());
      step(id, "/stage", staff, "{\"on\":\"2026-02-05\",\"stage\":\"ASSESSMENT\"}");
      step(id, "/stage", staff, "{\"on\":\"2026-02-20\",\"stage\":\"PREPARATION\"}");
      if (i <= 2) {
        step(id, "/withdrawals", staff, "{\"on\":\"2026-03-01\",\"participant\":\"V-1\"}");
        Response stage = h.get("/cases/" + id, staff);
        if (!stage.json().get("case").get("stage").asText().equals("CLOSED")) {
          step(id, "/close", staff, "{\"on\":\"2026-03-02\",\"reason\":\"WITHDRAWN\"}");
        }
      }
      if (i == 3) {
        step(id, "/consents", staff, "{\"on\":\"2026-03-02\",\"participant\":\"V-1\","
            + "\"informed\":true,\"form\":\"WRITTEN\"}");
        step(id, "/consents", staff, "{\"on\":\"2026-03-02\",\"participant\":\"O-1\","
            + "\"informed\":true,\"form\":\"WRITTEN\"}");
        step(id, "/safety", facilitator, "{\"on\":\"2026-03-03\",\"riskToVictim\":\"LOW\"}");
        step(id, "/stage", facilitator, "{\"on\":\"2026-03-04\",\"stage\":\"COMMUNICATION\"}");
        step(id, "/messages", facilitator, "{\"on\":\"2026-03-16\",\"id\":\"L-1\",\"author\":"
            + "\"V-1\",\"recipient\":\"O-1\",\"channel\":\"LETTER\",\"text\":\"a letter\"}");
      }
    }
  }

  private void step(String id, String path, String token, String body) {
    String etag = h.get("/cases/" + id, staff).etag();
    Response r = h.post("/cases/" + id + path, token, body, "If-Match", etag);
    assertEquals(200, r.status(), r.body());
  }

  @AfterAll
  void stop() {
    h.close();
  }

  private Map<String, Map<String, String>> counts(JsonNode report) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    report.get("counts").forEach(c -> {
      Map<String, String> groups = new LinkedHashMap<>();
      c.get("groups").forEach(g -> groups.put(g.get("group").asText(), g.get("count").asText()));
      out.put(c.get("name").asText(), groups);
    });
    return out;
  }

  @Test
  void counts_follow_their_rules_and_small_counts_are_hidden() {
    Response r = h.get("/reports?from=2026-01-01&to=2026-12-31", researcher);
    assertEquals(200, r.status(), r.body());
    Map<String, Map<String, String>> c = counts(r.json());
    assertEquals(Map.of("ca-csc-restorative-opportunities / VICTIM", "6"), c.get("referrals"));
    assertEquals(Map.of("INDIRECT_MEDIATION", "6"), c.get("casesByProcessType"));
    assertEquals(Map.of("PREPARATION", "<5"), c.get("withdrawalsByStage"));
    assertEquals(Map.of("WITHDRAWN", "<5"), c.get("closuresByReason"));
    assertEquals(Map.of("31-90 days", "<5"), c.get("referralToFirstMessage"));
    assertEquals(Map.of(), c.get("agreementsReached"));
    assertEquals(1, c.get("screeningOutcomes").size());
    r.json().get("counts").forEach(n -> assertTrue(n.get("rule").asText().contains("Date:"),
        n.get("name").asText() + " states which date it counts on"));
  }

  @Test
  void a_range_before_the_referrals_counts_nothing() {
    Map<String, Map<String, String>> c = counts(h.get("/reports?from=2025-01-01&to=2025-12-31",
        staff).json());
    c.values().forEach(groups -> assertEquals(Map.of(), groups));
    assertEquals(8, c.size());
  }

  @Test
  void a_range_that_holds_only_the_withdrawals_counts_them_but_not_the_referrals() {
    Map<String, Map<String, String>> c = counts(h.get("/reports?from=2026-03-01&to=2026-03-02",
        staff).json());
    assertEquals(Map.of(), c.get("referrals"));
    assertEquals(Map.of("PREPARATION", "<5"), c.get("withdrawalsByStage"));
  }

  @Test
  void the_csv_has_the_same_counts_with_their_rules_and_no_personal_data() {
    Response csv = h.get("/reports?from=2026-01-01&to=2026-12-31&format=csv", researcher);
    assertEquals(200, csv.status());
    assertTrue(csv.header("Content-Type").orElseThrow().startsWith("text/csv"));
    assertTrue(csv.body().startsWith("count,group,value,rule\r\n"));
    assertTrue(csv.body().contains("referrals,\"ca-csc-restorative-opportunities / VICTIM\","
        + "\"6\",\"" + Reports.REFERRALS + "\"\r\n"), csv.body());
    for (String personal : List.of("REP-", "V-1", "O-1", "F-1", "a letter")) {
      assertFalse(csv.body().contains(personal), personal);
      assertFalse(h.get("/reports?from=2026-01-01&to=2026-12-31", researcher).body()
          .contains(personal), personal);
    }
  }

  @Test
  void only_staff_and_researchers_read_reports_and_a_date_range_is_required() {
    assertEquals(403, h.get("/reports?from=2026-01-01&to=2026-12-31",
        h.token(CallerRole.FACILITATOR)).status());
    Response r = h.get("/reports?to=2026-01-01&from=2026-12-31", staff);
    assertEquals(400, r.status());
    assertEquals("$query.to", r.json().get("errors").get(0).get("path").asText());
    assertEquals(400, h.get("/reports", staff).status());
    Response fr = h.get("/reports?from=2026-01-01", staff, "Accept-Language", "fr");
    assertEquals("$query.to: est obligatoire : une date du calendrier écrite aaaa-mm-jj",
        fr.json().get("errors").get(0).get("path").asText() + ": "
            + fr.json().get("errors").get(0).get("message").asText());
  }

  @ParameterizedTest(name = "{0} is shown as {1}")
  @CsvSource({"0, 0", "1, <5", "4, <5", "5, 5", "12, 12"})
  void small_counts_are_shown_as_under_five(int count, String shown) {
    assertEquals(shown, Reports.shown(count));
  }

  @Test
  void the_readme_writes_every_counting_rule_next_to_its_count() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    for (String rule : List.of(Reports.REFERRALS, Reports.SCREENING, Reports.PROCESS_TYPES,
        Reports.AGREEMENTS, Reports.ITEMS, Reports.CLOSURES, Reports.WITHDRAWALS,
        Reports.FIRST_COMMUNICATION)) {
      assertTrue(readme.contains(rule), rule);
    }
  }
}
