package org.rjkit.process.confidentiality;

import static org.rjkit.process.confidentiality.InformationClass.ADMINISTRATIVE;
import static org.rjkit.process.confidentiality.InformationClass.PROCESS_CONTENT;
import static org.rjkit.process.confidentiality.Permission.DENIED;
import static org.rjkit.process.confidentiality.Permission.PERMITTED;
import static org.rjkit.process.confidentiality.Permission.REDACTED;
import static org.rjkit.process.confidentiality.RecipientKind.FACILITATOR;
import static org.rjkit.process.confidentiality.RecipientKind.PARTICIPANT;
import static org.rjkit.process.confidentiality.RecipientKind.PAROLE_BOARD;
import static org.rjkit.process.confidentiality.RecipientKind.POLICE;
import static org.rjkit.process.confidentiality.RecipientKind.PROGRAMME_STAFF;
import static org.rjkit.process.confidentiality.RecipientKind.PROSECUTOR;
import static org.rjkit.process.confidentiality.RecipientKind.RESEARCHER;
import static org.rjkit.process.confidentiality.RecipientKind.SENTENCING_COURT;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
import java.util.List;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.BilingualText;
import org.rjkit.process.citation.ProcessSources;

/**
 * The built-in disclosure policies, one per programme family. Each is a table a reviewer can
 * read; each row and exception cites its source.
 */
public final class DisclosurePolicies {

  private DisclosurePolicies() {}

  private static final EnumSet<Purpose> ANY_PURPOSE = EnumSet.allOf(Purpose.class);
  private static final EnumSet<InformationClass> ANY_INFORMATION =
      EnumSet.allOf(InformationClass.class);
  private static final EnumSet<RecipientKind> ANY_RECIPIENT = EnumSet.allOf(RecipientKind.class);

