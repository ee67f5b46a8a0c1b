package org.rjkit.core.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.rjkit.core.internal.Identifier;
import org.rjkit.core.language.Message;
import org.rjkit.core.truth.Truth;

/**
 * One JSON object of an input document, read field by field: the strict walker shared by every
 * rjkit reader. Every problem is added to the document's {@link Problems} with the field's JSON
 * path, and a getter returns empty when the field is absent or wrong, so that reading goes on and
 * all of a document's problems are reported at once. Messages name the field and the rule
 * broken, never the value. Not thread-safe: one {@link Problems} per document.
 */
public final class ObjectInput {

  /** ISO-8601 periods as {@link Period#parse} reads them, upper case, at most 7 digits a part. */
  private static final Pattern PERIOD = Pattern.compile(
      "[-+]?P(?:[-+]?[0-9]{1,7}Y)?(?:[-+]?[0-9]{1,7}M)?(?:[-+]?[0-9]{1,7}W)?(?:[-+]?[0-9]{1,7}D)?");
  /** A field name safe to show in a path: it cannot carry much personal data. */
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

  /** The message for a field or value that is JSON {@code null}. */
  public static final Message NULL_MESSAGE = Message.of("input.null");
  /** The message for a required field that is absent. */
  public static final Message REQUIRED_MESSAGE = Message.of("input.required");
  /** The message for a string that is not an {@link Identifier}. */
  public static final Message IDENTIFIER_MESSAGE = Message.of("input.identifier");

  private final ObjectNode node;
  /** This object's path, formatted when first asked for (null until then). */
  private String path;
  /** For an array element whose path is not formatted yet: the array's path and the index. */
  private final String arrayPath;
  private final int index;
  private final Problems problems;

  private ObjectInput(ObjectNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.arrayPath = null;
    this.index = -1;
    this.problems = problems;
  }

