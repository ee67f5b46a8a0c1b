package org.rjkit.eligibility.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.truth.Truth;

/**
 * The accused was advised of the right to counsel ({@code advisedOfRightToCounsel}, Criminal
 * Code s.717(1)(d)) and, when required, given a reasonable opportunity to consult counsel
 * ({@code hadReasonableOpportunityToConsultCounsel}, YCJA s.10(2)(d)).
 *
 * <p>Programmes name the condition they mean with {@link #rightToCounsel()} or
 * {@link #rightToCounselAndOpportunityToConsult()}.
 *
 * @param reasonableOpportunityRequired the opportunity to consult counsel is also required
 * @since 1.0
 */
public record CounselAdvised(boolean reasonableOpportunityRequired) implements RuleDefinition {

  /**
   * The accused was advised of the right to counsel (Criminal Code s.717(1)(d)).
   *
   * @return the definition, without the opportunity to consult
   */
  public static CounselAdvised rightToCounsel() {
    return new CounselAdvised(false);
  }

  /**
   * The accused was advised of the right to counsel and given a reasonable opportunity to
   * consult counsel (YCJA s.10(2)(d)).
   *
   * @return the definition, with the opportunity to consult
   */
  public static CounselAdvised rightToCounselAndOpportunityToConsult() {
    return new CounselAdvised(true);
  }

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    Optional<Offender> offender = facts.offender();
    if (offender.isEmpty()) {
      return facts.offenderUnknown();
    }
    Offender o = offender.get();
    String advised = ScreeningFacts.participant(o.id(), "advisedOfRightToCounsel");
    String opportunity = ScreeningFacts.participant(o.id(), "hadReasonableOpportunityToConsultCounsel");
    List<String> used = new ArrayList<>(2);
    used.add(advised);
    if (reasonableOpportunityRequired) {
      used.add(opportunity);
    }
    if (o.advisedOfRightToCounsel() == Truth.NO) {
      return Finding.notMet(Finding.text("reason.CounselAdvised.notAdvised"), List.of(advised));
    }
    if (reasonableOpportunityRequired
        && o.hadReasonableOpportunityToConsultCounsel() == Truth.NO) {
      return Finding.notMet(Finding.text("reason.CounselAdvised.noOpportunity"),
          List.of(opportunity));
    }
    List<String> missing = new ArrayList<>(2);
    if (o.advisedOfRightToCounsel() == Truth.UNKNOWN) {
      missing.add(advised);
    }
    if (reasonableOpportunityRequired && o.hadReasonableOpportunityToConsultCounsel() == Truth.UNKNOWN) {
      missing.add(opportunity);
    }
    if (!missing.isEmpty()) {
      return Finding.unknown(Finding.text(reasonableOpportunityRequired
              ? "reason.CounselAdvised.unknownWithOpportunity" : "reason.CounselAdvised.unknown"),
          used, missing);
    }
    return Finding.met(Finding.text(reasonableOpportunityRequired
        ? "reason.CounselAdvised.metWithOpportunity" : "reason.CounselAdvised.met"), used);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
