package org.rjkit.eligibility.programmes;

import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.Language;

/**
 * The legal and policy sources the built-in programmes cite, as read for the rjkit rule
 * catalogue ({@code domain-rules.md}). Unpublished documents (the seed brochures) are cited by
 * name without a URL. An instrument with an official French version (Canadian federal statutes,
 * Québec's own texts, the European Union's) is cited in French by its French title and
 * numbering; so are the Correctional Service of Canada's pages and policies whose French
 * version was found (each cites where). Any other keeps its original title, with its provision
 * described in French: still so, because no French version was found to cite, the CSC victims'
 * page (003006-7005), the fact sheet for people who work with offenders, and Commissioner's
 * Directive 785.
 *
 * <p>The other programmes' citations are in holder classes of their own, initialised at first
 * use: a CSC screening does not build every programme's citations (a step of the command line's
 * cold start).
 */
final class Sources {

  private Sources() {}

  static final String CRIMINAL_CODE = "Criminal Code (Canada)";
  static final String CRIMINAL_CODE_URL = "https://laws-lois.justice.gc.ca/eng/acts/C-46/";
  static final String CCRA = "Corrections and Conditional Release Act (Canada)";
  static final String CCRA_URL = "https://laws-lois.justice.gc.ca/eng/acts/C-44.6/";
  static final String CVBR = "Canadian Victims Bill of Rights";
  static final String CVBR_URL = "https://laws-lois.justice.gc.ca/eng/acts/C-23.7/";
  static final String YCJA = "Youth Criminal Justice Act (Canada)";
  static final String YCJA_URL = "https://laws-lois.justice.gc.ca/eng/acts/Y-1.5/";
  static final String CRIMINAL_CODE_FR = "Code criminel";
  static final String CCRA_FR =
      "Loi sur le système correctionnel et la mise en liberté sous condition";
  static final String CVBR_FR = "Charte canadienne des droits des victimes";
  static final String YCJA_FR = "Loi sur le système de justice pénale pour les adolescents";

  // Canada: CSC Restorative Opportunities

