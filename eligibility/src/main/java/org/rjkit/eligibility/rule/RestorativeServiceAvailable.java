package org.rjkit.eligibility.rule;

import java.util.List;
import org.rjkit.core.truth.Truth;

/**
 * A suitable restorative justice service or facilitator is available
 * ({@code restorativeServiceAvailable}). False: NOT_MET; absent: UNKNOWN.
 *
 * @since 1.0
 */
public record RestorativeServiceAvailable() implements RuleDefinition {

  private static final String PATH = "restorativeServiceAvailable";

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    Truth available = facts.caseFile().restorativeServiceAvailable();
    if (available == Truth.UNKNOWN) {
      return Finding.unknown(Finding.text("reason.RestorativeServiceAvailable.unknown"),
          List.of(PATH));
    }
    if (available == Truth.NO) {
      return Finding.notMet(Finding.text("reason.RestorativeServiceAvailable.notMet"),
          List.of(PATH));
    }
    return Finding.met(Finding.text("reason.RestorativeServiceAvailable.met"), List.of(PATH));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
