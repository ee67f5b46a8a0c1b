package org.rjkit.samples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Messages;
import org.rjkit.eligibility.Outcome;
import org.rjkit.process.lifecycle.ProcessStage;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The caseworker pages in headless Chromium (Debian's chromium and chromium-driver, installed by
 * {@code install-browser.sh}): fill a case, screen it, read the French reasons, open it, record a
 * consent from the keyboard, and check that a parole-board token's page shows nothing of the
 * process. Screenshots go to {@code target/screenshots/}. Skipped, saying so, when no browser is
 * installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseworkerPagesTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /**
   * A fresh machine needs only the README's commands: when the browser is missing, the project's
   * own script installs it (Debian's packages; needs root or sudo and the package registry). Set
   * {@code RJKIT_INSTALL_BROWSER=false} to skip that; a failed install leaves the test skipped.
   */
  private static void installBrowserIfMissing() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)
        || "false".equalsIgnoreCase(System.getenv("RJKIT_INSTALL_BROWSER"))) {
      return;
    }
    Path script = Path.of("install-browser.sh").toAbsolutePath();
    if (!Files.isExecutable(script)) {
      return;
    }
    try {
      Process install = new ProcessBuilder(script.toString()).inheritIO().start();
      if (!install.waitFor(10, java.util.concurrent.TimeUnit.MINUTES)) {
        install.destroyForcibly();
        System.err.println("rjkit case service: install-browser.sh did not finish in 10 minutes");
      }
    } catch (IOException e) {
      System.err.println("rjkit case service: install-browser.sh could not run: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private ServiceHarness h;
  private WebDriver browser;
  private WebDriverWait wait;
  private Path screenshots;

  @BeforeAll
  void start() throws IOException {
    installBrowserIfMissing();
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "the browser test was not run: /usr/bin/chromium or /usr/bin/chromedriver is missing"
            + " (run samples/case-service/install-browser.sh)");
    Path target = Path.of("target").toAbsolutePath();
    screenshots = Files.createDirectories(target.resolve("screenshots"));
    h = ServiceHarness.start(TestDatabases.h2(Files.createTempDirectory(target, "h2-pages-")));
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1200,1600",
        "--user-data-dir=" + Files.createTempDirectory(target, "chromium-profile-"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (h != null) {
      h.close();
    }
  }

  private void shot(String name) throws IOException {
    Files.write(screenshots.resolve(name + ".png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private void setValue(String id, String value) {
    ((JavascriptExecutor) browser).executeScript(
        "document.getElementById(arguments[0]).value = arguments[1];", id, value);
  }

  private WebElement byId(String id) {
    return browser.findElement(By.id(id));
  }

  @Test
  void a_caseworker_screens_in_french_opens_the_case_and_records_a_consent() throws Exception {
    String staff = h.token(CallerRole.PROGRAMME_STAFF);
    browser.get(h.base() + "/intake.html?lang=fr");
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
        By.cssSelector("#programme option"), 5));
    assertEquals("fr", byId("intake").findElement(By.xpath("/html")).getAttribute("lang"));
    for (WebElement field : browser.findElements(By.cssSelector("input, select, textarea"))) {
      assertFalse(browser.findElements(By.cssSelector("label[for='" + field.getAttribute("id")
          + "']")).isEmpty(), "every field has a label: " + field.getAttribute("id"));
    }
    byId("token").sendKeys(staff);
    new Select(byId("programme")).selectByValue("ca-csc-restorative-opportunities");
    setValue("request", ServiceHarness.caseRequest("PAGE-1"));
    byId("screen").sendKeys(Keys.ENTER);
    WebElement outcome = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.id("outcome")));
    JsonNode decision = h.post("/screenings", staff, ServiceHarness.caseRequest("PAGE-1")).json();
    assertEquals(decision.get("outcome").asText(), outcome.getAttribute("data-outcome"));
    assertEquals(Messages.label(Language.FR, Outcome.NEEDS_INFORMATION), outcome.getText(),
        "the outcome in French words, the library's label");
    assertFalse(byId("rules").getText().contains("UNKNOWN"), "statuses in French words");
    String rules = byId("rules").getText();
    String french = decision.get("rules").get(0).get("reason").get("fr").asText();
    assertTrue(rules.contains(french), "the French reason is shown: " + rules);
    assertFalse(browser.findElements(By.cssSelector("#rules a[href^='http']")).isEmpty(),
        "citations are links");
    shot("intake-fr-decision");

    byId("open").click();
    WebElement opened = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#opened a")));
    opened.click();
    wait.until(ExpectedConditions.urlContains("case.html"));
    byId("token").sendKeys(staff);
    byId("token").sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.attributeToBe(By.id("stage"), "data-stage", "INTAKE"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case")));
    assertEquals(Messages.label(Language.FR, ProcessStage.INTAKE), byId("stage").getText(),
        "the stage by its French label");
    byId("consent-participant").sendKeys("V-1");
    setValue("consent-on", "2026-03-02");
    byId("consent-submit").sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recorded")));
    assertEquals("Consigné", byId("recorded").getText());
    assertTrue(byId("timeline").getText().contains("consentement de V-1 (écrit)"),
        byId("timeline").getText());
    assertEquals("v2", "v" + byId("version").getText());
    shot("case-fr-consent-recorded");
    JsonNode commands = h.get("/cases/PAGE-1/history", staff).json().get("commands");
    assertEquals(List.of("open", "consent"), List.of(commands.get(0).get("type").asText(),
        commands.get(1).get("type").asText()));
    assertEquals(2, commands.size());
  }

  @Test
  void a_parole_board_token_sees_nothing_of_the_process() throws Exception {
    String staff = h.token(CallerRole.PROGRAMME_STAFF);
    assertEquals(201, h.post("/cases", staff, ServiceHarness.newCase("PAGE-2")).status());
    String etag = h.get("/cases/PAGE-2", staff).etag();
    assertEquals(200, h.post("/cases/PAGE-2/consents", staff, "{\"on\":\"2026-03-02\","
        + "\"participant\":\"V-1\",\"informed\":true,\"form\":\"WRITTEN\"}", "If-Match", etag)
        .status());
    browser.get(h.base() + "/case.html?id=PAGE-2");
    byId("token").sendKeys(h.token(CallerRole.PAROLE_BOARD));
    byId("load").click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#message .error")));
    assertFalse(byId("case").isDisplayed(), "the case section stays hidden");
    String page = browser.findElement(By.tagName("body")).getText();
    for (String secret : List.of("V-1", "O-1", "INTAKE", "consent", "INDIRECT_MEDIATION",
        "ca-csc")) {
      assertFalse(page.contains(secret), secret + " shown to the parole board:\n" + page);
    }
    assertTrue(page.contains("SERVICE-PERM-READ-CASE"), page);
    shot("case-parole-board");
  }

  @Test
  void a_missing_fact_filled_in_on_the_page_goes_into_the_request_and_is_screened_again()
      throws Exception {
    String staff = h.token(CallerRole.PROGRAMME_STAFF);
    browser.get(h.base() + "/intake.html?lang=en");
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
        By.cssSelector("#programme option"), 5));
    byId("token").sendKeys(staff);
    new Select(byId("programme")).selectByValue("ca-csc-restorative-opportunities");
    String fact = "participants[O-1].acceptsResponsibility";
    setValue("request", ServiceHarness.caseRequest("PAGE-3")
        .replace(", \"acceptsResponsibility\": true", ""));
    byId("screen").sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("missing")));
    WebElement input = browser.findElement(By.cssSelector("#missing input[data-fact='" + fact
        + "']"));
    assertFalse(browser.findElements(By.cssSelector("label[for='" + input.getAttribute("id")
        + "']")).isEmpty(), "the missing fact's field has a label");
    input.sendKeys("true");
    byId("apply-facts").click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(
        By.cssSelector("#missing input[data-fact='" + fact + "']")));
    JsonNode sent = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        byId("request").getAttribute("value"));
    assertTrue(sent.at("/case/participants/1/acceptsResponsibility").asBoolean(false),
        "the value went into the request: " + sent.at("/case/participants/1"));
    shot("intake-en-missing-fact-applied");
  }
}