  static final Citation CC_743_1 = Citation.of(CRIMINAL_CODE, "s. 743.1",
      "https://laws-lois.justice.gc.ca/eng/acts/C-46/section-743.1.html")
      .withOfficial(Language.FR, CRIMINAL_CODE_FR,
          "art. 743.1");
  // French title as the French version of the page gives it:
  // https://www.csc-scc.gc.ca/justice-reparatrice/003005-0001-fra.shtml
  static final Citation CSC_RJ_SERVICES = Citation.of(
      "Correctional Service of Canada, Restorative Justice Services at CSC", "programme description",
      "https://www.csc-scc.gc.ca/restorative-justice/003005-0001-eng.shtml")
      .withOfficial(Language.FR, "Service correctionnel du Canada, Services en justice réparatrice"
          + " au Service correctionnel Canada", "description du programme");
  static final Citation CSC_VICTIMS_PAGE = Citation.of(
      "Correctional Service of Canada, Restorative Opportunities (victims' page)",
      "a post-sentence federal program; who may request",
      "https://www.csc-scc.gc.ca/victimes/003006-7005-en.shtml")
      .withProvision(Language.FR, "programme fédéral postsentenciel ; qui peut présenter une"
          + " demande");
  // French title as the French version of the page gives it: https://www.canada.ca/fr/
  // service-correctionnel/services/scc-vous/justice-reparatrice/
  // programme-possibilites-justice-reparatrice-mediation-entre-victime-delinquant.html
  static final Citation CSC_RO_PAGE = Citation.of(
      "Correctional Service of Canada, Restorative Opportunities program",
      "who may request; participation is voluntary at all stages",
      "https://www.canada.ca/en/correctional-service/services/you-csc/restorative-justice/"
          + "restorative-opportunities-program-victim-offender-mediation.html")
      .withOfficial(Language.FR, "Service correctionnel du Canada, Le programme Possibilités de"
          + " justice réparatrice (médiation entre la victime et le délinquant)",
          "qui peut présenter une demande ; la participation est volontaire à toutes les étapes");
  static final Citation CSC_FACT_SHEET = Citation.of(
      "Correctional Service of Canada, fact sheet for people who work with offenders",
      "offenders who accept responsibility for their actions",
      "https://www.canada.ca/en/correctional-service/services/you-csc/restorative-justice/"
          + "fact-sheets/fact-sheet-people-who-work-offenders.html")
      .withProvision(Language.FR, "délinquants qui assument la responsabilité de leurs actes");
  static final Citation CSC_BROCHURE = Citation.of(
      "Correctional Service of Canada, Restorative Opportunities brochure (seed 001)",
      "who can participate: victims, victim representatives, family members of the victim and"
          + " of the offender")
      .withProvision(Language.FR, "qui peut participer : victimes, représentants des victimes,"
          + " membres de la famille de la victime et du délinquant");
  static final Citation CD_785 = Citation.of(
      "Commissioner's Directive 785, Restorative Opportunities Program and Victim-Offender"
          + " Mediation Services", "Responsibilities 3-4 (safety and security issues)",
      "http://www.csc-scc.gc.ca/lois-et-reglements/785-cd-eng.shtml")
      .withProvision(Language.FR, "responsabilités 3 et 4 (questions de sûreté et de sécurité)");
  // French title and heading as the French version gives them ("Lignes directrices", "Protocoles
  // du programme Possibilités de justice réparatrice", "Ordonnances de non-communication ou
  // interdictions de communiquer"): https://www.csc-scc.gc.ca/politiques-et-lois/785-1-gl-fra.shtml
  static final Citation GL_785_1 = Citation.of(
      "Guidelines 785-1, Restorative Opportunities Program Protocols",
      "Non-Communication Orders or No Contact Conditions (a)-(d)",
      "https://www.csc-scc.gc.ca/politiques-et-lois/785-1-gl-eng.shtml")
      .withOfficial(Language.FR, "Lignes directrices 785-1, Protocoles du programme Possibilités"
          + " de justice réparatrice",
          "ordonnances de non-communication ou interdictions de communiquer, a) à d)");
  static final Citation CCRA_2_1_OFFENDER = Citation.of(CCRA, "s. 2(1) \"offender\"", CCRA_URL)
      .withOfficial(Language.FR, CCRA_FR,
          "par. 2(1), « délinquant »");
  static final Citation CCRA_2_1_DEEMED = Citation.of(CCRA, "s. 2.1", CCRA_URL)
      .withOfficial(Language.FR, CCRA_FR,
          "art. 2.1");
  static final Citation CCRA_2_3 = Citation.of(CCRA, "s. 2(3)", CCRA_URL)
      .withOfficial(Language.FR, CCRA_FR,
          "par. 2(3)");
  static final Citation CCRA_2_4 = Citation.of(CCRA, "s. 2(4)", CCRA_URL)
      .withOfficial(Language.FR, CCRA_FR,
          "par. 2(4)");
  static final Citation CVBR_3 = Citation.of(CVBR, "s. 3", CVBR_URL)
      .withOfficial(Language.FR, CVBR_FR,
          "art. 3");
  static final Citation CCRA_26_1_2 = Citation.of(CCRA, "s. 26.1(2)", CCRA_URL)
      .withOfficial(Language.FR, CCRA_FR,
          "par. 26.1(2)");
  static final Citation CVBR_4 = Citation.of(CVBR, "s. 4", CVBR_URL)
      .withOfficial(Language.FR, CVBR_FR,
          "art. 4");
  static final Citation EDUCALOI_RJ = Citation.of(
      "Éducaloi, What Is Restorative Justice? (seed 000)",
      "restorative justice is never recommended when there is a risk of danger to the victim")
      .withProvision(Language.FR, "la justice réparatrice n'est jamais recommandée lorsqu'il"
          + " existe un risque de danger pour la victime");

  /** Canada, Criminal Code s.717 and Québec PMRG: built at its first citation. */
  static final class Pmrg {

    private Pmrg() {}

