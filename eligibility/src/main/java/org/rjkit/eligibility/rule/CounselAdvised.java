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
 * @param reasonableOpportunityRequired the opportunity to consult counsel is also required
 */
public record CounselAdvised(boolean reasonableOpportunityRequired) implements RuleDefinition {

  @Override
  public Finding evaluate(CaseFacts facts) {
    Optional<Offender> offender = facts.offender();
    if (offender.isEmpty()) {
      return facts.offenderUnknown();
    }
    Offender o = offender.get();
    String advised = CaseFacts.participant(o.id(), "advisedOfRightToCounsel");
    String opportunity = CaseFacts.participant(o.id(), "hadReasonableOpportunityToConsultCounsel");
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
}
