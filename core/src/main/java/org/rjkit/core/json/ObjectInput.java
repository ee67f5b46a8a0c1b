package org.rjkit.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rjkit.core.internal.Identifier;

/**
 * One JSON object of an input document, read field by field: the strict walker shared by every
 * rjkit reader. Every problem is added to the document's {@link Problems} with the field's JSON
 * path, and a getter returns empty when the field is absent or wrong, so that reading goes on and
 * all of a document's problems are reported at once. Messages name the field and the rule
 * broken, never the value. Not thread-safe: one {@link Problems} per document.
 */
public final class ObjectInput {

  /** Dates are exactly {@code YYYY-MM-DD}, with ASCII digits. */
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final DateTimeFormatter STRICT_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  /** ISO-8601 periods as {@link Period#parse} reads them, upper case, at most 7 digits a part. */
  private static final Pattern PERIOD = Pattern.compile(
      "[-+]?P(?:[-+]?[0-9]{1,7}Y)?(?:[-+]?[0-9]{1,7}M)?(?:[-+]?[0-9]{1,7}W)?(?:[-+]?[0-9]{1,7}D)?");
  /** A field name safe to show in a path: it cannot carry much personal data. */
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

  /** The message for a field or value that is JSON {@code null}. */
  public static final String NULL_MESSAGE = "must not be null; omit the field when unknown";
  /** The message for a required field that is absent. */
  public static final String REQUIRED_MESSAGE = "is required but missing";
  /** The message for a string that is not an {@link Identifier}. */
  public static final String IDENTIFIER_MESSAGE =
      "must be an identifier: 1 to 64 letters, digits or . _ : / - starting with a letter or digit";

  private final ObjectNode node;
  private final String path;
  private final Problems problems;

