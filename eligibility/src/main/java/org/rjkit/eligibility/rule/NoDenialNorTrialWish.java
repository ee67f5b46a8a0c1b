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
      return Finding.notMet("The accused denies participation or involvement in the offence.",
          "L'accusé nie toute participation à l'infraction.", List.of(denies));
    }
    if (o.wantsTrial() == Truth.YES) {
      return Finding.notMet("The accused wishes the charge to be dealt with by the court.",
          "L'accusé souhaite que l'accusation soit portée devant le tribunal.", List.of(trial));
    }
    List<String> missing = new ArrayList<>(2);
    if (o.deniesInvolvement() == Truth.UNKNOWN) {
      missing.add(denies);
    }
    if (o.wantsTrial() == Truth.UNKNOWN) {
      missing.add(trial);
    }
    if (!missing.isEmpty()) {
      return Finding.unknown("Whether the accused denies involvement or wishes a trial is not"
              + " stated.",
          "Le dossier n'indique pas si l'accusé nie sa participation ou souhaite un procès.",
          List.of(denies, trial), missing);
    }
    return Finding.met("The accused does not deny involvement and does not wish the charge to be"
            + " dealt with by the court.",
        "L'accusé ne nie pas sa participation et ne souhaite pas que l'accusation soit portée"
            + " devant le tribunal.", List.of(denies, trial));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
