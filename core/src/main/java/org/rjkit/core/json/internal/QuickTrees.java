package org.rjkit.core.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.rjkit.core.json.RjkitJson;

/**
 * Internal: the fast path of {@link RjkitJson#readObject(String)} for documents with nothing
 * wrong. A document that is one JSON object within the limits, with no field given twice, no
 * number beyond a {@code long} and no fraction or exponent, is parsed straight into the tree
 * {@link RjkitJson#readObject(String)} builds (the same node types, in the same order), without
 * the parser's duplicate detector, the tree deserializer or the number watch. For anything else
 * it returns null, and the caller parses the text again with {@link RjkitJson}, which reports
 * the problem exactly as before: a document with a problem never gets a different message.
 */
public final class QuickTrees {

  /** rjkit's limits (the parser enforces them), without the duplicate detector. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StrictJson.constraints())
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private QuickTrees() {}

  /**
   * The object a document holds, when nothing is wrong with it and it holds no number but whole
   * numbers of a {@code long}.
   *
   * @param json the document, not null
   * @return the tree {@link RjkitJson#readObject(String)} returns for it, or null when that
   *     method might do anything else (then call it)
   */
  public static ObjectNode object(String json) {
    String text = json.startsWith(RjkitJson.BYTE_ORDER_MARK) ? json.substring(1) : json;
    try (JsonParser p = FACTORY.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      ObjectNode root = object(p);
      return root != null && p.nextToken() == null ? root : null;
    } catch (IOException | RuntimeException e) {
      return null; // not well-formed, beyond a limit, or anything unexpected: the strict path says
    }
  }

  /** The object whose start the parser is at; null when a field is repeated or a value not kept. */
  private static ObjectNode object(JsonParser p) throws IOException {
    ObjectNode object = NODES.objectNode();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonNode value = value(p, p.nextToken());
      if (value == null || object.replace(name, value) != null) {
        return null;
      }
    }
    return p.currentToken() == JsonToken.END_OBJECT ? object : null;
  }

  private static ArrayNode array(JsonParser p) throws IOException {
    ArrayNode array = NODES.arrayNode();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      JsonNode value = value(p, t);
      if (value == null) {
        return null;
      }
      array.add(value);
    }
    return array;
  }

  private static JsonNode value(JsonParser p, JsonToken token) throws IOException {
    if (token == null) {
      return null;
    }
    return switch (token) {
      case START_OBJECT -> object(p);
      case START_ARRAY -> array(p);
      case VALUE_STRING -> NODES.textNode(p.getText());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
        case INT -> NODES.numberNode(p.getIntValue());
        case LONG -> NODES.numberNode(p.getLongValue());
        default -> null;
      };
      default -> null; // fractions and exponents (the infinity check), anything else
    };
  }
}
