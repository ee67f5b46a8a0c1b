package org.rjkit.eligibility.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.truth.Truth;

/**
 * The accused does not deny participation or involvement ({@code deniesInvolvement}) and does not
 * wish the charge to be dealt with by the court ({@code wantsTrial}) (Criminal Code s.717(2),
 * YCJA s.10(3)). Either true: NOT_MET; both false: MET; otherwise UNKNOWN.
 *
 * @since 1.0
 */
public record NoDenialNorTrialWish() implements RuleDefinition {

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    Optional<Offender> offender = facts.offender();
    if (offender.isEmpty()) {
      return facts.offenderUnknown();
    }
    Offender o = offender.get();
    String denies = ScreeningFacts.participant(o.id(), "deniesInvolvement");
    String trial = ScreeningFacts.participant(o.id(), "wantsTrial");
    if (o.deniesInvolvement() == Truth.YES) {
      return Finding.notMet(Finding.text("reason.NoDenialNorTrialWish.denies"), List.of(denies));
    }
    if (o.wantsTrial() == Truth.YES) {
      return Finding.notMet(Finding.text("reason.NoDenialNorTrialWish.trial"), List.of(trial));
    }
    List<String> missing = new ArrayList<>(2);
    if (o.deniesInvolvement() == Truth.UNKNOWN) {
      missing.add(denies);
    }
    if (o.wantsTrial() == Truth.UNKNOWN) {
      missing.add(trial);
    }
    if (!missing.isEmpty()) {
      return Finding.unknown(Finding.text("reason.NoDenialNorTrialWish.unknown"),
          List.of(denies, trial), missing);
    }
    return Finding.met(Finding.text("reason.NoDenialNorTrialWish.met"), List.of(denies, trial));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
