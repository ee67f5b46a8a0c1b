package org.rjkit.samples.rulebook.conformance.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.eligibility.json.DecisionReader;
import org.rjkit.samples.rulebook.conformance.Target;

/**
 * A screening service over HTTP as a target: {@code POST {base}/screenings} with the request
 * document ({@code Content-Type: application/json}); a {@code 200} answer is a decision document
 * (read strictly), a {@code 400} or {@code 422} answer is a rejection whose body lists
 * {@code {"errors": [{"path": "$.case...", "message": "..."}]}}; anything else is an error.
 * With a token, every request carries {@code Authorization: Bearer TOKEN} (the reference case
 * service needs one of a role that may screen); the token never appears in a result or a name.
 */
public final class HttpTarget implements Target {

  private final URI screenings;
  private final HttpClient client;
  private final Optional<String> token;

  /**
   * A target without a token.
   *
   * @param base the service's base URL, such as {@code http://localhost:8080}, not null
   */
  public HttpTarget(URI base) {
    this(base, Optional.empty());
  }

  /**
   * A target that sends a bearer token with every request.
   *
   * @param base the service's base URL, such as {@code http://localhost:8080}, not null
   * @param token the bearer token, not null; when present, non-blank and printable ASCII
   *     without spaces (as RFC 6750 writes tokens)
   * @throws IllegalArgumentException if the token is not such a token (the message does not
   *     echo it)
   */
  public HttpTarget(URI base, Optional<String> token) {
    checkNotNull(base, "base");
    checkNotNull(token, "token");
    token.ifPresent(t -> checkArgument(isToken(t),
        "the token must be printable ASCII without spaces, and not empty"));
    this.token = token;
    String b = base.toString();
    this.screenings = URI.create((b.endsWith("/") ? b.substring(0, b.length() - 1) : b)
        + "/screenings");
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /**
   * Whether a text can be sent as a bearer token.
   *
   * @param token not null
   * @return true when it is not empty and every character is printable ASCII other than a space
   */
  public static boolean isToken(String token) {
    return !token.isEmpty() && token.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }

  @Override
  public Response screen(String requestJson) {
    HttpResponse<String> response;
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(screenings)
          .timeout(Duration.ofSeconds(30))
          .header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(requestJson, StandardCharsets.UTF_8));
      token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
      response = client.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Failed.of("rulebook.target.unreachable", e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Failed.of("rulebook.target.interrupted");
    }
    int status = response.statusCode();
    if (status == 200) {
      try {
        return new Decided(new DecisionReader().read(response.body()));
      } catch (InvalidInputException e) {
        return Failed.of("rulebook.target.notADecision", e.errors().get(0).path());
      }
    }
    if (status == 400 || status == 422) {
      return new Rejected(paths(response.body()));
    }
    if (status == 401 || status == 403) {
      return Failed.of(token.isEmpty() ? "rulebook.target.httpNoToken"
          : "rulebook.target.httpRefused", String.valueOf(status));
    }
    return Failed.of("rulebook.target.http", String.valueOf(status));
  }

  /** The {@code errors[].path} of a rejection's body, or none when it has no such list. */
  static List<String> paths(String body) {
    List<String> out = new ArrayList<>();
    try {
      JsonNode errors = RjkitJson.readObject(body).get("errors");
      if (errors != null && errors.isArray()) {
        for (JsonNode e : errors) {
          JsonNode path = e.get("path");
          if (path != null && path.isTextual() && !out.contains(path.textValue())) {
            out.add(path.textValue());
          }
        }
      }
    } catch (InvalidInputException e) {
      return out;
    }
    return out;
  }

  @Override
  public String name() {
    return screenings.toString();
  }
}
