package org.rjkit.eligibility.rule;

import java.util.Collection;
import java.util.StringJoiner;

/** Small text helpers shared by the rule definitions: lists of codes in reasons. */
final class Vocabulary {

  private Vocabulary() {}

  /** The names of enum values or codes, comma separated, in the collection's order. */
  static String names(Collection<?> values) {
    StringJoiner joiner = new StringJoiner(", ");
    for (Object v : values) {
      joiner.add(v instanceof Enum<?> e ? e.name() : String.valueOf(v));
    }
    return joiner.toString();
  }
}
