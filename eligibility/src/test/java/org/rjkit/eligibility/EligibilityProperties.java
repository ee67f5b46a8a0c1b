package org.rjkit.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.consent.ConsentRecord;
import org.rjkit.core.language.Language;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.core.truth.Truth;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.eligibility.screening.Eligibility;

/** Laws every programme obeys, whatever the case. */
class EligibilityProperties {

  @Provide
  Arbitrary<Tuple.Tuple2<String, ScreeningRequest>> requests() {
    return ScreeningArbitraries.requests();
  }

  @Property
  void the_same_request_always_gets_the_same_decision(
      @ForAll("requests") Tuple.Tuple2<String, ScreeningRequest> r) {
    Decision first = Eligibility.screen(r.get2());
    Decision second = Eligibility.screen(r.get2());
    assertEquals(first, second, r.get1());
    Statistics.label("outcome").collect(first.outcome());
    Statistics.label("outcome").coverage(c -> {
      for (Outcome o : Outcome.values()) {
        c.check(o).percentage(p -> p > 2);
      }
    });
  }

  @Property
  void one_rule_not_met_makes_the_case_ineligible_and_review_comes_before_missing_facts(
      @ForAll("requests") Tuple.Tuple2<String, ScreeningRequest> r) {
    Decision d = Eligibility.screen(r.get2());
    List<RuleStatus> statuses = d.rules().stream().map(RuleResult::status).toList();
    Outcome expected = statuses.contains(RuleStatus.NOT_MET) ? Outcome.INELIGIBLE
        : statuses.contains(RuleStatus.REVIEW) ? Outcome.MANUAL_REVIEW
        : statuses.contains(RuleStatus.UNKNOWN) ? Outcome.NEEDS_INFORMATION
        : Outcome.ELIGIBLE;
    assertEquals(expected, d.outcome(), r.get1());
    for (Phase phase : Phase.values()) {
      boolean notMet = d.rules().stream()
          .anyMatch(x -> x.phase() == phase && x.status() == RuleStatus.NOT_MET);
      assertEquals(notMet, d.phases().get(phase) == Outcome.INELIGIBLE, r.get1());
    }
  }

  @Property
  void a_case_is_eligible_only_when_every_rule_is_met(
      @ForAll("requests") Tuple.Tuple2<String, ScreeningRequest> r) {
    Decision d = Eligibility.screen(r.get2());
    assertEquals(d.rules().stream().allMatch(x -> x.status() == RuleStatus.MET), d.isEligible(),
        r.get1());
    assertEquals(r.get2().asOf(), d.asOf());
    assertEquals(r.get2().programme(), d.programme());
  }

  @Property
  void every_decision_that_is_not_eligible_names_a_rule_with_a_reason_in_both_languages(
      @ForAll("requests") Tuple.Tuple2<String, ScreeningRequest> r) {
    Decision d = Eligibility.screen(r.get2());
    if (!d.isEligible()) {
      List<RuleResult> deciding = d.rules().stream()
          .filter(x -> x.status() != RuleStatus.MET).toList();
      assertFalse(deciding.isEmpty(), r.get1());
      for (RuleResult x : deciding) {
        assertFalse(x.reason().in(Language.EN).isBlank(), r.get1());
        assertFalse(x.reason().in(Language.FR).isBlank(), r.get1());
        assertFalse(x.reason().in(Language.EN).equals(x.reason().in(Language.FR)), r.get1());
        assertFalse(x.citations().isEmpty(), r.get1());
      }
    }
  }

