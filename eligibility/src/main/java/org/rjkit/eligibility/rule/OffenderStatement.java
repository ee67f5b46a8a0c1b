package org.rjkit.eligibility.rule;

import java.util.List;
import org.rjkit.core.language.Message;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.truth.Truth;

/** Evaluates a yes-or-no fact about the offender that must hold (or must not). */
final class OffenderStatement {

  private OffenderStatement() {}

  /** What a rule says for each answer: messages without arguments, made once. */
  record Texts(Message yes, Message no, Message unknown) {

    /** The messages of three bundle keys. */
    Texts(String yes, String no, String unknown) {
      this(Finding.text(yes), Finding.text(no), Finding.text(unknown));
    }
  }

  /**
   * MET when the fact is {@code wanted}, NOT_MET when it is the opposite, UNKNOWN when absent or
   * when the case names no offender.
   */
  static Finding evaluate(ScreeningFacts facts, String field,
      java.util.function.Function<Offender, Truth> fact, boolean wanted,
      Texts texts) {
    Offender offender = facts.offenderOrNull();
    if (offender == null) {
      return facts.offenderUnknown();
    }
    String path = ScreeningFacts.participant(offender.id(), field);
    Truth value = fact.apply(offender);
    if (value == Truth.UNKNOWN) {
      return Finding.unknown(texts.unknown(), List.of(path));
    }
    return (value == Truth.YES) == wanted
        ? Finding.met(texts.yes(), List.of(path))
        : Finding.notMet(texts.no(), List.of(path));
  }
}
