package org.rjkit.samples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Durability: the service runs as its own process ({@code Main serve}) on the default H2 file
 * database; after acknowledged writes it is killed (SIGKILL, no shutdown hook), started again, and
 * every acknowledged write is there.
 */
class RestartTest {

  private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:"
      + "(\\d+)/");
  private final HttpClient http = HttpClient.newHttpClient();

  private record Server(Process process, int port) {}

  private static Server start(Path dir) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0",
        "--dir", dir.toString());
    pb.environment().remove("RJKIT_TOKEN_KEY");
    pb.redirectError(dir.resolve("stderr.log").toFile());
    Process p = pb.start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        return new Server(p, Integer.parseInt(m.group(1)));
      }
    }
    throw new AssertionError("the service did not start; see " + dir.resolve("stderr.log"));
  }

  private HttpResponse<String> send(Server s, String method, String path, String token,
      String body, String etag) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
        + path)).header("Authorization", "Bearer " + token)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (etag != null) {
      b.header("If-Match", etag);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void a_killed_service_restarts_with_every_acknowledged_write() throws Exception {
    Path target = Path.of("target").toAbsolutePath();
    Files.createDirectories(target);
    Path dir = Files.createTempDirectory(target, "restart-");
    Server first = start(dir);
    List<String> acknowledged = new ArrayList<>();
    String staff;
    try {
      staff = new Tokens(Tokens.key(Optional.empty(), dir), Clock.systemUTC())
          .issue(new Caller("staff", CallerRole.PROGRAMME_STAFF, Optional.empty()));
      HttpResponse<String> created = send(first, "POST", "/cases", staff,
          ServiceHarness.newCase("RESTART-1"), null);
      assertEquals(201, created.statusCode(), created.body());
      acknowledged.add("open");
      String[][] steps = {
          {"/stage", "{\"on\":\"2026-02-05\",\"stage\":\"ASSESSMENT\"}", "stage"},
          {"/stage", "{\"on\":\"2026-02-20\",\"stage\":\"PREPARATION\"}", "stage"},
          {"/consents", "{\"on\":\"2026-03-02\",\"participant\":\"V-1\",\"informed\":true,"
              + "\"form\":\"WRITTEN\"}", "consent"},
          {"/consents", "{\"on\":\"2026-03-09\",\"participant\":\"O-1\",\"informed\":true,"
              + "\"form\":\"WRITTEN\"}", "consent"}};
      String etag = created.headers().firstValue("ETag").orElseThrow();
      for (String[] step : steps) {
        HttpResponse<String> r = send(first, "POST", "/cases/RESTART-1" + step[0], staff,
            step[1], etag);
        assertEquals(200, r.statusCode(), r.body());
        acknowledged.add(step[2]);
        etag = r.headers().firstValue("ETag").orElseThrow();
      }
    } finally {
      first.process().destroyForcibly();
      assertTrue(first.process().waitFor(30, TimeUnit.SECONDS));
    }
    assertEquals(137, first.process().exitValue(), "killed with SIGKILL");

    Server second = start(dir);
    try {
      HttpResponse<String> history = send(second, "GET", "/cases/RESTART-1/history", staff,
          null, null);
      assertEquals(200, history.statusCode(), history.body());
      List<String> stored = new ArrayList<>();
      ServiceJson.parse(history.body()).get("commands")
          .forEach(c -> stored.add(c.get("type").asText()));
      assertEquals(acknowledged, stored);
      assertEquals("\"v5\"", history.headers().firstValue("ETag").orElseThrow());
    } finally {
      second.process().destroy();
      second.process().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
