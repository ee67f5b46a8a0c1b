package org.rjkit.eligibility.rule;

import java.util.List;

/**
 * The victim's participation is not required: whatever the victims do (consent, decline,
 * withdraw), this rule is MET. It exists to make visible in every decision that the programme
 * proceeds without the victim (Québec PMRG, QC-7), so that a reader does not take the absence of
 * a victim rule for an oversight.
 */
public record VictimParticipationNotRequired() implements RuleDefinition {

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    return Finding.met("The programme can proceed without the victim: a victim who declines or"
            + " withdraws does not change the outcome.",
        "Le programme peut se dérouler sans la victime : la victime qui refuse ou se retire ne"
            + " change pas l'issue.", List.of());
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
