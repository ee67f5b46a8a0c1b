package org.rjkit.core.json.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.core.language.Message;

/**
 * Internal: builds a JSON tree from any Jackson parser (a vendor's own {@code ObjectMapper}'s)
 * with the limits and the duplicate-field check of {@link RjkitJson}, so that reading through a
 * Jackson module is as strict as reading text with rjkit's readers.
 */
public final class StrictTrees {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

  private StrictTrees() {}

  /**
   * Reads the value at the parser's current token (or the next one, if there is none yet).
   *
   * @param parser not null
   * @return the value, never null
   * @throws InvalidInputException at the value's path, for a field given twice in an object, a
   *     nesting, string, field name or number beyond the limits, or a number beyond a double
   * @throws IOException if the parser fails
   */
  public static JsonNode read(JsonParser parser) throws IOException {
    checkNotNull(parser, "parser");
    JsonToken token = parser.currentToken() != null ? parser.currentToken() : parser.nextToken();
    if (token == null) {
      throw new InvalidInputException("$", Message.of("input.json.empty"));
    }
    return value(parser, token, "$", 0);
  }

  private static JsonNode value(JsonParser p, JsonToken token, String path, int depth)
      throws IOException {
    switch (token) {
      case START_OBJECT -> {
        nesting(path, depth);
        ObjectNode object = NODES.objectNode();
        Set<String> names = new HashSet<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
          String name = p.currentName();
          String at = SAFE_NAME.matcher(name).matches() ? path + "." + name : path;
          if (name.length() > RjkitJson.MAX_STRING_LENGTH) {
            throw limit(path, "input.json.limit.name", RjkitJson.MAX_STRING_LENGTH);
          }
          if (!names.add(name)) {
            throw new InvalidInputException(at, Message.of("input.json.duplicate", ""));
          }
          object.set(name, value(p, p.nextToken(), at, depth + 1));
        }
        return object;
      }
      case START_ARRAY -> {
        nesting(path, depth);
        ArrayNode array = NODES.arrayNode();
        int i = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          array.add(value(p, t, path + "[" + i + "]", depth + 1));
          i++;
        }
        return array;
      }
      case VALUE_STRING -> {
        String text = p.getText();
        if (text.length() > RjkitJson.MAX_STRING_LENGTH) {
          throw limit(path, "input.json.limit.string", RjkitJson.MAX_STRING_LENGTH);
        }
        return NODES.textNode(text);
      }
      case VALUE_NUMBER_INT -> {
        number(p, path);
        return switch (p.getNumberType()) {
          case INT -> NODES.numberNode(p.getIntValue());
          case LONG -> NODES.numberNode(p.getLongValue());
          default -> NODES.numberNode(p.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        number(p, path);
        double value = p.getDoubleValue();
        if (!Double.isFinite(value)) {
          throw new InvalidInputException(path, Message.of("input.json.infinite"));
        }
        return NODES.numberNode(value);
      }
      case VALUE_TRUE -> {
        return NODES.booleanNode(true);
      }
      case VALUE_FALSE -> {
        return NODES.booleanNode(false);
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      default -> throw new InvalidInputException(path, Message.of("input.json.invalid", ""));
    }
  }

  private static void nesting(String path, int depth) {
    if (depth >= RjkitJson.MAX_NESTING_DEPTH) {
      throw limit(path, "input.json.limit.nesting", RjkitJson.MAX_NESTING_DEPTH);
    }
  }

  private static void number(JsonParser p, String path) throws IOException {
    String digits = p.getText();
    if (digits.length() > RjkitJson.MAX_NUMBER_LENGTH) {
      throw limit(path, "input.json.limit.number", RjkitJson.MAX_NUMBER_LENGTH);
    }
  }

  private static InvalidInputException limit(String path, String key, long limit) {
    return new InvalidInputException(path,
        Message.of("input.json.limit", Message.of(key, String.valueOf(limit)), ""));
  }
}
