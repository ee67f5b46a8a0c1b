package org.rjkit.core.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.internal.StrictJson;
import org.rjkit.core.language.Message;

/**
 * rjkit's one Jackson configuration: how every rjkit JSON document is parsed and written.
 *
 * <p>Parsing is strict and bounded, because documents come from outside:
 * <ul>
 *   <li>Jackson stream read constraints: nesting at most {@value #MAX_NESTING_DEPTH} levels deep (a
 *       case document needs 4), strings and field names at most {@value #MAX_STRING_LENGTH}
 *       characters, numbers at most {@value #MAX_NUMBER_LENGTH} digits (the interchange format has
 *       no numbers at all), and documents at most {@value #MAX_DOCUMENT_LENGTH} characters (8 MiB:
 *       thousands of participants and sentences);</li>
 *   <li>a field that appears twice in one object is an error
 *       ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}): JSON leaves the meaning of a
 *       duplicate open, and a reader that silently keeps one of them is a security hole;</li>
 *   <li>anything after the document's value is an error
 *       ({@link DeserializationFeature#FAIL_ON_TRAILING_TOKENS}): {@code {"a":1} x} is rejected;</li>
 *   <li>a number beyond the range of a {@code double} ({@code 1e999}) is an error: it would
 *       otherwise be read as an infinity, which JSON cannot express and which would be written
 *       back as the string {@code "Infinity"} (found by fuzzing);</li>
 *   <li>an empty document, a top-level {@code null} or a top-level value that is not an object is
 *       an input error, never a Java {@code null}.</li>
 * </ul>
 * Every failure is an {@link InvalidInputException} with the JSON path of the value being read
 * when parsing stopped ({@code $.sentences[2].term} for a repeated field or a number too long;
 * {@code $} when the text is not JSON) and a message giving the line and column, never the
 * content of the document. A byte-order mark (U+FEFF) at the very start of the text is ignored
 * (RFC 8259 s.8.1); anywhere else it is an error.
 *
 * <p>Writing is deterministic: fields in the order the writer adds them, two-space indentation
 * and {@code \n} line ends whatever the platform.
 *
 * @since 1.0
 */
public final class RjkitJson {

  /** The deepest nesting of arrays and objects accepted. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest string value, and the longest field name, accepted (characters). */
  public static final int MAX_STRING_LENGTH = 65_536;
  /** The longest document accepted (characters): 8 MiB. */
  public static final long MAX_DOCUMENT_LENGTH = 8L * 1024 * 1024;
  /** The longest number accepted (digits). */
  public static final int MAX_NUMBER_LENGTH = 32;
  /** The byte-order mark U+FEFF, ignored at the very start of a document only. */
  public static final String BYTE_ORDER_MARK = "\uFEFF";
  /** A field name safe to show in a path: it cannot carry much personal data. */
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

  private static final ObjectMapper MAPPER = StrictJson.newMapper();
  private static final ObjectWriter COMPACT = MAPPER.writer();
  private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private RjkitJson() {}

  /**
   * Parses a document whose top-level value must be a JSON object.
   *
   * @param json the document, not null
   * @return the object
   * @throws InvalidInputException with path {@code $} if the text is not one well-formed JSON
   *     object within the limits
   */
  public static ObjectNode readObject(String json) {
    JsonNode node = readTree(json);
    if (!node.isObject()) {
      throw new InvalidInputException("$", Message.of(node.isNull()
          ? "input.json.nullDocument" : "input.json.notObject"));
    }
    return (ObjectNode) node;
  }

  /**
   * Parses a document whose top-level value must be a JSON object, from characters.
   *
   * @param reader the document, not null; read to its end, not closed
   * @return the object
   * @throws InvalidInputException with path {@code $} if the text is not one well-formed JSON
   *     object within the limits
   * @throws UncheckedIOException if the reader fails
   */
  public static ObjectNode readObject(Reader reader) {
    return readObject(text(reader));
  }

  /**
   * Parses a document whose top-level value must be a JSON object, from UTF-8 bytes.
   *
   * @param in the document in UTF-8, not null; read to its end, not closed
   * @return the object
   * @throws InvalidInputException with path {@code $} if the bytes are not UTF-8 or not one
   *     well-formed JSON object within the limits
   * @throws UncheckedIOException if the stream fails
   */
  public static ObjectNode readObject(InputStream in) {
    return readObject(text(in));
  }

  /**
   * Parses one JSON value from characters.
   *
   * @param reader the document, not null; read to its end, not closed
   * @return the value; never null and never missing
   * @throws InvalidInputException as {@link #readTree(String)} does
   * @throws UncheckedIOException if the reader fails
   */
  public static JsonNode readTree(Reader reader) {
    return readTree(text(reader));
  }

