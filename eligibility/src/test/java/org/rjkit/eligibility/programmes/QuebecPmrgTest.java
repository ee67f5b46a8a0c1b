package org.rjkit.eligibility.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rjkit.eligibility.Scenario.adultChargedWithShopliftingInMontreal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.language.Language;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.eligibility.RuleTables;

/**
 * Québec general alternative measures programme for adults (programmes.md). Each row starts
 * from an adult (P2, born 1 February 1990) charged with shoplifting in Montréal on 2 May 2026,
 * who does not deny it, does not want a trial, acknowledges the acts, was advised of the right
 * to counsel and consented in writing; the prosecutor has sufficient evidence; the store manager
 * (P1) is the victim and has not been asked. Decided on 21 November 2026.
 */
@DisplayName("ca-qc-pmrg")
class QuebecPmrgTest {

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # scenario                                                | changes to the case                                  | outcome           | rules not met or open
      the starting case                                         | none                                                 | ELIGIBLE          | -
      # 1. Jurisdiction (QC-1)
      the case is in Ontario                                    | jurisdiction CA-ON                                   | INELIGIBLE        | QC-PMRG-JURISDICTION
      a case that names only Canada may or may not be in Québec | jurisdiction CA                                      | NEEDS_INFORMATION | QC-PMRG-JURISDICTION
      the jurisdiction is not stated                            | no jurisdiction                                      | NEEDS_INFORMATION | QC-PMRG-JURISDICTION
      # 2. Stage (QC-1)
      no charge has been laid yet                               | stage PRE_CHARGE                                     | INELIGIBLE        | QC-PMRG-POST-CHARGE
      the accused has been sentenced                            | stage POST_SENTENCE                                  | INELIGIBLE        | QC-PMRG-POST-CHARGE
      # 3. An adult on the offence date (CC s.717; YCJA s.2(1))
      18 on the very day of the offence                         | born 2008-05-02                                      | ELIGIBLE          | -
      17 the day before turning 18                              | born 2008-05-03                                      | INELIGIBLE        | QC-PMRG-ADULT
      born 29 February, offence on 28 February of year 18: 17   | born 2008-02-29; offence on 2026-02-28               | INELIGIBLE        | QC-PMRG-ADULT
      born 29 February, offence on 1 March of year 18: 18       | born 2008-02-29; offence on 2026-03-01               | ELIGIBLE          | -
      17 at the offence though 18 by the decision date          | born 2008-06-01                                      | INELIGIBLE        | QC-PMRG-ADULT
      the date of birth is not stated                           | born unknown                                         | NEEDS_INFORMATION | QC-PMRG-ADULT
      the offence date is not stated                            | offence on unknown                                   | NEEDS_INFORMATION | QC-PMRG-ADULT
      # 4. Excluded offences (QC-5)
      a sexual assault is excluded                              | offence SEXUAL_ASSAULT                               | INELIGIBLE        | QC-PMRG-EXCLUDED-OFFENCES QC-PMRG-INCLUDED-OFFENCES
      an assault in a sexual context is excluded                | offence ASSAULT; offence in SEXUAL context           | INELIGIBLE        | QC-PMRG-EXCLUDED-OFFENCES
      an assault in a conjugal context is excluded              | offence ASSAULT; offence in INTIMATE_PARTNER context | INELIGIBLE        | QC-PMRG-EXCLUDED-OFFENCES
      a theft from a vulnerable person is excluded              | offence THEFT; offence in AGAINST_VULNERABLE_PERSON context | INELIGIBLE | QC-PMRG-EXCLUDED-OFFENCES
      an assault without injury is not excluded                 | offence ASSAULT                                      | ELIGIBLE          | -
      mischief motivated by hate is not on the excluded list    | offence MISCHIEF; offence in HATE context            | ELIGIBLE          | -
      the offences are not stated                               | offences unknown                                     | NEEDS_INFORMATION | QC-PMRG-ADULT QC-PMRG-EXCLUDED-OFFENCES QC-PMRG-INCLUDED-OFFENCES
      # --- Revised rules (issue 8; programmes.md, QC rule 4b and common facts) ---
      # 4b. Offences the programme includes (QC-3(1), QC-5, QC-5b)
      a theft is included                                       | offence THEFT                                        | ELIGIBLE          | -
      mischief is included                                      | offence MISCHIEF                                     | ELIGIBLE          | -
      a fraud is included                                       | offence FRAUD                                        | ELIGIBLE          | -
      a homicide is not included                                | offence HOMICIDE                                     | INELIGIBLE        | QC-PMRG-INCLUDED-OFFENCES
      a robbery is for the prosecutor to assess                 | offence ROBBERY                                      | MANUAL_REVIEW     | QC-PMRG-INCLUDED-OFFENCES
      a break and enter is for the prosecutor to assess         | offence BREAK_AND_ENTER                              | MANUAL_REVIEW     | QC-PMRG-INCLUDED-OFFENCES
      impaired driving is for the prosecutor to assess          | offence IMPAIRED_DRIVING                             | MANUAL_REVIEW     | QC-PMRG-INCLUDED-OFFENCES
      an assault causing bodily harm is for the prosecutor      | offence ASSAULT_CAUSING_BODILY_HARM                  | MANUAL_REVIEW     | QC-PMRG-INCLUDED-OFFENCES
      another offence is for the prosecutor to assess           | offence OTHER                                        | MANUAL_REVIEW     | QC-PMRG-INCLUDED-OFFENCES
      an offence of unstated category is unknown (QC-3(1))     | offence category unknown                             | NEEDS_INFORMATION | QC-PMRG-EXCLUDED-OFFENCES QC-PMRG-INCLUDED-OFFENCES
      # The offender concerned: a co-accused's own request is judged on their own age and facts
      a co-accused who was 17 asks                              | add offender P7 born 2008-09-01; requester P7; consent P7 given 2026-09-14 WRITTEN | INELIGIBLE | QC-PMRG-ADULT QC-PMRG-NO-DENIAL-NOR-TRIAL QC-PMRG-ACKNOWLEDGES-ACTS QC-PMRG-COUNSEL-ADVISED
      the victim asks without saying which of two accused       | add offender P7; requester P1; consent P1 given 2026-09-14 WRITTEN | NEEDS_INFORMATION | QC-PMRG-ADULT QC-PMRG-NO-DENIAL-NOR-TRIAL QC-PMRG-ACKNOWLEDGES-ACTS QC-PMRG-COUNSEL-ADVISED QC-PMRG-CONSENT
      # 5. No denial, no wish for trial (CA-AM-2)
      the accused denies involvement                            | denies involvement yes                               | INELIGIBLE        | QC-PMRG-NO-DENIAL-NOR-TRIAL
      the accused wants the court to deal with the charge       | wants trial yes                                      | INELIGIBLE        | QC-PMRG-NO-DENIAL-NOR-TRIAL
      whether the accused denies involvement is not stated      | denies involvement unknown                           | NEEDS_INFORMATION | QC-PMRG-NO-DENIAL-NOR-TRIAL
      # 6. Evidence and bar (CA-AM-1 (f), (g))
      the prosecutor finds the evidence insufficient            | evidence insufficient                                | INELIGIBLE        | QC-PMRG-PROSECUTION
      prosecution is barred at law                              | prosecution barred                                   | INELIGIBLE        | QC-PMRG-PROSECUTION
      the prosecutor's position is not stated                   | no prosecution facts                                 | NEEDS_INFORMATION | QC-PMRG-PROSECUTION
      # 7. Acknowledges the acts (QC-3, CA-AM-1 (e))
      the accused does not acknowledge the acts                 | accepts responsibility no                            | INELIGIBLE        | QC-PMRG-ACKNOWLEDGES-ACTS
      # 8. Counsel and consent (CA-AM-1 (c), (d))
      the accused was not advised of the right to counsel       | advised of right to counsel no                       | INELIGIBLE        | QC-PMRG-COUNSEL-ADVISED
      whether counsel was advised is not stated                 | advised of right to counsel unknown                  | NEEDS_INFORMATION | QC-PMRG-COUNSEL-ADVISED
      the accused withdrew consent                              | consent P2 withdrawn 2026-10-01                      | INELIGIBLE        | QC-PMRG-CONSENT
      the accused withdrew and consented again                  | consent P2 withdrawn 2026-10-01; consent P2 given 2026-10-15 ORAL | ELIGIBLE | -
      the accused's consent is not on record                    | no consent of P2                                     | NEEDS_INFORMATION | QC-PMRG-CONSENT
      # 9. The victim's participation is not required (QC-7)
      the victim declined and withdrew                          | consent P1 given 2026-09-01 WRITTEN; consent P1 withdrawn 2026-09-20 | ELIGIBLE | -
      there is no victim participant                            | no victim                                            | ELIGIBLE          | -
      """)
  void rule_table(String scenario, String changes, Outcome outcome, String deciding) {
    RuleTables.check(adultChargedWithShopliftingInMontreal().with(changes).decide(), outcome,
        deciding);
  }

  @Test
  void the_decision_shows_that_the_victim_is_not_required() {
    Decision d = adultChargedWithShopliftingInMontreal()
        .with("consent P1 given 2026-09-01 WRITTEN; consent P1 withdrawn 2026-09-20").decide();
    var rule = CscRestorativeOpportunitiesTest.rule(d, QuebecPmrg.VICTIM_NOT_REQUIRED);
    assertEquals(RuleStatus.MET, rule.status());
    assertEquals(true, rule.reason().in(Language.EN).contains("without the victim"));
    assertEquals(true, rule.reason().in(Language.FR).contains("sans la victime"));
  }
}
