package org.rjkit.samples.walkthrough;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.List;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.casefile.Jurisdiction;
import org.rjkit.core.casefile.Stage;
import org.rjkit.core.offence.Offence;
import org.rjkit.core.offence.OffenceCategory;
import org.rjkit.core.offence.OffenceId;
import org.rjkit.core.participant.Facilitator;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.participant.Victim;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.core.sentence.Imposition;
import org.rjkit.core.sentence.Sentence;
import org.rjkit.core.sentence.SentenceId;
import org.rjkit.core.sentence.SupervisionStatus;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.language.Language;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Role;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.screening.Eligibility;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.process.agreement.AgreementItem;
import org.rjkit.process.agreement.AgreementItemId;
import org.rjkit.process.agreement.AgreementTerm;
import org.rjkit.process.agreement.ItemStatus;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.confidentiality.DisclosurePolicies;
import org.rjkit.process.confidentiality.DisclosurePolicy;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.Purpose;
import org.rjkit.process.confidentiality.Recipient;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.disclosure.Disclosure;
import org.rjkit.process.disclosure.Disclosures;
import org.rjkit.process.json.ProcessHistoryStorageReader;
import org.rjkit.process.json.ProcessHistoryStorageWriter;
import org.rjkit.process.lifecycle.ClosureReason;
import org.rjkit.process.lifecycle.EligibilityDecision;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementAssented;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementProposed;
import org.rjkit.process.lifecycle.ProcessEvent.CaseClosed;
import org.rjkit.process.lifecycle.ProcessEvent.CaseOpened;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentGiven;
import org.rjkit.process.lifecycle.ProcessEvent.EligibilityRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.ItemFollowedUp;
import org.rjkit.process.lifecycle.ProcessEvent.MessageRelayed;
import org.rjkit.process.lifecycle.ProcessEvent.MessageReturned;
import org.rjkit.process.lifecycle.ProcessEvent.MessageSubmitted;
import org.rjkit.process.lifecycle.ProcessEvent.SafetyAssessed;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.lifecycle.TransitionRefusedException;
import org.rjkit.process.type.Channel;
import org.rjkit.process.type.ProcessType;

/**
 * The walkthrough: every date is written out (no clock), every step goes through the lifecycle
 * guards, and the confidential text lives only in {@link ProcessContent} values.
 */
public final class Walkthrough {

  private Walkthrough() {}

  static final ParticipantId VICTIM = ParticipantId.of("V-1");
  static final ParticipantId OFFENDER = ParticipantId.of("O-1");
  static final ParticipantId MEDIATOR = ParticipantId.of("F-1");
  static final CaseId CASE = CaseId.of("RO-2026-0042");
  static final ProgrammeId CSC = ProgrammeId.of("ca-csc-restorative-opportunities");

  /** What the victim wrote. */
  static final String VICTIMS_LETTER =
      "Since that night I check the locks three times. I want to know why our house.";
  /** The offender's first draft, returned by the mediator. */
  static final String FIRST_DRAFT = "It was not personal, you were just unlucky.";
  /** The offender's answer, relayed. */
  static final String OFFENDERS_LETTER =
      "I chose your house because the lights were off. I understand now what I took from you.";
  /** The apology, agreed and then delivered in follow-up. */
  static final String APOLOGY_TERMS = "a written apology, relayed by the mediator";
  static final String APOLOGY_LETTER = "I am sorry for the fear I left in your home.";

  static LocalDate on(String date) {
    return LocalDate.parse(date);
  }

  /**
   * The victim's request as a case file: a registered victim of a break and enter whose offender
   * serves three years in a federal penitentiary. Consent and safety are not yet on file.
   */
  static CaseFile caseFile() {
    return CaseFile.builder(CASE)
        .jurisdiction(Jurisdiction.parse("CA"))
        .stage(Stage.POST_SENTENCE)
        .offence(Offence.of(OffenceId.of("O1"), OffenceCategory.BREAK_AND_ENTER,
            on("2023-08-19")))
        .sentence(new Sentence.Imprisonment(
            Imposition.startingOn(SentenceId.of("S1"), on("2024-01-15"), OffenceId.of("O1")),
            Period.ofYears(3)))
        .supervision(SupervisionStatus.IN_CUSTODY)
        .participant(Victim.of(VICTIM, true))
        .participant(Offender.builder(OFFENDER).acceptsResponsibility(true).build())
        .participant(new Facilitator(MEDIATOR, false))
        .build();
  }

