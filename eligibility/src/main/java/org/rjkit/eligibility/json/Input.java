package org.rjkit.eligibility.json;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;

/**
 * One JSON object of an input document, read field by field, as the core readers do: every
 * problem is added to the document's list with the field's JSON path, and a getter returns empty
 * when the field is absent or wrong, so that reading goes on and all problems are reported at
 * once. Messages name the rule broken, never the value. Not thread-safe: one per document.
 */
final class Input {

  /** Dates are exactly {@code YYYY-MM-DD}, with ASCII digits. */
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final DateTimeFormatter STRICT_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  /** ISO-8601 periods as {@link Period#parse} reads them, upper case, at most 7 digits a part. */
  private static final Pattern PERIOD = Pattern.compile(
      "[-+]?P(?:[-+]?[0-9]{1,7}Y)?(?:[-+]?[0-9]{1,7}M)?(?:[-+]?[0-9]{1,7}W)?(?:[-+]?[0-9]{1,7}D)?");
  /** A field name safe to show in a path: it cannot carry much personal data. */
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

  static final String NULL_MESSAGE = "must not be null";
  static final String REQUIRED_MESSAGE = "is required but missing";

  /** The problems of one document, in the order found. */
  static final class Problems {
    private final List<InputError> errors = new ArrayList<>();

    void add(String path, String message) {
      errors.add(new InputError(path, message));
    }

    void throwIfAny() {
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
    }
  }

  private final JsonNode node;
  private final String path;
  private final Problems problems;

  private Input(JsonNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  /** The object at a path, or empty (reported) when the value is not an object. */
  static Optional<Input> of(JsonNode value, String path, Problems problems) {
    if (value.isNull()) {
      problems.add(path, NULL_MESSAGE);
      return Optional.empty();
    }
    if (!value.isObject()) {
      problems.add(path, "must be an object");
      return Optional.empty();
    }
    return Optional.of(new Input(value, path, problems));
  }

  String path() {
    return path;
  }

  String path(String field) {
    return path + "." + field;
  }

  Problems problems() {
    return problems;
  }

  /** Reports every field that is not in the allowed list. */
  void allowOnly(Collection<String> allowed, String what) {
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

  Optional<String> textOf(JsonNode v, String at) {
    if (!v.isTextual()) {
      problems.add(at, "must be a string");
      return Optional.empty();
    }
    return Optional.of(v.textValue());
  }

  /** A string that is not blank. */
  Optional<String> nonBlank(String field, boolean required) {
    return value(field, required).flatMap(v -> nonBlankOf(v, path(field)));
  }

  Optional<String> nonBlankOf(JsonNode v, String at) {
    return textOf(v, at).flatMap(s -> {
      if (s.isBlank()) {
        problems.add(at, "must not be blank");
        return Optional.empty();
      }
      return Optional.of(s);
    });
  }

  /** A string matching a syntax, with a message describing the syntax. */
  Optional<String> matching(String field, boolean required, Pattern syntax, String message) {
    return value(field, required).flatMap(v -> matchingOf(v, path(field), syntax, message));
  }

  Optional<String> matchingOf(JsonNode v, String at, Pattern syntax, String message) {
    return textOf(v, at).flatMap(s -> {
      if (!syntax.matcher(s).matches()) {
        problems.add(at, message);
        return Optional.empty();
      }
      return Optional.of(s);
    });
  }

  Optional<Boolean> bool(String field, boolean required) {
    return value(field, required).flatMap(v -> {
      if (!v.isBoolean()) {
        problems.add(path(field), "must be true or false");
        return Optional.empty();
      }
      return Optional.of(v.booleanValue());
    });
  }

  /** A whole number in a range. */
  Optional<Integer> integer(String field, boolean required, int min, int max) {
    return value(field, required).flatMap(v -> {
      if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < min
          || v.intValue() > max) {
        problems.add(path(field), "must be a whole number from " + min + " to " + max);
        return Optional.empty();
      }
      return Optional.of(v.intValue());
    });
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

  /** A date from a value that may be anything, without reporting: for cross-checks only. */
  static Optional<LocalDate> peekDate(JsonNode v) {
    if (v == null || !v.isTextual() || !DATE.matcher(v.textValue()).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v.textValue(), STRICT_DATE));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** A period's syntax. */
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

  /** An absolute URI. */
  Optional<URI> uri(String field, boolean required) {
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

  <E extends Enum<E>> Optional<E> enumValue(String field, boolean required, Class<E> type) {
    return value(field, required).flatMap(v -> enumOf(v, path(field), type,
        Arrays.asList(type.getEnumConstants())));
  }

  /** One of some of an enum's values. */
  <E extends Enum<E>> Optional<E> enumValue(String field, boolean required, Class<E> type,
      List<E> allowed) {
    return value(field, required).flatMap(v -> enumOf(v, path(field), type, allowed));
  }

  <E extends Enum<E>> Optional<E> enumOf(JsonNode v, String at, Class<E> type,
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

  static String names(Collection<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).collect(Collectors.joining(", "));
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

  /**
   * An array of distinct values, each read by {@code element} (which reports its own problems
   * at the element's path and returns empty). Empty when the field is absent or wrong, or when
   * any element is wrong.
   *
   * @param atLeastOne whether an empty array is a problem
   */
  <T> Optional<Set<T>> distinct(String field, boolean required, boolean atLeastOne,
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

  /** An array of distinct enum values. */
  <E extends Enum<E>> Optional<Set<E>> enumSet(String field, boolean atLeastOne, Class<E> type) {
    List<E> all = Arrays.asList(type.getEnumConstants());
    return distinct(field, true, atLeastOne, (v, at) -> enumOf(v, at, type, all));
  }

  /** Reads one element of an array. */
  interface ElementReader<T> {
    Optional<T> read(JsonNode value, String at);
  }

  /** A nested object field. */
  Optional<Input> object(String field, boolean required) {
    return value(field, required).flatMap(v -> of(v, path(field), problems));
  }

  /** Reads a nested object field with a function, if it is an object. */
  <T> Optional<T> object(String field, boolean required, Function<Input, Optional<T>> reader) {
    return object(field, required).flatMap(reader);
  }

  /** The raw value of a field, without reporting anything. */
  Optional<JsonNode> peek(String field) {
    return Optional.ofNullable(node.get(field));
  }

  static String index(String path, int i) {
    return path + "[" + i + "]";
  }
}
