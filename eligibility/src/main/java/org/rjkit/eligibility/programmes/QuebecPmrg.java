package org.rjkit.eligibility.programmes;

import static org.rjkit.eligibility.programmes.Sources.Pmrg.CC_717;
import static org.rjkit.eligibility.programmes.Sources.Pmrg.CC_717_1_C;
import static org.rjkit.eligibility.programmes.Sources.Pmrg.CC_717_1_D;
import static org.rjkit.eligibility.programmes.Sources.Pmrg.CC_717_1_E;
import static org.rjkit.eligibility.programmes.Sources.Pmrg.CC_717_1_F_G;
import static org.rjkit.eligibility.programmes.Sources.Pmrg.CC_717_2;
import static org.rjkit.eligibility.programmes.Sources.Pmrg.EDUCALOI_PMRG;
import static org.rjkit.eligibility.programmes.Sources.Pmrg.QC_PMRG_PAGE;
import static org.rjkit.eligibility.programmes.Sources.Pmrg.QC_PMRG_QUEBEC_CA;
import static org.rjkit.eligibility.programmes.Sources.Ycja.YCJA_2_1;
import static org.rjkit.eligibility.programmes.Texts.name;
import static org.rjkit.eligibility.programmes.Texts.policy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.rjkit.core.casefile.Stage;
import org.rjkit.core.offence.OffenceCategory;
import org.rjkit.core.offence.OffenceContext;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.RuleSetVersion;
import org.rjkit.eligibility.rule.AcceptsResponsibility;
import org.rjkit.eligibility.rule.AgeOnOffenceDates;
import org.rjkit.eligibility.rule.ConsentOfParties;
import org.rjkit.eligibility.rule.ConsentParty;
import org.rjkit.eligibility.rule.CounselAdvised;
import org.rjkit.eligibility.rule.JurisdictionIn;
import org.rjkit.eligibility.rule.NoDenialNorTrialWish;
import org.rjkit.eligibility.rule.OffenceCategoriesIncluded;
import org.rjkit.eligibility.rule.OffenceExclusions;
import org.rjkit.eligibility.rule.ProsecutionViable;
import org.rjkit.eligibility.rule.Rule;
import org.rjkit.eligibility.rule.StageIn;
import org.rjkit.eligibility.rule.VictimParticipationNotRequired;

/**
 * {@code ca-qc-pmrg}: Québec's general alternative measures programme for adults (Programme de
 * mesures de rechange général pour adultes), whose legal basis is Criminal Code s.717.
 *
 * @since 1.0
 */
public final class QuebecPmrg {

  /** Rule 1: jurisdiction CA-QC. */
  public static final String JURISDICTION = "QC-PMRG-JURISDICTION";
  /** Rule 2: stage POST_CHARGE. */
  public static final String STAGE = "QC-PMRG-POST-CHARGE";
  /** Rule 3: an adult on the offence date. */
  public static final String ADULT = "QC-PMRG-ADULT";
  /** Rule 4: no excluded offence. */
  public static final String EXCLUDED_OFFENCES = "QC-PMRG-EXCLUDED-OFFENCES";
  /** Rule 4b: every offence is one the programme includes. */
  public static final String INCLUDED_OFFENCES = "QC-PMRG-INCLUDED-OFFENCES";
  /** Rule 5: no denial, no wish for trial. */
  public static final String NO_DENIAL = "QC-PMRG-NO-DENIAL-NOR-TRIAL";
  /** Rule 6: sufficient evidence, not barred. */
  public static final String PROSECUTION = "QC-PMRG-PROSECUTION";
  /** Rule 7: acknowledges the acts. */
  public static final String ACKNOWLEDGES = "QC-PMRG-ACKNOWLEDGES-ACTS";
  /** Rule 8a: advised of the right to counsel. */
  public static final String COUNSEL = "QC-PMRG-COUNSEL-ADVISED";
  /** Rule 8b: current informed consent. */
  public static final String CONSENT = "QC-PMRG-CONSENT";
  /** Rule 9: the victim's participation is not required. */
  public static final String VICTIM_NOT_REQUIRED = "QC-PMRG-VICTIM-NOT-REQUIRED";