  @Property
  void missing_facts_are_exactly_those_of_the_unknown_rules_in_rule_order(
      @ForAll("requests") Tuple.Tuple2<String, ScreeningRequest> r) {
    Decision d = Eligibility.screen(r.get2());
    LinkedHashSet<String> union = new LinkedHashSet<>();
    for (RuleResult x : d.rules()) {
      assertEquals(x.status() == RuleStatus.UNKNOWN, !x.missingFacts().isEmpty(), r.get1());
      assertTrue(x.facts().containsAll(x.missingFacts()), r.get1());
      union.addAll(x.missingFacts());
    }
    assertEquals(List.copyOf(union), d.missingFacts(), r.get1());
    if (d.outcome() == Outcome.NEEDS_INFORMATION) {
      assertFalse(d.missingFacts().isEmpty(), r.get1());
    }
  }

  @Property
  void withdrawing_a_consent_never_makes_a_case_eligible(
      @ForAll("requests") Tuple.Tuple2<String, ScreeningRequest> r,
      @ForAll("withdrawalDays") int daysBeforeAsOf) {
    ScreeningRequest request = r.get2();
    List<ConsentRecord> records = request.caseFile().consents().records();
    Decision before = Eligibility.screen(request);
    for (int i = 0; i < records.size(); i++) {
      ConsentRecord c = records.get(i);
      if (c.withdrawnOn().isPresent()) {
        continue;  // already withdrawn: moving the date is not a withdrawal
      }
      LocalDate on = request.asOf().minusDays(daysBeforeAsOf);
      if (on.isBefore(c.givenOn())) {
        on = c.givenOn();
      }
      List<ConsentRecord> changed = new ArrayList<>(records);
      changed.set(i, c.withdrawn(on));
      Decision after = Eligibility.screen(withCase(request,
          request.caseFile().toBuilder().consents(changed).build()));
      assertTrue(!after.isEligible() || before.isEligible(), r.get1() + " withdrawing " + i);
      Statistics.label("withdrawal").collect(before.outcome() + " -> " + after.outcome());
    }
  }

  @Provide
  Arbitrary<Integer> withdrawalDays() {
    return Arbitraries.integers().between(-30, 60);
  }

  @Property
  void forgetting_a_known_fact_never_turns_an_ineligible_case_eligible(
      @ForAll("requests") Tuple.Tuple2<String, ScreeningRequest> r,
      @ForAll("forgettings") String forget) {
    ScreeningRequest request = r.get2();
    Decision before = Eligibility.screen(request);
    CaseFile c = request.caseFile();
    CaseFile.Builder b = c.toBuilder();
    switch (forget) {
      case "stage" -> b.stage(Optional.empty());
      case "jurisdiction" -> b.jurisdiction(Optional.empty());
      case "sentences" -> b.sentences(Optional.empty());
      case "supervision" -> b.supervision(Optional.empty());
      case "offences" -> b.offences(Optional.empty());
      case "court" -> b.court(Optional.empty());
      case "safety" -> b.safetyAssessments(List.of());
      case "consents" -> b.consents(List.of());
      case "prosecution" -> b.prosecution(org.rjkit.core.casefile.Prosecution.UNKNOWN);
      case "prior" -> b.priorRestorativeProcess(Truth.UNKNOWN);
      case "service" -> b.restorativeServiceAvailable(Truth.UNKNOWN);
      case "responsibility" -> c.offender().ifPresent(o ->
          b.replaceParticipant(o.withAcceptsResponsibility(Truth.UNKNOWN)));
      default -> throw new IllegalArgumentException(forget);
    }
    Decision after = Eligibility.screen(withCase(request, b.build()));
    if (before.outcome() == Outcome.INELIGIBLE) {
      assertFalse(after.isEligible(), r.get1() + " forgetting " + forget);
    }
    Statistics.label("forgetting").collect(before.outcome() + " -> " + after.outcome());
  }

  @Provide
  Arbitrary<String> forgettings() {
    return Arbitraries.of("stage", "jurisdiction", "sentences", "supervision", "offences",
        "court", "safety", "consents", "prosecution", "prior", "service", "responsibility");
  }

  static ScreeningRequest withCase(ScreeningRequest r, CaseFile c) {
    return new ScreeningRequest(r.programme(), r.requesterId(), r.asOf(), c);
  }
}
