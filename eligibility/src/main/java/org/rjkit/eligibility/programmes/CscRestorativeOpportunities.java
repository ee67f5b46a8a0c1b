package org.rjkit.eligibility.programmes;

import static org.rjkit.eligibility.programmes.Sources.CCRA_26_1_2;
import static org.rjkit.eligibility.programmes.Sources.CCRA_2_1_DEEMED;
import static org.rjkit.eligibility.programmes.Sources.CCRA_2_1_OFFENDER;
import static org.rjkit.eligibility.programmes.Sources.CCRA_2_3;
import static org.rjkit.eligibility.programmes.Sources.CCRA_2_4;
import static org.rjkit.eligibility.programmes.Sources.CC_743_1;
import static org.rjkit.eligibility.programmes.Sources.CD_785;
import static org.rjkit.eligibility.programmes.Sources.CSC_BROCHURE;
import static org.rjkit.eligibility.programmes.Sources.CSC_FACT_SHEET;
import static org.rjkit.eligibility.programmes.Sources.CSC_RJ_SERVICES;
import static org.rjkit.eligibility.programmes.Sources.CSC_RO_PAGE;
import static org.rjkit.eligibility.programmes.Sources.CSC_VICTIMS_PAGE;
import static org.rjkit.eligibility.programmes.Sources.CVBR_3;
import static org.rjkit.eligibility.programmes.Sources.CVBR_4;
import static org.rjkit.eligibility.programmes.Sources.EDUCALOI_RJ;
import static org.rjkit.eligibility.programmes.Sources.GL_785_1;
import static org.rjkit.eligibility.programmes.Texts.name;
import static org.rjkit.eligibility.programmes.Texts.policy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.rjkit.core.casefile.Stage;
import org.rjkit.core.participant.Role;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.RuleSetVersion;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.eligibility.rule.AcceptsResponsibility;
import org.rjkit.eligibility.rule.ConsentOfParties;
import org.rjkit.eligibility.rule.ConsentParty;
import org.rjkit.eligibility.rule.FederalSentence;
import org.rjkit.eligibility.rule.NoContactOrders;
import org.rjkit.eligibility.rule.RequesterStanding;
import org.rjkit.eligibility.rule.Rule;
import org.rjkit.eligibility.rule.SafetyRisk;
import org.rjkit.eligibility.rule.StageIn;
import org.rjkit.eligibility.rule.StillUnderSentence;

/**
 * {@code ca-csc-restorative-opportunities}: the Correctional Service of Canada's Restorative
 * Opportunities programme, post-sentence victim-offender mediation for federal offenders
 * (CCRA s.26.1, Commissioner's Directive 785, Guidelines 785-1).
 *
 * @since 1.0
 */
public final class CscRestorativeOpportunities {

  /** Rule 1: the stage is post-sentence. */
  public static final String STAGE = "CSC-RO-POST-SENTENCE";
  /** Rule 2: the requester has standing. */
  public static final String REQUESTER = "CSC-RO-REQUESTER-STANDING";
  /** Rule 3: a penitentiary (federal) sentence, CC s.743.1. */
  public static final String FEDERAL_SENTENCE = "CSC-RO-FEDERAL-SENTENCE";
  /** Rule 4: still under sentence on the date decided for. */
  public static final String UNDER_SENTENCE = "CSC-RO-UNDER-SENTENCE";
  /** Rule 5: the offender accepts responsibility. */
  public static final String RESPONSIBILITY = "CSC-RO-ACCEPTS-RESPONSIBILITY";
  /** Rule 6: voluntary informed consent. */
  public static final String CONSENT = "CSC-RO-CONSENT";
  /** Rule 7: safety. */
  public static final String SAFETY = "CSC-RO-SAFETY";
  /** Rule 8: no-contact orders. */
  public static final String NO_CONTACT = "CSC-RO-NO-CONTACT-ORDER";

