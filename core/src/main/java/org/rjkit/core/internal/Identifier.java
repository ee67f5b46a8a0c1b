package org.rjkit.core.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * The syntax shared by every rjkit identifier (case, participant, offence, sentence, programme):
 * 1 to 64 characters among letters, digits, {@code . _ : / -}, starting with a letter or digit.
 * Identifiers are opaque references, never names of people.
 */
public final class Identifier {

  /** The pattern every identifier matches. */
  public static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");

  private Identifier() {}

  /**
   * Whether a string is a well-formed identifier.
   *
   * @param value may be null
   * @return true when it matches {@link #SYNTAX}
   */
  public static boolean isValid(String value) {
    // the same test as SYNTAX, without a regular expression: ids are checked by the hundred
    // thousand in a large document
    if (value == null || value.isEmpty() || value.length() > 64) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean alphanumeric = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9');
      if (!alphanumeric && (i == 0 || (c != '.' && c != '_' && c != ':' && c != '/'
          && c != '-'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks an identifier's syntax. The message names the kind of identifier, never the value.
   *
   * @param value not null
   * @param kind what the identifier names, for the message ("participant id")
   * @return the value
   * @throws IllegalArgumentException if malformed
   */
  public static String check(String value, String kind) {
    checkNotNull(value, kind);
    checkArgument(isValid(value),
        "%s must be 1 to 64 letters, digits or . _ : / - starting with a letter or digit", kind);
    return value;
  }
}
