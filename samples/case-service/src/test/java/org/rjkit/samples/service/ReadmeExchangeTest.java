package org.rjkit.samples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's {@code curl} exchange against a live service, with {@code ./rjkit token}
 * standing for {@code Main token} on the test class path, and checks that the README shows
 * exactly these commands and answers. The exchange as run is written to
 * {@code target/readme-exchange.md}.
 */
class ReadmeExchangeTest {

  /** The commands of the README, run from the repository root in one bash. */
  static final List<String> COMMANDS = List.of(
      "STAFF=$(./rjkit token --role PROGRAMME_STAFF)",
      "VICTIM=$(./rjkit token --role PARTICIPANT --participant V-1)",
      "BOARD=$(./rjkit token --role PAROLE_BOARD)",
      "curl -s -o /dev/null -w '%{http_code} %header{etag}\\n' -H \"Authorization: Bearer $STAFF\""
          + " --data-binary @samples/case-service/examples/new-case.json $RJKIT/cases",
      "curl -s -H \"Authorization: Bearer $VICTIM\" -H 'If-Match: \"v1\"' -d '{\"on\":"
          + "\"2026-03-02\",\"participant\":\"V-1\",\"informed\":true,\"form\":\"WRITTEN\"}'"
          + " $RJKIT/cases/RO-2026-0042/consents",
      "curl -s -H \"Authorization: Bearer $VICTIM\" -H 'If-Match: \"v2\"' -d '{\"on\":"
          + "\"2026-03-02\",\"participant\":\"O-1\",\"informed\":true,\"form\":\"WRITTEN\"}'"
          + " $RJKIT/cases/RO-2026-0042/consents",
      "curl -s -H \"Authorization: Bearer $STAFF\" -d '{\"on\":\"2026-03-05\",\"stage\":"
          + "\"ASSESSMENT\"}' $RJKIT/cases/RO-2026-0042/stage",
      "curl -s -H \"Authorization: Bearer $STAFF\" -H 'If-Match: \"v2\"' -H 'Accept-Language: fr'"
          + " -d '{\"on\":\"2026-02-30\",\"stage\":\"NEXT\",\"by\":\"me\"}'"
          + " $RJKIT/cases/RO-2026-0042/stage",
      "curl -s -H \"Authorization: Bearer $BOARD\" \"$RJKIT/cases/RO-2026-0042/view?"
          + "recipient=PAROLE_BOARD&purpose=PAROLE_DECISION&on=2026-06-15\"",
      "curl -s -H \"Authorization: Bearer $BOARD\" \"$RJKIT/cases/NO-SUCH-CASE/view?"
          + "recipient=PAROLE_BOARD&purpose=PAROLE_DECISION&on=2026-06-15\"");

  @Test
  void the_readme_shows_the_exchange_this_test_runs() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl"))
        || Files.isExecutable(Path.of("/bin/curl")), "curl is not installed: exchange not run");
    Path target = Path.of("target").toAbsolutePath();
    Files.createDirectories(target);
    Path root = Path.of("").toAbsolutePath().getParent().getParent();
    try (ServiceHarness h = ServiceHarness.startOnSystemClock(
        TestDatabases.h2(Files.createTempDirectory(target, "h2-readme-")))) {
      StringBuilder script = new StringBuilder("set -u\ncd '" + root + "'\n");
      script.append("rjkit_token() { '").append(Path.of(System.getProperty("java.home"), "bin",
          "java")).append("' -cp \"$CP\" ").append(Main.class.getName()).append(" \"$@\"; }\n");
      StringBuilder shown = new StringBuilder("```console\n$ export RJKIT=http://127.0.0.1:8080"
          + "\n");
      for (String c : COMMANDS) {
        script.append("echo '\u0001'\n").append(c.replace("./rjkit", "rjkit_token")).append('\n');
      }
      ProcessBuilder pb = new ProcessBuilder("bash", "-c", script.toString());
      pb.environment().put("CP", System.getProperty("java.class.path"));
      pb.environment().put("RJKIT", h.base());
      pb.environment().put("RJKIT_TOKEN_KEY",
          new String(ServiceHarness.KEY, StandardCharsets.US_ASCII));
      pb.redirectErrorStream(true);
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(120, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), out);
      String[] answers = out.split("\u0001\n", -1);
      assertEquals(COMMANDS.size() + 1, answers.length, out);
      for (int i = 0; i < COMMANDS.size(); i++) {
        shown.append("$ ").append(COMMANDS.get(i)).append('\n');
        String answer = answers[i + 1];
        shown.append(answer);
        if (!answer.isEmpty() && !answer.endsWith("\n")) {
          shown.append('\n');
        }
      }
      shown.append("```\n");
      Files.writeString(target.resolve("readme-exchange.md"), shown, StandardCharsets.UTF_8);
      String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
      assertTrue(readme.contains(shown), "README.md must contain the exchange as run; see"
          + " target/readme-exchange.md:\n" + shown);
    }
  }
}
