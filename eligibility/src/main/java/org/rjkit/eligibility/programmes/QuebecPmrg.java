package org.rjkit.eligibility.programmes;

import static org.rjkit.eligibility.programmes.Sources.CC_717;
import static org.rjkit.eligibility.programmes.Sources.CC_717_1_C;
import static org.rjkit.eligibility.programmes.Sources.CC_717_1_D;
import static org.rjkit.eligibility.programmes.Sources.CC_717_1_E;
import static org.rjkit.eligibility.programmes.Sources.CC_717_1_F_G;
import static org.rjkit.eligibility.programmes.Sources.CC_717_2;
import static org.rjkit.eligibility.programmes.Sources.EDUCALOI_PMRG;
import static org.rjkit.eligibility.programmes.Sources.QC_PMRG_PAGE;
import static org.rjkit.eligibility.programmes.Sources.QC_PMRG_QUEBEC_CA;
import static org.rjkit.eligibility.programmes.Sources.YCJA_2_1;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.rjkit.core.casefile.Stage;
import org.rjkit.core.language.BilingualText;
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
          .policy("The case is dealt with in Québec.", "L'affaire relève du Québec.")
          .cites(QC_PMRG_PAGE, QC_PMRG_QUEBEC_CA).rows("QC-1", "QC-2")
          .is(JurisdictionIn.of("CA-QC")),
      Rule.builder(STAGE, Phase.ELIGIBILITY)
          .policy("The adult has been charged, and the measures replace the usual proceedings.",
              "L'adulte a été accusé, et les mesures remplacent la procédure habituelle.")
          .cites(QC_PMRG_PAGE, CC_717).rows("QC-1")
          .is(new StageIn(EnumSet.of(Stage.POST_CHARGE))),
      Rule.builder(ADULT, Phase.ELIGIBILITY)
          .policy("The accused was 18 or older on the date of the offence.",
              "L'accusé avait 18 ans ou plus à la date de l'infraction.")
          .cites(CC_717, YCJA_2_1).rows("QC-1", "CA-YJ-1")
          .is(AgeOnOffenceDates.atLeast(18)),
      Rule.builder(EXCLUDED_OFFENCES, Phase.ELIGIBILITY)
          .policy("No offence involves sexual violence, a conjugal context or a vulnerable"
                  + " person.",
              "Aucune infraction ne relève de la violence sexuelle, d'un contexte conjugal ou"
                  + " d'un crime contre une personne vulnérable.")
          .cites(EDUCALOI_PMRG).rows("QC-5")
          .is(new OffenceExclusions(EnumSet.of(OffenceCategory.SEXUAL_ASSAULT),
              EnumSet.of(OffenceContext.SEXUAL, OffenceContext.INTIMATE_PARTNER,
                  OffenceContext.AGAINST_VULNERABLE_PERSON))),
      Rule.builder(INCLUDED_OFFENCES, Phase.ELIGIBILITY)
          .policy("Every charge is for an offence the programme includes: theft, shoplifting,"
                  + " mischief, assault and fraud are; homicide is not; any other offence is for"
                  + " the prosecutor to assess.",
              "Chaque accusation vise une infraction que le programme comprend : le vol, le vol"
                  + " à l'étalage, le méfait, les voies de fait et la fraude en sont ;"
                  + " l'homicide n'en est pas ; toute autre infraction relève de l'appréciation"
                  + " du poursuivant.")
          .cites(QC_PMRG_PAGE, QC_PMRG_QUEBEC_CA, EDUCALOI_PMRG).rows("QC-3", "QC-5", "QC-5b")
          .is(new OffenceCategoriesIncluded(EnumSet.of(OffenceCategory.THEFT,
              OffenceCategory.SHOPLIFTING, OffenceCategory.MISCHIEF, OffenceCategory.ASSAULT,
              OffenceCategory.FRAUD), EnumSet.of(OffenceCategory.HOMICIDE))),
      Rule.builder(NO_DENIAL, Phase.ELIGIBILITY)
          .policy("The accused does not deny involvement and does not wish the charge to be"
                  + " dealt with by the court.",
              "L'accusé ne nie pas sa participation et ne souhaite pas que l'accusation soit"
                  + " portée devant le tribunal.")
          .cites(CC_717_2).rows("CA-AM-2")
          .is(new NoDenialNorTrialWish()),
      Rule.builder(PROSECUTION, Phase.ELIGIBILITY)
          .policy("The prosecutor considers there is sufficient evidence to proceed, and"
                  + " prosecution is not barred at law.",
              "Le poursuivant estime la preuve suffisante pour agir, et la poursuite n'est pas"
                  + " interdite par une règle de droit.")
          .cites(CC_717_1_F_G).rows("CA-AM-1")
          .is(new ProsecutionViable()),
      Rule.builder(ACKNOWLEDGES, Phase.SUITABILITY)
          .policy("The accused acknowledges the acts behind the charge and accepts"
                  + " responsibility for them.",
              "L'accusé reconnaît les gestes à l'origine de l'accusation et en accepte la"
                  + " responsabilité.")
          .cites(QC_PMRG_PAGE, CC_717_1_E).rows("QC-3", "CA-AM-1")
          .is(new AcceptsResponsibility()),
      Rule.builder(COUNSEL, Phase.SUITABILITY)
          .policy("The accused was advised of the right to counsel before consenting.",
              "L'accusé a été avisé de son droit aux services d'un avocat avant de consentir.")
          .cites(CC_717_1_D).rows("CA-AM-1")
          .is(CounselAdvised.rightToCounsel()),
      Rule.builder(CONSENT, Phase.SUITABILITY)
          .policy("The accused, fully informed, freely consents, and the consent has not been"
                  + " withdrawn.",
              "L'accusé, pleinement informé, consent librement, et son consentement n'a pas été"
                  + " retiré.")
          .cites(CC_717_1_C).rows("CA-AM-1")
          .is(ConsentOfParties.anyForm(ConsentParty.OFFENDER)),
      Rule.builder(VICTIM_NOT_REQUIRED, Phase.SUITABILITY)
          .policy("The victim's participation is not required: the programme can proceed"
                  + " without the victim, who may decline for any reason.",
              "La participation de la victime n'est pas requise : le programme peut se dérouler"
                  + " sans elle, et elle peut refuser pour quelque raison que ce soit.")
          .cites(EDUCALOI_PMRG).rows("QC-7")
          .is(new VictimParticipationNotRequired()));

  /** The programme. */
  public static final Programme PROGRAMME = Programme.of(Programmes.QC_PMRG,
      BilingualText.of("Québec general alternative measures program for adults",
          "Programme de mesures de rechange général pour adultes (Québec)"),
      new RuleSetVersion("2026-01-01", LocalDate.of(2026, 1, 1), RULES));

  private QuebecPmrg() {}
}
