package org.rjkit.eligibility.rule;

import org.rjkit.core.participant.Offender;

/**
 * The offender has acknowledged the basic facts of the case ({@code acknowledgesBasicFacts},
 * Directive 2012/29/EU Art. 12(1)(c)): true is MET, false NOT_MET, absent UNKNOWN.
 *
 * @since 1.0
 */
public record AcknowledgesBasicFacts() implements RuleDefinition {

  private static final OffenderStatement.Texts TEXTS = new OffenderStatement.Texts(
      "reason.AcknowledgesBasicFacts.met", "reason.AcknowledgesBasicFacts.notMet",
      "reason.AcknowledgesBasicFacts.unknown");

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    return OffenderStatement.evaluate(facts, "acknowledgesBasicFacts",
        Offender::acknowledgesBasicFacts, true, TEXTS);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
