package org.rjkit.samples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rjkit.core.language.Language;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.process.confidentiality.Purpose;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.samples.service.ServiceHarness.Response;

/**
 * The service in French is French: every caseworker page, rendered for real cases (opened,
 * screened, moved through every stage, with consents, a withdrawal and a reopening, safety,
 * messages relayed and returned, an agreement assented to and followed up, views for every kind
 * of recipient, a closure), every error the pages show (validation failures, forbidden access,
 * refusals of the process model, bad tokens) and every text the pages' scripts can write holds
 * no constant name of rjkit's enums and no English word of the bundles ({@link FrenchChecker}
 * says what is allowed and why). The page texts are checked as the service sends them over HTTP,
 * and, in headless Chromium (skipped, saying so, when it is not installed), as the pages' scripts
 * leave them after each step.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrenchPagesTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final List<String> IDS = List.of("FR-1", "FR-2", "FR-3", "V-1", "O-1", "F-1",
      "L-1", "L-2", "A-1", "A-2", "FR-5", "X-9");

  private ServiceHarness h;
  private FrenchChecker checker;
  private String staff;
  private String facilitator;
  /** The pages, as the browser left them after each step, by step. */
  private final Map<String, String> rendered = new LinkedHashMap<>();
  /** Every French API answer a page may show, by request. */
  private final Map<String, JsonNode> answers = new LinkedHashMap<>();

  @BeforeAll
  void start() throws IOException {
    Path target = Path.of("target").toAbsolutePath();
    Files.createDirectories(target);
    h = ServiceHarness.start(TestDatabases.h2(Files.createTempDirectory(target, "h2-french-")));
    checker = new FrenchChecker(ProgrammeRegistry.builtIn(), IDS);
    staff = h.token(CallerRole.PROGRAMME_STAFF);
    facilitator = h.token(CallerRole.FACILITATOR);
  }

  @AfterAll
  void stop() {
    if (h != null) {
      h.close();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The checker itself

  @Test
  void the_checker_catches_constants_and_english_words_on_a_page() {
    assertFalse(checker.problems("Étape : PREPARATION").isEmpty());
    assertFalse(checker.problems("2026-02-05 stage ASSESSMENT").isEmpty(), "the old timeline");
    assertFalse(checker.problems("(éclairé, WRITTEN)").isEmpty());
    assertFalse(checker.problems("Consigné par PROGRAMME_STAFF").isEmpty(), "service enums too");
    assertFalse(checker.problems("Load the case").isEmpty());
    assertFalse(checker.problems("Dossier : stage entered").isEmpty());
    String english = "<html lang=\"fr\"><body><select><option value=\"WRITTEN\">WRITTEN</option>"
        + "</select><button title=\"Record\">Consigner</button><input type=\"submit\""
        + " value=\"Show the view\"><input placeholder=\"Case id\"></body></html>";
    List<String> problems = checker.pageProblems("test", english);
    for (String caught : List.of("constant name WRITTEN", "word Record", "word Show",
        "word Case")) {
      assertTrue(problems.stream().anyMatch(p -> p.contains(caught)), caught + ": " + problems);
    }
    assertFalse(checker.pageProblems("test", "<html lang=\"en\"><body>Dossier</body></html>")
        .isEmpty(), "a French page says it is French");
    assertEquals(List.of(), checker.problems("2026-03-02 : consentement de V-1 (écrit)"));
    assertEquals(List.of(), checker.problems(
        "Règle CSC-RO-CONSENT : $.items[0].concerned[1] : doit être un identifiant"));
    assertEquals(List.of(), checker.problems("doit être un type de destinataire, ou"
        + " «PARTICIPANT:identifiant»"), "a quoted value of the contract");
    assertTrue(FrenchChecker.CONSTANTS.containsAll(Set.of("PREPARATION", "COMMUNICATION",
        "CONSENT_GIVEN", "WRITTEN", "PROGRAMME_STAFF", "READ_CASE", "BAD_SIGNATURE")));
    assertTrue(FrenchChecker.ENGLISH.containsAll(Set.of("stage", "record", "load", "show",
        "withdrawn", "entered", "relayed")), "words of the English bundles of every module");
  }

  /**
   * The texts of a bundle as prose: in the texts of {@code ./rjkit serve} and {@code token}
   * ({@code cli.*}) the command syntax a person types is left out, as
   * {@link ServiceCommandsLanguageTest} allows it (option names, {@code http://} and
   * {@code jdbc:} addresses, the usage's brackets and capitals, the key's names).
   */
  private static List<String> prose(Map<Object, Object> bundle) {
    List<String> texts = new ArrayList<>();
    bundle.forEach((k, v) -> texts.add(String.valueOf(k).startsWith("cli.")
        ? CLI_SYNTAX.matcher(String.valueOf(v)).replaceAll(" ") : String.valueOf(v)));
    return texts;
  }

  private static final java.util.regex.Pattern CLI_SYNTAX = java.util.regex.Pattern.compile(
      "^token\\b|--[a-z]+|rjkit (?:serve|token)|rjkit:|http://\\S+|jdbc:[a-z0-9]+:"
          + "|RJKIT_TOKEN_KEY|base64url|\\[[^\\]]*]|\\b[A-ZÔ-]{2,}\\b|\\bN\\b");

  @Test
  void the_words_the_service_bundles_share_are_french_words() {
    String base = "org/rjkit/samples/service/messages";
    Set<String> shared = FrenchChecker.words(prose(FrenchChecker.bundle(base, "")));
    shared.retainAll(FrenchChecker.words(prose(FrenchChecker.bundle(base, "_fr"))));
    Set<String> validation = FrenchChecker.words(FrenchChecker.bundle("ValidationMessages", "")
        .values());
    validation.retainAll(FrenchChecker.words(FrenchChecker.bundle("ValidationMessages", "_fr")
        .values()));
    shared.addAll(validation);
    shared.removeAll(FrenchChecker.ALSO_FRENCH);
    assertEquals(Set.of(), shared, "English words in the service's French bundles");
    for (String b : List.of(base, "ValidationMessages")) {
      assertEquals(new TreeSet<>(FrenchChecker.bundle(b, "").keySet()),
          new TreeSet<>(FrenchChecker.bundle(b, "_fr").keySet()), b + ": the same keys");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Without a browser: the pages as sent, the scripts' texts, and the answers the pages show

  @Test
  void every_page_as_the_service_sends_it_is_french() {
    for (String page : List.of("/", "/index.html", "/intake.html", "/case.html")) {
      Response r = h.get(page + "?lang=fr", null);
      assertEquals(200, r.status(), page);
      assertEquals(List.of(), checker.pageProblems(page, r.body()));
      Response en = h.get(page, null);
      assertTrue(en.body().contains("<html lang=\"en\">"), page + " in English by default");
      assertFalse(en.body().equals(r.body()), page + " differs in English");
    }
  }

  @Test
  void every_text_the_pages_scripts_can_write_is_french() {
    JsonNode texts = ServiceJson.parse(Pages.texts(Language.FR).replace("<\\/", "</"));
    List<String> problems = new ArrayList<>();
    texts.fields().forEachRemaining(e -> checker.problems(e.getValue().asText())
        .forEach(p -> problems.add(e.getKey() + ": " + p + " in: " + e.getValue().asText())));
    assertEquals(List.of(), problems);
    assertTrue(texts.has("ProcessStage.PREPARATION") && texts.has("Outcome.MANUAL_REVIEW")
        && texts.has("timeline.follow-up"), "the labels and templates the scripts read");
    JsonNode english = ServiceJson.parse(Pages.texts(Language.EN).replace("<\\/", "</"));
    assertEquals(english.size(), texts.size());
  }

  @Test
  void every_error_answer_in_french_is_french() {
    String id = "FR-3";
    assertEquals(201, h.post("/cases", staff, ServiceHarness.newCase(id)).status());
    String etag = h.get("/cases/" + id, staff).etag();
    String victim = h.participant("V-1");
    Map<String, Response> errors = new LinkedHashMap<>();
    errors.put("validation", h.post("/cases/" + id + "/consents", staff,
        "{\"on\":\"2026-02-30\",\"participant\":\"no spaces\",\"form\":\"SHOUTED\",\"x\":1}",
        "If-Match", etag, "Accept-Language", "fr"));
    errors.put("agreement paths", h.post("/cases/" + id + "/agreement", facilitator,
        "{\"on\":\"2026-02-05\",\"items\":[{\"id\":\"A-1\",\"kind\":\"APOLOGY\",\"text\":\"\","
        + "\"hours\":0,\"concerned\":[\"V-1\",\"bad id\"]}]}", "If-Match", etag,
        "Accept-Language", "fr"));
    errors.put("wrong type", h.post("/cases/" + id + "/stage", staff, "{\"on\":1,\"stage\":[]}",
        "If-Match", etag, "Accept-Language", "fr"));
    errors.put("malformed", h.post("/cases/" + id + "/stage", staff, "{\"on\":",
        "If-Match", etag, "Accept-Language", "fr"));
    errors.put("not an object", h.post("/cases/" + id + "/stage", staff, "[]",
        "If-Match", etag, "Accept-Language", "fr"));
    errors.put("forbidden role", h.post("/cases/" + id + "/safety", staff,
        "{\"on\":\"2026-02-05\",\"riskToVictim\":\"LOW\"}", "If-Match", etag,
        "Accept-Language", "fr"));
    errors.put("forbidden side", h.post("/cases/" + id + "/consents", victim,
        "{\"on\":\"2026-02-05\",\"participant\":\"O-1\",\"informed\":true,\"form\":\"WRITTEN\"}",
        "If-Match", etag, "Accept-Language", "fr"));
    errors.put("refused", h.post("/cases/" + id + "/stage", staff,
        "{\"on\":\"2026-02-05\",\"stage\":\"COMMUNICATION\"}", "If-Match", etag,
        "Accept-Language", "fr"));
    errors.put("no If-Match", h.post("/cases/" + id + "/stage", staff,
        "{\"on\":\"2026-02-05\",\"stage\":\"ASSESSMENT\"}", "Accept-Language", "fr"));
    errors.put("stale", h.post("/cases/" + id + "/stage", staff,
        "{\"on\":\"2026-02-05\",\"stage\":\"ASSESSMENT\"}", "If-Match", "\"v9\"",
        "Accept-Language", "fr"));
    errors.put("no token", h.get("/cases/" + id, null, "Accept-Language", "fr"));
    errors.put("bad token", h.get("/cases/" + id, "abc.def", "Accept-Language", "fr"));
    errors.put("missing", h.get("/cases/NO-SUCH-CASE", staff, "Accept-Language", "fr"));
    errors.put("bad id", h.get("/cases/a%20b", staff, "Accept-Language", "fr"));
    errors.put("conflict", h.post("/cases", staff, ServiceHarness.newCase(id),
        "Accept-Language", "fr"));
    errors.put("bad case", h.post("/cases", staff, "{\"processType\":\"NONE\",\"request\":[]}",
        "Accept-Language", "fr"));
    errors.put("bad request", h.post("/cases", staff, ServiceHarness.newCase("FR-4")
        .replace("\"POST_SENTENCE\"", "\"LATER\"").replace("\"2026-02-04\"", "\"tomorrow\""),
        "Accept-Language", "fr"));
    errors.put("bad screening", h.post("/screenings", staff, "{\"schemaVersion\":\"1\"}",
        "Accept-Language", "fr"));
    errors.put("view query", h.get("/cases/" + id + "/view?recipient=KING&purpose=X&on=2026-13-01",
        staff, "Accept-Language", "fr"));
    errors.put("not disclosed", h.get("/cases/" + id
        + "/view?recipient=PAROLE_BOARD&purpose=PAROLE_DECISION", h.token(CallerRole.PAROLE_BOARD),
        "Accept-Language", "fr"));
    errors.put("reports query", h.get("/reports?from=2026-12-01&to=2026-01-01&format=pdf", staff,
        "Accept-Language", "fr"));
    errors.put("reports dates", h.get("/reports", staff, "Accept-Language", "fr"));
    errors.put("audit query", h.get("/audit?caseId=a%20b", h.token(CallerRole.AUDITOR),
        "Accept-Language", "fr"));
    errors.put("programme id", h.get("/programmes/NOT_AN_ID", staff, "Accept-Language", "fr"));
    errors.put("no programme", h.get("/programmes/nowhere", staff, "Accept-Language", "fr"));
    errors.put("no page", h.get("/nowhere", staff, "Accept-Language", "fr"));
    List<String> problems = new ArrayList<>();
    errors.forEach((what, r) -> {
      assertTrue(r.status() >= 400, what + ": " + r.status() + " " + r.body());
      assertEquals("fr", r.header("Content-Language").orElse(""), what);
      JsonNode body = r.json();
      answers.put(what, body);
      List<String> texts = new ArrayList<>();
      texts.add(body.path("message").asText());
      if (body.has("reason")) {
        texts.add(body.get("reason").asText());
      }
      body.path("errors").forEach(e -> texts.add(e.get("path").asText() + " : "
          + e.get("message").asText()));
      texts.forEach(t -> checker.problems(t).forEach(p -> problems.add(what + ": " + p + " in: "
          + t)));
    });
    assertEquals(List.of(), problems);
    assertTrue(errors.get("validation").json().get("errors").size() >= 4);
    assertEquals("SERVICE-PERM-RECORD-SAFETY", errors.get("forbidden role").json().get("rule")
        .asText(), "the rule id stays as it is");
    assertEquals("refused", errors.get("refused").json().get("error").asText(),
        "the machine-readable code stays as it is");
  }

  @Test
  void the_reports_rules_are_french_and_their_groups_stay_the_contracts() {
    Response r = h.get("/reports?from=2026-01-01&to=2026-12-31", staff, "Accept-Language", "fr");
    assertEquals(200, r.status(), r.body());
    List<String> problems = new ArrayList<>();
    List<String> texts = new ArrayList<>(List.of(r.json().get("smallCounts").asText()));
    r.json().get("counts").forEach(c -> texts.add(c.get("rule").asText()));
    Response csv = h.get("/reports?from=2026-01-01&to=2026-12-31&format=csv", staff,
        "Accept-Language", "fr");
    csv.body().lines().skip(1).forEach(l -> texts.add(l.substring(l.lastIndexOf(",\"") + 2)));
    texts.forEach(t -> checker.problems(t).forEach(p -> problems.add(p + " in: " + t)));
    assertEquals(List.of(), problems);
    assertEquals(8, r.json().get("counts").size());
    assertTrue(csv.body().startsWith("count,group,value,rule\r\n"), "the CSV's header is the"
        + " contract's");
    assertEquals(Reports.REFERRALS, h.get("/reports?from=2026-01-01&to=2026-12-31", staff).json()
        .get("counts").get(0).get("rule").asText(), "English by default");
  }

  // ---------------------------------------------------------------------------------------------
  // In a browser: the pages as their scripts leave them

  @Test
  void every_page_state_in_the_browser_is_french() throws Exception {
    WebDriver browser = browser();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      intake(browser, wait);
      caseLife(browser, wait);
      List<String> problems = new ArrayList<>();
      rendered.forEach((step, html) -> problems.addAll(checker.pageProblems(step, html)));
      assertEquals(List.of(), problems);
      assertTrue(rendered.size() >= 20, "steps rendered: " + rendered.keySet());
    } finally {
      browser.quit();
    }
  }

  private WebDriver browser() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "the French pages were not rendered in a browser: /usr/bin/chromium or"
            + " /usr/bin/chromedriver is missing (run samples/case-service/install-browser.sh)");
    Path target = Path.of("target").toAbsolutePath();
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1200,1600",
        "--user-data-dir=" + Files.createTempDirectory(target, "chromium-french-"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  private void keep(WebDriver browser, String step) {
    String html = (String) ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.outerHTML;");
    rendered.put(step, html);
    try {
      Path dir = Files.createDirectories(Path.of("target", "french-pages"));
      Files.writeString(dir.resolve(String.format("%02d-%s.html", rendered.size(),
          step.replaceAll("[^A-Za-z0-9]+", "-"))), html);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The command types the timeline of the case page shows, in order. */
  private static List<String> timeline(WebDriver browser) {
    List<String> types = new ArrayList<>();
    browser.findElements(By.cssSelector("#timeline li")).forEach(li -> types.add(
        li.getAttribute("data-type")));
    return types;
  }

  /** Empties what a step shows, then clicks: the next wait sees only this step's answer. */
  private static void click(WebDriver browser, String shown, String button) {
    ((JavascriptExecutor) browser).executeScript(
        "document.getElementById(arguments[0]).replaceChildren();", shown);
    browser.findElement(By.id(button)).click();
  }

  private static void setValue(WebDriver browser, String id, String value) {
    ((JavascriptExecutor) browser).executeScript(
        "document.getElementById(arguments[0]).value = arguments[1];", id, value);
  }

  private void intake(WebDriver browser, WebDriverWait wait) {
    browser.get(h.base() + "/intake.html?lang=fr");
    keep(browser, "intake, empty");
    browser.findElement(By.id("token")).sendKeys(staff);
    new Select(browser.findElement(By.id("programme")))
        .selectByValue("ca-csc-restorative-opportunities");
    // Not JSON.
    setValue(browser, "request", "{ not json");
    click(browser, "result", "screen");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#result .error")));
    keep(browser, "intake, not JSON");
    // Invalid: every error by its path.
    setValue(browser, "request", ServiceHarness.caseRequest("FR-9")
        .replace("\"POST_SENTENCE\"", "\"LATER\""));
    click(browser, "result", "screen");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"),
        "$.case.stage"));
    keep(browser, "intake, invalid request");
    // Missing facts: the form to fill them in.
    setValue(browser, "request", ServiceHarness.caseRequest("FR-9")
        .replace(", \"acceptsResponsibility\": true", ""));
    click(browser, "result", "screen");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("missing")));
    keep(browser, "intake, missing facts");
    // Every programme screens the same case: every outcome, status and citation it gives.
    for (org.openqa.selenium.WebElement option : new Select(browser.findElement(By.id(
        "programme"))).getOptions()) {
      String programme = option.getAttribute("value");
      new Select(browser.findElement(By.id("programme"))).selectByValue(programme);
      setValue(browser, "request", ServiceHarness.caseRequest("FR-9"));
      click(browser, "result", "screen");
      wait.until(ExpectedConditions.or(
          ExpectedConditions.visibilityOfElementLocated(By.id("outcome")),
          ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#result .error"))));
      keep(browser, "intake, screened for " + programme);
    }
    // A role that may not screen.
    browser.findElement(By.id("token")).clear();
    browser.findElement(By.id("token")).sendKeys(h.token(CallerRole.RESEARCHER));
    click(browser, "result", "screen");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"),
        "SERVICE-PERM-SCREEN"));
    keep(browser, "intake, forbidden");
    // Opened.
    browser.findElement(By.id("token")).clear();
    browser.findElement(By.id("token")).sendKeys(staff);
    new Select(browser.findElement(By.id("programme")))
        .selectByValue("ca-csc-restorative-opportunities");
    setValue(browser, "request", ServiceHarness.caseRequest("FR-1"));
    new Select(browser.findElement(By.id("processType"))).selectByValue("INDIRECT_MEDIATION");
    click(browser, "result", "open");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#opened a")));
    keep(browser, "intake, opened");
    click(browser, "result", "open");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#result .error")));
    keep(browser, "intake, opened twice");
  }

  private void step(String id, String path, String token, String body) {
    String etag = h.get("/cases/" + id, staff).etag();
    Response r = h.post("/cases/" + id + path, token, body, "If-Match", etag);
    assertEquals(200, r.status(), path + " " + body + ": " + r.body());
  }

  private void loadCase(WebDriver browser, WebDriverWait wait, String id, String token,
      String step) {
    browser.get(h.base() + "/case.html?lang=fr&id=" + id);
    browser.findElement(By.id("token")).sendKeys(token);
    browser.findElement(By.id("load")).click();
    wait.until(ExpectedConditions.or(
        ExpectedConditions.visibilityOfElementLocated(By.id("case")),
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#message .error"))));
    keep(browser, step);
  }

  private void caseLife(WebDriver browser, WebDriverWait wait) {
    String id = "FR-1";
    loadCase(browser, wait, id, staff, "case, opened");
    assertEquals("INTAKE", browser.findElement(By.id("stage")).getAttribute("data-stage"));
    assertFalse(browser.findElement(By.id("stage")).getText().contains("INTAKE"));
    // A consent from the page, then a validation failure and a refusal from the page.
    browser.findElement(By.id("consent-participant")).sendKeys("V-1");
    setValue(browser, "consent-on", "2026-02-05");
    click(browser, "message", "consent-submit");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recorded")));
    keep(browser, "case, consent recorded");
    setValue(browser, "consent-on", "");
    browser.findElement(By.id("consent-participant")).clear();
    click(browser, "message", "consent-submit");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#message li")));
    keep(browser, "case, consent invalid");
    new Select(browser.findElement(By.id("stage-new"))).selectByValue("COMMUNICATION");
    setValue(browser, "stage-on", "2026-02-05");
    click(browser, "message", "stage-submit");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#message .error")));
    keep(browser, "case, stage refused");

    step(id, "/consents", staff, "{\"on\":\"2026-02-05\",\"participant\":\"O-1\","
        + "\"informed\":true,\"form\":\"ORAL_RECORDED\"}");
    step(id, "/stage", staff, "{\"on\":\"2026-02-05\",\"stage\":\"ASSESSMENT\"}");
    step(id, "/stage", staff, "{\"on\":\"2026-02-20\",\"stage\":\"PREPARATION\"}");
    step(id, "/consents", staff, "{\"on\":\"2026-03-02\",\"participant\":\"V-1\","
        + "\"informed\":true,\"form\":\"WRITTEN\"}");
    step(id, "/consents", staff, "{\"on\":\"2026-03-02\",\"participant\":\"O-1\","
        + "\"informed\":true,\"form\":\"WRITTEN\"}");
    step(id, "/safety", facilitator, "{\"on\":\"2026-03-03\",\"riskToVictim\":\"LOW\"}");
    loadCase(browser, wait, id, facilitator, "case, in preparation");
    step(id, "/stage", facilitator, "{\"on\":\"2026-03-04\",\"stage\":\"COMMUNICATION\"}");
    step(id, "/messages", facilitator, "{\"on\":\"2026-03-16\",\"id\":\"L-1\",\"author\":"
        + "\"V-1\",\"recipient\":\"O-1\",\"channel\":\"LETTER\",\"text\":\"a letter\"}");
    step(id, "/messages/L-1/relay", facilitator, "{\"on\":\"2026-03-17\"}");
    step(id, "/messages", facilitator, "{\"on\":\"2026-03-18\",\"id\":\"L-2\",\"author\":"
        + "\"O-1\",\"recipient\":\"V-1\",\"channel\":\"LETTER\",\"text\":\"a reply\"}");
    step(id, "/messages/L-2/return", facilitator, "{\"on\":\"2026-03-19\"}");
    loadCase(browser, wait, id, facilitator, "case, in communication");
    step(id, "/stage", facilitator, "{\"on\":\"2026-04-01\",\"stage\":\"AGREEMENT\"}");
    step(id, "/agreement", facilitator, "{\"on\":\"2026-04-02\",\"items\":["
        + "{\"id\":\"A-1\",\"kind\":\"APOLOGY\",\"text\":\"an apology\",\"concerned\":[\"V-1\","
        + "\"O-1\"]},{\"id\":\"A-2\",\"kind\":\"COMMUNITY_SERVICE\",\"text\":\"the park\","
        + "\"hours\":10,\"concerned\":[\"V-1\",\"O-1\"]}]}");
    for (String item : List.of("A-1", "A-2")) {
      for (String party : List.of("V-1", "O-1")) {
        step(id, "/agreement/items/" + item + "/assent", facilitator, "{\"on\":\"2026-04-03\","
            + "\"party\":\"" + party + "\"}");
      }
    }
    loadCase(browser, wait, id, staff, "case, agreement reached");
    step(id, "/stage", facilitator, "{\"on\":\"2026-04-10\",\"stage\":\"FOLLOW_UP\"}");
    step(id, "/agreement/items/A-1/follow-up", staff, "{\"on\":\"2026-05-01\","
        + "\"status\":\"COMPLETED\"}");
    step(id, "/agreement/items/A-2/follow-up", staff, "{\"on\":\"2026-05-02\","
        + "\"status\":\"COMPLETED\"}");
    loadCase(browser, wait, id, staff, "case, followed up");
    // Every kind of recipient and every purpose, from the page: a view or a refusal.
    for (RecipientKind kind : RecipientKind.values()) {
      for (Purpose purpose : List.of(Purpose.values())) {
        // Every purpose for the facilitator; one purpose for each other kind of recipient.
        if (kind != RecipientKind.FACILITATOR
            && purpose.ordinal() != kind.ordinal() % Purpose.values().length) {
          continue;
        }
        new Select(browser.findElement(By.id("view-recipient"))).selectByValue(kind.name());
        setValue(browser, "view-participant", kind == RecipientKind.PARTICIPANT ? "V-1" : "");
        new Select(browser.findElement(By.id("view-purpose"))).selectByValue(purpose.name());
        setValue(browser, "view-on", "2026-05-03");
        setValue(browser, "view-text", "");
        ((JavascriptExecutor) browser).executeScript(
            "document.getElementById('view-text').textContent = '';");
        browser.findElement(By.id("view-submit")).click();
        wait.until(d -> !d.findElement(By.id("view-text")).getText().isEmpty());
        keep(browser, "case, view for " + kind + " for " + purpose);
      }
    }
    step(id, "/close", staff, "{\"on\":\"2026-05-10\",\"reason\":\"COMPLETED\"}");
    loadCase(browser, wait, id, staff, "case, closed");
    assertTrue(timeline(browser).containsAll(List.of("open", "consent", "stage", "safety",
        "message", "relay", "return", "agreement", "assent", "follow-up", "disclosure",
        "close")), "every kind of entry of the case's life: " + timeline(browser));

    // A withdrawal that closes the case, a consent again, and a reopening.
    String second = "FR-2";
    assertEquals(201, h.post("/cases", staff, ServiceHarness.newCase(second)).status());
    step(second, "/consents", staff, "{\"on\":\"2026-02-05\",\"participant\":\"V-1\","
        + "\"informed\":false,\"form\":\"ORAL\"}");
    step(second, "/stage", staff, "{\"on\":\"2026-02-05\",\"stage\":\"ASSESSMENT\"}");
    step(second, "/stage", staff, "{\"on\":\"2026-02-20\",\"stage\":\"PREPARATION\"}");
    step(second, "/withdrawals", staff, "{\"on\":\"2026-03-01\",\"participant\":\"V-1\"}");
    if (!h.get("/cases/" + second, staff).json().get("case").get("stage").asText()
        .equals("CLOSED")) {
      step(second, "/close", staff, "{\"on\":\"2026-03-02\",\"reason\":\"WITHDRAWN\"}");
    }
    loadCase(browser, wait, second, staff, "case, withdrawn");
    step(second, "/consents", staff, "{\"on\":\"2026-03-10\",\"participant\":\"V-1\","
        + "\"informed\":true,\"form\":\"WRITTEN\"}");
    step(second, "/consents", staff, "{\"on\":\"2026-03-10\",\"participant\":\"O-1\","
        + "\"informed\":true,\"form\":\"WRITTEN\"}");
    step(second, "/reopen", staff, "{\"on\":\"2026-03-11\"}");
    loadCase(browser, wait, second, staff, "case, reopened");
    step(second, "/close", staff, "{\"on\":\"2026-03-12\",\"reason\":\"UNSUITABLE\"}");
    loadCase(browser, wait, second, staff, "case, closed as unsuitable");
    assertTrue(timeline(browser).containsAll(List.of("withdrawal", "reopen", "close")),
        timeline(browser).toString());

    // A high risk: the programme's suitability rules call for a review, which staff record.
    String third = "FR-5";
    assertEquals(201, h.post("/cases", staff, ServiceHarness.newCase(third)).status());
    step(third, "/stage", staff, "{\"on\":\"2026-02-05\",\"stage\":\"ASSESSMENT\"}");
    step(third, "/stage", staff, "{\"on\":\"2026-02-20\",\"stage\":\"PREPARATION\"}");
    for (String p : List.of("V-1", "O-1")) {
      step(third, "/consents", staff, "{\"on\":\"2026-03-02\",\"participant\":\"" + p
          + "\",\"informed\":true,\"form\":\"WRITTEN\"}");
    }
    step(third, "/safety", facilitator, "{\"on\":\"2026-03-03\",\"riskToVictim\":\"HIGH\"}");
    loadCase(browser, wait, third, facilitator, "case, high risk");
    new Select(browser.findElement(By.id("stage-new"))).selectByValue("COMMUNICATION");
    setValue(browser, "stage-on", "2026-03-04");
    click(browser, "message", "stage-submit");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#message .error")));
    keep(browser, "case, communication refused for a high risk");
    step(third, "/reviews", staff, "{\"on\":\"2026-03-05\",\"outcome\":\"ACCEPTED\"}");
    loadCase(browser, wait, third, staff, "case, reviewed");
    assertTrue(timeline(browser).contains("review"), timeline(browser).toString());

    // The participant's page, and a page refused to the parole board and to a stranger.
    loadCase(browser, wait, id, h.participant("V-1"), "case, for the victim");
    loadCase(browser, wait, id, h.token(CallerRole.PAROLE_BOARD), "case, for the parole board");
    loadCase(browser, wait, id, h.participant("X-9"), "case, for a stranger");
    loadCase(browser, wait, id, "not-a-token", "case, with a bad token");
    loadCase(browser, wait, "NO-SUCH-CASE", staff, "case, missing");
  }
}
