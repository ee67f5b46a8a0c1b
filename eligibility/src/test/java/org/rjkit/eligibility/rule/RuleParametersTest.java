package org.rjkit.eligibility.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.rjkit.core.casefile.Court;
import org.rjkit.core.casefile.Stage;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.language.LocalizedText;
import org.rjkit.core.offence.OffenceContext;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Plea;
import org.rjkit.core.participant.Role;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.eligibility.Scenario;

/**
 * The rule vocabulary refuses parameters that no programme could mean (a rule that accepts no
 * stage, a safety rule that both refuses and reviews the same level, an age range that is
 * empty), and its shorthand factories build the rule they name.
 */
@DisplayName("Rule vocabulary: parameters")
class RuleParametersTest {

  private static final Citation SOURCE = Citation.of("Instrument", "s. 1");

  @Test
  void a_rule_accepts_at_least_one_stage_court_plea_role_and_context() {
    assertThrows(IllegalArgumentException.class, () -> new StageIn(Set.of()));
    assertThrows(IllegalArgumentException.class, () -> new CourtIn(Set.of()));
    assertThrows(IllegalArgumentException.class, () -> new PleaIn(Set.of()));
    assertThrows(IllegalArgumentException.class,
        () -> RequesterStanding.of(Set.of(), RequesterStanding.Restriction.CO_ACCUSED_EXCLUDED_FROM_VICTIM_SIDE));
    assertThrows(IllegalArgumentException.class,
        () -> new SpecialistAssessmentForContexts(Set.of()));
  }

  @Test
  void the_accepted_values_are_kept_in_declaration_order() {
    assertEquals(List.of(Stage.PRE_CHARGE, Stage.POST_SENTENCE),
        List.copyOf(new StageIn(Set.of(Stage.POST_SENTENCE, Stage.PRE_CHARGE)).stages()));
    assertEquals(Set.of(Court.DISTRICT_COURT), new CourtIn(Set.of(Court.DISTRICT_COURT)).courts());
    assertEquals(Set.of(Plea.GUILTY), new PleaIn(Set.of(Plea.GUILTY)).pleas());
  }