  private ObjectInput(ObjectNode node, String arrayPath, int index, Problems problems) {
    this.node = node;
    this.path = null;
    this.arrayPath = arrayPath;
    this.index = index;
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
      problems.report(path, "input.object");
      return Optional.empty();
    }
    return Optional.of(new ObjectInput((ObjectNode) value, path, problems));
  }

  /**
   * The object that is an element of an array, or empty (with a problem) when the value is null
   * or not an object: the same as {@code of(value, index(arrayPath, index), problems)}, except
   * that the element's path is formatted only when a problem is reported or it is asked for.
   *
   * @param value the element, not null
   * @param arrayPath the array's JSON path, such as {@code $.case.sentences}, not null
   * @param index the element's index, from 0
   * @param problems where to report, not null
   * @return the object input, or empty when a problem was reported
   */
  public static Optional<ObjectInput> element(JsonNode value, String arrayPath, int index,
      Problems problems) {
    if (!value.isObject()) {
      return of(value, index(arrayPath, index), problems);
    }
    return Optional.of(new ObjectInput((ObjectNode) value, arrayPath, index, problems));
  }

  /**
   * The JSON path of this object.
   *
   * @return the path, such as {@code $.versions[0]}
   */
  public String path() {
    if (path == null) {
      path = index(arrayPath, index);
    }
    return path;
  }

  /**
   * The JSON path of one of this object's fields.
   *
   * @param field the field name, not null
   * @return this object's path, a dot and the field name
   */
  public String path(String field) {
    return path() + "." + field;
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
  public void allowOnly(Collection<String> allowed, Message what) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        Message list = ContractTokens.of(allowed);
        if (SAFE_NAME.matcher(name).matches()) {
          problems.report(path(name), "input.unknownField", what, list);
        } else {
          problems.report(path(), "input.unknownFieldName", what, list);
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
    return Optional.ofNullable(present(field, required));
  }

  /**
   * The value of a field that is present and not null, or null (absence when required, and a
   * JSON null, reported): {@link #value} without the {@code Optional}.
   */
  private JsonNode present(String field, boolean required) {
    JsonNode v = node.get(field);
    if (v == null) {
      if (required) {
        problems.add(path(field), REQUIRED_MESSAGE);
      }
      return null;
    }
    if (v.isNull()) {
      problems.add(path(field), NULL_MESSAGE);
      return null;
    }
    return v;
  }

  /** A field's string, or null when it is not a string (reported at the field's path). */
  private String textAt(JsonNode v, String field) {
    if (!v.isTextual()) {
      problems.report(path(field), "input.string");
      return null;
    }
    return v.textValue();
  }

  /**
   * A string field.
   *
   * @param field the field name, not null
   * @param required whether absence is a problem
   * @return the string, or empty when absent or wrong (reported)
   */
  public Optional<String> text(String field, boolean required) {
    JsonNode v = present(field, required);
    return v == null ? Optional.empty() : Optional.ofNullable(textAt(v, field));
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
      problems.report(at, "input.string");
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
    JsonNode v = present(field, required);
    String s = v == null ? null : textAt(v, field);
    if (s == null) {
      return Optional.empty();
    }
    if (s.isBlank()) {
      problems.report(path(field), "input.blank");
      return Optional.empty();
    }
    return Optional.of(s);
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
        problems.report(at, "input.blank");
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
      Message message) {
    JsonNode v = present(field, required);
    String s = v == null ? null : textAt(v, field);
    if (s == null) {
      return Optional.empty();
    }
    if (!syntax.matcher(s).matches()) {
      problems.add(path(field), message);
      return Optional.empty();
    }
    return Optional.of(s);
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
  public Optional<String> matchingOf(JsonNode v, String at, Pattern syntax, Message message) {
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
    JsonNode v = present(field, required);
    String s = v == null ? null : textAt(v, field);
    if (s == null) {
      return Optional.empty();
    }
    if (!Identifier.isValid(s)) {
      problems.add(path(field), IDENTIFIER_MESSAGE);
      return Optional.empty();
    }
    return Optional.of(constructor.apply(s));
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
    JsonNode v = present(field, required);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isBoolean()) {
      problems.report(path(field), "input.boolean");
      return Optional.empty();
    }
    return Optional.of(v.booleanValue());
  }

  /**
   * A three-valued fact: absent means unknown.
   *
   * @param field the field name, not null
   * @return {@link Truth#YES} or {@link Truth#NO} for {@code true} or {@code false};
   *     {@link Truth#UNKNOWN} when absent, or wrong (reported)
   */
  public Truth truth(String field) {
    JsonNode v = present(field, false);
    if (v == null) {
      return Truth.UNKNOWN;
    }
    if (!v.isBoolean()) {
      problems.report(path(field), "input.boolean");
      return Truth.UNKNOWN;
    }
    return v.booleanValue() ? Truth.YES : Truth.NO;
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
        problems.report(path(field), "input.integer", String.valueOf(min), String.valueOf(max));
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
    JsonNode v = present(field, required);
    String s = v == null ? null : textAt(v, field);
    if (s == null) {
      return Optional.empty();
    }
    if (!isDateSyntax(s)) {
      problems.report(path(field), "input.date");
      return Optional.empty();
    }
    LocalDate date = calendarDate(s);
    if (date == null) {
      problems.report(path(field), "input.calendarDate");
      return Optional.empty();
    }
    return Optional.of(date);
  }

  /**
   * Whether a string is {@code YYYY-MM-DD} with ASCII digits (the regular expression
   * {@code [0-9]{4}-[0-9]{2}-[0-9]{2}}), checked without a matcher.
   */
  private static boolean isDateSyntax(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = s.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The calendar date of a string of the {@link #isDateSyntax} form, or null when there is no
   * such day: what {@code DateTimeFormatter.ofPattern("uuuu-MM-dd")} with
   * {@code ResolverStyle.STRICT} parses (a proleptic year 0000-9999, month 01-12, a day of that
   * month), without a formatter ({@code ObjectInputDatesTest} compares the two).
   */
  private static LocalDate calendarDate(String s) {
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (s.charAt(i) - '0');
    }
    return value;
  }

  /**
   * A date from a value that may be anything, without reporting: for cross-checks only, where
   * the value's own problems are reported elsewhere.
   *
   * @param v the value, possibly null (absent)
   * @return the date, or empty when the value is not a valid {@code YYYY-MM-DD} date
   */
  public static Optional<LocalDate> peekDate(JsonNode v) {
    if (v == null || !v.isTextual() || !isDateSyntax(v.textValue())) {
      return Optional.empty();
    }
    return Optional.ofNullable(calendarDate(v.textValue()));
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
    JsonNode v = present(field, required);
    String s = v == null ? null : textAt(v, field);
    if (s == null) {
      return Optional.empty();
    }
    Period simple = simplePeriod(s);
    if (simple != null) {
      return Optional.of(simple);
    }
    if (PERIOD.matcher(s).matches() && s.length() > 2) {
      try {
        return Optional.of(Period.parse(s));
      } catch (DateTimeException | ArithmeticException e) {
        // reported below
      }
    }
    problems.report(path(field), "input.period");
    return Optional.empty();
  }

  /**
   * The period of the commonest terms, {@code P} then one to three parts of the forms
   * {@code nY}, {@code nM}, {@code nW}, {@code nD} (each at most 7 digits, in that order, no
   * sign), read without regular expressions; null for anything else, which {@link #PERIOD} and
   * {@link Period#parse} then decide. Whatever it returns, {@link Period#parse} returns too.
   */
  private static Period simplePeriod(String s) {
    int n = s.length();
    if (n < 3 || n > 33 || s.charAt(0) != 'P') {
      return null;
    }
    int years = 0;
    int months = 0;
    int weeks = 0;
    int days = 0;
    int order = 0; // the parts already read: 1 Y, 2 M, 3 W, 4 D
    int i = 1;
    while (i < n) {
      int start = i;
      int value = 0;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        value = value * 10 + (s.charAt(i) - '0');
        i++;
      }
      int digits = i - start;
      if (digits == 0 || digits > 7 || i == n) {
        return null;
      }
      char unit = s.charAt(i++);
      int part = unit == 'Y' ? 1 : unit == 'M' ? 2 : unit == 'W' ? 3 : unit == 'D' ? 4 : 0;
      if (part <= order) {
        return null;
      }
      order = part;
      switch (part) {
        case 1 -> years = value;
        case 2 -> months = value;
        case 3 -> weeks = value;
        default -> days = value;
      }
    }
    return Period.of(years, months, weeks * 7 + days);
  }

  /**
   * An absolute URI field.
   *
   * @param field the field name, not null
   * @param required whether absence is a problem
   * @return the URI, or empty when absent or wrong (reported)
   */
  public Optional<URI> uri(String field, boolean required) {
    JsonNode v = present(field, required);
    String s = v == null ? null : textAt(v, field);
    if (s == null) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(s);
      if (uri.isAbsolute()) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    problems.report(path(field), "input.url");
    return Optional.empty();
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
    JsonNode v = present(field, required);
    String s = v == null ? null : textAt(v, field);
    if (s == null) {
      return Optional.empty();
    }
    E e = constant(type, s);
    if (e == null) {
      problems.report(path(field), "input.oneOf", allowedValues(type));
      return Optional.empty();
    }
    return Optional.of(e);
  }

  /** The constant of an enum with a name, or null; names are unique, so order does not matter. */
  private static <E extends Enum<E>> E constant(Class<E> type, String name) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      return null;
    }
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
    JsonNode v = present(field, required);
    String s = v == null ? null : textAt(v, field);
    if (s == null) {
      return Optional.empty();
    }
    for (E e : allowed) {
      if (e.name().equals(s)) {
        return Optional.of(e);
      }
    }
    problems.report(path(field), "input.oneOf", names(allowed));
    return Optional.empty();
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
    if (v.isTextual()) {
      E e = constant(type, v.textValue());
      if (e != null) {
        return Optional.of(e);
      }
    }
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
      problems.report(at, "input.oneOf", names(allowed));
      return Optional.empty();
    });
  }

  /**
   * The names of all of an enum's constants, for a message ({@link ContractTokens#values}).
   *
   * @param <E> the enum type
   * @param type the enum class, not null
   * @return the names in declaration order: {@code VICTIM, OFFENDER} in English, each between
   *     « » with its label in French
   */
  public static <E extends Enum<E>> Message allowedValues(Class<E> type) {
    return names(Arrays.asList(type.getEnumConstants()));
  }

  /**
   * The names of some enum constants, for a message ({@link ContractTokens#values}).
   *
   * @param values the constants, not null
   * @return their names in iteration order, as {@link #allowedValues} lists them
   */
  public static Message names(Collection<? extends Enum<?>> values) {
    return ContractTokens.values(values);
  }

  /**
   * The elements of an array field.
   *
   * @param field the field name, not null
   * @param required whether absence is a problem
   * @return the elements in order, or empty when absent or not an array (reported)
   */
  public Optional<List<JsonNode>> array(String field, boolean required) {
    JsonNode v = present(field, required);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isArray()) {
      problems.report(path(field), "input.array");
      return Optional.empty();
    }
    List<JsonNode> items = new ArrayList<>(v.size());
    v.elements().forEachRemaining(items::add);
    return Optional.of(items);
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
      problems.report(path(field), "input.atLeastOne");
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
        problems.report(at, "input.repeated");
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
    JsonNode v = present(field, required);
    return v == null ? Optional.empty() : of(v, path(field), problems);
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