    static final Citation QC_PMRG_PAGE = Citation.of(
        "Ministère de la Justice du Québec, General Alternative Measures Program for Adults",
        "conditions of eligibility",
        "https://www.justice.gouv.qc.ca/en/programs-and-services/programs/"
            + "general-alternative-measures-program-for-adults/")
        .withOfficial(Language.FR, "Ministère de la Justice du Québec, Programme de mesures de"
            + " rechange général pour adultes",
            "conditions d'admissibilité");
    static final Citation QC_PMRG_QUEBEC_CA = Citation.of(
        "Gouvernement du Québec, Mesures de rechange pour les adultes",
        "à propos du programme",
        "https://www.quebec.ca/justice-et-etat-civil/systeme-judiciaire/processus-judiciaire/"
            + "processus-judiciaire-au-criminel/programmes-contrevenants/mesures-rechange-adultes/"
            + "a-propos")
        .withOfficial(Language.FR, "Gouvernement du Québec, Mesures de rechange pour les adultes",
            "à propos du programme");
    static final Citation EDUCALOI_PMRG = Citation.of(
        "Éducaloi, Le programme de mesures de rechange : une alternative à la justice criminelle",
        "infractions exclues ; participation de la victime",
        "https://educaloi.qc.ca/capsules/"
            + "le-programme-de-mesures-de-rechange-une-alternative-a-la-justice-criminelle/")
        .withOfficial(Language.FR, "Éducaloi, Le programme de mesures de rechange : une alternative"
            + " à la justice criminelle",
            "infractions exclues ; participation de la victime");
    static final Citation CC_717 = Citation.of(CRIMINAL_CODE, "s. 717", CRIMINAL_CODE_URL)
        .withOfficial(Language.FR, CRIMINAL_CODE_FR,
            "art. 717");
    static final Citation CC_717_1_C_D = Citation.of(CRIMINAL_CODE, "s. 717(1)(c), (d)",
        CRIMINAL_CODE_URL)
        .withOfficial(Language.FR, CRIMINAL_CODE_FR,
            "al. 717(1)c) et d)");
    static final Citation CC_717_1_D = Citation.of(CRIMINAL_CODE, "s. 717(1)(d)",
        CRIMINAL_CODE_URL)
        .withOfficial(Language.FR, CRIMINAL_CODE_FR,
            "al. 717(1)d)");
    static final Citation CC_717_1_C = Citation.of(CRIMINAL_CODE, "s. 717(1)(c)",
        CRIMINAL_CODE_URL)
        .withOfficial(Language.FR, CRIMINAL_CODE_FR,
            "al. 717(1)c)");
    static final Citation CC_717_1_E = Citation.of(CRIMINAL_CODE, "s. 717(1)(e)",
        CRIMINAL_CODE_URL)
        .withOfficial(Language.FR, CRIMINAL_CODE_FR,
            "al. 717(1)e)");
    static final Citation CC_717_1_F_G = Citation.of(CRIMINAL_CODE, "s. 717(1)(f), (g)",
        CRIMINAL_CODE_URL)
        .withOfficial(Language.FR, CRIMINAL_CODE_FR,
            "al. 717(1)f) et g)");
    static final Citation CC_717_2 = Citation.of(CRIMINAL_CODE, "s. 717(2)", CRIMINAL_CODE_URL)
        .withOfficial(Language.FR, CRIMINAL_CODE_FR,
            "par. 717(2)");
  }

  /** Canada, YCJA: built at its first citation. */
  static final class Ycja {

    private Ycja() {}

    static final Citation YCJA_2_1 = Citation.of(YCJA, "s. 2(1) \"young person\"", YCJA_URL)
        .withOfficial(Language.FR, YCJA_FR,
            "par. 2(1), « adolescent »");
    static final Citation YCJA_10 = Citation.of(YCJA, "s. 10", YCJA_URL)
        .withOfficial(Language.FR, YCJA_FR,
            "art. 10");
    static final Citation YCJA_10_2_C = Citation.of(YCJA, "s. 10(2)(c)", YCJA_URL)
        .withOfficial(Language.FR, YCJA_FR,
            "al. 10(2)c)");
    static final Citation YCJA_10_2_D = Citation.of(YCJA, "s. 10(2)(d)", YCJA_URL)
        .withOfficial(Language.FR, YCJA_FR,
            "al. 10(2)d)");
    static final Citation YCJA_10_2_E = Citation.of(YCJA, "s. 10(2)(e)", YCJA_URL)
        .withOfficial(Language.FR, YCJA_FR,
            "al. 10(2)e)");
    static final Citation YCJA_10_2_F_G = Citation.of(YCJA, "s. 10(2)(f), (g)", YCJA_URL)
        .withOfficial(Language.FR, YCJA_FR,
            "al. 10(2)f) et g)");
    static final Citation YCJA_10_3 = Citation.of(YCJA, "s. 10(3)", YCJA_URL)
        .withOfficial(Language.FR, YCJA_FR,
            "par. 10(3)");
  }

