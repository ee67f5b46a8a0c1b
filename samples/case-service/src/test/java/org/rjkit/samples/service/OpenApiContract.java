package org.rjkit.samples.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks answers against the service's hand-written OpenAPI document: the path, the method and
 * the status must be documented, and a JSON body must validate against the documented schema
 * (JSON Schema 2020-12, networknt), including the library's published interchange schemas.
 */
final class OpenApiContract {

  static final String DOCUMENT = "https://rjkit.org/service/openapi.json";
  private static final String LIBRARY = "https://rjkit.org/schema/v1/";

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaIdResolvers(resolvers -> resolvers
          .mapPrefix(DOCUMENT, "classpath:org/rjkit/samples/service/openapi.json")
          .mapPrefix(LIBRARY + "decision.schema.json",
              "classpath:org/rjkit/eligibility/json/schema/decision.schema.json")
          .mapPrefix(LIBRARY + "rule-set.schema.json",
              "classpath:org/rjkit/eligibility/json/schema/rule-set.schema.json")
          .mapPrefix(LIBRARY, "classpath:org/rjkit/core/json/schema/")));

  private static final JsonNode OPENAPI = ServiceJson.parse(
      ServiceHarness.resourceOf("/org/rjkit/samples/service/openapi.json"));
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private OpenApiContract() {}

  /** Every way the answers break the document, empty when they all conform. */
  static List<String> violations(List<ServiceHarness.Exchange> exchanges) {
    List<String> out = new ArrayList<>();
    for (ServiceHarness.Exchange e : exchanges) {
      out.addAll(violations(e));
    }
    return out;
  }

  static List<String> violations(ServiceHarness.Exchange e) {
    String path = e.path().contains("?") ? e.path().substring(0, e.path().indexOf('?'))
        : e.path();
    String where = e.method() + " " + e.path() + " → " + e.response().status();
    Optional<String> template = template(path);
    if (template.isEmpty()) {
      return List.of(where + ": the path is not documented");
    }
    JsonNode operation = OPENAPI.get("paths").get(template.get())
        .get(e.method().toLowerCase(Locale.ROOT));
    if (operation == null) {
      return List.of(where + ": the method is not documented for " + template.get());
    }
    JsonNode response = operation.get("responses").get(Integer.toString(e.response().status()));
    if (response == null) {
      return List.of(where + ": the status is not documented for " + template.get());
    }
    String type = e.response().header("Content-Type").orElse("");
    if (!type.startsWith("application/json")) {
      return response.path("content").has(type.split(";")[0]) ? List.of()
          : List.of(where + ": content type " + type + " is not documented");
    }
    JsonNode schemaNode = response.path("content").path("application/json").path("schema");
    if (schemaNode.isMissingNode()) {
      return List.of(where + ": no JSON schema documented");
    }
    String key = template.get() + " " + e.method() + " " + e.response().status();
    Schema schema = SCHEMAS.computeIfAbsent(key, k -> {
      String text = ServiceJson.write(schemaNode)
          .replace("\"#/components/", "\"" + DOCUMENT + "#/components/");
      Schema s = REGISTRY.getSchema(text);
      s.initializeValidators();
      return s;
    });
    List<String> out = new ArrayList<>();
    for (Error error : schema.validate(e.response().json())) {
      out.add(where + ": " + error);
    }
    return out;
  }

  /** The documented path template a concrete path matches, literal segments first. */
  static Optional<String> template(String path) {
    String[] segments = path.split("/", -1);
    String best = null;
    int bestLiterals = -1;
    for (var it = OPENAPI.get("paths").fieldNames(); it.hasNext(); ) {
      String t = it.next();
      String[] ts = t.split("/", -1);
      if (ts.length != segments.length) {
        continue;
      }
      int literals = 0;
      boolean match = true;
      for (int i = 0; i < ts.length; i++) {
        if (ts[i].startsWith("{")) {
          match &= !segments[i].isEmpty();
        } else if (ts[i].equals(segments[i])) {
          literals++;
        } else {
          match = false;
        }
      }
      if (match && literals > bestLiterals) {
        best = t;
        bestLiterals = literals;
      }
    }
    return Optional.ofNullable(best);
  }
}
