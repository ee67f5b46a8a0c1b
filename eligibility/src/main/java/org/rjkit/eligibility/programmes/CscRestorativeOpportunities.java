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

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.rjkit.core.casefile.Stage;
import org.rjkit.core.language.BilingualText;
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
          .policy("Restorative Opportunities is a post-sentence programme: the offender has been"
                  + " sentenced.",
              "Possibilités de justice réparatrice est un programme postsentenciel : le"
                  + " délinquant a été condamné à une peine.")
          .cites(CSC_RJ_SERVICES, CSC_VICTIMS_PAGE).rows("CA-RO-1")
          .is(new StageIn(EnumSet.of(Stage.POST_SENTENCE))),
      Rule.builder(REQUESTER, Phase.ELIGIBILITY)
          .policy("The request comes from a victim (registered or not), a representative acting"
                  + " on behalf of a registered victim, a victim's family member, a member of the"
                  + " offender's family, or the offender through staff; a victim who has died or"
                  + " is incapable does not ask, someone acting for them does; a person charged"
                  + " in the same offence has no standing on the victim's side.",
              "La demande émane d'une victime (inscrite ou non), d'un représentant agissant au"
                  + " nom d'une victime inscrite, d'un membre de la famille de la victime, d'un"
                  + " membre de la famille du délinquant ou du délinquant par l'entremise du"
                  + " personnel ; une victime décédée ou incapable ne fait pas de demande, une"
                  + " personne agissant pour elle la fait ; une personne accusée de la même"
                  + " infraction ne peut agir du côté de la victime.")
          .cites(CSC_VICTIMS_PAGE, CSC_RO_PAGE, CSC_BROCHURE, CCRA_2_3, CCRA_2_4, CVBR_3, CVBR_4)
          .rows("CA-RO-6", "CA-RO-7", "CA-RO-9", "CA-RO-10", "CA-RO-11", "CA-RO-36")
          .is(RequesterStanding.of(EnumSet.of(Role.VICTIM, Role.VICTIM_REPRESENTATIVE,
              Role.VICTIM_FAMILY_MEMBER, Role.OFFENDER_FAMILY_MEMBER, Role.OFFENDER),
              RequesterStanding.Restriction.CO_ACCUSED_EXCLUDED_FROM_VICTIM_SIDE,
              RequesterStanding.Restriction.REPRESENTATIVE_ONLY_FOR_REGISTERED_VICTIM)),
      Rule.builder(FEDERAL_SENTENCE, Phase.ELIGIBILITY)
          .policy("The offence has resulted in a federal sentence: life, an indeterminate"
                  + " sentence, a term of two years or more, or consecutive terms that in the"
                  + " aggregate amount to two years or more.",
              "L'infraction a donné lieu à une peine de ressort fédéral : l'emprisonnement à"
                  + " perpétuité, une peine de durée indéterminée, une peine de deux ans ou plus,"
                  + " ou des peines consécutives totalisant deux ans ou plus.")
          .cites(CC_743_1, CSC_VICTIMS_PAGE, CSC_RO_PAGE)
          .rows("CA-RO-13", "CA-RO-14", "CA-RO-15")
          .is(new FederalSentence()),
      Rule.builder(UNDER_SENTENCE, Phase.ELIGIBILITY)
          .policy("The offender is still serving the sentence, in custody, on conditional"
                  + " release or under long-term supervision; after warrant expiry the case is"
                  + " reviewed.",
              "Le délinquant purge toujours sa peine, en détention, en liberté sous condition ou"
                  + " sous surveillance de longue durée ; après l'expiration du mandat, le"
                  + " dossier est examiné.")
          .cites(CCRA_2_1_OFFENDER, CCRA_2_1_DEEMED)
          .rows("CA-RO-16", "CA-RO-17", "CA-RO-19")
          .is(new StillUnderSentence(RuleStatus.REVIEW)),
      Rule.builder(RESPONSIBILITY, Phase.SUITABILITY)
          .policy("The offender accepts responsibility for the offence.",
              "Le délinquant reconnaît sa responsabilité à l'égard de l'infraction.")
          .cites(CSC_FACT_SHEET).rows("CA-RO-18")
          .is(new AcceptsResponsibility()),
      Rule.builder(CONSENT, Phase.SUITABILITY)
          .policy("The requester, the offender concerned and the victim side give voluntary,"
                  + " informed consent that has not been withdrawn; when the offender or the"
                  + " offender's family asks, every victim does, or for a victim who has died or"
                  + " is incapable, someone acting for them.",
              "La personne requérante, le délinquant visé et la victime donnent un consentement"
                  + " libre et éclairé qui n'a pas été retiré ; lorsque la demande vient du"
                  + " délinquant ou de sa famille, chaque victime le donne, ou, pour une victime"
                  + " décédée ou incapable, une personne agissant pour elle.")
          .cites(CCRA_26_1_2, CSC_RO_PAGE, CSC_FACT_SHEET, CCRA_2_3, CVBR_3)
          .rows("CA-RO-20", "CA-RO-21", "CA-RO-22", "CA-RO-9", "CA-RO-36")
          .is(ConsentOfParties.anyForm(ConsentParty.REQUESTER, ConsentParty.VICTIM_SIDE,
              ConsentParty.OFFENDER)),
      Rule.builder(SAFETY, Phase.SUITABILITY)
          .policy("The latest safety assessment shows no danger to the victim; a high risk is"
                  + " reviewed.",
              "La dernière évaluation de la sécurité ne révèle aucun danger pour la victime ;"
                  + " un risque élevé est examiné.")
          .cites(CD_785, CSC_RO_PAGE, EDUCALOI_RJ).rows("CA-RO-27", "CA-RO-28")
          .is(SafetyRisk.DANGER_REFUSED_HIGH_REVIEWED),
      Rule.builder(NO_CONTACT, Phase.SUITABILITY)
          .policy("A no-contact order protecting the victim or the requester sends the request"
                  + " to the national restorative justice unit, unless it allows contact"
                  + " facilitated by the programme.",
              "Une ordonnance de non-communication protégeant la victime ou la personne"
                  + " requérante fait renvoyer la demande à l'unité nationale de justice"
                  + " réparatrice, sauf si elle permet un contact facilité par le programme.")
          .cites(GL_785_1).rows("CA-RO-29")
          .is(new NoContactOrders(RuleStatus.REVIEW)));

  /** The programme. */
  public static final Programme PROGRAMME = Programme.of(Programmes.CSC_RESTORATIVE_OPPORTUNITIES,
      BilingualText.of("Correctional Service of Canada Restorative Opportunities",
          "Possibilités de justice réparatrice du Service correctionnel du Canada"),
      new RuleSetVersion(VERSION_2026, LocalDate.of(2026, 1, 1), RULES));

  private CscRestorativeOpportunities() {}
}
