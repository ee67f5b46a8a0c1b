package org.rjkit.samples.rulebook.conformance.json;

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
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.eligibility.json.DecisionReader;
import org.rjkit.samples.rulebook.conformance.Target;

/**
 * A screening service over HTTP as a target: {@code POST {base}/screenings} with the request
 * document ({@code Content-Type: application/json}); a {@code 200} answer is a decision document
 * (read strictly), a {@code 400} or {@code 422} answer is a rejection whose body lists
 * {@code {"errors": [{"path": "$.case...", "message": "..."}]}}; anything else is an error.
 */
public final class HttpTarget implements Target {

  private final URI screenings;
  private final HttpClient client;

  /**
   * @param base the service's base URL, such as {@code http://localhost:8080}, not null
   */
  public HttpTarget(URI base) {
    checkNotNull(base, "base");
    String b = base.toString();
    this.screenings = URI.create((b.endsWith("/") ? b.substring(0, b.length() - 1) : b)
        + "/screenings");
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  @Override
  public Response screen(String requestJson) {
    HttpResponse<String> response;
    try {
      response = client.send(HttpRequest.newBuilder(screenings)
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(requestJson, StandardCharsets.UTF_8))
              .build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new Failed("the service cannot be reached (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Failed("interrupted");
    }
    int status = response.statusCode();
    if (status == 200) {
      try {
        return new Decided(DecisionReader.fromJson(response.body()));
      } catch (InvalidInputException e) {
        return new Failed("the answer is not a decision document: " + e.errors().get(0));
      }
    }
    if (status == 400 || status == 422) {
      return new Rejected(paths(response.body()));
    }
    return new Failed("the service answered HTTP " + status);
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