  /** New Zealand: built at its first citation. */
  static final class Nz {

    private Nz() {}

    static final String NZ_SENTENCING_ACT = "Sentencing Act 2002 (New Zealand)";
    static final String NZ_SENTENCING_ACT_URL =
        "https://www.legislation.govt.nz/act/public/2002/0009/latest/whole.html";
    static final Citation NZ_24A_1_A = Citation.of(NZ_SENTENCING_ACT, "s. 24A(1)(a)",
        NZ_SENTENCING_ACT_URL)
        .withProvision(Language.FR, "art. 24A(1)(a)");
    static final Citation NZ_24A_1_B = Citation.of(NZ_SENTENCING_ACT, "s. 24A(1)(b)",
        NZ_SENTENCING_ACT_URL)
        .withProvision(Language.FR, "art. 24A(1)(b)");
    static final Citation NZ_24A_1_C = Citation.of(NZ_SENTENCING_ACT, "s. 24A(1)(c)",
        NZ_SENTENCING_ACT_URL)
        .withProvision(Language.FR, "art. 24A(1)(c)");
    static final Citation NZ_24A_1_D = Citation.of(NZ_SENTENCING_ACT, "s. 24A(1)(d)",
        NZ_SENTENCING_ACT_URL)
        .withProvision(Language.FR, "art. 24A(1)(d)");
    static final Citation NZ_24A_PLAIN = Citation.of(
        "Plain Language Law, Sentencing Act 2002 s.24A (summary)",
        "the Registrar says a suitable restorative justice process is available",
        "https://plainlanguagelaw.ackama.com/acts/DLM135341/DLM6362000.html")
        .withProvision(Language.FR, "le greffier indique qu'un processus de justice réparatrice"
            + " convenable est disponible");
  }

  /** European Union: built at its first citation. */
  static final class Eu {

    private Eu() {}

    static final String DIRECTIVE = "Directive 2012/29/EU (Victims' Rights Directive)";
    static final String DIRECTIVE_FR =
        "Directive 2012/29/UE (directive sur les droits des victimes)";
    static final String DIRECTIVE_URL = "https://eur-lex.europa.eu/eli/dir/2012/29/oj";
    static final Citation DIRECTIVE_DENMARK = Citation.of(DIRECTIVE,
        "closing recitals: Protocol No 22 on the position of Denmark (recital number to be"
            + " checked)", DIRECTIVE_URL)
        .withOfficial(Language.FR, DIRECTIVE_FR,
            "derniers considérants : protocole n° 22 sur la position du Danemark (numéro du"
                + " considérant à vérifier)");
    static final Citation DIRECTIVE_ART_2_1_A = Citation.of(DIRECTIVE, "Art. 2(1)(a)",
        DIRECTIVE_URL)
        .withOfficial(Language.FR, DIRECTIVE_FR,
            "art. 2, par. 1, point a)");
    static final Citation DIRECTIVE_ART_2_1_A_II_B = Citation.of(DIRECTIVE,
        "Art. 2(1)(a)(ii) and (b)", DIRECTIVE_URL)
        .withOfficial(Language.FR, DIRECTIVE_FR,
            "art. 2, par. 1, point a) ii), et point b)");
    static final Citation TFEU_TERRITORIES = Citation.of(
        "Treaty on the Functioning of the European Union",
        "Art. 349 and 355(1) (outermost regions), 355(2) and Annex II (overseas countries and"
            + " territories), 355(4) (Åland Islands)",
        "https://eur-lex.europa.eu/eli/treaty/tfeu_2012/oj")
        .withOfficial(Language.FR, "Traité sur le fonctionnement de l'Union européenne",
            "art. 349 et art. 355, par. 1 (régions ultrapériphériques), art. 355, par. 2, et annexe"
                + " II (pays et territoires d'outre-mer), art. 355, par. 4 (îles Åland)");
    static final Citation DIRECTIVE_ART_12_1 = Citation.of(DIRECTIVE, "Art. 12(1)", DIRECTIVE_URL)
        .withOfficial(Language.FR, DIRECTIVE_FR,
            "art. 12, par. 1");
    static final Citation DIRECTIVE_ART_12_1_A_B = Citation.of(DIRECTIVE, "Art. 12(1)(a), (b)",
        DIRECTIVE_URL)
        .withOfficial(Language.FR, DIRECTIVE_FR,
            "art. 12, par. 1, points a) et b)");
    static final Citation DIRECTIVE_ART_12_1_A = Citation.of(DIRECTIVE, "Art. 12(1)(a)",
        DIRECTIVE_URL)
        .withOfficial(Language.FR, DIRECTIVE_FR,
            "art. 12, par. 1, point a)");
    static final Citation DIRECTIVE_ART_12_1_C = Citation.of(DIRECTIVE, "Art. 12(1)(c)",
        DIRECTIVE_URL)
        .withOfficial(Language.FR, DIRECTIVE_FR,
            "art. 12, par. 1, point c)");
    static final Citation VSE_ART_12 = Citation.of(
        "Victim Support Europe, model legislation (reproduces Art. 12(1)(a)-(e))",
        "Article 21, right to access restorative justice services",
        "https://mpp.victim-support.eu/article-21-right-to-access-restorative-justice-services/")
        .withProvision(Language.FR,
            "article 21, droit d'accès aux services de justice réparatrice");
  }

