package org.rjkit.eligibility.rule;

import java.util.List;
import org.rjkit.core.truth.Truth;

/**
 * No restorative process has previously occurred for the offending
 * ({@code priorRestorativeProcess} false). True: NOT_MET; absent: UNKNOWN.
 *
 * @since 1.0
 */
public record NoPriorRestorativeProcess() implements RuleDefinition {

  private static final String PATH = "priorRestorativeProcess";

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    Truth prior = facts.caseFile().priorRestorativeProcess();
    if (prior == Truth.UNKNOWN) {
      return Finding.unknown(Finding.text("reason.NoPriorRestorativeProcess.unknown"),
          List.of(PATH));
    }
    if (prior == Truth.YES) {
      return Finding.notMet(Finding.text("reason.NoPriorRestorativeProcess.notMet"),
          List.of(PATH));
    }
    return Finding.met(Finding.text("reason.NoPriorRestorativeProcess.met"), List.of(PATH));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
