package org.rjkit.process.lifecycle;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.Message;
import org.rjkit.core.language.Messages;
import org.rjkit.core.language.Text;
import org.rjkit.process.citation.ProcessSources;

/**
 * The guards of the case lifecycle. Each has a stable id, the rule in policy language (in the
 * process bundle, {@code org/rjkit/process/messages.properties}, keyed by
 * {@code LifecycleRule.<CONSTANT>}, in every configured language) and its sources; a refused
 * change names one of them.
 *
 * @since 1.0
 */
public enum LifecycleRule {
  /** Stages follow in order. */
  STAGE_ORDER("PROC-STAGE-ORDER",
      ProcessSources.GL_785_1, ProcessSources.UN_PARA_12),
  /** A closed case is changed only by a reopening after a withdrawal. */
  CASE_CLOSED("PROC-CASE-CLOSED",
      ProcessSources.CSC_FACT_SHEET_OFFENDERS),
  /** A step belongs to another stage. */
  ACTION_STAGE("PROC-ACTION-STAGE",
      ProcessSources.GL_785_1),
  /** Screening is recorded at referral or intake, and reviews only for MANUAL_REVIEW. */
  SCREENING_AT_INTAKE("PROC-SCREENING-AT-INTAKE",
      ProcessSources.UN_PARA_12, ProcessSources.EU_ART_12_2),
  /** A case leaves intake only when eligible or accepted on review. */
  INTAKE_ELIGIBLE("PROC-INTAKE-ELIGIBLE",
      ProcessSources.UN_PARA_12, ProcessSources.EU_ART_12_2, ProcessSources.GL_785_1),
  /** Communication needs the current consent of every participant the process type needs. */
  COMMUNICATION_CONSENT("PROC-COMMUNICATION-CONSENT",
      ProcessSources.CCRA_S26_1_2, ProcessSources.EU_ART_12_1_A, ProcessSources.UN_PARA_13),
  /** Communication needs a safety assessment that does not find danger. */
  COMMUNICATION_SAFETY("PROC-COMMUNICATION-SAFETY",
      ProcessSources.CSC_RO_PROGRAM, ProcessSources.EU_ART_12_1_A, ProcessSources.UN_HANDBOOK,
      ProcessSources.EDUCALOI),
  /** Every stage after communication re-checks consent. */
  CONSENT_AT_EVERY_STAGE("PROC-CONSENT-AT-EVERY-STAGE",
      ProcessSources.CSC_RO_PROGRAM, ProcessSources.CCRA_S26_1_2, ProcessSources.EU_ART_12_1_A),
  /** Meetings only for a type that holds them, on its channels, before or during communication. */
  MEETING_TYPE("PROC-MEETING-TYPE",
      ProcessSources.CSC_VICTIMS_PAGE, ProcessSources.CSC_FACT_SHEET_OFFENDERS),
  /** Messages pass through the facilitator in a type that relays them. */
  MESSAGE_RELAYED("PROC-MESSAGE-RELAYED",
      ProcessSources.CSC_FACT_SHEET_OFFENDERS, ProcessSources.CSC_BROCHURE,
      ProcessSources.HOME_OFFICE),
  /** A message moves only while author and recipient consent. */
  MESSAGE_CONSENT("PROC-MESSAGE-CONSENT",
      ProcessSources.CCRA_S26_1_2, ProcessSources.CSC_FACT_SHEET_OFFENDERS),
  /** Only a message awaiting review can be relayed or returned. */
  MESSAGE_REVIEW("PROC-MESSAGE-REVIEW",
      ProcessSources.CSC_FACT_SHEET_OFFENDERS),
  /** A statement is recorded only with its author's current consent. */
  STATEMENT_CONSENT("PROC-STATEMENT-CONSENT",
      ProcessSources.CCRA_S26_1_2),
  /** Agreement items concern parties; assents come from parties concerned. */
  AGREEMENT_PARTIES("PROC-AGREEMENT-PARTIES",
      ProcessSources.EU_ART_12_1_D, ProcessSources.NZ_SENTENCING_ACT_S10),
  /** Follow-up begins only once the agreement is reached. */
  FOLLOW_UP_AGREEMENT("PROC-FOLLOW-UP-AGREEMENT",
      ProcessSources.EU_ART_12_1_D, ProcessSources.EU_ART_12_1_A),
  /** The process type changes before follow-up. */
  PROCESS_TYPE_CHANGE("PROC-PROCESS-TYPE-CHANGE",
      ProcessSources.CSC_VICTIMS_PAGE),
  /** Completion closes a case only when the process ran its course. */
  CLOSE_COMPLETED("PROC-CLOSE-COMPLETED",
      ProcessSources.EU_ART_12_1_D),
  /** Not completing an agreement closes a case as such, and says nothing of guilt. */
  CLOSE_NOT_COMPLETED("PROC-CLOSE-AGREEMENT-NOT-COMPLETED",
      ProcessSources.UN_PARA_17, ProcessSources.ACT_S32A),
  /** No agreement closes a case from the agreement stage. */
  CLOSE_NO_AGREEMENT("PROC-CLOSE-NO-AGREEMENT",
      ProcessSources.EU_ART_12_1_D),
  /** Ineligibility closes a case at intake. */
  CLOSE_INELIGIBLE("PROC-CLOSE-INELIGIBLE",
      ProcessSources.UN_PARA_12),
  /** Unsuitability closes a case before follow-up. */
  CLOSE_UNSUITABLE("PROC-CLOSE-UNSUITABLE",
      ProcessSources.UN_PARA_12, ProcessSources.CD_785),
  /** Only a withdrawal closes a case as withdrawn. */
  CLOSE_WITHDRAWN("PROC-CLOSE-WITHDRAWN",
      ProcessSources.CSC_RO_PROGRAM),
  /** A screening is for the case's programme and inside its timeline. */
  SCREENING_FOR_CASE("PROC-SCREENING-FOR-CASE",
      ProcessSources.UN_PARA_12, ProcessSources.EU_ART_12_2),
  /** Communication and agreement need the programme's suitability rules to pass. */
  SUITABILITY("PROC-SUITABILITY",
      ProcessSources.CSC_RO_PROGRAM, ProcessSources.EU_ART_12_1_A, ProcessSources.UN_HANDBOOK),
  /** Enrolment pairs compatible roles, in a type where the role takes part. */
  ENROLMENT_ROLE("PROC-ENROLMENT-ROLE",
      ProcessSources.CSC_BROCHURE, ProcessSources.UN_PARA_12),
  /** Exceptions are established by a facilitator enrolled in the case. */
  EXCEPTION_AUTHOR("PROC-EXCEPTION-AUTHOR",
      ProcessSources.CD_785, ProcessSources.CONF_DANGER_CHILD_PROTECTION),
  /** A disclosure is recorded only by the library's disclosure entry point. */
  DISCLOSURE_RECORDED("PROC-DISCLOSURE-RECORDED",
      ProcessSources.CSC_RJ_SERVICES, ProcessSources.EU_ART_12_1_E, ProcessSources.UN_PARA_14),
  /** A case closed on a withdrawal reopens when the participants it needs consent again. */
  REOPEN_AFTER_WITHDRAWAL("PROC-REOPEN-AFTER-WITHDRAWAL",
      ProcessSources.CSC_FACT_SHEET_OFFENDERS, ProcessSources.CCRA_S26_1_2);

  private final String id;
  private final List<Citation> citations;

  LifecycleRule(String id, Citation... citations) {
    this.id = id;
    this.citations = ImmutableList.copyOf(citations);
  }

  /** {@return the stable id ({@code PROC-COMMUNICATION-CONSENT})} */
  public String id() {
    return id;
  }

  /**
   * The rule in policy language, read from the process bundle by the key
   * {@code LifecycleRule.<CONSTANT>} (the rule's label) in the reader's language.
   *
   * @return the rule's text, never null
   */
  public Text reason() {
    return Message.of(Messages.enumKey(this));
  }

  /** {@return the sources} */
  public List<Citation> citations() {
    return citations;
  }
}
