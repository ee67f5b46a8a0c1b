package org.rjkit.eligibility.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Small helpers shared by the rule definitions: lists of identifiers as message arguments. */
final class Vocabulary {

  private Vocabulary() {}

  /**
   * Identifiers (participant, offence, sentence ids) as they are written, in the collection's
   * order: a message argument formatted as a list in the reader's language.
   */
  static List<String> ids(Collection<?> values) {
    List<String> out = new ArrayList<>(values.size());
    for (Object v : values) {
      out.add(v.toString());
    }
    return out;
  }
}
