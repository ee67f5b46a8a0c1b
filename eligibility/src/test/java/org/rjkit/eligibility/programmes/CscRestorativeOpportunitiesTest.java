package org.rjkit.eligibility.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.eligibility.Scenario.registeredVictimOfOffenderServingThreeYears;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.language.Language;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.RuleTables;

/**
 * CSC Restorative Opportunities (programmes.md), rule by rule. Each row starts from the same
 * case: a registered victim (P1) asks to communicate with the offender (P2), in custody serving
 * three years for a robbery; both consented in writing in October 2026; the latest risk is LOW;
 * decided on 21 November 2026. The last column lists the rules that are not met (or are open).
 */
@DisplayName("ca-csc-restorative-opportunities")
class CscRestorativeOpportunitiesTest {

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # scenario                                                  | changes to the case                                          | outcome           | rules not met or open
      the starting case                                           | none                                                         | ELIGIBLE          | -
      # 1. Stage (CA-RO-1)
      the offender is convicted but not yet sentenced             | stage PRE_SENTENCE                                           | INELIGIBLE        | CSC-RO-POST-SENTENCE
      the accused is only charged                                 | stage POST_CHARGE                                            | INELIGIBLE        | CSC-RO-POST-SENTENCE
      the stage is not stated                                     | no stage                                                     | NEEDS_INFORMATION | CSC-RO-POST-SENTENCE
      # 2. Requester standing (CA-RO-6, 10, 11)
      the victim's spouse asks                                    | add victim-family P3 of P1 SPOUSE; requester P3; consent P3 given 2026-10-02 WRITTEN | ELIGIBLE | -
      the victim's spouse asks but is a co-accused                | add victim-family P3 of P1 SPOUSE co-accused; requester P3; consent P3 given 2026-10-02 WRITTEN | INELIGIBLE | CSC-RO-REQUESTER-STANDING
      the victim's representative asks                           | add representative P4 for P1; requester P4; consent P4 given 2026-10-02 WRITTEN | ELIGIBLE | -
      the victim's representative is a co-accused                 | add representative P4 for P1 co-accused; requester P4; consent P4 given 2026-10-02 WRITTEN | INELIGIBLE | CSC-RO-REQUESTER-STANDING
      the victim is charged in the same offence                   | victim co-accused                                            | INELIGIBLE        | CSC-RO-REQUESTER-STANDING
      a member of the offender's family asks                      | add offender-family P5 of P2; requester P5; consent P5 given 2026-10-02 WRITTEN | ELIGIBLE | -
      a co-accused of the offender's family keeps that standing   | add offender-family P5 of P2 co-accused; requester P5; consent P5 given 2026-10-02 WRITTEN | ELIGIBLE | -
      the offender asks through staff                             | requester P2                                                 | ELIGIBLE          | -
      a supporter asks (and has not consented)                    | add supporter P6; requester P6                               | INELIGIBLE        | CSC-RO-REQUESTER-STANDING CSC-RO-CONSENT
      # 3. Federal sentence, Criminal Code s.743.1 (CA-RO-13, 14, 15)
      exactly two years is federal                                | term P2Y                                                     | ELIGIBLE          | -
      two years less a day is provincial                          | term P2Y-1D                                                  | INELIGIBLE        | CSC-RO-FEDERAL-SENTENCE
      two years from 29 February is federal                       | term P2Y starting 2024-02-29                                 | ELIGIBLE          | -
      twelve months and twelve months consecutive is federal      | consecutive P12M+P12M                                        | ELIGIBLE          | -
      one year and a year less a day consecutive is provincial    | consecutive P1Y+P1Y-1D                                       | INELIGIBLE        | CSC-RO-FEDERAL-SENTENCE
      two concurrent terms of eighteen months are provincial      | concurrent P18M+P18M                                         | INELIGIBLE        | CSC-RO-FEDERAL-SENTENCE
      imprisonment for life is federal                            | life                                                         | ELIGIBLE          | -
      an indeterminate sentence is federal                        | indeterminate                                                | ELIGIBLE          | -
      a conditional sentence of two years is never federal        | conditional sentence P2Y                                     | INELIGIBLE        | CSC-RO-FEDERAL-SENTENCE
      probation is never federal                                  | probation P3Y                                                | INELIGIBLE        | CSC-RO-FEDERAL-SENTENCE
      a fine is never federal                                     | fine                                                         | INELIGIBLE        | CSC-RO-FEDERAL-SENTENCE
      the case states that there is no sentence                   | no sentence                                                  | INELIGIBLE        | CSC-RO-FEDERAL-SENTENCE
      the case does not state the sentences                       | sentences unknown                                            | NEEDS_INFORMATION | CSC-RO-FEDERAL-SENTENCE
      730 days with no start date may or may not be two years     | undated term P730D                                           | NEEDS_INFORMATION | CSC-RO-FEDERAL-SENTENCE
      three years with no start date is two years from any start  | undated term P3Y                                             | ELIGIBLE          | -
      # 4. Still under sentence (CA-RO-16, 17, 19)
      on day parole                                               | supervision DAY_PAROLE                                       | ELIGIBLE          | -
      on full parole                                              | supervision FULL_PAROLE                                      | ELIGIBLE          | -
      on statutory release                                        | supervision STATUTORY_RELEASE                                | ELIGIBLE          | -
      under long-term supervision (a deemed offender)             | supervision LONG_TERM_SUPERVISION                            | ELIGIBLE          | -
      the warrant has expired                                     | supervision WARRANT_EXPIRED                                  | MANUAL_REVIEW     | CSC-RO-UNDER-SENTENCE
      no status and three years from January 2022 have ended      | no supervision status                                        | MANUAL_REVIEW     | CSC-RO-UNDER-SENTENCE
      no status and six years from January 2022 are still running | no supervision status; term P6Y                              | ELIGIBLE          | -
      no status and the day the chain ends is no longer served    | no supervision status; term P2Y starting 2024-11-21          | MANUAL_REVIEW     | CSC-RO-UNDER-SENTENCE
      no status and the day before the chain ends is served       | no supervision status; term P2Y starting 2024-11-22          | ELIGIBLE          | -
      no status and consecutive terms still running               | no supervision status; consecutive P3Y+P3Y                   | ELIGIBLE          | -
      no status and a life sentence never expires                 | no supervision status; life                                  | ELIGIBLE          | -
      no status and no start date                                 | no supervision status; undated term P3Y                      | NEEDS_INFORMATION | CSC-RO-UNDER-SENTENCE
      neither status nor sentences                                | no supervision status; sentences unknown                     | NEEDS_INFORMATION | CSC-RO-FEDERAL-SENTENCE CSC-RO-UNDER-SENTENCE
      # --- Issue 8, CSC rules 3 and 4 (branch h1-input): begin ---
      # 3. The aggregate is the sum of the terms, anchored at the chain's start (Criminal Code s.743.1(1)(c), "in the aggregate"; programmes.md "Common facts")
      one month then 23 months from 31 January is federal         | consecutive P1M+P23M from 2025-01-31                         | ELIGIBLE          | -
      23 months then one month from 31 January is federal         | consecutive P23M+P1M from 2025-01-31                         | ELIGIBLE          | -
      the chain ends on its start plus the sum of its terms       | no supervision status; consecutive P1M+P35M from 2025-01-31; as of 2028-01-29 | ELIGIBLE | -
      # 3. Long-term supervision is a penitentiary route (s.753.1(3)(a), s.743.1(3.1); CA-RO-15)
      long-term supervision and no sentence on record             | supervision LONG_TERM_SUPERVISION; no sentence               | ELIGIBLE          | -
      long-term supervision and the sentences not stated          | supervision LONG_TERM_SUPERVISION; sentences unknown         | ELIGIBLE          | -
      # 4. Rules 3 and 4 speak of the same sentences (CA-RO-16, 17, 19); s.743.1(2) through imposedOn (CA-RO-15)
      an expired three-year term and a later twelve-month term    | no supervision status; also term P12M imposed 2026-06-01     | MANUAL_REVIEW     | CSC-RO-UNDER-SENTENCE
      a term imposed while serving three years is served federally| no supervision status; also term P2Y-1D imposed 2024-12-01   | ELIGIBLE          | -
      the same term imposed once the three years ended            | no supervision status; also term P2Y-1D imposed 2025-02-01   | MANUAL_REVIEW     | CSC-RO-UNDER-SENTENCE
      a term imposed while serving, its start not stated          | no supervision status; also term P2Y-1D imposed 2024-12-01 undated | NEEDS_INFORMATION | CSC-RO-UNDER-SENTENCE
      a provincial term still being served is not rule 4          | no supervision status; term P2Y-1D starting 2025-06-01       | INELIGIBLE        | CSC-RO-FEDERAL-SENTENCE CSC-RO-UNDER-SENTENCE
      # --- Issue 8, CSC rules 3 and 4 (branch h1-input): end ---
      # 5. Responsibility (CA-RO-18)
      the offender does not accept responsibility                 | accepts responsibility no                                    | INELIGIBLE        | CSC-RO-ACCEPTS-RESPONSIBILITY
      whether the offender accepts responsibility is not stated   | accepts responsibility unknown                               | NEEDS_INFORMATION | CSC-RO-ACCEPTS-RESPONSIBILITY
      # 6. Consent (CA-RO-20, 21, 22)
      the victim withdrew consent                                 | consent P1 withdrawn 2026-11-02                              | INELIGIBLE        | CSC-RO-CONSENT
      the victim withdrew and then gave consent again             | consent P1 withdrawn 2026-11-02; consent P1 given 2026-11-10 WRITTEN | ELIGIBLE  | -
      a withdrawal dated after the decision date does not count   | consent P1 withdrawn 2026-12-01                              | ELIGIBLE          | -
      the offender withdrew consent                               | consent P2 withdrawn 2026-11-02                              | INELIGIBLE        | CSC-RO-CONSENT
      the offender consented without being informed               | consent P2 not informed                                      | INELIGIBLE        | CSC-RO-CONSENT
      the record does not say the victim was informed             | consent P1 informed unknown                                  | NEEDS_INFORMATION | CSC-RO-CONSENT
      the offender's consent is not on record                     | no consent of P2                                             | NEEDS_INFORMATION | CSC-RO-CONSENT
      the victim consents only after the decision date            | no consent of P1; consent P1 given 2026-12-01 WRITTEN        | NEEDS_INFORMATION | CSC-RO-CONSENT
      an oral consent is enough for this programme                | consent P1 form ORAL                                         | ELIGIBLE          | -
      the form of a consent does not matter to this programme     | consent P1 form unknown                                      | ELIGIBLE          | -
      the offender asks and the victim has withdrawn              | requester P2; consent P1 withdrawn 2026-11-02                | INELIGIBLE        | CSC-RO-CONSENT
      the offender asks and the victim's consent is not on record | requester P2; no consent of P1                               | NEEDS_INFORMATION | CSC-RO-CONSENT
      the offender's family asks and the victim has withdrawn     | add offender-family P5 of P2; requester P5; consent P5 given 2026-10-02 WRITTEN; consent P1 withdrawn 2026-11-02 | INELIGIBLE | CSC-RO-CONSENT
      the spouse asks; the victim's own withdrawal does not count | add victim-family P3 of P1 SPOUSE; requester P3; consent P3 given 2026-10-02 WRITTEN; consent P1 withdrawn 2026-11-02 | ELIGIBLE | -
      # 7. Safety (CA-RO-27, 28; seed 000)
      the latest assessment finds danger                          | risk DANGER                                                  | INELIGIBLE        | CSC-RO-SAFETY
      the latest assessment finds a high risk                     | risk HIGH                                                    | MANUAL_REVIEW     | CSC-RO-SAFETY
      the latest assessment finds a moderate risk                 | risk MODERATE                                                | ELIGIBLE          | -
      the latest assessment finds no risk                         | risk NONE                                                    | ELIGIBLE          | -
      no safety assessment                                        | no safety assessment                                         | NEEDS_INFORMATION | CSC-RO-SAFETY
      an earlier danger was followed by a low risk                | risk DANGER on 2026-09-01                                    | ELIGIBLE          | -
      a danger assessed after the decision date does not count    | risk DANGER on 2026-12-01                                    | ELIGIBLE          | -
      # 8. No-contact orders (CA-RO-29)
      a no-contact order protects the victim                      | no-contact protecting P1                                     | MANUAL_REVIEW     | CSC-RO-NO-CONTACT-ORDER
      the order allows contact facilitated by the programme       | no-contact protecting P1 allowing facilitated contact        | ELIGIBLE          | -
      an order protecting the offender does not concern the victim| no-contact protecting P2                                     | ELIGIBLE          | -
      the offender asks and an order protects the offender        | requester P2; no-contact protecting P2                       | MANUAL_REVIEW     | CSC-RO-NO-CONTACT-ORDER
      the offender asks and an order protects the victim          | requester P2; no-contact protecting P1                       | MANUAL_REVIEW     | CSC-RO-NO-CONTACT-ORDER
      # --- Revised rules (issue 8; programmes.md, common facts and CSC rules 2, 6, 7) ---
      # 2. Standing (revised): a deceased or incapable victim does not ask; a representative acts for a registered victim (CA-RO-6, CA-RO-9, CA-RO-10, CA-RO-36; seed 004)
      a victim who has died does not ask                          | victim deceased                                              | INELIGIBLE        | CSC-RO-REQUESTER-STANDING
      an incapable victim does not ask                            | victim incapable                                             | INELIGIBLE        | CSC-RO-REQUESTER-STANDING
      the spouse of a victim who has died asks                    | victim deceased; add victim-family P3 of P1 SPOUSE; requester P3; consent P3 given 2026-10-02 WRITTEN | ELIGIBLE | -
      the representative of an unregistered victim asks           | victim unregistered; add representative P4 for P1; requester P4; consent P4 given 2026-10-02 WRITTEN | INELIGIBLE | CSC-RO-REQUESTER-STANDING
      whether the represented victim is registered is not stated  | victim registration unknown; add representative P4 for P1; requester P4; consent P4 given 2026-10-02 WRITTEN | NEEDS_INFORMATION | CSC-RO-REQUESTER-STANDING
      a representative who acts for the offender has no standing  | add representative P4 for P2; requester P4; consent P4 given 2026-10-02 WRITTEN | INELIGIBLE | CSC-RO-REQUESTER-STANDING
      the representative of a co-accused victim has no standing   | victim co-accused; add representative P4 for P1; requester P4; consent P4 given 2026-10-02 WRITTEN | INELIGIBLE | CSC-RO-REQUESTER-STANDING
      an unregistered victim may still ask in person              | victim unregistered                                          | ELIGIBLE          | -
      # 6. Consent (revised): the requester's own; the victim side's depends on who asks (CA-RO-9, CA-RO-20, CA-RO-22, CA-RO-36)
      the offender's family member has not consented              | add offender-family P5 of P2; requester P5                   | NEEDS_INFORMATION | CSC-RO-CONSENT
      the representative has not consented                        | add representative P4 for P1; requester P4                   | NEEDS_INFORMATION | CSC-RO-CONSENT
      the representative asks but the victim has withdrawn        | add representative P4 for P1; requester P4; consent P4 given 2026-10-02 WRITTEN; consent P1 withdrawn 2026-11-02 | INELIGIBLE | CSC-RO-CONSENT
      the representative of a deceased victim needs no consent of the victim | victim deceased; no consent of P1; add representative P4 for P1; requester P4; consent P4 given 2026-10-02 WRITTEN | ELIGIBLE | -
      the offender asks, the victim has died, the spouse consents | requester P2; victim deceased; no consent of P1; add victim-family P3 of P1 SPOUSE; consent P3 given 2026-10-02 WRITTEN | ELIGIBLE | -
      the offender asks, the victim has died, no one acts for them| requester P2; victim deceased; no consent of P1              | NEEDS_INFORMATION | CSC-RO-CONSENT
      the offender asks, the incapable victim's representative withdrew | requester P2; victim incapable; no consent of P1; add representative P4 for P1; consent P4 given 2026-10-02 WRITTEN; consent P4 withdrawn 2026-11-02 | INELIGIBLE | CSC-RO-CONSENT
      one of two people acting for a deceased victim consents     | requester P2; victim deceased; no consent of P1; add representative P4 for P1; consent P4 given 2026-10-02 WRITTEN; consent P4 withdrawn 2026-11-02; add victim-family P3 of P1 PARENT; consent P3 given 2026-10-02 WRITTEN | ELIGIBLE | -
      a conjugal partner of less than a year does not act         | requester P2; victim deceased; no consent of P1; add victim-family P3 of P1 CONJUGAL_PARTNER since 2026-03-01; consent P3 given 2026-10-02 WRITTEN | NEEDS_INFORMATION | CSC-RO-CONSENT
      a conjugal partner of more than a year acts                 | requester P2; victim deceased; no consent of P1; add victim-family P3 of P1 CONJUGAL_PARTNER since 2024-03-01; consent P3 given 2026-10-02 WRITTEN | ELIGIBLE | -
      a conjugal partner of exactly one year acts                 | requester P2; victim deceased; no consent of P1; add victim-family P3 of P1 CONJUGAL_PARTNER since 2025-11-21; consent P3 given 2026-10-02 WRITTEN | ELIGIBLE | -
      a co-accused family member does not act for the victim      | requester P2; victim deceased; no consent of P1; add victim-family P3 of P1 SPOUSE co-accused; consent P3 given 2026-10-02 WRITTEN | NEEDS_INFORMATION | CSC-RO-CONSENT
      the offender asks: a second victim's consent is needed      | requester P2; add victim P8                                  | NEEDS_INFORMATION | CSC-RO-CONSENT
      the offender asks: a co-accused "victim" is not asked       | requester P2; add victim P8 co-accused                       | ELIGIBLE          | -
      a withdrawal on an older record withdraws a later grant     | consent P1 withdrawn 2026-11-05; consent P1 given 2026-10-20 WRITTEN | INELIGIBLE | CSC-RO-CONSENT
      on the same day a withdrawal prevails over a grant          | consent P1 withdrawn 2026-11-05; consent P1 given 2026-11-05 WRITTEN | INELIGIBLE | CSC-RO-CONSENT
      # 7. Safety (revised): the most severe assessment of the latest day
      a danger and a low risk assessed the same day               | risk DANGER on 2026-11-01; risk LOW on 2026-11-01            | INELIGIBLE        | CSC-RO-SAFETY
      a low risk and a danger assessed the same day               | risk LOW on 2026-11-01; risk DANGER on 2026-11-01            | INELIGIBLE        | CSC-RO-SAFETY
      # The offender concerned (programmes.md, common facts): never the first offender listed
      a co-accused asks and is judged on their own facts          | add offender P7; requester P7; consent P7 given 2026-10-02 WRITTEN | NEEDS_INFORMATION | CSC-RO-ACCEPTS-RESPONSIBILITY
      a co-accused who accepts responsibility asks                | add offender P7 accepting responsibility; requester P7; consent P7 given 2026-10-02 WRITTEN | ELIGIBLE | -
      the victim asks about one of two offenders                  | add offender P7; offenderId P7                               | NEEDS_INFORMATION | CSC-RO-ACCEPTS-RESPONSIBILITY CSC-RO-CONSENT
      the victim asks about the other one                         | add offender P7; offenderId P2                               | ELIGIBLE          | -
      the victim does not say which of two offenders              | add offender P7                                              | NEEDS_INFORMATION | CSC-RO-ACCEPTS-RESPONSIBILITY CSC-RO-CONSENT
      the family of the co-accused asks about the co-accused      | add offender P7; add offender-family P5 of P7; requester P5; consent P5 given 2026-10-02 WRITTEN; consent P7 given 2026-10-02 WRITTEN | NEEDS_INFORMATION | CSC-RO-ACCEPTS-RESPONSIBILITY
      # Several rules at once: every rule is evaluated
      a provincial term and a danger to the victim                | term P2Y-1D; risk DANGER                                     | INELIGIBLE        | CSC-RO-FEDERAL-SENTENCE CSC-RO-SAFETY
      an expired warrant and an unknown consent                   | supervision WARRANT_EXPIRED; no consent of P2                | MANUAL_REVIEW     | CSC-RO-UNDER-SENTENCE CSC-RO-CONSENT
      """)
  void rule_table(String scenario, String changes, Outcome outcome, String deciding) {
    Decision decision = registeredVictimOfOffenderServingThreeYears().with(changes).decide();
    RuleTables.check(decision, outcome, deciding);
  }

  @Test
  void the_decision_reports_every_rule_in_the_programmes_order() {
    Decision d = registeredVictimOfOffenderServingThreeYears().decide();
    assertEquals(List.of("CSC-RO-POST-SENTENCE", "CSC-RO-REQUESTER-STANDING",
            "CSC-RO-FEDERAL-SENTENCE", "CSC-RO-UNDER-SENTENCE", "CSC-RO-ACCEPTS-RESPONSIBILITY",
            "CSC-RO-CONSENT", "CSC-RO-SAFETY", "CSC-RO-NO-CONTACT-ORDER"),
        d.rules().stream().map(RuleResult::ruleId).toList());
    assertEquals(List.of(Phase.ELIGIBILITY, Phase.ELIGIBILITY, Phase.ELIGIBILITY,
            Phase.ELIGIBILITY, Phase.SUITABILITY, Phase.SUITABILITY, Phase.SUITABILITY,
            Phase.SUITABILITY),
        d.rules().stream().map(RuleResult::phase).toList());
    assertEquals("2026-01-01", d.ruleSetVersion());
  }

  @Test
  void consecutive_terms_cite_each_term_and_the_link_between_them() {
    Decision d = registeredVictimOfOffenderServingThreeYears().with("consecutive P12M+P12M")
        .decide();
    RuleResult federal = rule(d, CscRestorativeOpportunities.FEDERAL_SENTENCE);
    assertEquals(List.of("sentences[0].term", "sentences[1].term", "sentences[1].consecutiveTo"),
        federal.facts());
    assertTrue(federal.reason().in(Language.EN).contains("743.1(1)(c)"), federal.reason().in(Language.EN));
    assertTrue(federal.citations().stream().anyMatch(c -> c.url().isPresent()
        && c.url().get().toString()
            .equals("https://laws-lois.justice.gc.ca/eng/acts/C-46/section-743.1.html")));
  }

  @Test
  void missing_facts_are_the_distinct_union_of_the_unknown_rules_in_rule_order() {
    Decision d = registeredVictimOfOffenderServingThreeYears()
        .with("no supervision status; sentences unknown; accepts responsibility unknown;"
            + " no safety assessment; no consent of P2")
        .decide();
    assertEquals(Outcome.NEEDS_INFORMATION, d.outcome());
    assertEquals(List.of("sentences", "supervision.status",
            "participants[P2].acceptsResponsibility", "consents[P2]", "safetyAssessments"),
        d.missingFacts());
    assertEquals(Outcome.NEEDS_INFORMATION, d.phases().get(Phase.ELIGIBILITY));
    assertEquals(Outcome.NEEDS_INFORMATION, d.phases().get(Phase.SUITABILITY));
  }

  @Test
  void eligibility_and_suitability_are_decided_separately() {
    Decision d = registeredVictimOfOffenderServingThreeYears().with("risk HIGH").decide();
    assertEquals(Outcome.ELIGIBLE, d.phases().get(Phase.ELIGIBILITY));
    assertEquals(Outcome.MANUAL_REVIEW, d.phases().get(Phase.SUITABILITY));
    assertEquals(Outcome.MANUAL_REVIEW, d.outcome());
  }

  @Test
  void a_withdrawn_consent_reason_names_the_participant_in_both_languages_and_nothing_said() {
    RuleResult consent = rule(registeredVictimOfOffenderServingThreeYears()
        .with("consent P1 withdrawn 2026-11-02").decide(), CscRestorativeOpportunities.CONSENT);
    assertTrue(consent.reason().in(Language.EN).contains("P1"), consent.reason().in(Language.EN));
    assertTrue(consent.reason().in(Language.FR).contains("P1"), consent.reason().in(Language.FR));
    assertEquals(List.of("consents[P1]"), consent.facts());
  }

  @Test
  void a_reason_never_contains_the_offenders_date_of_birth() {
    Decision d = registeredVictimOfOffenderServingThreeYears().with("requester P2").decide();
    for (RuleResult r : d.rules()) {
      assertTrue(!r.reason().in(Language.EN).contains("1990") && !r.reason().in(Language.FR).contains("1990"),
          r.ruleId());
    }
  }

  static RuleResult rule(Decision d, String id) {
    return d.rules().stream().filter(r -> r.ruleId().equals(id)).findFirst().orElseThrow();
  }
}
