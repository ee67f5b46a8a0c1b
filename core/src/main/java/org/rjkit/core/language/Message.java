package org.rjkit.core.language;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;

/**
 * A text kept as a stable key into rjkit's message bundles and its arguments, formatted in the
 * reader's language only when it is read ({@link #in(Language)}).
 *
 * <p>Arguments are formatted for the language: a {@code String} is left as it is (participant
 * ids, rule ids); an enum value by its label ({@code Stage.POST_SENTENCE} reads "after
 * sentencing", « après la détermination de la peine »); a {@link Period} in words; a
 * {@link LocalDate} and a number by the locale's conventions; an {@link Amount} as money; a
 * {@link Text} in the same language; a collection as a list ("A, B and C", « A, B et C »).
 * Any other argument type is refused when the message is made, so that nothing can reach a
 * reader as a Java constant or a {@code toString()}.
 *
 * @since 1.0
 */
public final class Message implements Text {

  private final String key;
  private final ImmutableList<Object> arguments;

  private Message(String key, ImmutableList<Object> arguments) {
    this.key = key;
    this.arguments = arguments;
  }

  /**
   * A message.
   *
   * @param key the bundle key, not blank
   * @param arguments the values for {@code {0}}, {@code {1}}, …; each of a type listed above
   * @return the message
   * @throws IllegalArgumentException if an argument is of another type
   */
  public static Message of(String key, Object... arguments) {
    checkNotNull(key, "key");
    checkArgument(!key.isBlank(), "key must not be blank");
    // sized lists without a builder: a reason is made for every rule of every decision
    ImmutableList<Object> copy = switch (arguments.length) {
      case 0 -> ImmutableList.of();
      case 1 -> ImmutableList.of(checkArgumentType(arguments[0]));
      case 2 -> ImmutableList.of(checkArgumentType(arguments[0]),
          checkArgumentType(arguments[1]));
      case 3 -> ImmutableList.of(checkArgumentType(arguments[0]),
          checkArgumentType(arguments[1]), checkArgumentType(arguments[2]));
      default -> {
        ImmutableList.Builder<Object> b = ImmutableList.builderWithExpectedSize(arguments.length);
        for (Object argument : arguments) {
          b.add(checkArgumentType(argument));
        }
        yield b.build();
      }
    };
    return new Message(key, copy);
  }

  private static Object checkArgumentType(Object argument) {
    checkNotNull(argument, "message arguments must not be null");
    if (argument instanceof ImmutableList<?> values) {
      for (int i = 0; i < values.size(); i++) {
        checkArgumentType(values.get(i));  // no iterator for the rules' own lists of ids
      }
      return values;
    }
    if (argument instanceof Collection<?> values) {
      for (Object value : values) {
        checkArgumentType(value);
      }
      return ImmutableList.copyOf(values);
    }
    if (!(argument instanceof String || argument instanceof Enum<?>
            || argument instanceof Period || argument instanceof LocalDate
            || argument instanceof Integer || argument instanceof Long
            || argument instanceof BigDecimal || argument instanceof Amount
            || argument instanceof Text)) {
      // the type's name only on the way out: getSimpleName() is not free
      throw new IllegalArgumentException(
          "a message argument cannot be a " + argument.getClass().getSimpleName());
    }
    return argument;
  }

  /**
   * The bundle key.
   *
   * @return the key, never blank
   */
  public String key() {
    return key;
  }

  /**
   * The arguments, in order.
   *
   * @return the arguments, never null
   */
  public List<Object> arguments() {
    return arguments;
  }

  @Override
  public String in(Language language) {
    return Messages.format(language, key, arguments);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Message other && other.key.equals(key)
        && other.arguments.equals(arguments);
  }

  @Override
  public int hashCode() {
    return key.hashCode() * 31 + arguments.hashCode();
  }

  /** The text in English. */
  @Override
  public String toString() {
    return in(Language.EN);
  }
}
