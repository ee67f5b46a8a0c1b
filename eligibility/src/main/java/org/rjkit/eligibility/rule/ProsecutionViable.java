package org.rjkit.eligibility.rule;

import java.util.ArrayList;
import java.util.List;
import org.rjkit.core.casefile.Prosecution;
import org.rjkit.core.truth.Truth;

/**
 * The prosecutor considers there is sufficient evidence to proceed
 * ({@code prosecution.sufficientEvidence}) and prosecution is not barred at law
 * ({@code prosecution.barredAtLaw}) (Criminal Code s.717(1)(f),(g); YCJA s.10(2)(f),(g)).
 */
public record ProsecutionViable() implements RuleDefinition {

  private static final String EVIDENCE = "prosecution.sufficientEvidence";
  private static final String BARRED = "prosecution.barredAtLaw";

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    Prosecution p = facts.caseFile().prosecution();
    if (p.sufficientEvidence() == Truth.NO) {
      return Finding.notMet("The prosecutor does not consider there is sufficient evidence to"
              + " proceed.",
          "Le poursuivant n'estime pas disposer d'une preuve suffisante pour agir.",
          List.of(EVIDENCE));
    }
    if (p.barredAtLaw() == Truth.YES) {
      return Finding.notMet("Prosecution of the offence is barred at law.",
          "La poursuite de l'infraction est interdite par une règle de droit.", List.of(BARRED));
    }
    List<String> missing = new ArrayList<>(2);
    if (p.sufficientEvidence() == Truth.UNKNOWN) {
      missing.add(EVIDENCE);
    }
    if (p.barredAtLaw() == Truth.UNKNOWN) {
      missing.add(BARRED);
    }
    if (!missing.isEmpty()) {
      return Finding.unknown("The prosecutor's position on the evidence, or whether prosecution"
              + " is barred, is not stated.",
          "La position du poursuivant sur la preuve, ou la question de savoir si la poursuite"
              + " est interdite, n'est pas indiquée.", List.of(EVIDENCE, BARRED), missing);
    }
    return Finding.met("The prosecutor considers there is sufficient evidence, and prosecution is"
            + " not barred at law.",
        "Le poursuivant estime la preuve suffisante, et la poursuite n'est pas interdite par"
            + " une règle de droit.", List.of(EVIDENCE, BARRED));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
