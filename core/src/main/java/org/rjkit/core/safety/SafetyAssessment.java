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
 */
public record SafetyAssessment(LocalDate assessedOn, RiskLevel riskToVictim) {

  public SafetyAssessment {
    checkNotNull(assessedOn, "assessedOn");
    checkNotNull(riskToVictim, "riskToVictim");
  }

  /**
   * The latest assessment on or before a date (on the same day, the later in the list).
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
      if (!a.assessedOn().isAfter(on)
          && (latest == null || !a.assessedOn().isBefore(latest.assessedOn()))) {
        latest = a;
      }
    }
    return Optional.ofNullable(latest);
  }
}
