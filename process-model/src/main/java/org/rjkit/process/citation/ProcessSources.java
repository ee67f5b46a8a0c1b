package org.rjkit.process.citation;

import org.rjkit.core.citation.Citation;

/**
 * The sources the process model's rules cite. Each constant names, in its Javadoc, the row of the
 * rjkit rule catalogue ({@code domain-rules.md}) it comes from. Rows tagged there as unverified
 * say so in the provision text.
 *
 * @since 1.0
 */
public final class ProcessSources {

  private ProcessSources() {}

  private static final String CCRA_26_1 =
      "https://laws-lois.justice.gc.ca/eng/acts/C-44.6/section-26.1.html";
  private static final String CSC_RO_PAGE = "https://www.canada.ca/en/correctional-service/"
      + "services/you-csc/restorative-justice/"
      + "restorative-opportunities-program-victim-offender-mediation.html";
  private static final String CSC_FACT_SHEET = "https://www.canada.ca/en/correctional-service/"
      + "services/you-csc/restorative-justice/fact-sheets/fact-sheet-people-who-work-offenders.html";
  private static final String EU_DIRECTIVE = "https://eur-lex.europa.eu/eli/dir/2012/29/oj";
  private static final String UN_BASIC_PRINCIPLES =
      "ECOSOC Resolution 2002/12, Basic Principles on the use of restorative justice programmes "
          + "in criminal matters";

  /** CA-RO-20: services only with the informed consent of the participants, voluntarily given. */
  public static final Citation CCRA_S26_1_2 = Citation.of(
      "Corrections and Conditional Release Act (Canada)", "s. 26.1(2)", CCRA_26_1);

  /** CA-RO-21, CA-RO-25: voluntary at all stages; not related to sentence or parole decisions. */
  public static final Citation CSC_RO_PROGRAM = Citation.of(
      "Correctional Service of Canada, Restorative Opportunities program",
      "voluntary at all stages; not related to any sentence or parole decisions", CSC_RO_PAGE);

  /** CA-RO-22, CA-RO-31: a decision to stop is respected and may be reconsidered; the formats. */
  public static final Citation CSC_FACT_SHEET_OFFENDERS = Citation.of(
      "Correctional Service of Canada, fact sheet for people who work with offenders",
      "withdrawal respected and may be reconsidered; face to face, letters, video, relayed and "
          + "verbal messages", CSC_FACT_SHEET);

  /** CA-RO-23: a face-to-face meeting is not required. */
  public static final Citation CSC_VICTIMS_PAGE = Citation.of(
      "Correctional Service of Canada, Restorative Opportunities (victims)",
      "meeting with the offender is one of many options",
      "https://www.csc-scc.gc.ca/victimes/003006-7005-en.shtml");

  /** CA-RO-26: confidentiality so as to avoid influencing National Parole Board decisions. */
  public static final Citation CSC_RJ_SERVICES = Citation.of(
      "Correctional Service of Canada, Restorative Justice Services",
      "confidentiality so as to avoid influencing National Parole Board decisions",
      "https://www.csc-scc.gc.ca/restorative-justice/003005-1000-eng.shtml");

  /** CA-RO-28: mediators raise safety and security issues with the appropriate authority. */
  public static final Citation CD_785 = Citation.of("Commissioner's Directive 785",
      "Responsibilities 3-4", "http://www.csc-scc.gc.ca/lois-et-reglements/785-cd-eng.shtml");

  /** CA-RO-7: referrals go to the NHQ Restorative Justice Unit. */
  public static final Citation GL_785_1 = Citation.of(
      "Guidelines 785-1, Restorative Opportunities Program Protocols", "s. 1",
      "https://www.csc-scc.gc.ca/politiques-et-lois/785-1-gl-eng.shtml");

  /** Seed 001: mediators relay messages; meetings, writing, video messages; voluntary. */
  public static final Citation CSC_BROCHURE = Citation.of(
      "Correctional Service of Canada, Restorative Opportunities brochure",
      "How does it work?");

  /** Seed 000: the catalogue of processes; never when there is a risk of danger; confidential. */
  public static final Citation EDUCALOI = Citation.of("Éducaloi, What Is Restorative Justice?",
      "processes, principles and confidentiality");

  /** Seed 002: direct and indirect mediation, conferencing with supporters. */
  public static final Citation HOME_OFFICE = Citation.of("Home Office, Restorative justice",
      "direct mediation, indirect mediation, conferencing");

  /** Seed 003: a meeting, a letter, a recorded audio interview or a video. */
  public static final Citation VICTIM_CARE_UNIT = Citation.of(
      "Victim Care Unit, Restorative justice", "face-to-face meeting, letter, audio, video");

  /** EU-2: only with free and informed consent, withdrawable at any time, subject to safety. */
  public static final Citation EU_ART_12_1_A =
      Citation.of("Directive 2012/29/EU", "Art. 12(1)(a)", EU_DIRECTIVE);

  /** EU-5: any agreement is arrived at voluntarily. */
  public static final Citation EU_ART_12_1_D =
      Citation.of("Directive 2012/29/EU", "Art. 12(1)(d)", EU_DIRECTIVE);

  /** EU-6: confidential, except with the agreement of the parties or by national law. */
  public static final Citation EU_ART_12_1_E =
      Citation.of("Directive 2012/29/EU", "Art. 12(1)(e)", EU_DIRECTIVE);

  /** EU-7: referral of cases to restorative justice services. */
  public static final Citation EU_ART_12_2 =
      Citation.of("Directive 2012/29/EU", "Art. 12(2)", EU_DIRECTIVE);