  /**
   * CSC Restorative Opportunities: what is said, and the fact of participation, are kept from
   * parole and sentencing decisions (CA-RO-25, CA-RO-26); the mediator sees everything; a
   * participant sees what they wrote and what the mediator relayed to them; programme staff see
   * administrative facts and only the existence of process content. Safety, child protection and
   * new offences may be reported to the police or programme staff (CA-RO-28, CONF-3..6), never to
   * the parole board. The prohibition on parole and sentencing use (CA-RO-25, CA-RO-26, CONF-6)
   * is an invariant: no exception and no configuration lifts it.
   *
   * @return the policy {@code ca-csc-restorative-opportunities}
   */
  public static DisclosurePolicy cscRestorativeOpportunities() {
    List<Citation> noParole = List.of(ProcessSources.CSC_RJ_SERVICES, ProcessSources.CSC_RO_PROGRAM);
    BilingualText noParoleReason = BilingualText.of(
        "Restorative Opportunities is kept confidential so as not to influence parole or "
            + "sentencing decisions; not even participation is disclosed.",
        "Les Possibilités de justice réparatrice restent confidentielles afin de ne pas influer "
            + "sur les décisions de libération conditionnelle ou sur la peine; même la "
            + "participation n'est pas divulguée.");
    return new DisclosurePolicy("ca-csc-restorative-opportunities",
        BilingualText.of("CSC Restorative Opportunities", "Possibilités de justice réparatrice (SCC)"),
        List.of(
            new DisclosureRule("CSC-CONF-PAROLE-SENTENCE", EnumSet.of(PAROLE_BOARD, SENTENCING_COURT),
                ANY_PURPOSE, ANY_INFORMATION, DENIED, noParoleReason, noParole),
            new DisclosureRule("CSC-CONF-PAROLE-SENTENCE-PURPOSE", ANY_RECIPIENT,
                EnumSet.of(Purpose.PAROLE_DECISION, Purpose.SENTENCING_DECISION), ANY_INFORMATION,
                DENIED, noParoleReason, noParole)),
        List.of(
            new DisclosureRule("CSC-CONF-MEDIATOR", EnumSet.of(FACILITATOR), ANY_PURPOSE,
                ANY_INFORMATION, PERMITTED, BilingualText.of(
                    "The mediator conducts the process and its ongoing assessments.",
                    "Le médiateur mène le processus et ses évaluations continues."),
                List.of(ProcessSources.CSC_RO_PROGRAM, ProcessSources.CD_785)),
            new DisclosureRule("CSC-CONF-PARTICIPANT", EnumSet.of(PARTICIPANT), ANY_PURPOSE,
                ANY_INFORMATION, PERMITTED, BilingualText.of(
                    "A participant receives what they wrote and what the mediator relayed to them.",
                    "Un participant reçoit ce qu'il a écrit et ce que le médiateur lui a transmis."),
                List.of(ProcessSources.CSC_FACT_SHEET_OFFENDERS, ProcessSources.CSC_BROCHURE)),
            new DisclosureRule("CSC-CONF-STAFF-ADMINISTRATION", EnumSet.of(PROGRAMME_STAFF),
                ANY_PURPOSE, EnumSet.of(ADMINISTRATIVE), PERMITTED, BilingualText.of(
                    "The Restorative Justice Unit administers every request.",
                    "L'Unité de la justice réparatrice administre chaque demande."),
                List.of(ProcessSources.GL_785_1)),
            new DisclosureRule("CSC-CONF-STAFF-CONTENT", EnumSet.of(PROGRAMME_STAFF), ANY_PURPOSE,
                EnumSet.of(PROCESS_CONTENT), REDACTED, BilingualText.of(
                    "Programme staff learn that a message or statement exists, not what it says.",
                    "Le personnel du programme apprend qu'un message ou une déclaration existe, "
                        + "non son contenu."),
                List.of(ProcessSources.CSC_RJ_SERVICES, ProcessSources.EDUCALOI)),
            new DisclosureRule("CSC-CONF-RESEARCH", EnumSet.of(RESEARCHER),
                EnumSet.of(Purpose.RESEARCH), EnumSet.of(ADMINISTRATIVE), REDACTED,
                BilingualText.of(
                    "Researchers receive administrative facts without identifiers.",
                    "Les chercheurs reçoivent les faits administratifs sans identifiants."),
                List.of(ProcessSources.CSC_RJ_SERVICES))),
        List.of(
            new ExceptionRule("CSC-CONF-EXCEPTION-IMMINENT-HARM", ExceptionGround.IMMINENT_HARM,
                EnumSet.of(POLICE, PROGRAMME_STAFF), EnumSet.of(Purpose.SAFETY), PERMITTED,
                BilingualText.of(
                    "Mediators raise safety and security issues with the appropriate authority.",
                    "Les médiateurs signalent les questions de sûreté et de sécurité à "
                        + "l'autorité compétente."),
                List.of(ProcessSources.CD_785, ProcessSources.CONF_DANGER_CHILD_PROTECTION)),
            new ExceptionRule("CSC-CONF-EXCEPTION-CHILD-PROTECTION", ExceptionGround.CHILD_PROTECTION,
                EnumSet.of(POLICE, PROGRAMME_STAFF),
                EnumSet.of(Purpose.SAFETY, Purpose.CHILD_PROTECTION), PERMITTED,
                BilingualText.of("Child protection overrules confidentiality.",
                    "La protection de l'enfance l'emporte sur la confidentialité."),
                List.of(ProcessSources.CD_785, ProcessSources.CONF_DANGER_CHILD_PROTECTION,
                    ProcessSources.CONF_MANDATORY_REPORTING)),
            new ExceptionRule("CSC-CONF-EXCEPTION-NEW-OFFENCE", ExceptionGround.NEW_OFFENCE,
                EnumSet.of(POLICE), EnumSet.of(Purpose.INVESTIGATION), PERMITTED,
                BilingualText.of("A new offence disclosed in the process may be reported.",
                    "Une nouvelle infraction révélée pendant le processus peut être signalée."),
                List.of(ProcessSources.CD_785, ProcessSources.CONF_REPORT_VIOLATIONS))),
        DisclosurePolicy.denyEverythingElse("CSC-CONF-CONFIDENTIAL", BilingualText.of(
                "What is said or written in Restorative Opportunities is confidential.",
                "Ce qui est dit ou écrit dans les Possibilités de justice réparatrice est "
                    + "confidentiel."),
            List.of(ProcessSources.CSC_RJ_SERVICES, ProcessSources.EDUCALOI)));
  }

