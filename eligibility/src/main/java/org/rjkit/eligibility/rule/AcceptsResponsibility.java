package org.rjkit.eligibility.rule;

import org.rjkit.core.participant.Offender;

/**
 * The offender accepts responsibility for the act ({@code acceptsResponsibility}): true is MET,
 * false NOT_MET, absent UNKNOWN.
 *
 * @since 1.0
 */
public record AcceptsResponsibility() implements RuleDefinition {

  private static final OffenderStatement.Texts TEXTS = new OffenderStatement.Texts(
      "reason.AcceptsResponsibility.met", "reason.AcceptsResponsibility.notMet",
      "reason.AcceptsResponsibility.unknown");

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    return OffenderStatement.evaluate(facts, "acceptsResponsibility",
        Offender::acceptsResponsibility, true, TEXTS);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
