package org.rjkit.eligibility.rule;

import java.util.List;
import java.util.Optional;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.truth.Truth;

/** Evaluates a yes-or-no fact about the offender that must hold (or must not). */
final class OffenderStatement {

  private OffenderStatement() {}

  /** The bundle keys of what a rule says for each answer. */
  record Texts(String yes, String no, String unknown) {}

  /**
   * MET when the fact is {@code wanted}, NOT_MET when it is the opposite, UNKNOWN when absent or
   * when the case names no offender.
   */
  static Finding evaluate(ScreeningFacts facts, String field,
      java.util.function.Function<Offender, Truth> fact, boolean wanted,
      Texts texts) {
    Optional<Offender> offender = facts.offender();
    if (offender.isEmpty()) {
      return facts.offenderUnknown();
    }
    String path = ScreeningFacts.participant(offender.get().id(), field);
    Truth value = fact.apply(offender.get());
    if (value == Truth.UNKNOWN) {
      return Finding.unknown(Finding.text(texts.unknown()), List.of(path));
    }
    return (value == Truth.YES) == wanted
        ? Finding.met(Finding.text(texts.yes()), List.of(path))
        : Finding.notMet(Finding.text(texts.no()), List.of(path));
  }
}