  /**
   * New Zealand pre-sentence restorative justice: the facilitator's report goes to the judge
   * before sentencing, and to the parties and police or probation (NZ-9, CONF-8); it is not
   * confidential from the court. Other disclosure needs the agreement of the parties or national
   * law (UN-5).
   *
   * @return the policy {@code nz-pre-sentence-conference}
   */
  public static DisclosurePolicy newZealandPreSentence() {
    List<Citation> report = List.of(ProcessSources.NZ_CONFERENCE_REPORT);
    return new DisclosurePolicy("nz-pre-sentence-conference",
        BilingualText.of("New Zealand pre-sentence restorative justice",
            "Justice réparatrice avant la peine (Nouvelle-Zélande)"),
        List.of(
            new DisclosureRule("NZ-CONF-FACILITATOR", EnumSet.of(FACILITATOR), ANY_PURPOSE,
                ANY_INFORMATION, PERMITTED, BilingualText.of(
                    "The facilitator conducts the conference and writes its report.",
                    "Le facilitateur mène la conférence et en rédige le rapport."), report),
            new DisclosureRule("NZ-CONF-PARTICIPANT", EnumSet.of(PARTICIPANT), ANY_PURPOSE,
                ANY_INFORMATION, PERMITTED, BilingualText.of(
                    "The conference report goes to the victim and to the offender or their lawyer.",
                    "Le rapport de la conférence est remis à la victime et au délinquant ou à son "
                        + "avocat."), report),
            new DisclosureRule("NZ-CONF-REPORT-TO-JUDGE", EnumSet.of(SENTENCING_COURT, POLICE,
                    PROGRAMME_STAFF), EnumSet.of(Purpose.SENTENCING_DECISION), ANY_INFORMATION,
                PERMITTED, BilingualText.of(
                    "The facilitator's report goes to the judge before sentencing, and to police "
                        + "or probation.",
                    "Le rapport du facilitateur est remis au juge avant la peine, ainsi qu'à la "
                        + "police ou à la probation."), report),
            new DisclosureRule("NZ-CONF-STAFF-ADMINISTRATION", EnumSet.of(PROGRAMME_STAFF),
                ANY_PURPOSE, EnumSet.of(ADMINISTRATIVE), PERMITTED, BilingualText.of(
                    "Programme staff administer the referral.",
                    "Le personnel du programme administre le renvoi."), report),
            new DisclosureRule("NZ-CONF-STAFF-CONTENT", EnumSet.of(PROGRAMME_STAFF), ANY_PURPOSE,
                EnumSet.of(PROCESS_CONTENT), REDACTED, BilingualText.of(
                    "Outside the report, programme staff learn only that content exists.",
                    "En dehors du rapport, le personnel du programme apprend seulement "
                        + "qu'un contenu existe."), List.of(ProcessSources.UN_PARA_14))),
        partyAgreementAndLawExceptions("NZ", List.of(ProcessSources.UN_PARA_14)),
        DisclosurePolicy.denyEverythingElse("NZ-CONF-CONFIDENTIAL", BilingualText.of(
                "Outside the report to the court, discussions not held in public are "
                    + "confidential.",
                "En dehors du rapport au tribunal, les discussions non publiques sont "
                    + "confidentielles."),
            List.of(ProcessSources.UN_PARA_14)));
  }

  /**
   * Directive 2012/29/EU: discussions not conducted in public are confidential and not
   * subsequently disclosed, except with the agreement of the parties or as required by national
   * law due to an overriding public interest (Art. 12(1)(e), recital 46; EU-6, EU-8b, CONF-1).
   *
   * @return the policy {@code eu-victims-directive}
   */
  public static DisclosurePolicy euVictimsDirective() {
    return consentOrLawPolicy("eu-victims-directive", "EU",
        BilingualText.of("Directive 2012/29/EU, Article 12", "Directive 2012/29/UE, article 12"),
        List.of(ProcessSources.EU_ART_12_1_E, ProcessSources.EU_RECITAL_46));
  }

  /**
   * UN Basic Principles: discussions not conducted in public are confidential and not
   * subsequently disclosed, except with the agreement of the parties or as required by national
   * law (para. 14; UN-5, CONF-2).
   *
   * @return the policy {@code un-basic-principles}
   */
  public static DisclosurePolicy unBasicPrinciples() {
    return consentOrLawPolicy("un-basic-principles", "UN",
        BilingualText.of("UN Basic Principles, para. 14", "Principes fondamentaux de l'ONU, par. 14"),
        List.of(ProcessSources.UN_PARA_14));
  }

  /**
   * Quebec's general alternative measures programme for adults (PMRG): an admission or statement
   * accepting responsibility made as a condition of the measures is not admissible in any civil
   * or criminal proceeding (CA-AM-3, QC-6, CONF-7), so process content never goes to the police,
   * the prosecution or a court, whatever the exception (an invariant); the prosecutor and the
   * court learn whether the measures were complied with (CA-AM-4), as administrative facts.
   * Otherwise discussions are confidential, except with the agreement of the parties or as
   * national law requires (UN-5).
   *
   * @return the policy {@code ca-qc-pmrg}
   */
  public static DisclosurePolicy quebecPmrg() {
    return diversionPolicy("ca-qc-pmrg", "QC",
        BilingualText.of("Quebec general alternative measures programme for adults",
            "Programme de mesures de rechange général pour adultes (Québec)"),
        List.of(ProcessSources.CC_S717_3, ProcessSources.QC_PMRG),
        List.of(ProcessSources.CC_S717_4, ProcessSources.QC_PMRG));
  }