  /** The screening decision of the eligibility engine at intake. */
  static Decision screening() {
    return Eligibility.screen(new ScreeningRequest(CSC, VICTIM, on("2026-02-04"), caseFile()));
  }

  /** The screening before communication, on the case file with consents and safety on file. */
  static Decision rescreening() {
    CaseFile file = caseFile().toBuilder()
        .consent(org.rjkit.core.consent.ConsentRecord.informed(VICTIM, on("2026-03-02"),
            ConsentForm.WRITTEN))
        .consent(org.rjkit.core.consent.ConsentRecord.informed(OFFENDER, on("2026-03-09"),
            ConsentForm.WRITTEN))
        .safetyAssessment(new org.rjkit.core.safety.SafetyAssessment(on("2026-03-10"),
            RiskLevel.LOW))
        .build();
    return Eligibility.screen(new ScreeningRequest(CSC, VICTIM, on("2026-03-11"), file));
  }

  /**
   * The case, from the victim's request to closure.
   *
   * @param out where each step is narrated, not null
   * @return the closed case
   */
  static ProcessCase walk(PrintStream out) {
    MessageId victimsLetter = MessageId.of("L-1");
    MessageId firstDraft = MessageId.of("L-2");
    MessageId answer = MessageId.of("L-3");
    MessageId apology = MessageId.of("L-4");
    AgreementItemId apologyItem = AgreementItemId.of("A-1");

    out.println("1. A registered victim asks CSC to communicate with the offender who harmed her.");
    ProcessCase c = ProcessCase.open(new CaseOpened(on("2026-02-02"), CASE, CSC,
        ProcessType.INDIRECT_MEDIATION,
        List.of(Enrolment.of(VICTIM, Role.VICTIM), Enrolment.of(OFFENDER, Role.OFFENDER),
            Enrolment.of(MEDIATOR, Role.FACILITATOR)), VICTIM));

    Decision screening = screening();
    out.println("2. Intake: the request is screened for Restorative Opportunities: eligibility "
        + screening.phases().get(Phase.ELIGIBILITY) + ", suitability "
        + screening.phases().get(Phase.SUITABILITY) + " (missing: "
        + String.join(", ", screening.missingFacts()) + ").");
    out.println("   The request can be taken on; consent and safety are checked again before"
        + " communication.");
    c = c.recordAll(
        new StageEntered(on("2026-02-03"), ProcessStage.INTAKE),
        new EligibilityRecorded(on("2026-02-04"), EligibilityDecision.of(screening)),
        new StageEntered(on("2026-02-05"), ProcessStage.ASSESSMENT),
        new StageEntered(on("2026-02-20"), ProcessStage.PREPARATION));

    out.println("3. Before consent, the mediator cannot start communication:");
    try {
      c.record(new StageEntered(on("2026-02-21"), ProcessStage.COMMUNICATION));
    } catch (TransitionRefusedException refused) {
      out.println("   refused by " + refused.ruleId() + " (" + refused.from() + " -> "
          + refused.to() + "), missing consent of " + refused.participants());
    }

    out.println("4. Both give informed written consent; the mediator assesses the risk as low;");
    out.println("   the case file is screened again on these facts, and the programme's own");
    out.println("   suitability rules let it proceed to communication.");
    c = c.recordAll(
        new ConsentGiven(on("2026-03-02"), VICTIM, true, ConsentForm.WRITTEN),
        new ConsentGiven(on("2026-03-09"), OFFENDER, true, ConsentForm.WRITTEN),
        new SafetyAssessed(on("2026-03-10"), RiskLevel.LOW),
        new EligibilityRecorded(on("2026-03-11"), EligibilityDecision.of(rescreening())),
        new StageEntered(on("2026-03-11"), ProcessStage.COMMUNICATION));

    out.println("5. Letters go through the mediator, who relays one and returns a draft.");
    c = c.recordAll(
        new MessageSubmitted(on("2026-03-16"), victimsLetter, VICTIM, OFFENDER, Channel.LETTER,
            ProcessContent.of(VICTIMS_LETTER)),
        new MessageRelayed(on("2026-03-18"), victimsLetter),
        new MessageSubmitted(on("2026-04-06"), firstDraft, OFFENDER, VICTIM, Channel.LETTER,
            ProcessContent.of(FIRST_DRAFT)),
        new MessageReturned(on("2026-04-07"), firstDraft),
        new MessageSubmitted(on("2026-04-20"), answer, OFFENDER, VICTIM, Channel.LETTER,
            ProcessContent.of(OFFENDERS_LETTER)),
        new MessageRelayed(on("2026-04-22"), answer));

    out.println("6. They agree on an apology; both assent to it.");
    c = c.recordAll(
        new StageEntered(on("2026-05-04"), ProcessStage.AGREEMENT),
        new AgreementProposed(on("2026-05-04"), List.of(new AgreementItem(apologyItem,
            new AgreementTerm.Apology(ProcessContent.of(APOLOGY_TERMS)),
            List.of(OFFENDER, VICTIM)))),
        new AgreementAssented(on("2026-05-06"), apologyItem, VICTIM),
        new AgreementAssented(on("2026-05-07"), apologyItem, OFFENDER));

    out.println("7. Follow-up: the apology is written, relayed, and recorded as completed.");
    c = c.recordAll(
        new StageEntered(on("2026-05-08"), ProcessStage.FOLLOW_UP),
        new MessageSubmitted(on("2026-05-25"), apology, OFFENDER, VICTIM, Channel.LETTER,
            ProcessContent.of(APOLOGY_LETTER)),
        new MessageRelayed(on("2026-05-27"), apology),
        new ItemFollowedUp(on("2026-06-01"), apologyItem, ItemStatus.COMPLETED),
        new CaseClosed(on("2026-06-01"), ClosureReason.COMPLETED));
    return c;
  }

