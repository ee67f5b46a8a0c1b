package org.rjkit.eligibility.rule;

import java.util.List;
import org.rjkit.core.truth.Truth;

/**
 * No restorative process has previously occurred for the offending
 * ({@code priorRestorativeProcess} false). True: NOT_MET; absent: UNKNOWN.
 */
public record NoPriorRestorativeProcess() implements RuleDefinition {

  private static final String PATH = "priorRestorativeProcess";

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    Truth prior = facts.caseFile().priorRestorativeProcess();
    if (prior == Truth.UNKNOWN) {
      return Finding.unknown("Whether a restorative process has already taken place is not"
              + " stated.",
          "Le dossier n'indique pas si un processus réparateur a déjà eu lieu.", List.of(PATH));
    }
    if (prior == Truth.YES) {
      return Finding.notMet("A restorative process has already taken place for this offending.",
          "Un processus réparateur a déjà eu lieu pour ces infractions.", List.of(PATH));
    }
    return Finding.met("No restorative process has taken place for this offending.",
        "Aucun processus réparateur n'a eu lieu pour ces infractions.", List.of(PATH));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