  private ObjectInput(ObjectNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  /**
   * The object at a path, or empty (with a problem) when the value is null or not an object.
   *
   * @param value the value, not null (a JSON null is a {@code NullNode})
   * @param path its JSON path, such as {@code $} or {@code $.case}, not null
   * @param problems where to report, not null
   * @return the object input, or empty when a problem was reported
   */
  public static Optional<ObjectInput> of(JsonNode value, String path, Problems problems) {
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

  /**
   * The JSON path of this object.
   *
   * @return the path, such as {@code $.versions[0]}
   */
  public String path() {
    return path;
  }

  /**
   * The JSON path of one of this object's fields.
   *
   * @param field the field name, not null
   * @return this object's path, a dot and the field name
   */
  public String path(String field) {
    return path + "." + field;
  }

  /**
   * The problems of the document this object belongs to.
   *
   * @return the problems, shared with every object of the document
   */
  public Problems problems() {
    return problems;
  }

  /**
   * Reports every field not in the allowed list. A field whose name could carry data (it is not
   * a short identifier) is reported at this object's path, without the name.
   *
   * @param allowed the fields this object may have, not null, possibly empty ("none")
   * @param what what the object is, for the message ("an offence", "a VICTIM participant"), not
   *     null
   */
  public void allowOnly(Collection<String> allowed, String what) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        String list = allowed.isEmpty() ? "none" : String.join(", ", allowed);
        if (SAFE_NAME.matcher(name).matches()) {
          problems.add(path(name), "is not a field of " + what + "; the fields are " + list);
        } else {
          problems.add(path, "has a field whose name is not a field of " + what
              + "; the fields are " + list);
        }
      }
    }
  }

  /**
   * Whether a field is present, even as null.
   *
   * @param field the field name, not null
   * @return true when the object has the field
   */
  public boolean has(String field) {
    return node.has(field);
  }

  /**
   * The value of a field that is present and not null; null, and absence when required, are
   * reported.
   *
   * @param field the field name, not null
   * @param required whether absence is a problem
   * @return the value, or empty when absent or null
   */
  public Optional<JsonNode> value(String field, boolean required) {
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

  /**
   * A string field.
   *
   * @param field the field name, not null
   * @param required whether absence is a problem
   * @return the string, or empty when absent or wrong (reported)
   */
  public Optional<String> text(String field, boolean required) {
    return value(field, required).flatMap(v -> textOf(v, path(field)));
  }

  /**
   * A value that must be a string.
   *
   * @param v the value, not null
   * @param at its JSON path, not null
   * @return the string, or empty when the value is not a string (reported)
   */
  public Optional<String> textOf(JsonNode v, String at) {
    if (!v.isTextual()) {
      problems.add(at, "must be a string");
      return Optional.empty();
    }
    return Optional.of(v.textValue());
  }

  /**
   * A string field that is not blank.
   *
   * @param field the field name, not null
   * @param required whether absence is a problem
   * @return the string, or empty when absent or wrong (reported)
   */
  public Optional<String> nonBlank(String field, boolean required) {
    return value(field, required).flatMap(v -> nonBlankOf(v, path(field)));
  }

  /**
   * A value that must be a string that is not blank.
   *
   * @param v the value, not null
   * @param at its JSON path, not null
   * @return the string, or empty when wrong (reported)
   */
  public Optional<String> nonBlankOf(JsonNode v, String at) {
    return textOf(v, at).flatMap(s -> {
      if (s.isBlank()) {
        problems.add(at, "must not be blank");
        return Optional.empty();
      }
      return Optional.of(s);
    });
  }

  /**
   * A string field matching a syntax.
   *
   * @param field the field name, not null
   * @param required whether absence is a problem
   * @param syntax the whole string must match it, not null
   * @param message the problem when it does not, describing the syntax, never the value; not
   *     null
   * @return the string, or empty when absent or wrong (reported)
   */
  public Optional<String> matching(String field, boolean required, Pattern syntax,
      String message) {
    return value(field, required).flatMap(v -> matchingOf(v, path(field), syntax, message));
  }

  /**
   * A value that must be a string matching a syntax.
   *
   * @param v the value, not null
   * @param at its JSON path, not null
   * @param syntax the whole string must match it, not null
   * @param message the problem when it does not, describing the syntax, never the value; not
   *     null
   * @return the string, or empty when wrong (reported)
   */
  public Optional<String> matchingOf(JsonNode v, String at, Pattern syntax, String message) {
    return textOf(v, at).flatMap(s -> {
      if (!syntax.matcher(s).matches()) {
        problems.add(at, message);
        return Optional.empty();
      }
      return Optional.of(s);
    });
  }

  /**
   * An identifier field.
   *
   * @param <T> the identifier type
   * @param field the field name, not null
   * @param required whether absence is a problem
   * @param constructor makes the identifier; must accept every {@link Identifier#isValid}
   *     string; not null
   * @return the identifier, or empty when absent or wrong (reported)
   */
  public <T> Optional<T> id(String field, boolean required, Function<String, T> constructor) {
    return value(field, required).flatMap(v -> idOf(v, path(field), constructor));
  }

  /**
   * A value that must be an identifier.
   *
   * @param <T> the identifier type
   * @param v the value, not null
   * @param at its JSON path, not null
   * @param constructor makes the identifier; must accept every {@link Identifier#isValid}
   *     string; not null
   * @return the identifier, or empty when wrong (reported)
   */
  public <T> Optional<T> idOf(JsonNode v, String at, Function<String, T> constructor) {
    return textOf(v, at).flatMap(s -> {
      if (!Identifier.isValid(s)) {
        problems.add(at, IDENTIFIER_MESSAGE);
        return Optional.empty();
      }
      return Optional.of(constructor.apply(s));
    });
  }

  /**
   * An optional boolean field: absent means unknown.
   *
   * @param field the field name, not null
   * @return the boolean, or empty when absent (unknown) or wrong (reported)
   */
  public Optional<Boolean> bool(String field) {
    return bool(field, false);
  }

  /**
   * A boolean field.
   *
   * @param field the field name, not null
   * @param required whether absence is a problem
   * @return the boolean, or empty when absent or wrong (reported)
   */
  public Optional<Boolean> bool(String field, boolean required) {
    return value(field, required).flatMap(v -> {
      if (!v.isBoolean()) {
        problems.add(path(field), "must be true or false");
        return Optional.empty();
      }
      return Optional.of(v.booleanValue());
    });
  }

  /**
   * A marker flag: absent means false.
   *
   * @param field the field name, not null
   * @return the flag; false when absent or wrong (reported)
   */
  public boolean flag(String field) {
    return bool(field).orElse(false);
  }

  /**
   * A whole number field in a range.
   *
   * @param field the field name, not null
   * @param required whether absence is a problem
   * @param min the smallest value allowed
   * @param max the largest value allowed, at least {@code min}
   * @return the number, or empty when absent or wrong (reported)
   */
  public Optional<Integer> integer(String field, boolean required, int min, int max) {
    return value(field, required).flatMap(v -> {
      if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < min
          || v.intValue() > max) {
        problems.add(path(field), "must be a whole number from " + min + " to " + max);
        return Optional.empty();
      }
      return Optional.of(v.intValue());
    });
  }

  /**
   * A date field, written exactly {@code YYYY-MM-DD}, that must be a real calendar date.
   *
   * @param field the field name, not null
   * @param required whether absence is a problem
   * @return the date, or empty when absent or wrong (reported)
   */
  public Optional<LocalDate> date(String field, boolean required) {
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

  /**
   * A date from a value that may be anything, without reporting: for cross-checks only, where
   * the value's own problems are reported elsewhere.
   *
   * @param v the value, possibly null (absent)
   * @return the date, or empty when the value is not a valid {@code YYYY-MM-DD} date
   */
  public static Optional<LocalDate> peekDate(JsonNode v) {
    if (v == null || !v.isTextual() || !DATE.matcher(v.textValue()).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v.textValue(), STRICT_DATE));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * A period field's syntax only (ISO-8601, such as {@code P2Y}); whether it is positive depends
   * on what it measures.
   *
   * @param field the field name, not null
   * @param required whether absence is a problem
   * @return the period, or empty when absent or wrong (reported)
   */
  public Optional<Period> period(String field, boolean required) {
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

  /**
   * An absolute URI field.
   *
   * @param field the field name, not null
   * @param required whether absence is a problem
   * @return the URI, or empty when absent or wrong (reported)
   */
  public Optional<URI> uri(String field, boolean required) {
    return value(field, required).flatMap(v -> textOf(v, path(field))).flatMap(s -> {
      try {
        URI uri = new URI(s);
        if (uri.isAbsolute()) {
          return Optional.of(uri);
        }
      } catch (URISyntaxException e) {
        // reported below
      }
      problems.add(path(field), "must be an absolute URL such as https://example.org/page");
      return Optional.empty();
    });
  }

  /**
   * An enum field, written as the constant's name.
   *
   * @param <E> the enum type
   * @param field the field name, not null
   * @param required whether absence is a problem
   * @param type the enum class, not null
   * @return the constant, or empty when absent or wrong (reported with every allowed name)
   */
  public <E extends Enum<E>> Optional<E> enumValue(String field, boolean required,
      Class<E> type) {
    return value(field, required).flatMap(v -> enumOf(v, path(field), type));
  }

  /**
   * An enum field that may take only some of the enum's values.
   *
   * @param <E> the enum type
   * @param field the field name, not null
   * @param required whether absence is a problem
   * @param type the enum class, not null
   * @param allowed the constants allowed, in the order the message lists them; not null
   * @return the constant, or empty when absent or wrong (reported with the allowed names)
   */
  public <E extends Enum<E>> Optional<E> enumValue(String field, boolean required,
      Class<E> type, List<E> allowed) {
    return value(field, required).flatMap(v -> enumOf(v, path(field), type, allowed));
  }

  /**
   * A value that must be the name of one of an enum's constants.
   *
   * @param <E> the enum type
   * @param v the value, not null
   * @param at its JSON path, not null
   * @param type the enum class, not null
   * @return the constant, or empty when wrong (reported with every allowed name)
   */
  public <E extends Enum<E>> Optional<E> enumOf(JsonNode v, String at, Class<E> type) {
    return enumOf(v, at, type, Arrays.asList(type.getEnumConstants()));
  }

  /**
   * A value that must be the name of one of some of an enum's constants.
   *
   * @param <E> the enum type
   * @param v the value, not null
   * @param at its JSON path, not null
   * @param type the enum class, not null
   * @param allowed the constants allowed, in the order the message lists them; not null
   * @return the constant, or empty when wrong (reported with the allowed names)
   */
  public <E extends Enum<E>> Optional<E> enumOf(JsonNode v, String at, Class<E> type,
      List<E> allowed) {
    return textOf(v, at).flatMap(s -> {
      for (E e : allowed) {
        if (e.name().equals(s)) {
          return Optional.of(e);
        }
      }
      problems.add(at, "must be one of " + names(allowed));
      return Optional.empty();
    });
  }

  /**
   * The names of all of an enum's constants, for a message.
   *
   * @param <E> the enum type
   * @param type the enum class, not null
   * @return the names in declaration order, separated by {@code ", "}
   */
  public static <E extends Enum<E>> String allowedValues(Class<E> type) {
    return names(Arrays.asList(type.getEnumConstants()));
  }

  /**
   * The names of some enum constants, for a message.
   *
   * @param values the constants, not null
   * @return their names in iteration order, separated by {@code ", "}
   */
  public static String names(Collection<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).collect(Collectors.joining(", "));
  }

  /**
   * The elements of an array field.
   *
   * @param field the field name, not null
   * @param required whether absence is a problem
   * @return the elements in order, or empty when absent or not an array (reported)
   */
  public Optional<List<JsonNode>> array(String field, boolean required) {
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

  /**
   * An array field of distinct values, each read by {@code element} (which reports its own
   * problems at the element's path and returns empty). A repeated value is reported at its path.
   *
   * @param <T> the element type
   * @param field the field name, not null
   * @param required whether absence is a problem
   * @param atLeastOne whether an empty array is a problem
   * @param element reads one element, not null
   * @return the values in document order, or empty when the field is absent or wrong or any
   *     element is wrong
   */
  public <T> Optional<Set<T>> distinct(String field, boolean required, boolean atLeastOne,
      ElementReader<T> element) {
    Optional<List<JsonNode>> items = array(field, required);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    if (atLeastOne && items.get().isEmpty()) {
      problems.add(path(field), "must list at least one value");
      return Optional.empty();
    }
    Set<T> values = new LinkedHashSet<>();
    boolean ok = true;
    for (int i = 0; i < items.get().size(); i++) {
      String at = index(path(field), i);
      Optional<T> value = element.read(items.get().get(i), at);
      if (value.isEmpty()) {
        ok = false;
      } else if (!values.add(value.get())) {
        problems.add(at, "repeats a value listed before");
        ok = false;
      }
    }
    return ok ? Optional.of(values) : Optional.empty();
  }

  /**
   * A required array field of distinct enum constants, written as their names.
   *
   * @param <E> the enum type
   * @param field the field name, not null
   * @param atLeastOne whether an empty array is a problem
   * @param type the enum class, not null
   * @return the constants in document order, or empty when absent or wrong (reported)
   */
  public <E extends Enum<E>> Optional<Set<E>> enumSet(String field, boolean atLeastOne,
      Class<E> type) {
    List<E> all = Arrays.asList(type.getEnumConstants());
    return distinct(field, true, atLeastOne, (v, at) -> enumOf(v, at, type, all));
  }

  /**
   * Reads one element of an array.
   *
   * @param <T> the element type
   */
  @FunctionalInterface
  public interface ElementReader<T> {
    /**
     * Reads one element, reporting its problems at its path.
     *
     * @param value the element, not null
     * @param at its JSON path, not null
     * @return the element read, or empty when it is wrong (reported)
     */
    Optional<T> read(JsonNode value, String at);
  }

  /**
   * A nested object field.
   *
   * @param field the field name, not null
   * @param required whether absence is a problem
   * @return the object, or empty when absent or wrong (reported)
   */
  public Optional<ObjectInput> object(String field, boolean required) {
    return value(field, required).flatMap(v -> of(v, path(field), problems));
  }

  /**
   * Reads a nested object field with a function, if it is an object.
   *
   * @param <T> what the object is read into
   * @param field the field name, not null
   * @param required whether absence is a problem
   * @param reader reads the object, reporting its problems; not null
   * @return what the reader returned, or empty when the field is absent or not an object
   */
  public <T> Optional<T> object(String field, boolean required,
      Function<ObjectInput, Optional<T>> reader) {
    return object(field, required).flatMap(reader);
  }

  /**
   * The raw value of a field, without reporting anything.
   *
   * @param field the field name, not null
   * @return the value, possibly a JSON null, or empty when absent
   */
  public Optional<JsonNode> peek(String field) {
    return Optional.ofNullable(node.get(field));
  }

  /**
   * The JSON path of an array element.
   *
   * @param path the array's path, not null
   * @param i the element's index, from 0
   * @return the path followed by {@code [i]}
   */
  public static String index(String path, int i) {
    return path + "[" + i + "]";
  }
}
