package org.rjkit.eligibility.rule;

import java.util.List;
import java.util.Optional;

/**
 * A suitable restorative justice service or facilitator is available
 * ({@code restorativeServiceAvailable}). False: NOT_MET; absent: UNKNOWN.
 */
public record RestorativeServiceAvailable() implements RuleDefinition {

  private static final String PATH = "restorativeServiceAvailable";

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    Optional<Boolean> available = facts.caseFile().restorativeServiceAvailable();
    if (available.isEmpty()) {
      return Finding.unknown("Whether a suitable restorative service is available is not"
              + " stated.",
          "Le dossier n'indique pas si un service de justice réparatrice convenable est"
              + " disponible.", List.of(PATH));
    }
    if (!available.get()) {
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