  /**
   * Youth Criminal Justice Act extrajudicial sanctions: admissions made as a condition of the
   * sanction are inadmissible (CA-YJ-8, CONF-7), so process content never goes to the police, the
   * prosecution or a court (an invariant); the court learns of compliance (CA-YJ-9) as
   * administrative facts. Otherwise confidential, except with the agreement of the parties or as
   * national law requires (UN-5).
   *
   * @return the policy {@code ca-ycja-extrajudicial-sanctions}
   */
  public static DisclosurePolicy ycjaExtrajudicialSanctions() {
    return diversionPolicy("ca-ycja-extrajudicial-sanctions", "YJ",
        BilingualText.of("YCJA extrajudicial sanctions",
            "Sanctions extrajudiciaires (LSJPA)"),
        List.of(ProcessSources.YCJA_S10_4),
        List.of(ProcessSources.YCJA_S10_5));
  }

  /**
   * England and Wales, victim-initiated restorative justice: information is confidential unless
   * there is prior consent; the facilitator breaks confidentiality where withholding it could put
   * someone in danger, and child protection overrules confidentiality (CONF-4); written, informed
   * consent (EW-RJC-C).
   *
   * @return the policy {@code gb-ew-victim-initiated}
   */
  public static DisclosurePolicy englandWalesVictimInitiated() {
    return consentOrLawPolicy("gb-ew-victim-initiated", "EW",
        BilingualText.of("England and Wales, victim-initiated restorative justice",
            "Angleterre et pays de Galles, justice réparatrice à l'initiative de la victime"),
        List.of(ProcessSources.UK_PROVIDER_CONFIDENTIALITY, ProcessSources.RJC_CODE));
  }

  /**
   * Every built-in policy, in a stable order.
   *
   * @return CSC, New Zealand, EU, UN, Quebec PMRG, YCJA, England and Wales
   */
  public static List<DisclosurePolicy> all() {
    return List.of(cscRestorativeOpportunities(), newZealandPreSentence(), euVictimsDirective(),
        unBasicPrinciples(), quebecPmrg(), ycjaExtrajudicialSanctions(),
        englandWalesVictimInitiated());
  }

  private static DisclosurePolicy diversionPolicy(String id, String prefix, BilingualText label,
      List<Citation> inadmissible, List<Citation> compliance) {
    DisclosurePolicy base = consentOrLawPolicy(id, prefix, label, inadmissible);
    BilingualText notAdmissible = BilingualText.of(
        "An admission or statement accepting responsibility made as a condition of the measures "
            + "is not admissible in any civil or criminal proceeding.",
        "L'admission ou la déclaration de responsabilité faite pour être admis aux mesures "
            + "n'est pas admissible en preuve dans une poursuite civile ou criminelle.");
    DisclosureRule inadmissibleRow = new DisclosureRule(prefix + "-CONF-ADMISSIONS-INADMISSIBLE",
        EnumSet.of(POLICE, PROSECUTOR, SENTENCING_COURT, PAROLE_BOARD), ANY_PURPOSE,
        EnumSet.of(PROCESS_CONTENT), DENIED, notAdmissible, inadmissible);
    DisclosureRule complianceRow = new DisclosureRule(prefix + "-CONF-COMPLIANCE",
        EnumSet.of(PROSECUTOR, SENTENCING_COURT),
        EnumSet.of(Purpose.PROSECUTION, Purpose.COURT_PROCEEDINGS, Purpose.SENTENCING_DECISION),
        EnumSet.of(ADMINISTRATIVE), PERMITTED, BilingualText.of(
            "The prosecutor and the court learn whether the measures were complied with, in whole "
                + "or in part.",
            "Le poursuivant et le tribunal apprennent si les mesures ont été observées, en tout "
                + "ou en partie."), compliance);
    return new DisclosurePolicy(id, label, List.of(inadmissibleRow),
        ImmutableList.<DisclosureRule>builder().add(complianceRow).addAll(base.rules()).build(),
        base.exceptions(), base.fallback());
  }

