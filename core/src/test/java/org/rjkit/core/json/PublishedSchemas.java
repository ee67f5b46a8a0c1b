package org.rjkit.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * The published schemas, loaded by their {@code $id} and resolved from the class path the way
 * {@link JsonSchemas} tells a validator to: nothing is fetched over the network.
 */
final class PublishedSchemas {

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(
          JsonSchemas.BASE_URI, "classpath:" + JsonSchemas.RESOURCE_FOLDER)));

  static final Schema CASE_DOCUMENT = load(JsonSchemas.CASE_DOCUMENT);
  static final Schema SCREENING_REQUEST = load(JsonSchemas.SCREENING_REQUEST);

  private PublishedSchemas() {}

  private static Schema load(String name) {
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(JsonSchemas.id(name).toString()));
    schema.initializeValidators();
    return schema;
  }

  static List<String> violations(Schema schema, JsonNode document) {
    return schema.validate(document).stream().map(Error::toString).toList();
  }
}
