package org.rjkit.core.json.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;

/**
 * The invariant every reader of outside input must keep, whatever the input: it returns a value,
 * or it throws an {@link InvalidInputException} whose errors each have a path starting with
 * {@code $} and a message that is not blank, and whose message never contains a value of the
 * document. Any other exception escapes and is a finding (Jazzer reports it with the input).
 *
 * <p>Values of the document are recognised by the marker syntax {@code zq-XXXXXXXX-qz} (eight
 * lower-case hex digits): a fuzz test plants such markers as string values, identifiers and field
 * names, and the fuzzer's dictionary holds one so that raw-byte fuzzing plants them too. A marker
 * is a valid identifier (so it travels deep into the reader as a participant id, a sentence id...)
 * but not a field name that a path may show (field names of letters, digits and {@code _} are
 * shown in paths on purpose), and no fixed message of a reader contains {@code zq-}. So any marker
 * in a message was copied from the input.
 *
 * <p>Public so that fuzz tests of readers in other modules (through core's test-jar) check the
 * same invariant.
 */
public final class ReadingInvariant {

  /** A value planted in a document that must never be echoed. */
  public static final Pattern MARKER = Pattern.compile("zq-[0-9a-f]{8}-qz");

  private ReadingInvariant() {}

  /**
   * A marker made from fuzzer data.
   *
   * @param bits any int
   * @return {@code zq-} followed by the int as eight hex digits, then {@code -qz}
   */
  public static String marker(int bits) {
    return String.format(Locale.ROOT, "zq-%08x-qz", bits);
  }

  /**
   * The fuzzer's bytes as the text a caller would hand to a reader (UTF-8; malformed bytes
   * become U+FFFD).
   *
   * @param data not null
   * @return the text
   */
  public static String text(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }

  /**
   * Runs one read and checks the invariant.
   *
   * @param what what is being read, for the failure message
   * @param read the read; returns the value
   * @param <T> what the reader returns
   * @return the value, or empty when the input was rejected as it should be
   * @throws AssertionError when the value is null or the rejection breaks the invariant; any
   *     other exception of the read escapes unchanged
   */
  public static <T> Optional<T> valueOrInvalidInput(String what, Supplier<T> read) {
    T value;
    try {
      value = read.get();
    } catch (InvalidInputException e) {
      check(what, e);
      return Optional.empty();
    }
    if (value == null) {
      throw new AssertionError(what + " returned null instead of a value or an input error");
    }
    return Optional.of(value);
  }

  /**
   * Checks a rejection: at least one error, each well formed, no marker of the input echoed.
   *
   * @param what what was being read, for the failure message
   * @param e the rejection
   * @throws AssertionError when the rejection breaks the invariant
   */
  public static void check(String what, InvalidInputException e) {
    if (e.errors().isEmpty()) {
      throw new AssertionError(what + ": an input error without errors");
    }
    for (InputError error : e.errors()) {
      if (!error.path().startsWith("$")) {
        throw new AssertionError(what + ": an error path does not start with $: " + error.path());
      }
      if (error.message().isBlank()) {
        throw new AssertionError(what + ": an error at " + error.path() + " has a blank message");
      }
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      throw new AssertionError(what + ": the exception has no message");
    }
    if (MARKER.matcher(message).find()) {
      throw new AssertionError(what + ": the message echoes a value of the input: " + message);
    }
  }
}
