package org.rjkit.eligibility.programmes;

import static org.rjkit.eligibility.Scenario.assaultVictimInFrance;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.RuleTables;

/**
 * Directive 2012/29/EU Art. 12(1) safeguards (programmes.md). Each row starts from the victim of
 * an assault in France (P1) who asks for a restorative justice service, consented (orally) after
 * being informed; the offender (P2) has acknowledged the basic facts; the latest risk is LOW.
 */
@DisplayName("eu-victims-directive-art12")
class EuVictimsDirectiveArt12Test {

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # scenario                                              | changes to the case                                   | outcome           | rules not met or open
      the starting case                                       | none                                                  | ELIGIBLE          | -
      # 1. A member state bound by the Directive (EU-1; Protocol No 22)
      Germany                                                 | jurisdiction DE                                       | ELIGIBLE          | -
      a region of Spain                                       | jurisdiction ES-CT                                    | ELIGIBLE          | -
      Denmark does not take part in the Directive             | jurisdiction DK                                       | INELIGIBLE        | EU-ART12-MEMBER-STATE
      England is not a member state                           | jurisdiction GB-ENG                                   | INELIGIBLE        | EU-ART12-MEMBER-STATE
      Norway is not a member state                            | jurisdiction NO                                       | INELIGIBLE        | EU-ART12-MEMBER-STATE
      the jurisdiction is not stated                          | no jurisdiction                                       | NEEDS_INFORMATION | EU-ART12-MEMBER-STATE
      # 2. The requester is a victim (EU-2, Art. 2(1)(a))
      a family member of a deceased victim                    | victim deceased; add victim-family P3 of P1 CHILD; requester P3; consent P3 given 2026-10-02 WRITTEN | ELIGIBLE | -
      a family member of a living victim                      | add victim-family P3 of P1 CHILD; requester P3; consent P3 given 2026-10-02 WRITTEN | INELIGIBLE | EU-ART12-REQUESTER-VICTIM
      a victim's representative                               | add representative P4 for P1; requester P4; consent P4 given 2026-10-02 WRITTEN | INELIGIBLE | EU-ART12-REQUESTER-VICTIM
      the offender asks without consent on record             | requester P2                                          | INELIGIBLE        | EU-ART12-REQUESTER-VICTIM EU-ART12-CONSENT
      # 3. Free and informed consent, withdrawable (EU-2, EU-3)
      the victim withdrew consent                             | consent P1 withdrawn 2026-11-02                       | INELIGIBLE        | EU-ART12-CONSENT
      the victim withdrew and consented again                 | consent P1 withdrawn 2026-11-02; consent P1 given 2026-11-10 ORAL | ELIGIBLE | -
      the victim was not informed                             | consent P1 not informed                               | INELIGIBLE        | EU-ART12-CONSENT
      the victim's consent is not on record                   | no consent of P1                                      | NEEDS_INFORMATION | EU-ART12-CONSENT
      # 4. Safety (EU-1, EU-2)
      danger to the victim                                    | risk DANGER                                           | INELIGIBLE        | EU-ART12-SAFETY
      a high risk                                             | risk HIGH                                             | MANUAL_REVIEW     | EU-ART12-SAFETY
      a moderate risk                                         | risk MODERATE                                         | ELIGIBLE          | -
      no assessment                                           | no safety assessment                                  | NEEDS_INFORMATION | EU-ART12-SAFETY
      # --- Revised rules (issue 8; programmes.md, common facts and EU rules 1, 2) ---
      # 1. Outermost regions and Åland are in the Union; overseas countries and territories are not (TFEU Art. 349, 355)
      Guadeloupe                                              | jurisdiction GP                                       | ELIGIBLE          | -
      French Guiana                                           | jurisdiction GF                                       | ELIGIBLE          | -
      Martinique                                              | jurisdiction MQ                                       | ELIGIBLE          | -
      Réunion                                                 | jurisdiction RE                                       | ELIGIBLE          | -
      Mayotte                                                 | jurisdiction YT                                       | ELIGIBLE          | -
      Saint-Martin                                            | jurisdiction MF                                       | ELIGIBLE          | -
      the Åland Islands                                       | jurisdiction AX                                       | ELIGIBLE          | -
      Guadeloupe as a French department                       | jurisdiction FR-971                                   | ELIGIBLE          | -
      the Canary Islands                                      | jurisdiction ES-CN                                    | ELIGIBLE          | -
      French Polynesia                                        | jurisdiction PF                                       | INELIGIBLE        | EU-ART12-MEMBER-STATE
      French Polynesia as a French collectivity               | jurisdiction FR-PF                                    | INELIGIBLE        | EU-ART12-MEMBER-STATE
      New Caledonia                                           | jurisdiction NC                                       | INELIGIBLE        | EU-ART12-MEMBER-STATE
      New Caledonia as a French collectivity                  | jurisdiction FR-NC                                    | INELIGIBLE        | EU-ART12-MEMBER-STATE
      Aruba                                                   | jurisdiction AW                                       | INELIGIBLE        | EU-ART12-MEMBER-STATE
      Aruba as a country of the Kingdom of the Netherlands    | jurisdiction NL-AW                                    | INELIGIBLE        | EU-ART12-MEMBER-STATE
      Greenland                                               | jurisdiction GL                                       | INELIGIBLE        | EU-ART12-MEMBER-STATE
      # 2. Family members in the Directive's sense, Art. 2(1)(b); no standing for the accused
      the spouse of a deceased victim                         | victim deceased; add victim-family P3 of P1 SPOUSE; requester P3; consent P3 given 2026-10-02 WRITTEN | ELIGIBLE | -
      the parent of a deceased victim                         | victim deceased; add victim-family P3 of P1 PARENT; requester P3; consent P3 given 2026-10-02 WRITTEN | ELIGIBLE | -
      the sibling of a deceased victim                        | victim deceased; add victim-family P3 of P1 SIBLING; requester P3; consent P3 given 2026-10-02 WRITTEN | ELIGIBLE | -
      a dependant of a deceased victim                        | victim deceased; add victim-family P3 of P1 DEPENDANT; requester P3; consent P3 given 2026-10-02 WRITTEN | ELIGIBLE | -
      a partner who lived with the deceased victim            | victim deceased; add victim-family P3 of P1 CONJUGAL_PARTNER since 2020-01-01; requester P3; consent P3 given 2026-10-02 WRITTEN | ELIGIBLE | -
      a partner; whether they lived together is not stated    | victim deceased; add victim-family P3 of P1 CONJUGAL_PARTNER; requester P3; consent P3 given 2026-10-02 WRITTEN | NEEDS_INFORMATION | EU-ART12-REQUESTER-VICTIM
      another relative, in direct line or not                 | victim deceased; add victim-family P3 of P1 OTHER_RELATIVE; requester P3; consent P3 given 2026-10-02 WRITTEN | MANUAL_REVIEW | EU-ART12-REQUESTER-VICTIM
      a carer of a deceased victim                            | victim deceased; add victim-family P3 of P1 CARER; requester P3; consent P3 given 2026-10-02 WRITTEN | INELIGIBLE | EU-ART12-REQUESTER-VICTIM
      the relationship is not stated                          | victim deceased; add victim-family P3 of P1 unknown; requester P3; consent P3 given 2026-10-02 WRITTEN | NEEDS_INFORMATION | EU-ART12-REQUESTER-VICTIM
      a family member charged in the same offence             | victim deceased; add victim-family P3 of P1 CHILD co-accused; requester P3; consent P3 given 2026-10-02 WRITTEN | INELIGIBLE | EU-ART12-REQUESTER-VICTIM
      the victim is charged in the same offence               | victim co-accused                                     | INELIGIBLE        | EU-ART12-REQUESTER-VICTIM
      a victim who has died does not ask                      | victim deceased                                       | INELIGIBLE        | EU-ART12-REQUESTER-VICTIM
      an incapable victim does not ask                        | victim incapable                                      | INELIGIBLE        | EU-ART12-REQUESTER-VICTIM
      # 3. Consent (revised): the latest act
      a withdrawal on the day of a new consent prevails       | consent P1 withdrawn 2026-11-05; consent P1 given 2026-11-05 ORAL | INELIGIBLE | EU-ART12-CONSENT
      # 4. Safety (revised): the most severe assessment of the latest day
      a danger and a low risk assessed the same day           | risk DANGER on 2026-11-01; risk LOW on 2026-11-01     | INELIGIBLE        | EU-ART12-SAFETY
      # 5. Basic facts acknowledged (EU-4)
      the offender has not acknowledged the basic facts       | acknowledges basic facts no                           | INELIGIBLE        | EU-ART12-BASIC-FACTS
      whether the offender did is not stated                  | acknowledges basic facts unknown                      | NEEDS_INFORMATION | EU-ART12-BASIC-FACTS
      """)
  void rule_table(String scenario, String changes, Outcome outcome, String deciding) {
    RuleTables.check(assaultVictimInFrance().with(changes).decide(), outcome, deciding);
  }
}
