package org.rjkit.process.lifecycle;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.BilingualText;
import org.rjkit.process.citation.ProcessSources;

/**
 * The guards of the case lifecycle. Each has a stable id, the rule in policy language (English
 * and French) and its sources; a refused change names one of them.
 */
public enum LifecycleRule {
  /** Stages follow in order. */
  STAGE_ORDER("PROC-STAGE-ORDER",
      "A case moves to the next stage only: referral, intake, assessment, preparation, "
          + "communication, agreement, follow-up.",
      "Un dossier passe seulement à l'étape suivante : renvoi, accueil, évaluation, préparation, "
          + "communication, entente, suivi.",
      ProcessSources.GL_785_1, ProcessSources.UN_PARA_12),
  /** A closed case is changed only by a reopening after a withdrawal. */
  CASE_CLOSED("PROC-CASE-CLOSED",
      "A closed case does not move; only a case closed on a withdrawal may be reopened.",
      "Un dossier fermé n'évolue plus; seul un dossier fermé à la suite d'un retrait peut être "
          + "rouvert.",
      ProcessSources.CSC_FACT_SHEET_OFFENDERS),
  /** A step belongs to another stage. */
  ACTION_STAGE("PROC-ACTION-STAGE",
      "This step belongs to another stage of the process.",
      "Cette démarche relève d'une autre étape du processus.",
      ProcessSources.GL_785_1),
  /** Screening is recorded at referral or intake, and reviews only for MANUAL_REVIEW. */
  SCREENING_AT_INTAKE("PROC-SCREENING-AT-INTAKE",
      "A screening decision is recorded at referral or intake; a review only follows a screening "
          + "that called for manual review.",
      "Une décision de présélection est consignée au renvoi ou à l'accueil; un examen ne suit "
          + "qu'une présélection qui demandait un examen manuel.",
      ProcessSources.UN_PARA_12, ProcessSources.EU_ART_12_2),
  /** A case leaves intake only when eligible or accepted on review. */
  INTAKE_ELIGIBLE("PROC-INTAKE-ELIGIBLE",
      "A case leaves intake only when the eligibility phase of its screening is ELIGIBLE, or "
          + "calls for manual review and a review accepted the case.",
      "Un dossier ne quitte l'accueil qu'avec une décision d'admissibilité, ou avec un examen qui "
          + "accepte un dossier dont la présélection demandait un examen manuel.",
      ProcessSources.UN_PARA_12, ProcessSources.EU_ART_12_2, ProcessSources.GL_785_1),
  /** Communication needs the current consent of every participant the process type needs. */
  COMMUNICATION_CONSENT("PROC-COMMUNICATION-CONSENT",
      "Communication, and any meeting, needs the current, informed consent of every participant "
          + "the process type needs.",
      "La communication, et toute rencontre, exige le consentement éclairé et actuel de chaque "
          + "participant dont le type de processus a besoin.",
      ProcessSources.CCRA_S26_1_2, ProcessSources.EU_ART_12_1_A, ProcessSources.UN_PARA_13),
  /** Communication needs a safety assessment that does not find danger. */
  COMMUNICATION_SAFETY("PROC-COMMUNICATION-SAFETY",
      "Communication, and any meeting, needs a safety assessment that does not find danger to "
          + "the victim.",
      "La communication, et toute rencontre, exige une évaluation de la sécurité qui ne conclut "
          + "pas à un danger pour la victime.",
      ProcessSources.CSC_RO_PROGRAM, ProcessSources.EU_ART_12_1_A, ProcessSources.UN_HANDBOOK,
      ProcessSources.EDUCALOI),
  /** Every stage after communication re-checks consent. */
  CONSENT_AT_EVERY_STAGE("PROC-CONSENT-AT-EVERY-STAGE",
      "Participation is voluntary at all stages: each stage after communication, and each assent "
          + "to an agreement, re-checks current consent.",
      "La participation est volontaire à toutes les étapes : chaque étape après la communication, "
          + "et chaque adhésion à une entente, vérifie à nouveau le consentement actuel.",
      ProcessSources.CSC_RO_PROGRAM, ProcessSources.CCRA_S26_1_2, ProcessSources.EU_ART_12_1_A),
  /** Meetings only for a type that holds them, on its channels, before or during communication. */
  MEETING_TYPE("PROC-MEETING-TYPE",
      "A meeting is scheduled only for a process type that holds meetings, on one of its "
          + "channels, in preparation or communication.",
      "Une rencontre n'est prévue que pour un type de processus qui en tient, par l'un de ses "
          + "moyens, en préparation ou en communication.",
      ProcessSources.CSC_VICTIMS_PAGE, ProcessSources.CSC_FACT_SHEET_OFFENDERS),
  /** Messages pass through the facilitator in a type that relays them. */
  MESSAGE_RELAYED("PROC-MESSAGE-RELAYED",
      "Messages pass through the facilitator, from communication on, in a process type where the "
          + "facilitator relays them, on one of its channels, between participants who take part.",
      "Les messages passent par le médiateur, à partir de la communication, dans un type de "
          + "processus où il les transmet, par l'un de ses moyens, entre participants qui y "
          + "prennent part.",
      ProcessSources.CSC_FACT_SHEET_OFFENDERS, ProcessSources.CSC_BROCHURE,
      ProcessSources.HOME_OFFICE),
  /** A message moves only while author and recipient consent. */
  MESSAGE_CONSENT("PROC-MESSAGE-CONSENT",
      "A message is submitted or relayed only while its author and its recipient both have "
          + "current consent.",
      "Un message n'est remis ou transmis que si son auteur et son destinataire ont tous deux un "
          + "consentement actuel.",
      ProcessSources.CCRA_S26_1_2, ProcessSources.CSC_FACT_SHEET_OFFENDERS),
  /** Only a message awaiting review can be relayed or returned. */
  MESSAGE_REVIEW("PROC-MESSAGE-REVIEW",
      "Only a message awaiting the facilitator's review can be relayed or returned.",
      "Seul un message en attente d'examen par le médiateur peut être transmis ou renvoyé.",
      ProcessSources.CSC_FACT_SHEET_OFFENDERS),
  /** A statement is recorded only with its author's current consent. */
  STATEMENT_CONSENT("PROC-STATEMENT-CONSENT",
      "What a participant says is recorded only from assessment on and with their current "
          + "consent.",
      "Les propos d'un participant ne sont consignés qu'à partir de l'évaluation et avec son "
          + "consentement actuel.",
      ProcessSources.CCRA_S26_1_2),
  /** Agreement items concern parties; assents come from parties concerned. */
  AGREEMENT_PARTIES("PROC-AGREEMENT-PARTIES",
      "An agreement is proposed and assented to in the agreement stage; each item concerns "
          + "enrolled parties and is assented to only by a party it concerns.",
      "Une entente est proposée et acceptée à l'étape de l'entente; chaque élément concerne des "
          + "parties inscrites et n'est accepté que par une partie concernée.",
      ProcessSources.EU_ART_12_1_D, ProcessSources.NZ_SENTENCING_ACT_S10),
  /** Follow-up begins only once the agreement is reached. */
  FOLLOW_UP_AGREEMENT("PROC-FOLLOW-UP-AGREEMENT",
      "Follow-up begins only once every party concerned has assented to every item, at least one "
          + "harmed party and the responsible party among them, each with current consent; it "
          + "records only items of that agreement.",
      "Le suivi ne commence qu'une fois que chaque partie concernée a accepté chaque élément, "
          + "dont au moins une partie lésée et la partie responsable, chacune avec un "
          + "consentement actuel; il ne consigne que les éléments de cette entente.",
      ProcessSources.EU_ART_12_1_D, ProcessSources.EU_ART_12_1_A),
  /** The process type changes before follow-up. */
  PROCESS_TYPE_CHANGE("PROC-PROCESS-TYPE-CHANGE",
      "The process type changes before follow-up, to a different type.",
      "Le type de processus change avant le suivi, pour un autre type.",
      ProcessSources.CSC_VICTIMS_PAGE),
  /** Completion closes a case only when the process ran its course. */
  CLOSE_COMPLETED("PROC-CLOSE-COMPLETED",
      "A case closes as completed after communication when its process type needs no agreement, "
          + "or after follow-up when every item was completed.",
      "Un dossier est fermé comme terminé après la communication si son type de processus "
          + "n'exige pas d'entente, ou après le suivi si chaque élément a été réalisé.",
      ProcessSources.EU_ART_12_1_D),
  /** Not completing an agreement closes a case as such, and says nothing of guilt. */
  CLOSE_NOT_COMPLETED("PROC-CLOSE-AGREEMENT-NOT-COMPLETED",
      "A case closes with its agreement not completed only after follow-up of every item; this "
          + "records a fact about the agreement, never a statement about guilt.",
      "Un dossier n'est fermé avec une entente non réalisée qu'après le suivi de chaque élément; "
          + "cela constate un fait sur l'entente, jamais une déclaration de culpabilité.",
      ProcessSources.UN_PARA_17, ProcessSources.ACT_S32A),
  /** No agreement closes a case from the agreement stage. */
  CLOSE_NO_AGREEMENT("PROC-CLOSE-NO-AGREEMENT",
      "A case closes without agreement from the communication or agreement stage.",
      "Un dossier est fermé sans entente à l'étape de la communication ou de l'entente.",
      ProcessSources.EU_ART_12_1_D),
  /** Ineligibility closes a case at intake. */
  CLOSE_INELIGIBLE("PROC-CLOSE-INELIGIBLE",
      "A case closes as ineligible at referral or intake, on an INELIGIBLE screening or a review "
          + "that declined it.",
      "Un dossier est fermé comme inadmissible au renvoi ou à l'accueil, sur une présélection "
          + "défavorable ou un examen qui l'a refusé.",
      ProcessSources.UN_PARA_12),
  /** Unsuitability closes a case before follow-up. */
  CLOSE_UNSUITABLE("PROC-CLOSE-UNSUITABLE",
      "A case is closed as unsuitable before follow-up.",
      "Un dossier est fermé comme ne convenant pas avant le suivi.",
      ProcessSources.UN_PARA_12, ProcessSources.CD_785),
  /** Only a withdrawal closes a case as withdrawn. */
  CLOSE_WITHDRAWN("PROC-CLOSE-WITHDRAWN",
      "A case is closed as withdrawn only by the withdrawal of a participant it needs.",
      "Un dossier n'est fermé pour retrait que par le retrait d'un participant dont il a besoin.",
      ProcessSources.CSC_RO_PROGRAM),
  /** A screening is for the case's programme and inside its timeline. */
  SCREENING_FOR_CASE("PROC-SCREENING-FOR-CASE",
      "A screening handed to a case is for the case's programme, and for a date not before the "
          + "case was opened nor after the screening is recorded.",
      "Une présélection remise à un dossier porte sur le programme du dossier, à une date qui "
          + "n'est ni antérieure à l'ouverture du dossier ni postérieure à sa consignation.",
      ProcessSources.UN_PARA_12, ProcessSources.EU_ART_12_2),
  /** Communication and agreement need the programme's suitability rules to pass. */
  SUITABILITY("PROC-SUITABILITY",
      "Communication and agreement need the programme's own suitability rules to pass on the "
          + "latest screening: a rule not met refuses, a rule calling for review needs a recorded "
          + "review accepting the case, and missing facts refuse until screened again.",
      "La communication et l'entente exigent que les règles de pertinence du programme soient "
          + "respectées selon la dernière présélection : une règle non respectée refuse, une "
          + "règle qui demande un examen exige un examen consigné qui accepte le dossier, et des "
          + "faits manquants refusent jusqu'à une nouvelle présélection.",
      ProcessSources.CSC_RO_PROGRAM, ProcessSources.EU_ART_12_1_A, ProcessSources.UN_HANDBOOK),
  /** Enrolment pairs compatible roles, in a type where the role takes part. */
  ENROLMENT_ROLE("PROC-ENROLMENT-ROLE",
      "A participant takes part in a process role compatible with their role in the case (a "
          + "victim is a harmed party, an offender the responsible party, a facilitator "
          + "facilitates), and only where the process type has that role.",
      "Un participant joue un rôle compatible avec son rôle dans le dossier (la victime est "
          + "une partie lésée, le délinquant la partie responsable, le médiateur facilite), et "
          + "seulement si le type de processus prévoit ce rôle.",
      ProcessSources.CSC_BROCHURE, ProcessSources.UN_PARA_12),
  /** Exceptions are established by a facilitator enrolled in the case. */
  EXCEPTION_AUTHOR("PROC-EXCEPTION-AUTHOR",
      "An exception to confidentiality is established or revoked by a facilitator enrolled in "
          + "the case, for a recipient, naming its triggering items or a reason, until an end "
          + "date.",
      "Une exception à la confidentialité est établie ou révoquée par un médiateur inscrit au "
          + "dossier, pour un destinataire, en nommant les éléments qui la déclenchent ou un "
          + "motif, jusqu'à une date de fin.",
      ProcessSources.CD_785, ProcessSources.CONF_DANGER_CHILD_PROTECTION),
  /** A disclosure is recorded only by the library's disclosure entry point. */
  DISCLOSURE_RECORDED("PROC-DISCLOSURE-RECORDED",
      "A disclosure is recorded only by the library's disclosure entry point, which decides under "
          + "the policy of the case's programme; a recorded decision must be the one that policy "
          + "gives.",
      "Une divulgation n'est consignée que par le point d'entrée de divulgation de la "
          + "bibliothèque, qui décide selon la politique du programme du dossier; une décision "
          + "consignée doit être celle que donne cette politique.",
      ProcessSources.CSC_RJ_SERVICES, ProcessSources.EU_ART_12_1_E, ProcessSources.UN_PARA_14),
  /** A case closed on a withdrawal reopens when the participants it needs consent again. */
  REOPEN_AFTER_WITHDRAWAL("PROC-REOPEN-AFTER-WITHDRAWAL",
      "A case closed on a withdrawal reopens, in preparation, once every participant it needs has "
          + "consented again; a person who stopped may reconsider.",
      "Un dossier fermé à la suite d'un retrait est rouvert, en préparation, dès que chaque "
          + "participant dont il a besoin a de nouveau consenti; la personne qui s'est retirée "
          + "peut revenir sur sa décision.",
      ProcessSources.CSC_FACT_SHEET_OFFENDERS, ProcessSources.CCRA_S26_1_2);

  private final String id;
  private final BilingualText reason;
  private final List<Citation> citations;

  LifecycleRule(String id, String en, String fr, Citation... citations) {
    this.id = id;
    this.reason = BilingualText.of(en, fr);
    this.citations = ImmutableList.copyOf(citations);
  }

  /** The stable id ({@code PROC-COMMUNICATION-CONSENT}). */
  public String id() {
    return id;
  }

  /** The rule in policy language, English and French. */
  public BilingualText reason() {
    return reason;
  }

  /** The sources. */
  public List<Citation> citations() {
    return citations;
  }
}
