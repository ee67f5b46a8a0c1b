package org.rjkit.samples.rulebook.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One change of a rule book row, as written: {@code case.sentences[S1].term = P2Y-1D} (an
 * assignment) or {@code remove case.safetyAssessments} (a removal).
 *
 * <p>A path is a field of the screening request ({@code case}, {@code requesterId},
 * {@code asOf}, ...) followed by {@code .field} and {@code [selector]} steps. A selector picks
 * array elements by key ({@code [S1]}: the element whose {@code id}, or for consents
 * {@code participantId}, for orders {@code protectedParticipantId}, for safety assessments
 * {@code assessedOn} is {@code S1}; in a list of strings, the string itself), by position
 * ({@code [0]}), or, as the last step of an assignment, appends ({@code [+]}).
 *
 * @param text the change as written, trimmed
 * @param remove whether it is a removal
 * @param steps the path's steps
 * @param value the value as written (empty for a removal)
 */
public record Change(String text, boolean remove, List<Step> steps, Optional<String> value) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]*|\\+");

  /** Copies the steps. */
  public Change {
    checkNotNull(text, "text");
    steps = ImmutableList.copyOf(steps);
    checkNotNull(value, "value");
  }

  /**
   * One step of a path.
   *
   * @param name the field name, or empty for a selector
   * @param selector the selector's text ({@code S1}, {@code 0}, {@code +}), or empty for a field
   */
  public record Step(Optional<String> name, Optional<String> selector) {

    /** Whether this step appends ({@code [+]}). */
    public boolean appends() {
      return selector.filter("+"::equals).isPresent();
    }

    /** Whether this step selects by position. */
    public boolean index() {
      return selector.filter(s -> s.chars().allMatch(Character::isDigit)).isPresent();
    }

    @Override
    public String toString() {
      return name.map(n -> "." + n).orElseGet(() -> "[" + selector.orElseThrow() + "]");
    }
  }

  /**
   * Parses a change.
   *
   * @param text the change as written, not null
   * @return the change
   * @throws ChangeException if it is not a change of the grammar
   */
  public static Change parse(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      throw ChangeException.of("empty");
    }
    if (t.startsWith("remove ")) {
      String path = t.substring("remove ".length()).strip();
      if (path.contains("=")) {
        throw ChangeException.of("removalPathOnly", path.split("=")[0].strip());
      }
      return new Change(t, true, steps(path), Optional.empty());
    }
    int eq = t.indexOf('=');
    if (eq < 0) {
      throw ChangeException.of("notAChange");
    }
    String path = t.substring(0, eq).strip();
    String value = t.substring(eq + 1).strip();
    if (value.isEmpty()) {
      throw ChangeException.of("needsValue", path);
    }
    return new Change(t, false, steps(path), Optional.of(value));
  }

  private static List<Step> steps(String path) {
    List<Step> steps = new ArrayList<>();
    int i = 0;
    boolean first = true;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '[') {
        int end = path.indexOf(']', i);
        if (end < 0 || first) {
          throw ChangeException.of("notAPath", path);
        }
        String selector = path.substring(i + 1, end).strip();
        if (!KEY.matcher(selector).matches()) {
          throw ChangeException.of("notASelector", path);
        }
        steps.add(new Step(Optional.empty(), Optional.of(selector)));
        i = end + 1;
      } else {
        if (!first) {
          if (c != '.') {
            throw ChangeException.of("notAPath", path);
          }
          i++;
        }
        int end = i;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        String name = path.substring(i, end);
        if (!NAME.matcher(name).matches()) {
          throw name.isEmpty() ? ChangeException.of("emptyFieldName", path)
              : ChangeException.of("notAFieldName", path, name);
        }
        steps.add(new Step(Optional.of(name), Optional.empty()));
        i = end;
      }
      first = false;
    }
    if (steps.isEmpty()) {
      throw ChangeException.of("needsPath");
    }
    for (int s = 0; s < steps.size() - 1; s++) {
      if (steps.get(s).appends()) {
        throw ChangeException.of("appendEnds", path);
      }
    }
    return steps;
  }

  /**
   * The path as written.
   *
   * @return such as {@code case.sentences[S1].term}
   */
  public String path() {
    StringBuilder b = new StringBuilder();
    for (Step s : steps) {
      b.append(s);
    }
    return b.charAt(0) == '.' ? b.substring(1) : b.toString();
  }

  @Override
  public String toString() {
    return text;
  }
}
