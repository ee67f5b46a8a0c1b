package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkNotNull;

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
 * {@link #rightToCounselAndOpportunityToConsult()}, or with the {@link Extent} it requires: no
 * boolean in a programme definition.
 *
 * @param extent what the accused must have had, not null
 * @since 1.0
 */
public record CounselAdvised(Extent extent) implements RuleDefinition {

  /** What the condition requires of the accused. */
  public enum Extent {
    /** Advised of the right to counsel (Criminal Code s.717(1)(d)). */
    RIGHT_TO_COUNSEL,
    /**
     * Advised of the right to counsel and given a reasonable opportunity to consult counsel
     * (YCJA s.10(2)(d)).
     */
    RIGHT_TO_COUNSEL_AND_OPPORTUNITY_TO_CONSULT
  }

  /**
   * Checks the extent.
   *
   * @param extent what the accused must have had, not null
   */
  public CounselAdvised {
    checkNotNull(extent, "extent");
  }

  /**
   * The accused was advised of the right to counsel (Criminal Code s.717(1)(d)).
   *
   * @return the definition, without the opportunity to consult
   */
  public static CounselAdvised rightToCounsel() {
    return new CounselAdvised(Extent.RIGHT_TO_COUNSEL);
  }

  /**
   * The accused was advised of the right to counsel and given a reasonable opportunity to
   * consult counsel (YCJA s.10(2)(d)).
   *
   * @return the definition, with the opportunity to consult
   */
  public static CounselAdvised rightToCounselAndOpportunityToConsult() {
    return new CounselAdvised(Extent.RIGHT_TO_COUNSEL_AND_OPPORTUNITY_TO_CONSULT);
  }

  /**
   * Whether the opportunity to consult counsel is required too: the rule-set document's
   * {@code reasonableOpportunityRequired}.
   *
   * @return true for {@link Extent#RIGHT_TO_COUNSEL_AND_OPPORTUNITY_TO_CONSULT}
   */
  public boolean reasonableOpportunityRequired() {
    return extent == Extent.RIGHT_TO_COUNSEL_AND_OPPORTUNITY_TO_CONSULT;
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
    boolean reasonableOpportunityRequired = reasonableOpportunityRequired();
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