  @Test
  void a_jurisdiction_rule_includes_at_least_one_jurisdiction_and_only_iso_codes() {
    assertThrows(IllegalArgumentException.class, () -> new JurisdictionIn(Set.of(), Set.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new JurisdictionIn(Set.of("Canada"), Set.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new JurisdictionIn(Set.of("CA"), Set.of("Québec")));
    assertEquals(new JurisdictionIn(Set.of("CA-QC"), Set.of()), JurisdictionIn.of("CA-QC"));
  }

  @Test
  void an_offence_exclusion_excludes_at_least_one_category_or_context() {
    assertThrows(IllegalArgumentException.class,
        () -> new OffenceExclusions(Set.of(), Set.of()));
    assertEquals(Set.of(OffenceContext.HATE),
        new OffenceExclusions(Set.of(), Set.of(OffenceContext.HATE)).contexts());
  }

  @Test
  void a_consent_rule_names_at_least_one_party_and_one_form() {
    assertThrows(IllegalArgumentException.class,
        () -> new ConsentOfParties(Set.of(), Set.of(ConsentForm.WRITTEN)));
    assertThrows(IllegalArgumentException.class,
        () -> new ConsentOfParties(Set.of(ConsentParty.OFFENDER), Set.of()));
    assertEquals(new ConsentOfParties(Set.of(ConsentParty.REQUESTER),
            EnumSet.allOf(ConsentForm.class)),
        ConsentOfParties.anyForm(ConsentParty.REQUESTER));
  }

  @Test
  void a_safety_rule_either_refuses_or_reviews_a_level_never_both() {
    assertThrows(IllegalArgumentException.class,
        () -> new SafetyRisk(Set.of(RiskLevel.HIGH), Set.of(RiskLevel.HIGH, RiskLevel.MODERATE)));
    assertEquals(Set.of(), new SafetyRisk(Set.of(), Set.of(RiskLevel.DANGER)).notMet());
  }

  @Test
  void an_age_range_starts_at_zero_or_more_and_its_upper_bound_is_above_the_minimum() {
    assertThrows(IllegalArgumentException.class, () -> AgeOnOffenceDates.atLeast(-1));
    assertThrows(IllegalArgumentException.class, () -> AgeOnOffenceDates.between(12, 12));
    assertThrows(IllegalArgumentException.class, () -> AgeOnOffenceDates.between(18, 12));
    assertEquals(new AgeOnOffenceDates(12, Optional.of(13)), AgeOnOffenceDates.between(12, 13));
    assertEquals(new AgeOnOffenceDates(0, Optional.empty()), AgeOnOffenceDates.atLeast(0));
  }

  @Test
  void after_expiry_and_under_a_no_contact_order_the_result_is_review_or_not_met() {
    for (RuleStatus undecided : List.of(RuleStatus.MET, RuleStatus.UNKNOWN)) {
      assertThrows(IllegalArgumentException.class, () -> new StillUnderSentence(undecided));
      assertThrows(IllegalArgumentException.class, () -> new NoContactOrders(undecided));
    }
  }

  @Test
  void a_programmes_own_minimum_term_is_positive() {
    assertThrows(IllegalArgumentException.class, () -> FederalSentence.atLeast(Period.ZERO));
    assertThrows(IllegalArgumentException.class, () -> FederalSentence.atLeast(Period.of(1, -12, 0)));
    assertEquals(Optional.of(Period.ofMonths(6)),
        FederalSentence.atLeast(Period.ofMonths(6)).minimumTerm());
  }

  @Test
  void a_rule_has_an_id_of_upper_case_letters_digits_and_hyphens() {
    RuleDefinition d = new AcceptsResponsibility();
    LocalizedText policy = LocalizedText.of("Policy.", "Politique.");
    assertThrows(IllegalArgumentException.class,
        () -> new Rule("ex-stage", Phase.ELIGIBILITY, policy, List.of(SOURCE), List.of(), d));
    assertThrows(IllegalArgumentException.class,
        () -> new Rule("EX--STAGE", Phase.ELIGIBILITY, policy, List.of(SOURCE), List.of(), d));
  }

  @Test
  void a_rule_cites_at_least_one_source_and_names_catalogue_rows_by_their_ids() {
    RuleDefinition d = new AcceptsResponsibility();
    LocalizedText policy = LocalizedText.of("Policy.", "Politique.");
    assertThrows(IllegalArgumentException.class,
        () -> new Rule("EX-1", Phase.ELIGIBILITY, policy, List.of(), List.of(), d));
    assertThrows(IllegalArgumentException.class,
        () -> new Rule("EX-1", Phase.ELIGIBILITY, policy, List.of(SOURCE), List.of("CA RO 13"), d));
    Rule built = Rule.builder("EX-1", Phase.SUITABILITY).policy("Policy.", "Politique.")
        .cites(SOURCE).rows("CA-RO-13", "NZ-1b").is(d);
    assertEquals(new Rule("EX-1", Phase.SUITABILITY, policy, List.of(SOURCE),
        List.of("CA-RO-13", "NZ-1b"), d), built);
  }

  @Test
  void a_case_is_screened_for_a_requester_who_is_a_participant_of_it() {
    ScreeningFacts facts = Facts.of(Scenario.registeredVictimOfOffenderServingThreeYears());
    assertThrows(IllegalArgumentException.class,
        () -> new ScreeningFacts(facts.caseFile(), ParticipantId.of("P9"), facts.asOf()));
  }

  @Test
  void a_finding_names_missing_facts_exactly_when_it_is_unknown_and_among_the_facts_used() {
    LocalizedText why = LocalizedText.of("Why.", "Pourquoi.");
    assertThrows(IllegalArgumentException.class,
        () -> new Finding(RuleStatus.UNKNOWN, why, List.of("stage"), List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new Finding(RuleStatus.MET, why, List.of("stage"), List.of("stage")));
    assertThrows(IllegalArgumentException.class,
        () -> new Finding(RuleStatus.UNKNOWN, why, List.of("stage"), List.of("court")));
    assertThrows(IllegalArgumentException.class,
        () -> Finding.of(RuleStatus.UNKNOWN, why, List.of("stage")));
    assertEquals(List.of("stage", "court"),
        new Finding(RuleStatus.REVIEW, why, List.of("stage", "court", "stage"), List.of()).facts());
  }
}
