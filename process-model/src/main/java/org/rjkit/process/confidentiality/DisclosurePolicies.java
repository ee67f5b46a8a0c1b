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
import org.rjkit.core.language.Message;
import org.rjkit.core.language.Text;
import org.rjkit.process.citation.ProcessSources;

/**
 * The built-in disclosure policies, one per programme family. Each is a table a reviewer can
 * read; each row and exception cites its source.
 *
 * @since 1.0
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
    Text noParoleReason = Message.of("policy.csc.noParole");
    return new DisclosurePolicy("ca-csc-restorative-opportunities",
        Message.of("policy.csc.label"),
        List.of(
            new DisclosureRule("CSC-CONF-PAROLE-SENTENCE", EnumSet.of(PAROLE_BOARD, SENTENCING_COURT),
                ANY_PURPOSE, ANY_INFORMATION, DENIED, noParoleReason, noParole),
            new DisclosureRule("CSC-CONF-PAROLE-SENTENCE-PURPOSE", ANY_RECIPIENT,
                EnumSet.of(Purpose.PAROLE_DECISION, Purpose.SENTENCING_DECISION), ANY_INFORMATION,
                DENIED, noParoleReason, noParole)),
        List.of(
            new DisclosureRule("CSC-CONF-MEDIATOR", EnumSet.of(FACILITATOR), ANY_PURPOSE,
                ANY_INFORMATION, PERMITTED, Message.of("policy.csc.mediator"),
                List.of(ProcessSources.CSC_RO_PROGRAM, ProcessSources.CD_785)),
            new DisclosureRule("CSC-CONF-PARTICIPANT", EnumSet.of(PARTICIPANT), ANY_PURPOSE,
                ANY_INFORMATION, PERMITTED, Message.of("policy.csc.participant"),
                List.of(ProcessSources.CSC_FACT_SHEET_OFFENDERS, ProcessSources.CSC_BROCHURE)),
            new DisclosureRule("CSC-CONF-STAFF-ADMINISTRATION", EnumSet.of(PROGRAMME_STAFF),
                ANY_PURPOSE, EnumSet.of(ADMINISTRATIVE), PERMITTED,
                    Message.of("policy.csc.staffAdministration"),
                List.of(ProcessSources.GL_785_1)),
            new DisclosureRule("CSC-CONF-STAFF-CONTENT", EnumSet.of(PROGRAMME_STAFF), ANY_PURPOSE,
                EnumSet.of(PROCESS_CONTENT), REDACTED, Message.of("policy.csc.staffContent"),
                List.of(ProcessSources.CSC_RJ_SERVICES, ProcessSources.EDUCALOI)),
            new DisclosureRule("CSC-CONF-RESEARCH", EnumSet.of(RESEARCHER),
                EnumSet.of(Purpose.RESEARCH), EnumSet.of(ADMINISTRATIVE), REDACTED,
                Message.of("policy.csc.research"),
                List.of(ProcessSources.CSC_RJ_SERVICES))),
        List.of(
            new ExceptionRule("CSC-CONF-EXCEPTION-IMMINENT-HARM", ExceptionGround.IMMINENT_HARM,
                EnumSet.of(POLICE, PROGRAMME_STAFF), EnumSet.of(Purpose.SAFETY), PERMITTED,
                Message.of("policy.csc.imminentHarm"),
                List.of(ProcessSources.CD_785, ProcessSources.CONF_DANGER_CHILD_PROTECTION)),
            new ExceptionRule("CSC-CONF-EXCEPTION-CHILD-PROTECTION", ExceptionGround.CHILD_PROTECTION,
                EnumSet.of(POLICE, PROGRAMME_STAFF),
                EnumSet.of(Purpose.SAFETY, Purpose.CHILD_PROTECTION), PERMITTED,
                Message.of("policy.exception.childProtection"),
                List.of(ProcessSources.CD_785, ProcessSources.CONF_DANGER_CHILD_PROTECTION,
                    ProcessSources.CONF_MANDATORY_REPORTING)),
            new ExceptionRule("CSC-CONF-EXCEPTION-NEW-OFFENCE", ExceptionGround.NEW_OFFENCE,
                EnumSet.of(POLICE), EnumSet.of(Purpose.INVESTIGATION), PERMITTED,
                Message.of("policy.exception.newOffence"),
                List.of(ProcessSources.CD_785, ProcessSources.CONF_REPORT_VIOLATIONS))),
        DisclosurePolicy.denyEverythingElse("CSC-CONF-CONFIDENTIAL",
            Message.of("policy.csc.confidential"),
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
        Message.of("policy.nz.label"),
        List.of(
            new DisclosureRule("NZ-CONF-FACILITATOR", EnumSet.of(FACILITATOR), ANY_PURPOSE,
                ANY_INFORMATION, PERMITTED, Message.of("policy.nz.facilitator"), report),
            new DisclosureRule("NZ-CONF-PARTICIPANT", EnumSet.of(PARTICIPANT), ANY_PURPOSE,
                ANY_INFORMATION, PERMITTED, Message.of("policy.nz.participant"), report),
            new DisclosureRule("NZ-CONF-REPORT-TO-JUDGE", EnumSet.of(SENTENCING_COURT, POLICE,
                    PROGRAMME_STAFF), EnumSet.of(Purpose.SENTENCING_DECISION), ANY_INFORMATION,
                PERMITTED, Message.of("policy.nz.reportToJudge"), report),
            new DisclosureRule("NZ-CONF-STAFF-ADMINISTRATION", EnumSet.of(PROGRAMME_STAFF),
                ANY_PURPOSE, EnumSet.of(ADMINISTRATIVE), PERMITTED,
                    Message.of("policy.nz.staffAdministration"), report),
            new DisclosureRule("NZ-CONF-STAFF-CONTENT", EnumSet.of(PROGRAMME_STAFF), ANY_PURPOSE,
                EnumSet.of(PROCESS_CONTENT), REDACTED,
                    Message.of("policy.nz.staffContent"), List.of(ProcessSources.UN_PARA_14))),
        partyAgreementAndLawExceptions("NZ", List.of(ProcessSources.UN_PARA_14)),
        DisclosurePolicy.denyEverythingElse("NZ-CONF-CONFIDENTIAL",
            Message.of("policy.nz.confidential"),
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
        Message.of("policy.eu.label"),
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
        Message.of("policy.un.label"),
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
        Message.of("policy.qc.label"),
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
        Message.of("policy.yj.label"),
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
        Message.of("policy.ew.label"),
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

  private static DisclosurePolicy diversionPolicy(String id, String prefix, Text label,
      List<Citation> inadmissible, List<Citation> compliance) {
    DisclosurePolicy base = consentOrLawPolicy(id, prefix, label, inadmissible);
    Text notAdmissible = Message.of("policy.diversion.inadmissible");
    DisclosureRule inadmissibleRow = new DisclosureRule(prefix + "-CONF-ADMISSIONS-INADMISSIBLE",
        EnumSet.of(POLICE, PROSECUTOR, SENTENCING_COURT, PAROLE_BOARD), ANY_PURPOSE,
        EnumSet.of(PROCESS_CONTENT), DENIED, notAdmissible, inadmissible);
    DisclosureRule complianceRow = new DisclosureRule(prefix + "-CONF-COMPLIANCE",
        EnumSet.of(PROSECUTOR, SENTENCING_COURT),
        EnumSet.of(Purpose.PROSECUTION, Purpose.COURT_PROCEEDINGS, Purpose.SENTENCING_DECISION),
        EnumSet.of(ADMINISTRATIVE), PERMITTED,
            Message.of("policy.diversion.compliance"), compliance);
    return new DisclosurePolicy(id, label, List.of(inadmissibleRow),
        ImmutableList.<DisclosureRule>builder().add(complianceRow).addAll(base.rules()).build(),
        base.exceptions(), base.fallback());
  }

  private static DisclosurePolicy consentOrLawPolicy(String id, String prefix, Text label,
      List<Citation> basis) {
    return new DisclosurePolicy(id, label,
        List.of(
            new DisclosureRule(prefix + "-CONF-FACILITATOR", EnumSet.of(FACILITATOR), ANY_PURPOSE,
                ANY_INFORMATION, PERMITTED, Message.of("policy.facilitator"), basis),
            new DisclosureRule(prefix + "-CONF-PARTICIPANT", EnumSet.of(PARTICIPANT), ANY_PURPOSE,
                ANY_INFORMATION, PERMITTED, Message.of("policy.participant"),
                basis),
            new DisclosureRule(prefix + "-CONF-STAFF-ADMINISTRATION", EnumSet.of(PROGRAMME_STAFF),
                ANY_PURPOSE, EnumSet.of(ADMINISTRATIVE), PERMITTED,
                    Message.of("policy.staffAdministration"),
                basis),
            new DisclosureRule(prefix + "-CONF-STAFF-CONTENT", EnumSet.of(PROGRAMME_STAFF),
                ANY_PURPOSE, EnumSet.of(PROCESS_CONTENT), REDACTED,
                    Message.of("policy.staffContent"), basis)),
        partyAgreementAndLawExceptions(prefix, basis),
        DisclosurePolicy.denyEverythingElse(prefix + "-CONF-CONFIDENTIAL",
            Message.of("policy.confidential"), basis));
  }

  private static List<ExceptionRule> partyAgreementAndLawExceptions(String prefix,
      List<Citation> basis) {
    EnumSet<RecipientKind> authorities = EnumSet.of(POLICE, PROSECUTOR, SENTENCING_COURT);
    return List.of(
        new ExceptionRule(prefix + "-CONF-EXCEPTION-PARTY-AGREEMENT",
            ExceptionGround.PARTY_AGREEMENT, ANY_RECIPIENT, ANY_PURPOSE, PERMITTED,
            Message.of("policy.exception.partyAgreement"), basis),
        new ExceptionRule(prefix + "-CONF-EXCEPTION-NATIONAL-LAW",
            ExceptionGround.NATIONAL_LAW_PUBLIC_INTEREST, authorities, ANY_PURPOSE, PERMITTED,
            Message.of("policy.exception.nationalLaw"), basis),
        new ExceptionRule(prefix + "-CONF-EXCEPTION-COURT-ORDER", ExceptionGround.COURT_ORDER,
            authorities, EnumSet.of(Purpose.COURT_PROCEEDINGS), PERMITTED,
            Message.of("policy.exception.courtOrder"), basis),
        new ExceptionRule(prefix + "-CONF-EXCEPTION-IMMINENT-HARM", ExceptionGround.IMMINENT_HARM,
            EnumSet.of(POLICE, PROGRAMME_STAFF), EnumSet.of(Purpose.SAFETY), PERMITTED,
            Message.of("policy.exception.imminentHarm"),
            List.of(basis.get(0), ProcessSources.CONF_DANGER_CHILD_PROTECTION)),
        new ExceptionRule(prefix + "-CONF-EXCEPTION-CHILD-PROTECTION",
            ExceptionGround.CHILD_PROTECTION, EnumSet.of(POLICE, PROGRAMME_STAFF),
            EnumSet.of(Purpose.SAFETY, Purpose.CHILD_PROTECTION), PERMITTED,
            Message.of("policy.exception.childProtection"),
            List.of(basis.get(0), ProcessSources.CONF_DANGER_CHILD_PROTECTION,
                ProcessSources.CONF_MANDATORY_REPORTING)),
        new ExceptionRule(prefix + "-CONF-EXCEPTION-NEW-OFFENCE", ExceptionGround.NEW_OFFENCE,
            EnumSet.of(POLICE), EnumSet.of(Purpose.INVESTIGATION), PERMITTED,
            Message.of("policy.exception.newOffence"),
            List.of(basis.get(0), ProcessSources.CONF_REPORT_VIOLATIONS)));
  }
}
