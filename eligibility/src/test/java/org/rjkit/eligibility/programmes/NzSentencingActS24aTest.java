package org.rjkit.eligibility.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rjkit.eligibility.Scenario.guiltyPleaBeforeTheDistrictCourt;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.RuleTables;

/**
 * New Zealand Sentencing Act 2002 s.24A (programmes.md): ELIGIBLE means the District Court must
 * adjourn for a restorative justice inquiry. Each row starts from an offender (P2) who pleaded
 * guilty to a burglary and appears before the District Court before sentencing; there is a
 * victim (P1); no restorative process has taken place and a provider is available.
 */
@DisplayName("nz-sentencing-act-s24a")
class NzSentencingActS24aTest {

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # scenario                                          | changes to the case          | outcome           | rules not met or open
      the starting case                                   | none                         | ELIGIBLE          | -
      # 1. New Zealand, District Court (NZ-1 (a))
      a case in Australia                                 | jurisdiction AU              | INELIGIBLE        | NZ-S24A-JURISDICTION
      the High Court                                      | court HIGH_COURT             | INELIGIBLE        | NZ-S24A-DISTRICT-COURT
      the court is not stated                             | no court                     | NEEDS_INFORMATION | NZ-S24A-DISTRICT-COURT
      # 2. Before sentencing (NZ-1 (a))
      already sentenced                                   | stage POST_SENTENCE          | INELIGIBLE        | NZ-S24A-PRE-SENTENCE
      charged, no conviction yet                          | stage POST_CHARGE            | INELIGIBLE        | NZ-S24A-PRE-SENTENCE
      # 3. Guilty plea (NZ-1 (b))
      pleaded not guilty                                  | plea NOT_GUILTY              | INELIGIBLE        | NZ-S24A-GUILTY-PLEA
      no plea entered                                     | plea NONE                    | INELIGIBLE        | NZ-S24A-GUILTY-PLEA
      the plea is not stated                              | plea unknown                 | NEEDS_INFORMATION | NZ-S24A-GUILTY-PLEA
      # 4. One or more victims (NZ-1 (c))
      there is no victim                                  | no victim                    | INELIGIBLE        | NZ-S24A-VICTIM
      a supporter is not a victim                         | no victim; add supporter P6  | INELIGIBLE        | NZ-S24A-VICTIM
      two victims                                         | add victim P7                | ELIGIBLE          | -
      # 5. No previous restorative process (NZ-1 (d))
      a restorative process already took place            | prior process                | INELIGIBLE        | NZ-S24A-NO-PRIOR-PROCESS
      whether one took place is not stated                | no prior process stated      | NEEDS_INFORMATION | NZ-S24A-NO-PRIOR-PROCESS
      # 6. A suitable service is available (NZ-1b)
      no suitable service is available                    | service unavailable          | INELIGIBLE        | NZ-S24A-SERVICE-AVAILABLE
      availability is not stated                          | no service stated            | NEEDS_INFORMATION | NZ-S24A-SERVICE-AVAILABLE
      """)
  void rule_table(String scenario, String changes, Outcome outcome, String deciding) {
    RuleTables.check(guiltyPleaBeforeTheDistrictCourt().with(changes).decide(), outcome,
        deciding);
  }

  @Test
  void the_programme_has_eligibility_rules_only_so_suitability_is_vacuously_met() {
    Decision d = guiltyPleaBeforeTheDistrictCourt().with("plea NOT_GUILTY").decide();
    assertEquals(true, d.rules().stream().allMatch(r -> r.phase() == Phase.ELIGIBILITY));
    assertEquals(Outcome.INELIGIBLE, d.phases().get(Phase.ELIGIBILITY));
    assertEquals(Outcome.ELIGIBLE, d.phases().get(Phase.SUITABILITY));
  }
}
