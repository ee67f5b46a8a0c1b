package org.rjkit.eligibility.rule;

import java.util.List;
import org.rjkit.core.truth.Truth;

/**
 * A suitable restorative justice service or facilitator is available
 * ({@code restorativeServiceAvailable}). False: NOT_MET; absent: UNKNOWN.
 */
public record RestorativeServiceAvailable() implements RuleDefinition {

  private static final String PATH = "restorativeServiceAvailable";

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    Truth available = facts.caseFile().restorativeServiceAvailable();
    if (available == Truth.UNKNOWN) {
      return Finding.unknown("Whether a suitable restorative service is available is not"
              + " stated.",
          "Le dossier n'indique pas si un service de justice réparatrice convenable est"
              + " disponible.", List.of(PATH));
    }
    if (available == Truth.NO) {
      return Finding.notMet("No suitable restorative justice service is available.",
          "Aucun service de justice réparatrice convenable n'est disponible.", List.of(PATH));
    }
    return Finding.met("A suitable restorative justice service is available.",
        "Un service de justice réparatrice convenable est disponible.", List.of(PATH));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
