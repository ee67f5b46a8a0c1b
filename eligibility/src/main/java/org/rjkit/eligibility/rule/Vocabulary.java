package org.rjkit.eligibility.rule;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;

/** Small helpers shared by the rule definitions: lists of identifiers as message arguments. */
final class Vocabulary {

  private Vocabulary() {}

  /**
   * Identifiers (participant, offence, sentence ids) as they are written, in the collection's
   * order: a message argument formatted as a list in the reader's language. Immutable already,
   * so that the message does not copy it again.
   */
  static List<String> ids(Collection<?> values) {
    ImmutableList.Builder<String> out = ImmutableList.builderWithExpectedSize(values.size());
    for (Object v : values) {
      out.add(v.toString());
    }
    return out.build();
  }
}
