package org.rjkit.eligibility.programmes;

import static org.rjkit.eligibility.Scenario.burglaryVictimInEngland;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.RuleTables;

/**
 * England and Wales, victim-initiated restorative justice (programmes.md). Each row starts from
 * the victim of a burglary in England (P1) who asks the police Victim Care Unit; the offender
 * (P2), now sentenced, admits responsibility; both consented in writing; the latest risk is LOW.
 */
@DisplayName("gb-ew-victim-initiated")
class EnglandWalesVictimInitiatedTest {

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # scenario                                              | changes to the case                                  | outcome           | rules not met or open
      the starting case                                       | none                                                 | ELIGIBLE          | -
      # 1. England or Wales
      Wales                                                   | jurisdiction GB-WLS                                  | ELIGIBLE          | -
      Scotland                                                | jurisdiction GB-SCT                                  | INELIGIBLE        | GB-EW-JURISDICTION
      Northern Ireland                                        | jurisdiction GB-NIR                                  | INELIGIBLE        | GB-EW-JURISDICTION
      the United Kingdom without a nation may be England      | jurisdiction GB                                      | NEEDS_INFORMATION | GB-EW-JURISDICTION
      the jurisdiction is not stated                          | no jurisdiction                                      | NEEDS_INFORMATION | GB-EW-JURISDICTION
      # 2. Requester; any offence, any stage (seed 002, seed 003, EW-DS-9)
      before any charge                                       | stage PRE_CHARGE                                     | ELIGIBLE          | -
      a homicide                                              | offence HOMICIDE                                     | ELIGIBLE          | -
      the offender asks                                       | requester P2                                         | ELIGIBLE          | -
      the victim's parent asks                                | add victim-family P3 of P1 PARENT; requester P3; consent P3 given 2026-10-02 WRITTEN | ELIGIBLE | -
      the victim's representative asks                       | add representative P4 for P1; requester P4; consent P4 given 2026-10-02 WRITTEN | ELIGIBLE | -
      a member of the offender's family asks                  | add offender-family P5 of P2; requester P5           | INELIGIBLE        | GB-EW-REQUESTER GB-EW-WRITTEN-CONSENT
      a supporter asks                                        | add supporter P6; requester P6                       | INELIGIBLE        | GB-EW-REQUESTER GB-EW-WRITTEN-CONSENT
      # 3. Responsibility admitted (seed 002, EW-RJC-B)
      the offender does not admit responsibility              | accepts responsibility no                            | INELIGIBLE        | GB-EW-ADMITS-RESPONSIBILITY
      # 4. Written informed consent (seed 003, EW-RJC-C)
      the victim consented orally only                        | consent P1 form ORAL                                 | INELIGIBLE        | GB-EW-WRITTEN-CONSENT
      the victim's oral consent was recorded in writing       | consent P1 form ORAL_RECORDED                        | ELIGIBLE          | -
      the offender consented orally only                      | consent P2 form ORAL                                 | INELIGIBLE        | GB-EW-WRITTEN-CONSENT
      the form of the victim's consent is not stated          | consent P1 form unknown                              | NEEDS_INFORMATION | GB-EW-WRITTEN-CONSENT
      the offender withdrew consent                           | consent P2 withdrawn 2026-11-02                      | INELIGIBLE        | GB-EW-WRITTEN-CONSENT
      the offender's consent is not on record                 | no consent of P2                                     | NEEDS_INFORMATION | GB-EW-WRITTEN-CONSENT
      # --- Revised rules (issue 8; programmes.md, common facts and E&W rules 1, 2, 4) ---
      # 1. Subdivisions of England and Wales (ISO 3166-2:GB, Debian iso-codes)
      Kent is in England                                      | jurisdiction GB-KEN                                  | ELIGIBLE          | -
      Cardiff is in Wales                                     | jurisdiction GB-CRF                                  | ELIGIBLE          | -
      a London borough is in England                          | jurisdiction GB-CMD                                  | ELIGIBLE          | -
      England and Wales together                              | jurisdiction GB-EAW                                  | ELIGIBLE          | -
      Wales by its Welsh code                                 | jurisdiction GB-CYM                                  | ELIGIBLE          | -
      Great Britain may be Scotland                           | jurisdiction GB-GBN                                  | NEEDS_INFORMATION | GB-EW-JURISDICTION
      the United Kingdom may be Northern Ireland              | jurisdiction GB-UKM                                  | NEEDS_INFORMATION | GB-EW-JURISDICTION
      Edinburgh is in Scotland                                | jurisdiction GB-EDH                                  | INELIGIBLE        | GB-EW-JURISDICTION
      Belfast is in Northern Ireland                          | jurisdiction GB-BFS                                  | INELIGIBLE        | GB-EW-JURISDICTION
      # 2. Standing (revised): no standing for the accused; a representative acts for a victim; a deceased victim does not ask (CCRA s.2(4) by analogy, CVBR s.4)
      the victim is charged in the same offence               | victim co-accused                                    | INELIGIBLE        | GB-EW-REQUESTER
      the victim's parent is charged in the same offence      | add victim-family P3 of P1 PARENT co-accused; requester P3; consent P3 given 2026-10-02 WRITTEN | INELIGIBLE | GB-EW-REQUESTER
      a representative who acts for the offender              | add representative P4 for P2; requester P4; consent P4 given 2026-10-02 WRITTEN | INELIGIBLE | GB-EW-REQUESTER
      a victim who has died does not ask                      | victim deceased                                      | INELIGIBLE        | GB-EW-REQUESTER
      an unregistered victim's representative asks            | victim unregistered; add representative P4 for P1; requester P4; consent P4 given 2026-10-02 WRITTEN | ELIGIBLE | -
      # 4. Written consent (revised): since the latest withdrawal; the victim side's depends on who asks (seed 003, EW-RJC-C)
      written consent then an oral reaffirmation is written   | consent P1 given 2026-11-10 ORAL                     | ELIGIBLE          | -
      written consent withdrawn and given again orally        | consent P1 withdrawn 2026-11-02; consent P1 given 2026-11-10 ORAL | INELIGIBLE | GB-EW-WRITTEN-CONSENT
      written consent withdrawn and given again in writing    | consent P1 withdrawn 2026-11-02; consent P1 given 2026-11-10 ORAL_RECORDED | ELIGIBLE | -
      the offender asks and the victim consented orally only  | requester P2; consent P1 form ORAL                   | INELIGIBLE        | GB-EW-WRITTEN-CONSENT
      the offender asks, the victim has died, a parent consents in writing | requester P2; victim deceased; no consent of P1; add victim-family P3 of P1 PARENT; consent P3 given 2026-10-02 WRITTEN | ELIGIBLE | -
      the offender asks, the victim has died, a parent consents orally | requester P2; victim deceased; no consent of P1; add victim-family P3 of P1 PARENT; consent P3 given 2026-10-02 ORAL | INELIGIBLE | GB-EW-WRITTEN-CONSENT
      the offender asks, the victim has died, no one acts for them | requester P2; victim deceased; no consent of P1  | NEEDS_INFORMATION | GB-EW-WRITTEN-CONSENT
      the representative asks but the victim has withdrawn    | add representative P4 for P1; requester P4; consent P4 given 2026-10-02 WRITTEN; consent P1 withdrawn 2026-11-02 | INELIGIBLE | GB-EW-WRITTEN-CONSENT
      the parent asks in their own right; the victim withdrew | add victim-family P3 of P1 PARENT; requester P3; consent P3 given 2026-10-02 WRITTEN; consent P1 withdrawn 2026-11-02 | ELIGIBLE | -
      the parent asks and has not consented                   | add victim-family P3 of P1 PARENT; requester P3      | NEEDS_INFORMATION | GB-EW-WRITTEN-CONSENT
      # The offender concerned: a co-accused's own request
      a co-accused asks and is judged on their own facts      | add offender P7; requester P7; consent P7 given 2026-10-02 WRITTEN | NEEDS_INFORMATION | GB-EW-ADMITS-RESPONSIBILITY
      the victim does not say which of two offenders          | add offender P7                                      | NEEDS_INFORMATION | GB-EW-ADMITS-RESPONSIBILITY GB-EW-WRITTEN-CONSENT
      # 5. Safety (seed 003, EW-RJC-E)
      danger to the victim                                    | risk DANGER                                          | INELIGIBLE        | GB-EW-SAFETY
      a high risk                                             | risk HIGH                                            | MANUAL_REVIEW     | GB-EW-SAFETY
      no assessment                                           | no safety assessment                                 | NEEDS_INFORMATION | GB-EW-SAFETY
      # 6. Specialist assessment (EW-RJC-D)
      a sexual assault                                        | offence SEXUAL_ASSAULT                               | MANUAL_REVIEW     | GB-EW-SPECIALIST-ASSESSMENT
      an assault on a partner                                 | offence ASSAULT; offence in INTIMATE_PARTNER context | MANUAL_REVIEW     | GB-EW-SPECIALIST-ASSESSMENT
      a hate-motivated offence needs no specialist here       | offence MISCHIEF; offence in HATE context            | ELIGIBLE          | -
      the offences are not stated                             | offences unknown                                     | NEEDS_INFORMATION | GB-EW-SPECIALIST-ASSESSMENT
      """)
  void rule_table(String scenario, String changes, Outcome outcome, String deciding) {
    RuleTables.check(burglaryVictimInEngland().with(changes).decide(), outcome, deciding);
  }
}
