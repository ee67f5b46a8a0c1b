package org.rjkit.eligibility.programmes;

import static org.rjkit.eligibility.programmes.Sources.Ew.CPS_RJ;
import static org.rjkit.eligibility.programmes.Sources.Ew.HOME_OFFICE;
import static org.rjkit.eligibility.programmes.Sources.Ew.ISO_3166_2_GB;
import static org.rjkit.eligibility.programmes.Sources.Ew.RJC_B;
import static org.rjkit.eligibility.programmes.Sources.Ew.RJC_C;
import static org.rjkit.eligibility.programmes.Sources.Ew.RJC_D;
import static org.rjkit.eligibility.programmes.Sources.Ew.RJC_E;
import static org.rjkit.eligibility.programmes.Sources.Ew.VICTIM_CARE_UNIT;
import static org.rjkit.eligibility.programmes.Texts.name;
import static org.rjkit.eligibility.programmes.Texts.policy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.offence.OffenceContext;
import org.rjkit.core.participant.Role;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.RuleSetVersion;
import org.rjkit.eligibility.rule.AcceptsResponsibility;
import org.rjkit.eligibility.rule.ConsentOfParties;
import org.rjkit.eligibility.rule.ConsentParty;
import org.rjkit.eligibility.rule.JurisdictionIn;
import org.rjkit.eligibility.rule.RequesterStanding;
import org.rjkit.eligibility.rule.Rule;
import org.rjkit.eligibility.rule.SafetyRisk;
import org.rjkit.eligibility.rule.SpecialistAssessmentForContexts;

/**
 * {@code gb-ew-victim-initiated}: restorative justice through police and victim services in
 * England and Wales, for any victim of any crime at any stage, including while the offender is
 * in prison (Home Office, seed 002; a police Victim Care Unit, seed 003; RJC Service Provider
 * Code of Practice).
 *
 * @since 1.0
 */
public final class EnglandWalesVictimInitiated {

  /** Rule 1: England or Wales. */
  public static final String JURISDICTION = "GB-EW-JURISDICTION";
  /** Rule 2: the requester is on the victim's side or the offender. */
  public static final String REQUESTER = "GB-EW-REQUESTER";
  /** Rule 3: the offender has admitted responsibility. */
  public static final String RESPONSIBILITY = "GB-EW-ADMITS-RESPONSIBILITY";
  /** Rule 4: written (or recorded) informed consent. */
  public static final String CONSENT = "GB-EW-WRITTEN-CONSENT";
  /** Rule 5: safety. */
  public static final String SAFETY = "GB-EW-SAFETY";
  /** Rule 6: sexual or intimate-partner offences need a specialist assessment. */
  public static final String SPECIALIST = "GB-EW-SPECIALIST-ASSESSMENT";

  private static final List<Rule> RULES = List.of(
      Rule.builder(JURISDICTION, Phase.ELIGIBILITY)
          .policy(policy(JURISDICTION))
          .cites(HOME_OFFICE, VICTIM_CARE_UNIT, ISO_3166_2_GB).rows("EW-DS-9")
          .is(JurisdictionIn.of("GB-ENG", "GB-WLS")),
      Rule.builder(REQUESTER, Phase.ELIGIBILITY)
          .policy(policy(REQUESTER))
          .cites(HOME_OFFICE, VICTIM_CARE_UNIT, CPS_RJ).rows("EW-DS-9")
          .is(RequesterStanding.of(EnumSet.of(Role.VICTIM, Role.VICTIM_REPRESENTATIVE,
              Role.VICTIM_FAMILY_MEMBER, Role.OFFENDER),
              RequesterStanding.Restriction.CO_ACCUSED_EXCLUDED_FROM_VICTIM_SIDE)),
      Rule.builder(RESPONSIBILITY, Phase.SUITABILITY)
          .policy(policy(RESPONSIBILITY))
          .cites(HOME_OFFICE, RJC_B).rows("EW-RJC-B")
          .is(new AcceptsResponsibility()),
      Rule.builder(CONSENT, Phase.SUITABILITY)
          .policy(policy(CONSENT))
          .cites(VICTIM_CARE_UNIT, RJC_C).rows("EW-RJC-C")
          .is(new ConsentOfParties(EnumSet.of(ConsentParty.REQUESTER, ConsentParty.VICTIM_SIDE,
              ConsentParty.OFFENDER),
              EnumSet.of(ConsentForm.WRITTEN, ConsentForm.ORAL_RECORDED))),
      Rule.builder(SAFETY, Phase.SUITABILITY)
          .policy(policy(SAFETY))
          .cites(VICTIM_CARE_UNIT, RJC_E).rows("EW-RJC-E")
          .is(SafetyRisk.DANGER_REFUSED_HIGH_REVIEWED),
      Rule.builder(SPECIALIST, Phase.SUITABILITY)
          .policy(policy(SPECIALIST))
          .cites(RJC_D).rows("EW-RJC-D")
          .is(new SpecialistAssessmentForContexts(EnumSet.of(OffenceContext.SEXUAL,
              OffenceContext.INTIMATE_PARTNER))));

  /** The programme. */
  public static final Programme PROGRAMME = Programme.of(Programmes.GB_EW_VICTIM_INITIATED,
      name(Programmes.GB_EW_VICTIM_INITIATED),
      new RuleSetVersion("2026-01-01", LocalDate.of(2026, 1, 1), RULES));

  private EnglandWalesVictimInitiated() {}
}
