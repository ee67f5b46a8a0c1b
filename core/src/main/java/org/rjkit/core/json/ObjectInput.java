package org.rjkit.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rjkit.core.casefile.Identifier;

/**
 * One JSON object of an input document, read field by field. Every problem is added to the
 * document's {@link Problems} with the field's path; a getter returns empty when the field is
 * absent or wrong. Messages name the rule broken, never the value.
 */
final class ObjectInput {

  /** Dates are exactly {@code YYYY-MM-DD}, with ASCII digits. */
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final DateTimeFormatter STRICT_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  /** ISO-8601 periods as {@link Period#parse} reads them, upper case, at most 7 digits a part. */
  private static final Pattern PERIOD = Pattern.compile(
      "[-+]?P(?:[-+]?[0-9]{1,7}Y)?(?:[-+]?[0-9]{1,7}M)?(?:[-+]?[0-9]{1,7}W)?(?:[-+]?[0-9]{1,7}D)?");
  /** A field name safe to show in a path: it cannot carry much personal data. */
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

  static final String NULL_MESSAGE = "must not be null; omit the field when unknown";
  static final String REQUIRED_MESSAGE = "is required but missing";
  static final String IDENTIFIER_MESSAGE =
      "must be an identifier: 1 to 64 letters, digits or . _ : - starting with a letter or digit";

  private final ObjectNode node;
  private final String path;
  private final Problems problems;

  private ObjectInput(ObjectNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  /**
   * The object at a path, or empty (with a problem) when the value is not an object.
   *
   * @param value the value, not null
   * @param path its path
   * @param problems where to report
   * @return the object input
   */
  static Optional<ObjectInput> of(JsonNode value, String path, Problems problems) {
    if (value.isNull()) {
      problems.add(path, NULL_MESSAGE);
      return Optional.empty();
    }
    if (!value.isObject()) {
      problems.add(path, "must be an object");
      return Optional.empty();
    }
    return Optional.of(new ObjectInput((ObjectNode) value, path, problems));
  }

  String path(String field) {
    return path + "." + field;
  }

  /**
   * Reports every field not in the allowed list.
   *
   * @param allowed the fields this object may have
   * @param what what the object is, for the message ("an offence", "a VICTIM participant")
   */
  void allowOnly(Collection<String> allowed, String what) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        String list = String.join(", ", allowed);
        if (SAFE_NAME.matcher(name).matches()) {
          problems.add(path(name), "is not a field of " + what + "; the fields are " + list);
        } else {
          problems.add(path, "has a field whose name is not a field of " + what
              + "; the fields are " + list);
        }
      }
    }
  }

  boolean has(String field) {
    return node.has(field);
  }

  /** The value of a field that is present and not null; null is reported. */
  Optional<JsonNode> value(String field, boolean required) {
    JsonNode v = node.get(field);
    if (v == null) {
      if (required) {
        problems.add(path(field), REQUIRED_MESSAGE);
      }
      return Optional.empty();
    }
    if (v.isNull()) {
      problems.add(path(field), NULL_MESSAGE);
      return Optional.empty();
    }
    return Optional.of(v);
  }

  Optional<String> text(String field, boolean required) {
    return value(field, required).flatMap(v -> textOf(v, path(field)));
  }

  Optional<String> textOf(JsonNode v, String at) {
    if (!v.isTextual()) {
      problems.add(at, "must be a string");
      return Optional.empty();
    }
    return Optional.of(v.textValue());
  }

  /** An identifier field; the constructor must accept every {@link Identifier#isValid} value. */
  <T> Optional<T> id(String field, boolean required, Function<String, T> constructor) {
    return value(field, required).flatMap(v -> idOf(v, path(field), constructor));
  }

  <T> Optional<T> idOf(JsonNode v, String at, Function<String, T> constructor) {
    return textOf(v, at).flatMap(s -> {
      if (!Identifier.isValid(s)) {
        problems.add(at, IDENTIFIER_MESSAGE);
        return Optional.empty();
      }
      return Optional.of(constructor.apply(s));
    });
  }

  /** A boolean that may be unknown. */
  Optional<Boolean> bool(String field) {
    return value(field, false).flatMap(v -> {
      if (!v.isBoolean()) {
        problems.add(path(field), "must be true or false");
        return Optional.empty();
      }
      return Optional.of(v.booleanValue());
    });
  }

  /** A marker flag: absent means false. */
  boolean flag(String field) {
    return bool(field).orElse(false);
  }

  Optional<LocalDate> date(String field, boolean required) {
    return value(field, required).flatMap(v -> textOf(v, path(field))).flatMap(s -> {
      if (!DATE.matcher(s).matches()) {
        problems.add(path(field), "must be a date written YYYY-MM-DD");
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(s, STRICT_DATE));
      } catch (DateTimeException e) {
        problems.add(path(field), "is not a real calendar date (YYYY-MM-DD)");
        return Optional.empty();
      }
    });
  }

  /** A period's syntax only; whether it is positive depends on what it measures. */
  Optional<Period> period(String field, boolean required) {
    return value(field, required).flatMap(v -> textOf(v, path(field))).flatMap(s -> {
      if (PERIOD.matcher(s).matches() && s.length() > 2) {
        try {
          return Optional.of(Period.parse(s));
        } catch (DateTimeException | ArithmeticException e) {
          // reported below
        }
      }
      problems.add(path(field),
          "must be an ISO-8601 length of time such as P2Y, P18M or P2Y-1D");
      return Optional.empty();
    });
  }

  <E extends Enum<E>> Optional<E> enumValue(String field, boolean required, Class<E> type) {
    return value(field, required).flatMap(v -> enumOf(v, path(field), type));
  }

  <E extends Enum<E>> Optional<E> enumOf(JsonNode v, String at, Class<E> type) {
    return textOf(v, at).flatMap(s -> {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(s)) {
          return Optional.of(e);
        }
      }
      problems.add(at, "must be one of " + allowedValues(type));
      return Optional.empty();
    });
  }

  static <E extends Enum<E>> String allowedValues(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.joining(", "));
  }

  /** The elements of an array field, or empty (reported) when it is not an array. */
  Optional<List<JsonNode>> array(String field, boolean required) {
    return value(field, required).flatMap(v -> {
      if (!v.isArray()) {
        problems.add(path(field), "must be an array");
        return Optional.empty();
      }
      List<JsonNode> items = new ArrayList<>();
      v.elements().forEachRemaining(items::add);
      return Optional.of(items);
    });
  }

  /** A nested object field. */
  Optional<ObjectInput> object(String field, boolean required) {
    return value(field, required).flatMap(v -> of(v, path(field), problems));
  }

  /** The raw value of a field, without reporting anything. */
  Optional<JsonNode> peek(String field) {
    return Optional.ofNullable(node.get(field));
  }

  static String index(String path, int i) {
    return path + "[" + i + "]";
  }
}