  /**
   * Runs the walkthrough and prints it.
   *
   * @param out not null
   */
  public static void run(PrintStream out) {
    out.println("rjkit process walkthrough: CSC Restorative Opportunities, indirect mediation");
    out.println();
    ProcessCase c = walk(out);
    DisclosurePolicy csc = DisclosurePolicies.cscRestorativeOpportunities();

    out.println();
    out.println("=== The case history, as the mediator sees it ===");
    Disclosure mediator = Disclosures.disclose(c, csc, Recipient.of(RecipientKind.FACILITATOR),
        Purpose.CONDUCT_OF_PROCESS, on("2026-06-02"));
    out.print(mediator.view().render(Language.EN));

    out.println();
    out.println("=== What the Parole Board of Canada may see of the same case ===");
    Disclosure paroleBoard = Disclosures.disclose(mediator.recorded(), csc,
        Recipient.of(RecipientKind.PAROLE_BOARD), Purpose.PAROLE_DECISION, on("2026-06-15"));
    out.print(paroleBoard.view().render(Language.EN));

    out.println();
    out.println("=== Disclosure decisions recorded in the case history ===");
    paroleBoard.recorded().disclosures().forEach(d -> out.println("  "
        + d.request().information() + " to " + d.request().recipient() + " for "
        + d.request().purpose() + ": " + d.permission() + " (" + d.ruleId() + ")"));

    out.println();
    out.println("=== The case stored and loaded back ===");
    String stored = stored(paroleBoard.recorded());
    ProcessCase loaded = ProcessHistoryStorageReader.builtIn().read(stored);
    out.println("  stored as a process history document (version "
        + ProcessHistoryStorageReader.SCHEMA_VERSION + ", " + loaded.history().size() + " events);");
    out.println("  loaded back through every guard: "
        + (loaded.equals(paroleBoard.recorded()) ? "the same case" : "A DIFFERENT CASE")
        + ", stage " + loaded.stage() + loaded.closure().map(r -> " (" + r + ")").orElse(""));
  }

  /**
   * The walkthrough's case, closed and disclosed, as its system of record stores it.
   *
   * @return the process history document
   */
  public static String storedHistory() {
    PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream(), true,
        java.nio.charset.StandardCharsets.UTF_8);
    ProcessCase c = walk(quiet);
    DisclosurePolicy csc = DisclosurePolicies.cscRestorativeOpportunities();
    ProcessCase recorded = Disclosures.disclose(c, csc, Recipient.of(RecipientKind.FACILITATOR),
        Purpose.CONDUCT_OF_PROCESS, on("2026-06-02")).recorded();
    recorded = Disclosures.disclose(recorded, csc, Recipient.of(RecipientKind.PAROLE_BOARD),
        Purpose.PAROLE_DECISION, on("2026-06-15")).recorded();
    return stored(recorded);
  }

  private static String stored(ProcessCase c) {
    return new ProcessHistoryStorageWriter().writePretty(c);
  }
}
