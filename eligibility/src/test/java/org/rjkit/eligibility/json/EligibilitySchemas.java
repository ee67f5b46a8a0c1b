package org.rjkit.eligibility.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.rjkit.core.json.JsonSchemas;

/**
 * The schemas this module publishes (decision, rule-set document), loaded by their {@code $id}
 * under {@link JsonSchemas#BASE_URI} and resolved from the class path, as a vendor's validator
 * would: nothing is fetched over the network. The core schemas resolve too.
 */
final class EligibilitySchemas {

  static final String FOLDER = "org/rjkit/eligibility/json/schema/";
  static final String RULE_SET_NAME = "rule-set.schema.json";
  static final String DECISION_NAME = "decision.schema.json";

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaIdResolvers(resolvers -> resolvers
          .mapPrefix(JsonSchemas.BASE_URI + RULE_SET_NAME, "classpath:" + FOLDER + RULE_SET_NAME)
          .mapPrefix(JsonSchemas.BASE_URI + DECISION_NAME, "classpath:" + FOLDER + DECISION_NAME)
          .mapPrefix(JsonSchemas.BASE_URI, "classpath:" + JsonSchemas.RESOURCE_FOLDER)));

  static final Schema RULE_SET = load(RULE_SET_NAME);
  static final Schema DECISION = load(DECISION_NAME);

  private EligibilitySchemas() {}

  private static Schema load(String name) {
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(JsonSchemas.BASE_URI + name));
    schema.initializeValidators();
    return schema;
  }

  /** Every violation, as text; empty when the document is valid. */
  static List<String> violations(Schema schema, JsonNode document) {
    return schema.validate(document).stream().map(Error::toString).toList();
  }
}
