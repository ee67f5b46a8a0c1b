package org.rjkit.eligibility.rule;

import java.util.ArrayList;
import java.util.List;
import org.rjkit.core.casefile.Prosecution;
import org.rjkit.core.truth.Truth;

/**
 * The prosecutor considers there is sufficient evidence to proceed
 * ({@code prosecution.sufficientEvidence}) and prosecution is not barred at law
 * ({@code prosecution.barredAtLaw}) (Criminal Code s.717(1)(f),(g); YCJA s.10(2)(f),(g)).
 *
 * @since 1.0
 */
public record ProsecutionViable() implements RuleDefinition {

  private static final String EVIDENCE = "prosecution.sufficientEvidence";
  private static final String BARRED = "prosecution.barredAtLaw";

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    Prosecution p = facts.caseFile().prosecution();
    if (p.sufficientEvidence() == Truth.NO) {
      return Finding.notMet(Finding.text("reason.ProsecutionViable.evidence"),
          List.of(EVIDENCE));
    }
    if (p.barredAtLaw() == Truth.YES) {
      return Finding.notMet(Finding.text("reason.ProsecutionViable.barred"), List.of(BARRED));
    }
    List<String> missing = new ArrayList<>(2);
    if (p.sufficientEvidence() == Truth.UNKNOWN) {
      missing.add(EVIDENCE);
    }
    if (p.barredAtLaw() == Truth.UNKNOWN) {
      missing.add(BARRED);
    }
    if (!missing.isEmpty()) {
      return Finding.unknown(Finding.text("reason.ProsecutionViable.unknown"),
          List.of(EVIDENCE, BARRED), missing);
    }
    return Finding.met(Finding.text("reason.ProsecutionViable.met"), List.of(EVIDENCE, BARRED));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
