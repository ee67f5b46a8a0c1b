package org.rjkit.eligibility.rule;

import java.util.List;
import java.util.Optional;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.truth.Truth;

/** Evaluates a yes-or-no fact about the offender that must hold (or must not). */
final class OffenderStatement {

  private OffenderStatement() {}

  /** What a rule says for each answer. */
  record Texts(String yesEn, String yesFr, String noEn, String noFr, String unknownEn,
      String unknownFr) {}

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
      return Finding.unknown(texts.unknownEn(), texts.unknownFr(), List.of(path));
    }
    return (value == Truth.YES) == wanted
        ? Finding.met(texts.yesEn(), texts.yesFr(), List.of(path))
        : Finding.notMet(texts.noEn(), texts.noFr(), List.of(path));
  }
}
