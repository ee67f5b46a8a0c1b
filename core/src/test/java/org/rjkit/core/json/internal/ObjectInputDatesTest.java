package org.rjkit.core.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link ObjectInput#date} reads dates by hand; this compares it, string by string, with the
 * regular expression and the strict formatter it replaced: the same dates accepted, and the same
 * problem (syntax or calendar) for every other string.
 */
@DisplayName("Dates read by hand agree with the strict formatter")
class ObjectInputDatesTest {

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter
      .ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  /** What the formatter said: the date, or the problem's key. */
  private static Object expected(String s) {
    if (!DATE.matcher(s).matches()) {
      return "input.date";
    }
    try {
      return LocalDate.parse(s, STRICT_DATE);
    } catch (DateTimeException e) {
      return "input.calendarDate";
    }
  }

  private static Object actual(String s) {
    Problems problems = new Problems();
    ObjectNode node = JsonNodeFactory.instance.objectNode().put("d", s);
    Optional<LocalDate> date = ObjectInput.of(node, "$", problems).orElseThrow()
        .date("d", true);
    if (date.isPresent()) {
      assertEquals(0, problems.count(), s);
      assertEquals(date, ObjectInput.peekDate(node.get("d")), s);
      return date.get();
    }
    assertEquals(1, problems.count(), s);
    assertEquals(Optional.empty(), ObjectInput.peekDate(node.get("d")), s);
    assertEquals("$.d", problems_path(problems), s);
    return problems_key(problems);
  }

  private static String problems_path(Problems problems) {
    try {
      problems.throwIfAny();
    } catch (org.rjkit.core.input.InvalidInputException e) {
      return e.errors().get(0).path();
    }
    throw new AssertionError("no problem");
  }

  private static String problems_key(Problems problems) {
    try {
      problems.throwIfAny();
    } catch (org.rjkit.core.input.InvalidInputException e) {
      return ((org.rjkit.core.language.Message) e.errors().get(0).problem()).key();
    }
    throw new AssertionError("no problem");
  }

  @Test
  void every_month_and_day_of_leap_and_common_years() {
    List<String> strings = new ArrayList<>();
    for (String year : List.of("0000", "0001", "1900", "2000", "2023", "2024", "2100", "9999")) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          strings.add(String.format(Locale.ROOT, "%s-%02d-%02d", year, month, day));
        }
      }
      strings.add(year + "-99-99");
    }
    int accepted = 0;
    for (String s : strings) {
      Object want = expected(s);
      assertEquals(want, actual(s), s);
      if (want instanceof LocalDate) {
        accepted++;
      }
    }
    assertEquals(8 * 365 + 3, accepted, "days accepted (0000, 2000, 2024 leap; 1900, 2100 not)");
  }

  @Test
  void anything_but_the_exact_form_is_a_syntax_problem() {
    for (String s : List.of("", "2024-1-01", "2024-01-1", "24-01-01", "2024/01/01", "2024-01-01 ",
        " 2024-01-01", "+2024-01-01", "-2024-01-01", "20240101", "2024-01-01T00:00",
        "2024-0a-01", "2024-01-0\u0661", "\u0662024-01-01", "2024\u201001-01", "12024-01-01",
        "2024-01--1", "2024--1-01", "2024-01-012")) {
      assertEquals(expected(s), actual(s), s);
      assertEquals("input.date", actual(s), s);
    }
  }
}