  /** The first rule-set version's label and effective date. */
  public static final String VERSION_2026 = "2026-01-01";

  private static final List<Rule> RULES = List.of(
      Rule.builder(STAGE, Phase.ELIGIBILITY)
          .policy(policy(STAGE))
          .cites(CSC_RJ_SERVICES, CSC_VICTIMS_PAGE).rows("CA-RO-1")
          .is(new StageIn(EnumSet.of(Stage.POST_SENTENCE))),
      Rule.builder(REQUESTER, Phase.ELIGIBILITY)
          .policy(policy(REQUESTER))
          .cites(CSC_VICTIMS_PAGE, CSC_RO_PAGE, CSC_BROCHURE, CCRA_2_3, CCRA_2_4, CVBR_3, CVBR_4)
          .rows("CA-RO-6", "CA-RO-7", "CA-RO-9", "CA-RO-10", "CA-RO-11", "CA-RO-36")
          .is(RequesterStanding.of(EnumSet.of(Role.VICTIM, Role.VICTIM_REPRESENTATIVE,
              Role.VICTIM_FAMILY_MEMBER, Role.OFFENDER_FAMILY_MEMBER, Role.OFFENDER),
              RequesterStanding.Restriction.CO_ACCUSED_EXCLUDED_FROM_VICTIM_SIDE,
              RequesterStanding.Restriction.REPRESENTATIVE_ONLY_FOR_REGISTERED_VICTIM)),
      Rule.builder(FEDERAL_SENTENCE, Phase.ELIGIBILITY)
          .policy(policy(FEDERAL_SENTENCE))
          .cites(CC_743_1, CSC_VICTIMS_PAGE, CSC_RO_PAGE)
          .rows("CA-RO-13", "CA-RO-14", "CA-RO-15")
          .is(new FederalSentence()),
      Rule.builder(UNDER_SENTENCE, Phase.ELIGIBILITY)
          .policy(policy(UNDER_SENTENCE))
          .cites(CCRA_2_1_OFFENDER, CCRA_2_1_DEEMED)
          .rows("CA-RO-16", "CA-RO-17", "CA-RO-19")
          .is(new StillUnderSentence(RuleStatus.REVIEW)),
      Rule.builder(RESPONSIBILITY, Phase.SUITABILITY)
          .policy(policy(RESPONSIBILITY))
          .cites(CSC_FACT_SHEET).rows("CA-RO-18")
          .is(new AcceptsResponsibility()),
      Rule.builder(CONSENT, Phase.SUITABILITY)
          .policy(policy(CONSENT))
          .cites(CCRA_26_1_2, CSC_RO_PAGE, CSC_FACT_SHEET, CCRA_2_3, CVBR_3)
          .rows("CA-RO-20", "CA-RO-21", "CA-RO-22", "CA-RO-9", "CA-RO-36")
          .is(ConsentOfParties.anyForm(ConsentParty.REQUESTER, ConsentParty.VICTIM_SIDE,
              ConsentParty.OFFENDER)),
      Rule.builder(SAFETY, Phase.SUITABILITY)
          .policy(policy(SAFETY))
          .cites(CD_785, CSC_RO_PAGE, EDUCALOI_RJ).rows("CA-RO-27", "CA-RO-28")
          .is(SafetyRisk.DANGER_REFUSED_HIGH_REVIEWED),
      Rule.builder(NO_CONTACT, Phase.SUITABILITY)
          .policy(policy(NO_CONTACT))
          .cites(GL_785_1).rows("CA-RO-29")
          .is(new NoContactOrders(RuleStatus.REVIEW)));

  /** The programme. */
  public static final Programme PROGRAMME = Programme.of(Programmes.CSC_RESTORATIVE_OPPORTUNITIES,
      name(Programmes.CSC_RESTORATIVE_OPPORTUNITIES),
      new RuleSetVersion(VERSION_2026, LocalDate.of(2026, 1, 1), RULES));

  private CscRestorativeOpportunities() {}
}
