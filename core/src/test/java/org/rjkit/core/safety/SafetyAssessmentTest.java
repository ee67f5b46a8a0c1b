package org.rjkit.core.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SafetyAssessmentTest {

  private static final SafetyAssessment LOW_IN_OCTOBER =
      new SafetyAssessment(LocalDate.of(2026, 10, 5), RiskLevel.LOW);
  private static final SafetyAssessment DANGER_IN_NOVEMBER =
      new SafetyAssessment(LocalDate.of(2026, 11, 10), RiskLevel.DANGER);

  @Test
  void the_latest_assessment_on_or_before_the_date_counts_whatever_the_list_order() {
    List<SafetyAssessment> list = List.of(DANGER_IN_NOVEMBER, LOW_IN_OCTOBER);
    assertEquals(Optional.of(DANGER_IN_NOVEMBER),
        SafetyAssessment.latestOn(list, LocalDate.of(2026, 11, 21)));
    assertEquals(Optional.of(DANGER_IN_NOVEMBER),
        SafetyAssessment.latestOn(list, LocalDate.of(2026, 11, 10)));
  }

  @Test
  void on_the_latest_day_the_most_severe_assessment_counts_whatever_the_list_order() {
    SafetyAssessment lowSameDay = new SafetyAssessment(LocalDate.of(2026, 11, 10), RiskLevel.LOW);
    assertEquals(Optional.of(DANGER_IN_NOVEMBER), SafetyAssessment.latestOn(
        List.of(DANGER_IN_NOVEMBER, lowSameDay), LocalDate.of(2026, 11, 21)));
    assertEquals(Optional.of(DANGER_IN_NOVEMBER), SafetyAssessment.latestOn(
        List.of(lowSameDay, DANGER_IN_NOVEMBER), LocalDate.of(2026, 11, 21)));
    SafetyAssessment lowLater = new SafetyAssessment(LocalDate.of(2026, 11, 11), RiskLevel.LOW);
    assertEquals(Optional.of(lowLater), SafetyAssessment.latestOn(
        List.of(lowLater, DANGER_IN_NOVEMBER), LocalDate.of(2026, 11, 21)));
  }

  @Test
  void an_assessment_made_after_the_date_does_not_count() {
    assertEquals(Optional.of(LOW_IN_OCTOBER), SafetyAssessment.latestOn(
        List.of(LOW_IN_OCTOBER, DANGER_IN_NOVEMBER), LocalDate.of(2026, 11, 1)));
    assertEquals(Optional.empty(), SafetyAssessment.latestOn(
        List.of(LOW_IN_OCTOBER), LocalDate.of(2026, 10, 4)));
  }
}
