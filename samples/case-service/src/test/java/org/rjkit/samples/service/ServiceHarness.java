package org.rjkit.samples.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A service on a database, with a fixed clock and key, and an HTTP client that keeps answers. */
final class ServiceHarness implements AutoCloseable {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
  static final byte[] KEY = "rjkit-test-key-rjkit-test-key-0123456789"
      .getBytes(StandardCharsets.US_ASCII);

  /** Every answer this harness received, for the OpenAPI check. */
  final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());

  /** One request and its answer. */
  record Exchange(String method, String path, Response response) {}

  /** An answer. */
  record Response(int status, java.net.http.HttpHeaders headers, String body) {
    JsonNode json() {
      return ServiceJson.parse(body);
    }

    Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    String etag() {
      return header("ETag").orElseThrow(() -> new AssertionError("no ETag in " + status));
    }
  }

  final Database database;
  final CaseStore store;
  final CaseService service;
  final Tokens tokens;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();

  private ServiceHarness(Database database, CaseStore.BetweenWrites between, Clock clock) {
    this.database = database;
    this.store = new CaseStore(database.pool(), clock, between);
    this.tokens = new Tokens(KEY, clock);
    this.service = CaseService.start(store, tokens, clock, "127.0.0.1", 0);
  }

  static ServiceHarness start(String url) {
    return new ServiceHarness(Database.open(url), CaseStore.BetweenWrites.NONE, CLOCK);
  }

  /** A service on the real clock, for tokens made by {@code rjkit token} in another process. */
  static ServiceHarness startOnSystemClock(String url) {
    return new ServiceHarness(Database.open(url), CaseStore.BetweenWrites.NONE,
        Clock.systemUTC());
  }

  String token(CallerRole role) {
    return tokens.issue(new Caller(role.name().toLowerCase(java.util.Locale.ROOT), role,
        Optional.empty()));
  }

  String participant(String id) {
    return tokens.issue(new Caller("participant:" + id, CallerRole.PARTICIPANT, Optional.of(id)));
  }

  String base() {
    return "http://127.0.0.1:" + service.port();
  }

  Response get(String path, String token, String... headers) {
    return send("GET", path, token, null, headers);
  }

  Response post(String path, String token, String body, String... headers) {
    return send("POST", path, token, body, headers);
  }

  Response send(String method, String path, String token, String body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> r = http.send(b.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      Response response = new Response(r.statusCode(), r.headers(), r.body());
      exchanges.add(new Exchange(method, path, response));
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The test case request with a case id. */
  static String caseRequest(String caseId) {
    return resource("case-request.json").replace("CASE_ID", caseId);
  }

  /** A {@code POST /cases} body for the test case. */
  static String newCase(String caseId) {
    return "{\"processType\":\"INDIRECT_MEDIATION\",\"request\":" + caseRequest(caseId) + "}";
  }

  static String resourceOf(String absolute) {
    return resource(absolute);
  }

  static String resource(String name) {
    try (InputStream in = ServiceHarness.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    service.close();
    database.close();
  }
}
