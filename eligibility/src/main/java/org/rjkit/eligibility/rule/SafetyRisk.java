package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.language.Message;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.core.safety.SafetyAssessment;

/**
 * The latest safety assessment on or before {@code asOf} ({@code riskToVictim}) does not show a
 * risk the programme refuses or must review: a level in {@code notMet} is NOT_MET, a level in
 * {@code review} is REVIEW, any other level is MET; no assessment is UNKNOWN.
 *
 * @param notMet the levels at which the case cannot proceed, possibly none
 * @param review the levels at which a decision-maker must review, possibly none; disjoint from
 *     {@code notMet}
 * @since 1.0
 */
public record SafetyRisk(Set<RiskLevel> notMet, Set<RiskLevel> review) implements RuleDefinition {

  /** Danger is NOT_MET, high risk is REVIEW: the rule shared by the built-in programmes. */
  public static final SafetyRisk DANGER_REFUSED_HIGH_REVIEWED =
      new SafetyRisk(Set.of(RiskLevel.DANGER), Set.of(RiskLevel.HIGH));

  private static final Map<RiskLevel, Message> MET =
      Finding.byValue("reason.SafetyRisk.met", RiskLevel.class);
  private static final Map<RiskLevel, Message> REVIEW =
      Finding.byValue("reason.SafetyRisk.review", RiskLevel.class);
  private static final Map<RiskLevel, Message> NOT_MET =
      Finding.byValue("reason.SafetyRisk.notMet", RiskLevel.class);

  /** The facts {@code safetyAssessments[i].riskToVictim} of the first assessments, built once. */
  private static final List<List<String>> RISK_FACTS = riskFacts();

  private static List<List<String>> riskFacts() {
    List<List<String>> all = new java.util.ArrayList<>();
    for (int i = 0; i < 16; i++) {
      all.add(List.of("safetyAssessments[" + i + "].riskToVictim"));
    }
    return List.copyOf(all);
  }

  /**
   * Copies the sets in declaration order and checks they are disjoint.
   *
   * @param notMet the levels at which the case cannot proceed, possibly none
   * @param review the levels at which a decision-maker must review, possibly none; disjoint from
   *     {@code notMet}
   */
  public SafetyRisk {
    notMet = notMet.isEmpty() ? ImmutableSet.of() : Sets.immutableEnumSet(notMet);
    review = review.isEmpty() ? ImmutableSet.of() : Sets.immutableEnumSet(review);
    checkArgument(Sets.intersection(notMet, review).isEmpty(),
        "a risk level is either refused or reviewed");
  }

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    List<SafetyAssessment> all = facts.caseFile().safetyAssessments();
    Optional<SafetyAssessment> latest = SafetyAssessment.latestOn(all, facts.asOf());
    if (latest.isEmpty()) {
      return Finding.unknown(Finding.text("reason.SafetyRisk.unknown"),
          List.of("safetyAssessments"));
    }
    int index = -1;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i) == latest.get()) {
        index = i;
      }
    }
    List<String> used = index < RISK_FACTS.size() ? RISK_FACTS.get(index)
        : List.of("safetyAssessments[" + index + "].riskToVictim");
    RiskLevel level = latest.get().riskToVictim();
    if (notMet.contains(level)) {
      return Finding.notMet(NOT_MET.get(level), used);
    }
    if (review.contains(level)) {
      return Finding.review(REVIEW.get(level), used);
    }
    return Finding.met(MET.get(level), used);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
