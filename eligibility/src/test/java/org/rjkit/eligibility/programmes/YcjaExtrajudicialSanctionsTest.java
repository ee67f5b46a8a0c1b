package org.rjkit.eligibility.programmes;

import static org.rjkit.eligibility.Scenario.fifteenYearOldGraffitiInOntario;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.RuleTables;

/**
 * YCJA s.10 extrajudicial sanctions (programmes.md). Each row starts from a young person (P2,
 * born 15 June 2010) who sprayed graffiti in Ontario on 10 April 2026, before any charge; does
 * not deny it, does not want the youth justice court, accepts responsibility, was advised of the
 * right to counsel and had a reasonable opportunity to consult; consented orally. Decided on
 * 21 November 2026.
 */
@DisplayName("ca-ycja-extrajudicial-sanctions")
class YcjaExtrajudicialSanctionsTest {

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # scenario                                                | changes to the case                                  | outcome           | rules not met or open
      the starting case                                         | none                                                 | ELIGIBLE          | -
      # 1. Jurisdiction in Canada
      Québec is in Canada                                       | jurisdiction CA-QC                                   | ELIGIBLE          | -
      Canada without province                                   | jurisdiction CA                                      | ELIGIBLE          | -
      a case in the United States                               | jurisdiction US                                      | INELIGIBLE        | YCJA-ES-JURISDICTION
      the jurisdiction is not stated                            | no jurisdiction                                      | NEEDS_INFORMATION | YCJA-ES-JURISDICTION
      # 2. A young person on the offence date (CA-YJ-1)
      11 the day before turning 12                              | born 2014-04-11                                      | INELIGIBLE        | YCJA-ES-YOUNG-PERSON
      12 on the very day of the offence                         | born 2014-04-10                                      | ELIGIBLE          | -
      17 the day before turning 18                              | born 2008-04-11                                      | ELIGIBLE          | -
      18 on the very day of the offence                         | born 2008-04-10                                      | INELIGIBLE        | YCJA-ES-YOUNG-PERSON
      born 29 February, offence on 28 February of year 18: 17   | born 2008-02-29; offence on 2026-02-28               | ELIGIBLE          | -
      born 29 February, offence on 1 March of year 18: 18       | born 2008-02-29; offence on 2026-03-01               | INELIGIBLE        | YCJA-ES-YOUNG-PERSON
      born 29 February, offence on 28 February of year 12: 11   | born 2012-02-29; offence on 2024-02-28               | INELIGIBLE        | YCJA-ES-YOUNG-PERSON
      born 29 February, offence on 29 February of year 12: 12   | born 2012-02-29; offence on 2024-02-29               | ELIGIBLE          | -
      17 at the offence though 18 by the decision date          | born 2008-06-01                                      | ELIGIBLE          | -
      the date of birth is not stated                           | born unknown                                         | NEEDS_INFORMATION | YCJA-ES-YOUNG-PERSON
      # 3. Stage
      after charge                                              | stage POST_CHARGE                                    | ELIGIBLE          | -
      convicted, not yet sentenced                              | stage PRE_SENTENCE                                   | INELIGIBLE        | YCJA-ES-STAGE
      sentenced                                                 | stage POST_SENTENCE                                  | INELIGIBLE        | YCJA-ES-STAGE
      # 4. No denial, no wish for the youth justice court (CA-YJ-7)
      the young person denies involvement                       | denies involvement yes                               | INELIGIBLE        | YCJA-ES-NO-DENIAL-NOR-TRIAL
      the young person wants the youth justice court            | wants trial yes                                      | INELIGIBLE        | YCJA-ES-NO-DENIAL-NOR-TRIAL
      whether a trial is wanted is not stated                   | wants trial unknown                                  | NEEDS_INFORMATION | YCJA-ES-NO-DENIAL-NOR-TRIAL
      # 5. Evidence and bar (CA-YJ-6 (f), (g))
      the evidence is insufficient                              | evidence insufficient                                | INELIGIBLE        | YCJA-ES-PROSECUTION
      prosecution is barred at law                              | prosecution barred                                   | INELIGIBLE        | YCJA-ES-PROSECUTION
      # 6. Responsibility (CA-YJ-6 (e))
      the young person does not accept responsibility           | accepts responsibility no                            | INELIGIBLE        | YCJA-ES-ACCEPTS-RESPONSIBILITY
      # 7. Counsel (CA-YJ-6 (d))
      not advised of the right to counsel                       | advised of right to counsel no                       | INELIGIBLE        | YCJA-ES-COUNSEL
      advised but given no opportunity to consult               | opportunity to consult counsel no                    | INELIGIBLE        | YCJA-ES-COUNSEL
      whether there was an opportunity is not stated            | opportunity to consult counsel unknown               | NEEDS_INFORMATION | YCJA-ES-COUNSEL
      # 8. Consent (CA-YJ-6 (c))
      the young person withdrew consent                         | consent P2 withdrawn 2026-11-01                      | INELIGIBLE        | YCJA-ES-CONSENT
      withdrew and consented again                              | consent P2 withdrawn 2026-11-01; consent P2 given 2026-11-15 WRITTEN | ELIGIBLE | -
      consented without being informed                          | consent P2 not informed                              | INELIGIBLE        | YCJA-ES-CONSENT
      the consent is not on record                              | no consent of P2                                     | NEEDS_INFORMATION | YCJA-ES-CONSENT
      # --- Revised rules (issue 8; programmes.md, common facts: the offender concerned) ---
      # A youth is judged on their own age, never on an adult co-accused's (CA-YJ-1)
      a youth asks; the adult co-accused is listed first        | born 1990-01-01; add offender P7 born 2011-01-01 accepting responsibility; requester P7; consent P7 given 2026-10-21 ORAL | NEEDS_INFORMATION | YCJA-ES-NO-DENIAL-NOR-TRIAL YCJA-ES-COUNSEL
      the adult co-accused asks                                 | born 1990-01-01; add offender P7 born 2011-01-01; requester P2 | INELIGIBLE | YCJA-ES-YOUNG-PERSON
      the victim asks about the youth among two offenders       | born 1990-01-01; add offender P7 born 2011-01-01 accepting responsibility; requester P1; offenderId P7; consent P1 given 2026-10-21 ORAL; consent P7 given 2026-10-21 ORAL | NEEDS_INFORMATION | YCJA-ES-NO-DENIAL-NOR-TRIAL YCJA-ES-COUNSEL
      the victim does not say which of two offenders            | add offender P7; requester P1; consent P1 given 2026-10-21 ORAL | NEEDS_INFORMATION | YCJA-ES-YOUNG-PERSON YCJA-ES-NO-DENIAL-NOR-TRIAL YCJA-ES-ACCEPTS-RESPONSIBILITY YCJA-ES-COUNSEL YCJA-ES-CONSENT
      the young person's own consent counts, not a parent's     | add offender-family P5 of P2; requester P5           | NEEDS_INFORMATION | YCJA-ES-CONSENT
      """)
  void rule_table(String scenario, String changes, Outcome outcome, String deciding) {
    RuleTables.check(fifteenYearOldGraffitiInOntario().with(changes).decide(), outcome, deciding);
  }
}
