package org.rjkit.eligibility.rule;

import org.rjkit.core.participant.Offender;

/**
 * The offender accepts responsibility for the act ({@code acceptsResponsibility}): true is MET,
 * false NOT_MET, absent UNKNOWN.
 */
public record AcceptsResponsibility() implements RuleDefinition {

  private static final OffenderStatement.Texts TEXTS = new OffenderStatement.Texts(
      "The offender accepts responsibility for the act.",
      "Le délinquant reconnaît sa responsabilité à l'égard de l'acte.",
      "The offender does not accept responsibility for the act.",
      "Le délinquant ne reconnaît pas sa responsabilité à l'égard de l'acte.",
      "Whether the offender accepts responsibility is not stated.",
      "Le dossier n'indique pas si le délinquant reconnaît sa responsabilité.");

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
