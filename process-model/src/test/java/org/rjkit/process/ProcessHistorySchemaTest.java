package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.process.json.ProcessHistoryStorageReader;
import org.rjkit.process.json.ProcessHistoryStorageWriter;

/**
 * The published process history schema accepts the golden documents, and the golden document is
 * exactly what the storage writer writes for the named story.
 */
class ProcessHistorySchemaTest {

  private static final String BASE = "https://rjkit.org/schema/v1/";
  private static final String NAME = "process-history.schema.json";
  private static final Schema SCHEMA = load();

  private static Schema load() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaIdResolvers(r -> r.mapPrefix(BASE + NAME,
            "classpath:" + ProcessHistoryStorageReader.SCHEMA_RESOURCE)));
    Schema s = registry.getSchema(SchemaLocation.of(BASE + NAME));
    s.initializeValidators();
    return s;
  }

  private static List<String> violations(JsonNode doc) {
    return SCHEMA.validate(doc).stream().map(Error::toString).toList();
  }

  static String golden(String name) throws IOException {
    try (InputStream in = ProcessHistorySchemaTest.class.getResourceAsStream(
        "/org/rjkit/process/json/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void the_golden_history_is_what_the_writer_writes_and_the_schema_accepts_it() throws Exception {
    String stored = new ProcessHistoryStorageWriter().writePretty(ProcessHistoryStorageTest.story());
    assertEquals(golden("story.json").strip(), stored.strip());
    assertEquals(List.of(), violations(RjkitJson.readObject(stored)));
    assertEquals(ProcessHistoryStorageTest.story(),
        ProcessHistoryStorageReader.builtIn().read(golden("story.json")));
  }

  @Test
  void the_schema_refuses_a_document_without_a_version_or_with_an_unknown_type() throws Exception {
    ObjectNode doc = RjkitJson.readObject(golden("story.json"));
    doc.remove("schemaVersion");
    assertFalse(violations(doc).isEmpty());
    ObjectNode other = RjkitJson.readObject(golden("story.json"));
    ((ObjectNode) other.get("events").get(1)).put("type", "MessageSubmitted");
    assertFalse(violations(other).isEmpty());
  }
}
