package org.rjkit.eligibility.rule;

import java.util.List;
import org.rjkit.core.language.Message;

/**
 * The victim's participation is not required: whatever the victims do (consent, decline,
 * withdraw), this rule is MET. It exists to make visible in every decision that the programme
 * proceeds without the victim (Québec PMRG, QC-7), so that a reader does not take the absence of
 * a victim rule for an oversight.
 *
 * @since 1.0
 */
public record VictimParticipationNotRequired() implements RuleDefinition {

  private static final Message REASON = Message.of("reason.VictimParticipationNotRequired.met");

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    return Finding.met(REASON, List.of());
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