  private static final List<Rule> RULES = List.of(
      Rule.builder(JURISDICTION, Phase.ELIGIBILITY)
          .policy(policy(JURISDICTION))
          .cites(QC_PMRG_PAGE, QC_PMRG_QUEBEC_CA).rows("QC-1", "QC-2")
          .is(JurisdictionIn.of("CA-QC")),
      Rule.builder(STAGE, Phase.ELIGIBILITY)
          .policy(policy(STAGE))
          .cites(QC_PMRG_PAGE, CC_717).rows("QC-1")
          .is(new StageIn(EnumSet.of(Stage.POST_CHARGE))),
      Rule.builder(ADULT, Phase.ELIGIBILITY)
          .policy(policy(ADULT))
          .cites(CC_717, YCJA_2_1).rows("QC-1", "CA-YJ-1")
          .is(AgeOnOffenceDates.atLeast(18)),
      Rule.builder(EXCLUDED_OFFENCES, Phase.ELIGIBILITY)
          .policy(policy(EXCLUDED_OFFENCES))
          .cites(EDUCALOI_PMRG).rows("QC-5")
          .is(new OffenceExclusions(EnumSet.of(OffenceCategory.SEXUAL_ASSAULT),
              EnumSet.of(OffenceContext.SEXUAL, OffenceContext.INTIMATE_PARTNER,
                  OffenceContext.AGAINST_VULNERABLE_PERSON))),
      Rule.builder(INCLUDED_OFFENCES, Phase.ELIGIBILITY)
          .policy(policy(INCLUDED_OFFENCES))
          .cites(QC_PMRG_PAGE, QC_PMRG_QUEBEC_CA, EDUCALOI_PMRG).rows("QC-3", "QC-5", "QC-5b")
          .is(new OffenceCategoriesIncluded(EnumSet.of(OffenceCategory.THEFT,
              OffenceCategory.SHOPLIFTING, OffenceCategory.MISCHIEF, OffenceCategory.ASSAULT,
              OffenceCategory.FRAUD), EnumSet.of(OffenceCategory.HOMICIDE))),
      Rule.builder(NO_DENIAL, Phase.ELIGIBILITY)
          .policy(policy(NO_DENIAL))
          .cites(CC_717_2).rows("CA-AM-2")
          .is(new NoDenialNorTrialWish()),
      Rule.builder(PROSECUTION, Phase.ELIGIBILITY)
          .policy(policy(PROSECUTION))
          .cites(CC_717_1_F_G).rows("CA-AM-1")
          .is(new ProsecutionViable()),
      Rule.builder(ACKNOWLEDGES, Phase.SUITABILITY)
          .policy(policy(ACKNOWLEDGES))
          .cites(QC_PMRG_PAGE, CC_717_1_E).rows("QC-3", "CA-AM-1")
          .is(new AcceptsResponsibility()),
      Rule.builder(COUNSEL, Phase.SUITABILITY)
          .policy(policy(COUNSEL))
          .cites(CC_717_1_D).rows("CA-AM-1")
          .is(CounselAdvised.rightToCounsel()),
      Rule.builder(CONSENT, Phase.SUITABILITY)
          .policy(policy(CONSENT))
          .cites(CC_717_1_C).rows("CA-AM-1")
          .is(ConsentOfParties.anyForm(ConsentParty.OFFENDER)),
      Rule.builder(VICTIM_NOT_REQUIRED, Phase.SUITABILITY)
          .policy(policy(VICTIM_NOT_REQUIRED))
          .cites(EDUCALOI_PMRG).rows("QC-7")
          .is(new VictimParticipationNotRequired()));

  /** The programme. */
  public static final Programme PROGRAMME = Programme.of(Programmes.QC_PMRG,
      name(Programmes.QC_PMRG),
      new RuleSetVersion("2026-01-01", LocalDate.of(2026, 1, 1), RULES));

  private QuebecPmrg() {}
}