  /**
   * Parses one JSON value from UTF-8 bytes.
   *
   * @param in the document in UTF-8, not null; read to its end, not closed
   * @return the value; never null and never missing
   * @throws InvalidInputException as {@link #readTree(String)} does, and when the bytes are not
   *     UTF-8
   * @throws UncheckedIOException if the stream fails
   */
  public static JsonNode readTree(InputStream in) {
    return readTree(text(in));
  }

  /**
   * The whole text of a reader, at most the document limit (and a byte-order mark).
   *
   * @throws InvalidInputException at {@code $} when the text is longer than the limit
   */
  private static String text(Reader reader) {
    checkNotNull(reader, "reader");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
        if (text.length() > MAX_DOCUMENT_LENGTH + BYTE_ORDER_MARK.length()) {
          throw new InvalidInputException("$", Message.of("input.json.limit",
              Message.of("input.json.limit.document", String.valueOf(MAX_DOCUMENT_LENGTH)), ""));
        }
      }
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("$", Message.of("input.json.notUtf8"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** The whole text of UTF-8 bytes; malformed UTF-8 is an input error. */
  private static String text(InputStream in) {
    checkNotNull(in, "in");
    return text(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  /**
   * Parses one JSON value.
   *
   * @param json the document, not null
   * @return the value; never null and never missing
   * @throws InvalidInputException with path {@code $} if the text is empty, not well-formed, has
   *     content after the value, repeats a field in an object, exceeds a limit or has a number
   *     beyond the range of a {@code double}
   */
  public static JsonNode readTree(String json) {
    checkNotNull(json, "json");
    // RFC 8259 s.8.1: a byte-order mark at the very start may be ignored; anywhere else it is
    // not JSON whitespace, and the parser rejects it.
    String text = json.startsWith(BYTE_ORDER_MARK) ? json.substring(1) : json;
    JsonNode node;
    JsonParser parser = null;
    NumberWatch numbers = null;
    try {
      parser = MAPPER.createParser(text);
      numbers = new NumberWatch(parser);
      node = MAPPER.readTree(numbers);
      if (node != null && parser.nextToken() != null) {
        throw new InvalidInputException("$",
            Message.of("input.json.trailing", where(parser.currentLocation())));
      }
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(pointsAtAField(e) ? pathOf(parser, e) : "$", describe(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      closeQuietly(parser);
    }
    if (node == null || node.isMissingNode()) {
      throw new InvalidInputException("$", Message.of("input.json.empty"));
    }
    String infinite = numbers.sawNonFinite && hasInfiniteNumber(node)
        ? infiniteNumber(node, "$") : null;
    if (infinite != null) {
      throw new InvalidInputException(infinite, Message.of("input.json.infinite"));
    }
    return node;
  }

  /**
   * The parser as the tree reader sees it, noting whether any number it handed out as a
   * {@code double} or {@code float} is not finite ({@code 1e999}): only then is the tree searched
   * for it, so that a large document is not walked a second time for nothing.
   */
  private static final class NumberWatch extends JsonParserDelegate {
    boolean sawNonFinite;

    NumberWatch(JsonParser parser) {
      super(parser);
    }

    // the parser's own fast paths, which JsonParserDelegate leaves to JsonParser's slow defaults

    @Override
    public String nextFieldName() throws IOException {
      return delegate.nextFieldName();
    }

    @Override
    public boolean nextFieldName(SerializableString name) throws IOException {
      return delegate.nextFieldName(name);
    }

    @Override
    public String nextTextValue() throws IOException {
      return delegate.nextTextValue();
    }

    private void note(Number n) {
      if ((n instanceof Double d && !Double.isFinite(d))
          || (n instanceof Float f && !Float.isFinite(f))) {
        sawNonFinite = true;
      }
    }

    @Override
    public double getDoubleValue() throws IOException {
      double d = super.getDoubleValue();
      sawNonFinite |= !Double.isFinite(d);
      return d;
    }

    @Override
    public float getFloatValue() throws IOException {
      float f = super.getFloatValue();
      sawNonFinite |= !Float.isFinite(f);
      return f;
    }

    @Override
    public double getValueAsDouble() throws IOException {
      double d = super.getValueAsDouble();
      sawNonFinite |= !Double.isFinite(d);
      return d;
    }

    @Override
    public double getValueAsDouble(double defaultValue) throws IOException {
      double d = super.getValueAsDouble(defaultValue);
      sawNonFinite |= !Double.isFinite(d);
      return d;
    }

    @Override
    public Number getNumberValue() throws IOException {
      Number n = super.getNumberValue();
      note(n);
      return n;
    }

    @Override
    public Number getNumberValueExact() throws IOException {
      Number n = super.getNumberValueExact();
      note(n);
      return n;
    }

    @Override
    public Object getNumberValueDeferred() throws IOException {
      Object n = super.getNumberValueDeferred();
      if (n instanceof Number number) {
        note(number);
      } else if (n != null) {
        sawNonFinite = true; // a number not parsed yet: search the tree to be sure
      }
      return n;
    }

    @Override
    public Object getEmbeddedObject() throws IOException {
      Object o = super.getEmbeddedObject();
      if (o instanceof Number number) {
        note(number);
      }
      return o;
    }
  }

  /**
   * Whether an error belongs to one field: a field repeated in an object, or a number too long.
   * Other errors (not JSON, a document too long or too deep) are the document's, at {@code $}.
   */
  private static boolean pointsAtAField(JsonProcessingException e) {
    String jackson = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    return jackson.startsWith("Duplicate field")
        || (e instanceof StreamConstraintsException
            && jackson.toLowerCase(Locale.ROOT).contains("number value length"));
  }

  private static void closeQuietly(JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException e) {
        // nothing to release: the input is a string
      }
    }
  }

  /**
   * The JSON path where parsing stopped, such as {@code $.sentences[2].term} for a repeated
   * field or a number too long: the path of the value being read. A field name that could carry
   * data (not a short identifier) is left out, with everything below it.
   */
  private static String pathOf(JsonParser parser, JsonProcessingException e) {
    if (parser == null || e instanceof JsonEOFException) {
      return "$";
    }
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot();
        c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.inObject()) {
        String name = c.getCurrentName();
        if (name == null) {
          continue;
        }
        if (!SAFE_NAME.matcher(name).matches()) {
          parts.clear();
          continue;
        }
        parts.push("." + name);
      }
    }
    StringBuilder path = new StringBuilder("$");
    parts.forEach(path::append);
    return path.toString();
  }

  /** Whether a number was too large for a double; the nesting limit bounds the recursion. */
  private static boolean hasInfiniteNumber(JsonNode node) {
    if (node.isFloatingPointNumber() && !node.isBigDecimal()) {
      return !Double.isFinite(node.doubleValue());
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        if (hasInfiniteNumber(child)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The path of a number too large for a double, if any; the nesting limit bounds the depth. */
  private static String infiniteNumber(JsonNode node, String path) {
    if (node.isFloatingPointNumber() && !node.isBigDecimal()) {
      return Double.isFinite(node.doubleValue()) ? null : path;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String found = infiniteNumber(node.get(i), path + "[" + i + "]");
        if (found != null) {
          return found;
        }
      }
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String at = SAFE_NAME.matcher(field.getKey()).matches()
            ? path + "." + field.getKey() : path;
        String found = infiniteNumber(field.getValue(), at);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * Writes a value on one line (for JSON Lines).
   *
   * @param node not null
   * @return the JSON text
   */
  public static String write(JsonNode node) {
    checkNotNull(node, "node");
    try {
      return COMPACT.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a value indented by two spaces, with {@code \n} line ends.
   *
   * @param node not null
   * @return the JSON text
   */
  public static String writePretty(JsonNode node) {
    checkNotNull(node, "node");
    try {
      return PRETTY.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A message naming the problem and where it is, never the content. */
  private static Message describe(JsonProcessingException e) {
    Object where = where(e.getLocation());
    String jackson = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      return Message.of("input.json.limit", limit(jackson), where);
    }
    if (jackson.startsWith("Duplicate field")) {
      return Message.of("input.json.duplicate", where);
    }
    if (jackson.startsWith("Trailing token")) {
      return Message.of("input.json.trailing", where);
    }
    if (e instanceof JsonEOFException || jackson.startsWith("Unexpected end-of-input")) {
      return Message.of("input.json.truncated", where);
    }
    return Message.of("input.json.invalid", where);
  }

  private static Message limit(String jackson) {
    String lower = jackson.toLowerCase(Locale.ROOT);
    if (lower.contains("nesting depth")) {
      return Message.of("input.json.limit.nesting", String.valueOf(MAX_NESTING_DEPTH));
    }
    if (lower.contains("number value length")) {
      return Message.of("input.json.limit.number", String.valueOf(MAX_NUMBER_LENGTH));
    }
    if (lower.contains("name length")) {
      return Message.of("input.json.limit.name", String.valueOf(MAX_STRING_LENGTH));
    }
    if (lower.contains("string value length")) {
      return Message.of("input.json.limit.string", String.valueOf(MAX_STRING_LENGTH));
    }
    if (lower.contains("document length") || lower.contains("document")) {
      return Message.of("input.json.limit.document", String.valueOf(MAX_DOCUMENT_LENGTH));
    }
    return Message.of("input.json.limit.other");
  }

  /** Where in the text: " (line 3, column 7)", or nothing when unknown. */
  private static Object where(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return Message.of("input.json.where", String.valueOf(location.getLineNr()),
        String.valueOf(location.getColumnNr()));
  }

}