  /** EU-8, EU-8b: conferencing and sentencing circles; confidential unless agreed otherwise. */
  public static final Citation EU_RECITAL_46 =
      Citation.of("Directive 2012/29/EU", "recital 46", EU_DIRECTIVE);

  /** UN-1: conditions for the referral of cases. */
  public static final Citation UN_PARA_12 = Citation.of(UN_BASIC_PRINCIPLES, "para. 12(a)");

  /** UN-3: parties fully informed before agreeing. */
  public static final Citation UN_PARA_13 = Citation.of(UN_BASIC_PRINCIPLES, "para. 13(b)");

  /** UN-5: confidential, except with the agreement of the parties or as national law requires. */
  public static final Citation UN_PARA_14 = Citation.of(UN_BASIC_PRINCIPLES, "para. 14");

  /** UN-8 (unverified): consent may be withdrawn at any time. */
  public static final Citation UN_PARA_7 =
      Citation.of(UN_BASIC_PRINCIPLES, "para. 7 (text to be verified)");

  /** UN-8 (unverified): failure to implement an agreement is not used against the offender. */
  public static final Citation UN_PARA_17 =
      Citation.of(UN_BASIC_PRINCIPLES, "para. 17 (text to be verified)");

  /** UN-7: both parties consider it safe; indirect mediation described. */
  public static final Citation UN_HANDBOOK = Citation.of(
      "UNODC, Handbook on Restorative Justice Programmes (2006)", "p. 18");

  /** NZ-6: offers of amends, agreements, compensation, apology, work or service. */
  public static final Citation NZ_SENTENCING_ACT_S10 = Citation.of(
      "Sentencing Act 2002 (New Zealand)", "s. 10(1)",
      "https://www.legislation.govt.nz/act/public/2002/0009/latest/DLM135548.html");

  /** NZ-9, CONF-8: after a pre-sentence conference, the facilitator's report goes to the judge. */
  public static final Citation NZ_CONFERENCE_REPORT = Citation.of(
      "Restorative Justice Tauranga, After the conference",
      "the facilitator's report goes to the judge before sentencing",
      "https://www.restorativejusticetauranga.org.nz/how-we-help-offenders/after-the-conference/");

  /** CONF-3: exceptions for law violations and danger of harm. */
  public static final Citation CONF_REPORT_VIOLATIONS = Citation.of(
      "Victim offender conference outline", "confidentiality exceptions",
      "http://www.bcrjp.org/text/voc/victim_offen_conf_outline.htm");

  /** CONF-4: danger to an individual; child protection overrules confidentiality. */
  public static final Citation CONF_DANGER_CHILD_PROTECTION = Citation.of(
      "Radiant Roots, Confidentiality", "danger; child protection",
      "https://radiant-roots.co.uk/confidentiality/");

  /** CONF-5: imminent risk of significant harm to a child is reported immediately. */
  public static final Citation CONF_MANDATORY_REPORTING = Citation.of(
      "Community Justice Centres (NSW), Mandatory reporting policy", "imminent risk",
      "https://studylib.net/doc/7641828/mandatory-reporting---community-justice-centres");

  /** ACT-4: a choice not to take part must not be considered on sentencing. */
  public static final Citation ACT_S32A = Citation.of(
      "Crimes (Restorative Justice) Act 2004 (ACT)", "s. 32A",
      "http://www.austlii.edu.au/au/legis/act/consol_act/cja2004303/s32a.html");
  /** CA-AM-3, CONF-7, QC-6: an admission made as a condition of alternative measures is not admissible. */
  public static final Citation CC_S717_3 = Citation.of("Criminal Code (Canada)", "s. 717(3)",
      "https://laws-lois.justice.gc.ca/eng/acts/C-46/section-717.html");

  /** CA-AM-4: total compliance, the court shall dismiss; partial compliance, it may. */
  public static final Citation CC_S717_4 = Citation.of("Criminal Code (Canada)", "s. 717(4)",
      "https://laws-lois.justice.gc.ca/eng/acts/C-46/section-717.html");

  /** QC-1, QC-6, QC-7: the Quebec general alternative measures programme for adults. */
  public static final Citation QC_PMRG = Citation.of(
      "Ministère de la Justice du Québec, Programme de mesures de rechange général pour adultes",
      "acknowledgment of responsibility cannot be used at trial",
      "https://www.justice.gouv.qc.ca/en/programs-and-services/programs/"
          + "general-alternative-measures-program-for-adults/");

  /** CA-YJ-8, CONF-7: admissions made as a condition of extrajudicial measures are inadmissible. */
  public static final Citation YCJA_S10_4 = Citation.of("Youth Criminal Justice Act (Canada)",
      "s. 10(4)", "https://laws-lois.justice.gc.ca/eng/acts/Y-1.5/section-10.html");

  /** CA-YJ-9: total compliance, the court shall dismiss; partial compliance, it may. */
  public static final Citation YCJA_S10_5 = Citation.of("Youth Criminal Justice Act (Canada)",
      "s. 10(5)", "https://laws-lois.justice.gc.ca/eng/acts/Y-1.5/section-10.html");

  /** CONF-4: confidential unless prior consent; danger and child protection override. */
  public static final Citation UK_PROVIDER_CONFIDENTIALITY = Citation.of(
      "Radiant Roots, Confidentiality (UK restorative justice provider)",
      "confidential unless prior consent; danger to an individual; child protection overrules",
      "https://radiant-roots.co.uk/confidentiality/");

  /** EW-RJC-C: written, free and informed consent, which may be withdrawn at any time. */
  public static final Citation RJC_CODE = Citation.of(
      "Restorative Justice Council, Service Provider Code of Practice",
      "free, informed, written consent, withdrawable at any time",
      "https://restorativejustice.org.uk/resources/service-provider-code-practice");
}