  private static DisclosurePolicy consentOrLawPolicy(String id, String prefix, BilingualText label,
      List<Citation> basis) {
    return new DisclosurePolicy(id, label,
        List.of(
            new DisclosureRule(prefix + "-CONF-FACILITATOR", EnumSet.of(FACILITATOR), ANY_PURPOSE,
                ANY_INFORMATION, PERMITTED, BilingualText.of(
                    "The facilitator conducts the process.",
                    "Le facilitateur mène le processus."), basis),
            new DisclosureRule(prefix + "-CONF-PARTICIPANT", EnumSet.of(PARTICIPANT), ANY_PURPOSE,
                ANY_INFORMATION, PERMITTED, BilingualText.of(
                    "A participant receives what they said or wrote and what was relayed to them.",
                    "Un participant reçoit ce qu'il a dit ou écrit et ce qui lui a été transmis."),
                basis),
            new DisclosureRule(prefix + "-CONF-STAFF-ADMINISTRATION", EnumSet.of(PROGRAMME_STAFF),
                ANY_PURPOSE, EnumSet.of(ADMINISTRATIVE), PERMITTED, BilingualText.of(
                    "The service administers the case.", "Le service administre le dossier."),
                basis),
            new DisclosureRule(prefix + "-CONF-STAFF-CONTENT", EnumSet.of(PROGRAMME_STAFF),
                ANY_PURPOSE, EnumSet.of(PROCESS_CONTENT), REDACTED, BilingualText.of(
                    "Service staff learn only that content exists.",
                    "Le personnel du service apprend seulement qu'un contenu existe."), basis)),
        partyAgreementAndLawExceptions(prefix, basis),
        DisclosurePolicy.denyEverythingElse(prefix + "-CONF-CONFIDENTIAL", BilingualText.of(
                "Discussions not conducted in public are confidential and are not subsequently "
                    + "disclosed.",
                "Les discussions non publiques sont confidentielles et ne sont pas divulguées "
                    + "par la suite."), basis));
  }

  private static List<ExceptionRule> partyAgreementAndLawExceptions(String prefix,
      List<Citation> basis) {
    EnumSet<RecipientKind> authorities = EnumSet.of(POLICE, PROSECUTOR, SENTENCING_COURT);
    return List.of(
        new ExceptionRule(prefix + "-CONF-EXCEPTION-PARTY-AGREEMENT",
            ExceptionGround.PARTY_AGREEMENT, ANY_RECIPIENT, ANY_PURPOSE, PERMITTED,
            BilingualText.of("Every party agreed to this disclosure.",
                "Toutes les parties ont consenti à cette divulgation."), basis),
        new ExceptionRule(prefix + "-CONF-EXCEPTION-NATIONAL-LAW",
            ExceptionGround.NATIONAL_LAW_PUBLIC_INTEREST, authorities, ANY_PURPOSE, PERMITTED,
            BilingualText.of("National law requires this disclosure.",
                "Le droit national exige cette divulgation."), basis),
        new ExceptionRule(prefix + "-CONF-EXCEPTION-COURT-ORDER", ExceptionGround.COURT_ORDER,
            authorities, EnumSet.of(Purpose.COURT_PROCEEDINGS), PERMITTED,
            BilingualText.of("A court ordered this disclosure.",
                "Un tribunal a ordonné cette divulgation."), basis),
        new ExceptionRule(prefix + "-CONF-EXCEPTION-IMMINENT-HARM", ExceptionGround.IMMINENT_HARM,
            EnumSet.of(POLICE, PROGRAMME_STAFF), EnumSet.of(Purpose.SAFETY), PERMITTED,
            BilingualText.of(
                "An imminent risk of serious harm overrides confidentiality where national law "
                    + "requires it.",
                "Un risque imminent de préjudice grave l'emporte sur la confidentialité lorsque "
                    + "le droit national l'exige."),
            List.of(basis.get(0), ProcessSources.CONF_DANGER_CHILD_PROTECTION)),
        new ExceptionRule(prefix + "-CONF-EXCEPTION-CHILD-PROTECTION",
            ExceptionGround.CHILD_PROTECTION, EnumSet.of(POLICE, PROGRAMME_STAFF),
            EnumSet.of(Purpose.SAFETY, Purpose.CHILD_PROTECTION), PERMITTED,
            BilingualText.of("Child protection overrules confidentiality.",
                "La protection de l'enfance l'emporte sur la confidentialité."),
            List.of(basis.get(0), ProcessSources.CONF_DANGER_CHILD_PROTECTION,
                ProcessSources.CONF_MANDATORY_REPORTING)),
        new ExceptionRule(prefix + "-CONF-EXCEPTION-NEW-OFFENCE", ExceptionGround.NEW_OFFENCE,
            EnumSet.of(POLICE), EnumSet.of(Purpose.INVESTIGATION), PERMITTED,
            BilingualText.of("A new offence disclosed in the process may be reported.",
                "Une nouvelle infraction révélée pendant le processus peut être signalée."),
            List.of(basis.get(0), ProcessSources.CONF_REPORT_VIOLATIONS)));
  }
}
