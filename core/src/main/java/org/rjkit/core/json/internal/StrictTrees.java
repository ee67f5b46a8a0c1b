package org.rjkit.core.json.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.core.language.Message;

/**
 * Internal: builds a JSON tree from any Jackson parser (a vendor's own {@code ObjectMapper}'s)
 * with the limits and the duplicate-field check of {@link RjkitJson}, so that reading through a
 * Jackson module is as strict as reading text with rjkit's readers: the same problems, at the
 * same paths, whatever limits the vendor's mapper has (Jackson's defaults set no document length
 * at all, and allow nesting 1,000 deep and strings of 20 million characters).
 *
 * <p>The document length is the length of the value's own text, from its first character to its
 * last, in the units the parser counts: characters when it reads characters (a {@code String} or
 * a {@code Reader}), as rjkit's readers count, and bytes when it reads bytes (UTF-8 text outside
 * the ASCII range counts more than once). A parser that counts neither (one over a tree or a
 * token buffer, whose text was parsed already) is not measured.
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
   * @throws InvalidInputException as {@link RjkitJson} reports them: at the value's path for a
   *     field given twice in an object, a number longer than the limit or beyond a double; at
   *     {@code $} for a nesting, string or field name beyond the limits, and for a value whose
   *     text is longer than the document limit
   * @throws IOException if the parser fails
   */
  public static JsonNode read(JsonParser parser) throws IOException {
    checkNotNull(parser, "parser");
    JsonToken token = parser.currentToken() != null ? parser.currentToken() : parser.nextToken();
    if (token == null) {
      throw new InvalidInputException("$", Message.of("input.json.empty"));
    }
    long start = offset(parser.currentTokenLocation());
    try {
      JsonNode value = value(parser, token, "$", 0, start);
      length(parser.currentLocation(), start);
      return value;
    } catch (StreamConstraintsException e) {
      throw vendorLimit(parser, e);
    }
  }

  /** Where a location is in the text: characters when counted, else bytes, else -1. */
  private static long offset(JsonLocation location) {
    if (location == null) {
      return -1;
    }
    return location.getCharOffset() >= 0 ? location.getCharOffset() : location.getByteOffset();
  }

  /** Refuses a document whose text from {@code start} to {@code at} is longer than the limit. */
  private static void length(JsonLocation at, long start) {
    long end = offset(at);
    if (start >= 0 && end >= 0 && end - start > RjkitJson.MAX_DOCUMENT_LENGTH) {
      throw limit("$", "input.json.limit.document", RjkitJson.MAX_DOCUMENT_LENGTH);
    }
  }

  private static JsonNode value(JsonParser p, JsonToken token, String path, int depth,
      long start) throws IOException {
    if (start >= 0) {
      // the value starts beyond the limit: the document is longer than it, whatever follows
      length(p.currentTokenLocation(), start);
    }
    switch (token) {
      case START_OBJECT -> {
        nesting(path, depth);
        ObjectNode object = NODES.objectNode();
        Set<String> names = new HashSet<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
          String name = p.currentName();
          String at = SAFE_NAME.matcher(name).matches() ? path + "." + name : path;
          if (name.length() > RjkitJson.MAX_STRING_LENGTH) {
            throw limit("$", "input.json.limit.name", RjkitJson.MAX_STRING_LENGTH);
          }
          if (!names.add(name)) {
            throw new InvalidInputException(at, Message.of("input.json.duplicate",
                nameEnd(p.currentTokenLocation(), name)));
          }
          object.set(name, value(p, p.nextToken(), at, depth + 1, start));
        }
        return object;
      }
      case START_ARRAY -> {
        nesting(path, depth);
        ArrayNode array = NODES.arrayNode();
        int i = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          array.add(value(p, t, path + "[" + i + "]", depth + 1, start));
          i++;
        }
        return array;
      }
      case VALUE_STRING -> {
        String text = p.getText();
        if (text.length() > RjkitJson.MAX_STRING_LENGTH) {
          throw limit("$", "input.json.limit.string", RjkitJson.MAX_STRING_LENGTH);
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

  /**
   * Where a field name ends, as {@link RjkitJson} reports a repeated field: " (line 2, column 11)"
   * just after the name's closing quote, counted from where the name starts (exact for a name
   * written without escapes); nothing when the parser does not know where it is.
   */
  private static Object nameEnd(JsonLocation start, String name) {
    if (start == null || start.getLineNr() < 1 || start.getColumnNr() < 1) {
      return "";
    }
    return Message.of("input.json.where", String.valueOf(start.getLineNr()),
        String.valueOf(start.getColumnNr() + name.length() + 2));
  }

  /**
   * A limit of the vendor's own parser, stricter than rjkit's (Jackson's default field name
   * limit is 50,000 characters), as {@link RjkitJson} reports its own: at {@code $}, naming the
   * limit the parser applied.
   */
  private static InvalidInputException vendorLimit(JsonParser p, StreamConstraintsException e) {
    StreamReadConstraints c = p.streamReadConstraints();
    String jackson = e.getOriginalMessage() == null ? ""
        : e.getOriginalMessage().toLowerCase(Locale.ROOT);
    if (jackson.contains("nesting depth")) {
      return limit("$", "input.json.limit.nesting", c.getMaxNestingDepth());
    }
    if (jackson.contains("number value length")) {
      return limit("$", "input.json.limit.number", c.getMaxNumberLength());
    }
    if (jackson.contains("name length")) {
      return limit("$", "input.json.limit.name", c.getMaxNameLength());
    }
    if (jackson.contains("string value length")) {
      return limit("$", "input.json.limit.string", c.getMaxStringLength());
    }
    if (jackson.contains("document length")) {
      return limit("$", "input.json.limit.document", c.getMaxDocumentLength());
    }
    return new InvalidInputException("$",
        Message.of("input.json.limit", Message.of("input.json.limit.other"), ""));
  }

  private static void nesting(String path, int depth) {
    if (depth >= RjkitJson.MAX_NESTING_DEPTH) {
      throw limit("$", "input.json.limit.nesting", RjkitJson.MAX_NESTING_DEPTH);
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
