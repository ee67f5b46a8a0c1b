package org.rjkit.samples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The OpenAPI check can fail: it catches undocumented paths, statuses and wrong bodies. */
class OpenApiContractTest {

  private static ServiceHarness.Exchange answer(String method, String path, int status,
      String body) {
    HttpHeaders headers = HttpHeaders.of(Map.of("Content-Type", List.of("application/json")),
        (a, b) -> true);
    return new ServiceHarness.Exchange(method, path, new ServiceHarness.Response(status, headers,
        body));
  }

  @Test
  void a_documented_error_answer_conforms() {
    assertEquals(List.of(), OpenApiContract.violations(answer("GET", "/cases/X-1", 404,
        "{\"status\":404,\"error\":\"not_found\",\"message\":\"There is no such resource.\"}")));
  }

  @Test
  void an_extra_field_a_wrong_type_an_undocumented_status_or_path_do_not() {
    assertFalse(OpenApiContract.violations(answer("GET", "/cases/X-1", 404,
        "{\"status\":404,\"error\":\"not_found\",\"message\":\"m\",\"case\":\"X-1\"}")).isEmpty());
    assertFalse(OpenApiContract.violations(answer("GET", "/cases/X-1", 200,
        "{\"version\":\"1\",\"case\":{}}")).isEmpty());
    assertTrue(OpenApiContract.violations(answer("GET", "/cases/X-1", 418, "{}")).get(0)
        .contains("status is not documented"));
    assertTrue(OpenApiContract.violations(answer("GET", "/nowhere", 200, "{}")).get(0)
        .contains("path is not documented"));
  }

  @Test
  void a_decision_is_checked_against_the_librarys_published_schema() {
    assertFalse(OpenApiContract.violations(answer("POST", "/screenings", 200,
        "{\"schemaVersion\":\"1\"}")).isEmpty());
  }

  @Test
  void literal_segments_win_over_parameters() {
    assertEquals(Optional.of("/cases/{id}/history"), OpenApiContract.template("/cases/A/history"));
    assertEquals(Optional.of("/openapi.json"), OpenApiContract.template("/openapi.json"));
  }
}
