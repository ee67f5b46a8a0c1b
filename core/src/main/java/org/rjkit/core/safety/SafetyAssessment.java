package org.rjkit.core.safety;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A safety assessment of the case on a date.
 *
 * @param assessedOn the date of the assessment
 * @param riskToVictim the assessed risk to the victim
 * @since 1.0
 */
public record SafetyAssessment(LocalDate assessedOn, RiskLevel riskToVictim) {

  /**
   * Checks the components.
   *
   * @param assessedOn the date of the assessment
   * @param riskToVictim the assessed risk to the victim
   */
  public SafetyAssessment {
    checkNotNull(assessedOn, "assessedOn");
    checkNotNull(riskToVictim, "riskToVictim");
  }

  /**
   * The assessment that counts on a date (programmes.md, "current safety"): among the
   * assessments on the latest date on or before it, the most severe level (a same-day
   * {@code DANGER} is never hidden by a {@code LOW}). The order of the list never changes the
   * result.
   *
   * @param assessments not null
   * @param on not null
   * @return the assessment that counts, if any
   */
  public static Optional<SafetyAssessment> latestOn(List<SafetyAssessment> assessments,
      LocalDate on) {
    checkNotNull(on, "on");
    SafetyAssessment latest = null;
    for (SafetyAssessment a : assessments) {
      if (!a.assessedOn().isAfter(on) && (latest == null
          || a.assessedOn().isAfter(latest.assessedOn())
          || (a.assessedOn().equals(latest.assessedOn())
              && a.riskToVictim().compareTo(latest.riskToVictim()) > 0))) {
        latest = a;
      }
    }
    return Optional.ofNullable(latest);
  }
}
