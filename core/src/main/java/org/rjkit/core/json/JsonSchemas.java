package org.rjkit.core.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The published JSON Schemas (draft 2020-12) of the interchange format, version 1, shipped as
 * class-path resources of this module under {@value #RESOURCE_FOLDER}.
 *
 * <p>Each schema's {@code $id} is {@value #BASE_URI} followed by its file name, and schemas refer
 * to one another by relative references ({@code case-document.schema.json#/$defs/date}). A
 * validator resolves them from the class path by mapping the prefix {@value #BASE_URI} to
 * {@code classpath:}{@value #RESOURCE_FOLDER}; nothing needs to be fetched over the network.
 *
 * <p>The schemas state the shape of a document; the readers check more (real calendar dates,
 * positive terms, unique ids, references, cycles of consecutive sentences). A document the
 * reader accepts always validates against its schema.
 *
 * @since 1.0
 */
public final class JsonSchemas {

  /** The prefix of every version 1 schema's {@code $id}. */
  public static final String BASE_URI = "https://rjkit.org/schema/v1/";
  /** The class-path folder holding the schemas, without a leading slash. */
  public static final String RESOURCE_FOLDER = "org/rjkit/core/json/schema/";
  /** The case document's schema file name. */
  public static final String CASE_DOCUMENT = "case-document.schema.json";
  /** The screening request's schema file name; it refers to {@link #CASE_DOCUMENT}. */
  public static final String SCREENING_REQUEST = "screening-request.schema.json";

  private JsonSchemas() {}

  /**
   * The schema file names this module publishes.
   *
   * @return {@link #CASE_DOCUMENT} and {@link #SCREENING_REQUEST}
   */
  public static List<String> names() {
    return List.of(CASE_DOCUMENT, SCREENING_REQUEST);
  }

  /**
   * A schema's {@code $id}.
   *
   * @param name one of {@link #names()}
   * @return {@value #BASE_URI} followed by the name
   */
  public static URI id(String name) {
    return URI.create(BASE_URI + known(name));
  }

  /**
   * A schema's class-path resource name.
   *
   * @param name one of {@link #names()}
   * @return {@value #RESOURCE_FOLDER} followed by the name
   */
  public static String resource(String name) {
    return RESOURCE_FOLDER + known(name);
  }

  /**
   * A schema's text.
   *
   * @param name one of {@link #names()}
   * @return the schema, UTF-8 decoded
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static String text(String name) {
    String resource = resource(name);
    try (InputStream in = JsonSchemas.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("schema resource missing: " + resource));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A schema as a JSON tree.
   *
   * @param name one of {@link #names()}
   * @return the schema
   */
  public static JsonNode load(String name) {
    return RjkitJson.readTree(text(name));
  }

  private static String known(String name) {
    checkNotNull(name, "name");
    checkArgument(names().contains(name), "not a schema this module publishes");
    return name;
  }
}
