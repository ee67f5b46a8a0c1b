package org.rjkit.eligibility.programmes;

import org.rjkit.core.language.Message;
import org.rjkit.core.screening.ProgrammeId;

/**
 * The texts of the built-in programmes, kept in the eligibility bundle
 * ({@code org/rjkit/eligibility/messages.properties}) by stable keys: {@code rule.<id>.policy}
 * for a rule's policy sentence, {@code programme.<id>.name} for a programme's name.
 */
final class Texts {

  private Texts() {}

  /** The policy sentence of a built-in rule. */
  static Message policy(String ruleId) {
    return Message.of("rule." + ruleId + ".policy");
  }

  /** The name of a built-in programme. */
  static Message name(ProgrammeId programme) {
    return Message.of("programme." + programme.value() + ".name");
  }
}