  /** England and Wales: built at its first citation. */
  static final class Ew {

    private Ew() {}

    static final Citation HOME_OFFICE = Citation.of("Home Office, Restorative justice (seed 002)",
        "a victim may request a restorative justice approach; offenders need to have admitted"
            + " some responsibility")
        .withProvision(Language.FR,
            "une victime peut demander une démarche de justice réparatrice ;"
                + " les délinquants doivent avoir reconnu une part de responsabilité");
    static final Citation VICTIM_CARE_UNIT = Citation.of(
        "Police Victim Care Unit, Restorative justice (seed 003)",
        "all victims of crime, any type of crime, any stage; trained facilitators assess risks")
        .withProvision(Language.FR, "toutes les victimes d'actes criminels, tout type de crime,"
            + " toute étape ; des facilitateurs formés évaluent les risques");
    static final String RJC_CODE = "Restorative Justice Council, Service Provider Code of Practice";
    static final String RJC_CODE_URL =
        "https://restorativejustice.org.uk/resources/service-provider-code-practice";
    static final Citation RJC_B = Citation.of(RJC_CODE, "basic facts acknowledged, responsibility"
        + " taken", RJC_CODE_URL)
        .withProvision(Language.FR, "faits essentiels reconnus, responsabilité assumée");
    static final Citation RJC_C = Citation.of(RJC_CODE, "written, free and informed consent",
        RJC_CODE_URL)
        .withProvision(Language.FR, "consentement écrit, libre et éclairé");
    static final Citation RJC_D = Citation.of(RJC_CODE, "sensitivities and vulnerability,"
        + " particularly sexual or domestic violence", RJC_CODE_URL)
        .withProvision(Language.FR, "sensibilités et vulnérabilité, en particulier la violence"
            + " sexuelle ou conjugale");
    static final Citation RJC_E = Citation.of(RJC_CODE, "risk assessments", RJC_CODE_URL)
        .withProvision(Language.FR, "évaluations des risques");
    static final Citation ISO_3166_2_GB = Citation.of("ISO 3166-2:GB",
        "subdivisions of the United Kingdom and the nation each belongs to (table shipped from"
            + " Debian's iso-codes package)", "https://www.iso.org/obp/ui/#iso:code:3166:GB")
        .withOfficial(Language.FR, "ISO 3166-2:GB",
            "subdivisions du Royaume-Uni et nation de chacune (table reprise du paquet iso-codes de"
                + " Debian)");
    static final Citation CPS_RJ = Citation.of("Crown Prosecution Service, Restorative justice",
        "any stage of the criminal justice process", "https://cps.gov.uk/node/5836")
        .withProvision(Language.FR, "toute étape du processus de justice pénale");
  }
}
