package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.process.Cases.MEDIATOR;
import static org.rjkit.process.Cases.OFFENDER;
import static org.rjkit.process.Cases.VICTIM;
import static org.rjkit.process.Cases.VICTIMS_MOTHER;
import static org.rjkit.process.Cases.day;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.language.Language;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Role;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.eligibility.Outcome;
import org.rjkit.process.agreement.AgreementItem;
import org.rjkit.process.agreement.AgreementItemId;
import org.rjkit.process.agreement.AgreementTerm;
import org.rjkit.process.agreement.Instalment;
import org.rjkit.process.agreement.ItemStatus;
import org.rjkit.process.agreement.Money;
import org.rjkit.process.agreement.PaymentSchedule;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.confidentiality.DisclosureDecision;
import org.rjkit.process.confidentiality.DisclosurePolicies;
import org.rjkit.process.confidentiality.DisclosurePolicy;
import org.rjkit.process.confidentiality.DisclosureRequest;
import org.rjkit.process.confidentiality.ExceptionGround;
import org.rjkit.process.confidentiality.InformationClass;
import org.rjkit.process.confidentiality.Permission;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.Purpose;
import org.rjkit.process.confidentiality.Recipient;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.disclosure.CaseView;
import org.rjkit.process.disclosure.ContentEntry;
import org.rjkit.process.disclosure.Disclosures;
import org.rjkit.process.disclosure.EntryKind;
import org.rjkit.process.disclosure.HistoryLine;
import org.rjkit.process.lifecycle.ClosureReason;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.Meeting;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementAssented;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementProposed;
import org.rjkit.process.lifecycle.ProcessEvent.CaseClosed;
import org.rjkit.process.lifecycle.ProcessEvent.CaseReopened;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentGiven;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentWithdrawn;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureAgreed;
import org.rjkit.process.lifecycle.ProcessEvent.EligibilityRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.ExceptionEstablished;
import org.rjkit.process.lifecycle.ProcessEvent.ItemFollowedUp;
import org.rjkit.process.lifecycle.ProcessEvent.MeetingScheduled;
import org.rjkit.process.lifecycle.ProcessEvent.MessageRelayed;
import org.rjkit.process.lifecycle.ProcessEvent.MessageReturned;
import org.rjkit.process.lifecycle.ProcessEvent.MessageSubmitted;
import org.rjkit.process.lifecycle.ProcessEvent.ParticipantEnrolled;
import org.rjkit.process.lifecycle.ProcessEvent.ProcessTypeChanged;
import org.rjkit.process.lifecycle.ProcessEvent.ReviewRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.SafetyAssessed;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessEvent.StatementRecorded;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.lifecycle.ReviewOutcome;
import org.rjkit.process.type.Channel;
import org.rjkit.process.type.ProcessType;

/**
 * What each recipient's view of a case holds: the whole story for the mediator, administrative
 * facts and the bare existence of content for programme staff, facts without names for
 * researchers, and for a participant only what they wrote, what was relayed to them and the
 * agreement items that concern them.
 */
class CaseViewTest {

  private static final MessageId M1 = MessageId.of("M1");
  private static final MessageId M2 = MessageId.of("M2");
  private static final AgreementItemId APOLOGY = AgreementItemId.of("I1");
  private static final AgreementItemId COMPENSATION = AgreementItemId.of("I2");
  private static final AgreementItemId DONATION = AgreementItemId.of("I3");
  private static final AgreementItemId SERVICE = AgreementItemId.of("I4");
  private static final AgreementItemId REPAIR = AgreementItemId.of("I5");
  private static final AgreementItemId OTHER = AgreementItemId.of("I6");

  private static final String VICTIMS_LETTER = "Why our house, of all houses?";
  private static final String OFFENDERS_REPLY = "It was the only one with no dog.";
  private static final String OFFENDERS_WORDS = "I think about it every night.";
  private static final DisclosurePolicy CSC = DisclosurePolicies.cscRestorativeOpportunities();

  /**
   * A case that went through every kind of event: screened for manual review and accepted, a
   * meeting planned then letters instead, one letter relayed and one returned, an agreement of
   * six items, one item followed up, a disclosure agreed and an exception established.
   */
  private static ProcessCase wholeStory() {
    List<AgreementItem> items = List.of(
        new AgreementItem(APOLOGY, new AgreementTerm.Apology(ProcessContent.of("in writing")),
            List.of(OFFENDER, VICTIM)),
        new AgreementItem(COMPENSATION, new AgreementTerm.FinancialCompensation(
            Money.of("300.00", "CAD"), new PaymentSchedule(List.of(
                new Instalment(day(40), Money.of("100.00", "CAD")),
                new Instalment(day(70), Money.of("200", "CAD")))),
            ProcessContent.of("the front door")), List.of(OFFENDER, VICTIM)),
        new AgreementItem(DONATION, new AgreementTerm.Donation(Money.of("50", "CAD"),
            ProcessContent.of("the food bank")), List.of(OFFENDER)),
        new AgreementItem(SERVICE, new AgreementTerm.CommunityService(12,
            ProcessContent.of("the park clean-up")), List.of(OFFENDER)),
        new AgreementItem(REPAIR, new AgreementTerm.Repair(ProcessContent.of("the fence")),
            List.of(OFFENDER)),
        new AgreementItem(OTHER, new AgreementTerm.Other(ProcessContent.of("a school talk")),
            List.of(OFFENDER)));
    ProcessCase c = Cases.victimsRequest(ProcessType.DIRECT_MEDIATION).recordAll(
        new StageEntered(day(1), ProcessStage.INTAKE),
        new EligibilityRecorded(day(1), Cases.screening(Outcome.MANUAL_REVIEW)),
        new ReviewRecorded(day(2), ReviewOutcome.ACCEPTED),
        new StageEntered(day(2), ProcessStage.ASSESSMENT),
        new StageEntered(day(3), ProcessStage.PREPARATION),
        new ParticipantEnrolled(day(3), Enrolment.of(VICTIMS_MOTHER, Role.VICTIM_FAMILY_MEMBER)),
        new ConsentGiven(day(4), VICTIM, true, ConsentForm.WRITTEN),
        new ConsentGiven(day(4), VICTIMS_MOTHER, false, ConsentForm.ORAL),
        new ConsentGiven(day(4), OFFENDER, true, ConsentForm.WRITTEN),
        // informed the next day: on the same day an uninformed grant would prevail
        new ConsentGiven(day(5), VICTIMS_MOTHER, true, ConsentForm.ORAL),
        new SafetyAssessed(day(5), RiskLevel.LOW),
        new MeetingScheduled(day(5), new Meeting(day(5), day(20), Channel.FACE_TO_FACE)),
        new ProcessTypeChanged(day(6), ProcessType.INDIRECT_MEDIATION),
        new StageEntered(day(6), ProcessStage.COMMUNICATION),
        new MessageSubmitted(day(7), M1, VICTIM, OFFENDER, Channel.LETTER,
            ProcessContent.of(VICTIMS_LETTER)),
        new MessageSubmitted(day(7), M2, OFFENDER, VICTIM, Channel.AUDIO_RECORDING,
            ProcessContent.of(OFFENDERS_REPLY)),
        new MessageRelayed(day(8), M1),
        new MessageReturned(day(8), M2),
        new StatementRecorded(day(8), OFFENDER, ProcessContent.of(OFFENDERS_WORDS)),
        new ConsentWithdrawn(day(8), VICTIMS_MOTHER),
        new StageEntered(day(9), ProcessStage.AGREEMENT),
        new AgreementProposed(day(9), items));
    for (AgreementItem item : items) {
      for (ParticipantId p : item.concerned()) {
        c = c.record(new AgreementAssented(day(10), item.id(), p));
      }
    }
    return c.recordAll(
        new StageEntered(day(10), ProcessStage.FOLLOW_UP),
        new ItemFollowedUp(day(11), APOLOGY, ItemStatus.COMPLETED),
        new ItemFollowedUp(day(11), DONATION, ItemStatus.NOT_COMPLETED),
        new DisclosureAgreed(day(11), VICTIM, RecipientKind.RESEARCHER),
        Cases.exception(day(11), ExceptionGround.IMMINENT_HARM, RecipientKind.POLICE,
            org.rjkit.process.confidentiality.ContentRef.statement("S1")));
  }

  private static CaseView view(ProcessCase c, Recipient recipient, Purpose purpose) {
    return Disclosures.disclose(c, CSC, recipient, purpose, c.asOf()).view();
  }

  private static List<String> history(CaseView view, Language language) {
    return view.history().stream().map(h -> h.description().in(language)).toList();
  }

  @Test
  void the_mediator_sees_the_whole_history_in_order() {
    ProcessCase c = wholeStory();
    CaseView view = view(c, Recipient.of(RecipientKind.FACILITATOR), Purpose.CONDUCT_OF_PROCESS);
    assertEquals(c.history().size(), view.history().size());
    assertEquals(c.history().stream().map(e -> e.on()).toList(),
        view.history().stream().map(HistoryLine::on).toList());
    List<String> en = history(view, Language.EN);
    assertEquals("case opened at the request of V1 for direct mediation", en.get(0));
    assertEquals("stage: intake", en.get(1));
    assertEquals("screening under ca-csc-restorative-opportunities: manual review needed", en.get(2));
    assertEquals("review: accepted", en.get(3));
    assertEquals("VF1 enrolled as harmed party", en.get(6));
    assertEquals("V1 consented (informed, written)", en.get(7));
    assertEquals("VF1 consented (not informed, oral)", en.get(8));
    assertEquals("safety assessed: low risk", en.get(11));
    assertEquals("meeting scheduled for January 25, 2026 (face to face)", en.get(12));
    assertEquals("process type changed to indirect mediation", en.get(13));
    assertEquals("letter M1 given to the facilitator by V1 for O1", en.get(15));
    assertEquals("message M1 relayed by the facilitator", en.get(17));
    assertEquals("message M2 returned to its author", en.get(18));
    assertEquals("statement of O1 recorded", en.get(19));
    assertEquals("VF1 withdrew", en.get(20));
    assertEquals("agreement proposed (6 items)", en.get(22));
    assertTrue(en.contains("O1 assented to item I4"));
    assertTrue(en.contains("follow-up: item I3 not completed"));
    assertTrue(en.contains("V1 agreed to disclosure (recipient: researcher)"));
    assertTrue(en.contains("exception established: imminent risk of serious harm (recipient: police)"));
    List<String> fr = history(view, Language.FR);
    assertEquals("dossier ouvert à la demande de V1 pour médiation directe", fr.get(0));
    assertEquals("étape : accueil", fr.get(1));
    assertEquals("présélection selon ca-csc-restorative-opportunities : examen manuel requis", fr.get(2));
    assertEquals("examen : dossier accepté", fr.get(3));
    assertEquals("inscription de VF1 comme partie lésée", fr.get(6));
    assertEquals("V1 a consenti (consentement éclairé, écrit)", fr.get(7));
    assertEquals("VF1 a consenti (consentement non éclairé, verbal)", fr.get(8));
    assertEquals("sécurité évaluée : risque faible", fr.get(11));
    assertEquals("rencontre prévue le 25 janvier 2026 (en personne)", fr.get(12));
    assertEquals("type de processus changé pour médiation indirecte", fr.get(13));
    assertEquals("remise au facilitateur : lettre M1, de V1 pour O1", fr.get(15));
    assertEquals("message M1 transmis par le facilitateur", fr.get(17));
    assertEquals("message M2 renvoyé à son auteur", fr.get(18));
    assertEquals("déclaration de O1 consignée", fr.get(19));
    assertEquals("retrait de VF1", fr.get(20));
    assertEquals("entente proposée (6 éléments)", fr.get(22));
    assertTrue(fr.contains("O1 a accepté l'élément I4"));
    assertTrue(fr.contains("suivi de l'élément I3 : non réalisé"));
    assertTrue(fr.contains("V1 a consenti à une divulgation (destinataire : chercheur)"));
    assertTrue(fr.contains("exception établie : risque imminent de préjudice grave (destinataire : police)"));
  }

  @Test
  void the_mediator_sees_every_piece_of_content_with_its_status() {
    CaseView view = view(wholeStory(), Recipient.of(RecipientKind.FACILITATOR),
        Purpose.CONDUCT_OF_PROCESS);
    List<ContentEntry> entries = view.entries();
    assertEquals(List.of(EntryKind.MESSAGE, EntryKind.MESSAGE, EntryKind.STATEMENT,
            EntryKind.AGREEMENT_ITEM, EntryKind.AGREEMENT_ITEM, EntryKind.AGREEMENT_ITEM,
            EntryKind.AGREEMENT_ITEM, EntryKind.AGREEMENT_ITEM, EntryKind.AGREEMENT_ITEM),
        entries.stream().map(ContentEntry::kind).toList());
    assertEquals("letter M1 from V1 to O1; relayed on January 13, 2026",
        entries.get(0).description().in(org.rjkit.core.language.Language.EN));
    assertEquals("lettre M1 de V1 à O1; transmission le 13 janvier 2026",
        entries.get(0).description().in(org.rjkit.core.language.Language.FR));
    assertEquals("audio recording M2 from O1 to V1; returned on January 13, 2026",
        entries.get(1).description().in(org.rjkit.core.language.Language.EN));
    assertEquals("enregistrement sonore M2 de O1 à V1; renvoi à l'auteur le 13 janvier 2026",
        entries.get(1).description().in(org.rjkit.core.language.Language.FR));
    assertEquals("statement of O1", entries.get(2).description().in(org.rjkit.core.language.Language.EN));
    assertEquals("déclaration de O1", entries.get(2).description().in(org.rjkit.core.language.Language.FR));
    assertEquals("agreement item I1 (apology), completed", entries.get(3).description().in(org.rjkit.core.language.Language.EN));
    assertEquals("élément d'entente I2 (indemnisation financière), en attente",
        entries.get(4).description().in(org.rjkit.core.language.Language.FR));
    assertEquals(day(9), entries.get(3).on());
    var content = view.capability();
    assertEquals(VICTIMS_LETTER, entries.get(0).content().orElseThrow().reveal(content));
    assertEquals(OFFENDERS_REPLY, entries.get(1).content().orElseThrow().reveal(content));
    assertEquals(OFFENDERS_WORDS, entries.get(2).content().orElseThrow().reveal(content));
    assertTrue(entries.subList(3, 9).stream().allMatch(e -> e.content().isEmpty()
        && e.term().isPresent()), "an agreement item shows its term");
    // Spec changed (issue 9): a term is written in the reader's language, amounts as money and
    // dates by the locale; what the parties wrote is quoted.
    String en = view.render(Language.EN);
    for (String line : List.of("apology: \u00abin writing\u00bb",
        "financial compensation of CAD 300.00, paid CAD 100.00 on February 14, 2026 and "
            + "CAD 200.00 on March 16, 2026: \u00abthe front door\u00bb",
        "donation of CAD 50.00 to \u00abthe food bank\u00bb",
        "12 hours of community service: \u00abthe park clean-up\u00bb",
        "repair: \u00abthe fence\u00bb",
        "\u00aba school talk\u00bb")) {
      assertTrue(en.contains(line), () -> line + " in " + en);
    }
    String fr = view.render(Language.FR);
    for (String line : List.of("excuses : \u00abin writing\u00bb",
        "indemnisation financière de 300,00 CAD, payée 100,00 CAD le 14 février 2026 "
            + "et 200,00 CAD le 16 mars 2026 : \u00abthe front door\u00bb",
        "don de 50,00 CAD à \u00abthe food bank\u00bb",
        "12 heures de travaux communautaires : \u00abthe park clean-up\u00bb")) {
      assertTrue(fr.contains(line), () -> line + " in " + fr);
    }
    String text = view.render(Language.EN);
    assertTrue(text.contains("  2026-01-12  letter M1 from V1 to O1; relayed on January 13, 2026: \u00ab"
        + VICTIMS_LETTER + "\u00bb"), text);
  }

  @Test
  void a_message_still_with_the_facilitator_is_described_as_awaiting_review() {
    ProcessCase c = Cases.inCommunication(ProcessType.LETTERS).record(new MessageSubmitted(
        day(7), M1, VICTIM, OFFENDER, Channel.LETTER, ProcessContent.of(VICTIMS_LETTER)));
    ContentEntry entry = view(c, Recipient.of(RecipientKind.FACILITATOR),
        Purpose.CONDUCT_OF_PROCESS).entries().get(0);
    assertEquals("letter M1 from V1 to O1; awaiting the facilitator", entry.description().in(org.rjkit.core.language.Language.EN));
    assertEquals("lettre M1 de V1 à O1; en attente du facilitateur", entry.description().in(org.rjkit.core.language.Language.FR));
  }

  @Test
  void the_mediator_sees_the_facts_of_the_case_with_names() {
    ProcessCase c = wholeStory();
    CaseView view = view(c, Recipient.of(RecipientKind.FACILITATOR), Purpose.CONDUCT_OF_PROCESS);
    var facts = view.facts().orElseThrow();
    assertEquals(Optional.of(c.caseId()), facts.caseId());
    assertEquals(c.programme(), facts.programme());
    assertEquals(ProcessType.INDIRECT_MEDIATION, facts.processType());
    assertEquals(ProcessStage.FOLLOW_UP, facts.stage());
    assertEquals(List.of("V1 (victim)", "O1 (offender)", "F1 (facilitator)",
        "VF1 (victim's family member)"), facts.participants().stream()
            .map(p -> p.in(Language.EN)).toList());
    String text = view.render(Language.EN);
    assertTrue(text.startsWith("View for: facilitator (conduct of the process)\n"), text);
    assertTrue(text.contains("Case: RO-2026-0001, ca-csc-restorative-opportunities, "
        + "indirect mediation, stage: follow-up\n"), text);
    assertTrue(text.contains("Participants: V1 (victim), O1 (offender), F1 (facilitator) and "
        + "VF1 (victim's family member)\n"), text);
    assertTrue(text.contains("History:\n  2026-01-05  case opened"), text);
    assertTrue(text.contains("Process content:\n"), text);
    String fr = view.render(Language.FR);
    assertTrue(fr.startsWith("Vue destinée à : facilitateur (conduite du processus)\n"), fr);
    assertTrue(fr.contains("Dossier : RO-2026-0001, ca-csc-restorative-opportunities, "
        + "médiation indirecte, étape : suivi\n"), fr);
    assertTrue(fr.contains("Historique :\n"), fr);
    assertTrue(fr.contains("Contenu du processus :\n"), fr);
    assertTrue(fr.contains("  faits administratifs : permis - CSC-CONF-MEDIATOR : Le médiateur mène"),
        fr);
  }

  @Test
  void the_record_of_disclosures_and_exceptions_is_for_staff_only() {
    ProcessCase c = Disclosures.disclose(wholeStory(), CSC, Recipient.of(RecipientKind.POLICE),
        Purpose.SAFETY, day(12)).recorded();
    List<String> staff = history(view(c, Recipient.of(RecipientKind.PROGRAMME_STAFF),
        Purpose.CASE_ADMINISTRATION), Language.EN);
    assertTrue(staff.contains("disclosure of process content (recipient: police; purpose: safety): permitted "
        + "(CSC-CONF-EXCEPTION-IMMINENT-HARM)"), staff.toString());
    assertTrue(staff.contains("exception established: imminent risk of serious harm (recipient: police)"));
    assertTrue(staff.contains("V1 agreed to disclosure (recipient: researcher)"));
    List<String> victims = history(view(c, Recipient.participant(VICTIM),
        Purpose.CONDUCT_OF_PROCESS), Language.EN);
    assertTrue(victims.stream().noneMatch(l -> l.startsWith("disclosure of")), victims.toString());
    assertTrue(victims.stream().noneMatch(l -> l.startsWith("exception established")));
    assertTrue(victims.stream().noneMatch(l -> l.contains("agreed to disclosure")));
    List<String> police = history(view(c, Recipient.of(RecipientKind.POLICE), Purpose.SAFETY),
        Language.EN);
    assertTrue(police.stream().noneMatch(l -> l.startsWith("disclosure of")));
    assertTrue(police.contains("case opened at the request of V1 for direct mediation"));
  }

  @Test
  void a_disclosure_to_a_participant_is_recorded_with_their_name() {
    ProcessCase c = Disclosures.disclose(wholeStory(), CSC, Recipient.participant(VICTIM),
        Purpose.CONDUCT_OF_PROCESS, day(12)).recorded();
    List<String> mediator = history(view(c, Recipient.of(RecipientKind.FACILITATOR),
        Purpose.CONDUCT_OF_PROCESS), Language.FR);
    assertTrue(mediator.contains("divulgation de faits administratifs (destinataire : participant V1; fin : "
        + "conduite du processus) : permis (CSC-CONF-PARTICIPANT)"), mediator.toString());
  }

  @Test
  void the_victim_sees_their_own_letter_what_was_relayed_to_them_and_the_items_that_concern_them() {
    CaseView view = view(wholeStory(), Recipient.participant(VICTIM), Purpose.CONDUCT_OF_PROCESS);
    List<String> entries = view.entries().stream().map(e -> e.description().in(org.rjkit.core.language.Language.EN)).toList();
    assertEquals(List.of("letter M1 from V1 to O1; relayed on January 13, 2026",
        "agreement item I1 (apology), completed",
        "agreement item I2 (financial compensation), pending"), entries);
    List<String> history = history(view, Language.EN);
    assertTrue(history.contains("case opened at the request of V1 for direct mediation"));
    assertTrue(history.contains("stage: communication"));
    assertTrue(history.contains("letter M1 given to the facilitator by V1 for O1"));
    assertTrue(history.contains("message M1 relayed by the facilitator"));
    assertFalse(history.stream().anyMatch(l -> l.contains("M2")), "a returned message");
    assertFalse(history.contains("statement of O1 recorded"));
    assertTrue(history.contains("agreement proposed (6 items)"));
    assertTrue(history.contains("V1 assented to item I1"));
    assertFalse(history.contains("O1 assented to item I3"));
    assertTrue(history.contains("follow-up: item I1 completed"));
    assertFalse(history.contains("follow-up: item I3 not completed"));
    String text = view.render(Language.EN);
    assertTrue(text.contains(VICTIMS_LETTER));
    assertFalse(text.contains(OFFENDERS_REPLY));
    assertFalse(text.contains(OFFENDERS_WORDS));
    assertFalse(text.contains("food bank"));
  }

  @Test
  void the_offender_sees_a_returned_message_as_its_author_and_every_item_concerning_them() {
    CaseView view = view(wholeStory(), Recipient.participant(OFFENDER),
        Purpose.CONDUCT_OF_PROCESS);
    List<String> history = history(view, Language.EN);
    assertTrue(history.contains("message M2 returned to its author"));
    assertTrue(history.contains("statement of O1 recorded"));
    assertTrue(history.contains("O1 assented to item I3"));
    assertTrue(history.contains("follow-up: item I3 not completed"));
    assertEquals(9, view.entries().size());
    String text = view.render(Language.EN);
    assertTrue(text.contains(OFFENDERS_REPLY));
    assertTrue(text.contains(VICTIMS_LETTER));
  }

  @Test
  void a_participant_no_item_concerns_hears_nothing_of_the_agreement() {
    CaseView view = view(wholeStory(), Recipient.participant(VICTIMS_MOTHER),
        Purpose.CONDUCT_OF_PROCESS);
    List<String> history = history(view, Language.EN);
    assertFalse(history.stream().anyMatch(l -> l.contains("agreement") && !l.startsWith("stage:")),
        history.toString());
    assertFalse(history.stream().anyMatch(l -> l.contains("item")));
    assertFalse(history.stream().anyMatch(l -> l.contains("M1") || l.contains("M2")),
        "letters between the others: " + history);
    assertTrue(history.contains("VF1 withdrew"));
    assertTrue(view.entries().isEmpty());
  }

  @Test
  void programme_staff_learn_what_exists_and_who_took_part_but_not_what_was_said() {
    CaseView view = view(wholeStory(), Recipient.of(RecipientKind.PROGRAMME_STAFF),
        Purpose.CASE_ADMINISTRATION);
    assertEquals(Permission.PERMITTED, view.administrative().permission());
    assertEquals(Permission.REDACTED, view.content().permission());
    assertEquals(9, view.entries().size());
    assertTrue(view.entries().stream().allMatch(e -> e.content().isEmpty()));
    String text = view.render(Language.EN);
    assertTrue(text.contains("letter M1 from V1 to O1; relayed on January 13, 2026 [content withheld]"),
        text);
    assertTrue(view.render(Language.FR).contains("[contenu retenu]"));
    assertFalse(text.contains(VICTIMS_LETTER));
    assertFalse(text.contains("front door"));
    assertFalse(text.contains("300"));
  }

  @Test
  void researchers_learn_administrative_facts_without_names_and_nothing_of_the_content() {
    ProcessCase c = wholeStory();
    CaseView view = view(c, Recipient.of(RecipientKind.RESEARCHER), Purpose.RESEARCH);
    assertEquals(Permission.REDACTED, view.administrative().permission());
    assertEquals(Permission.DENIED, view.content().permission());
    var facts = view.facts().orElseThrow();
    assertTrue(facts.caseId().isEmpty());
    // Spec changed (issue 10): a redacted view names no participant, consent or safety level,
    // not even by role.
    assertEquals(List.of(), facts.participants());
    List<String> history = history(view, Language.EN);
    assertTrue(history.contains("message relayed by the facilitator"), history.toString());
    assertFalse(history.stream().anyMatch(l -> l.contains("VICTIM") || l.contains("OFFENDER")
        || l.contains("consented") || l.contains("safety") || l.contains("enrolled")),
        history.toString());
    assertFalse(history.stream().anyMatch(l -> l.contains("given to the facilitator")),
        "the submission of a message is process content");
    assertFalse(history.stream().anyMatch(l -> l.startsWith("statement")));
    assertFalse(history.stream().anyMatch(l -> l.startsWith("agreement proposed")));
    assertTrue(view.entries().isEmpty());
    String text = view.render(Language.EN);
    assertTrue(text.contains("Case: [identifier withheld], "), text);
    assertFalse(text.contains(c.caseId().value()));
    assertFalse(text.contains("V1"));
    assertFalse(text.contains("O1"));
  }

  @Test
  void the_parole_board_learns_nothing_not_even_that_the_case_exists() {
    CaseView view = view(wholeStory(), Recipient.of(RecipientKind.PAROLE_BOARD),
        Purpose.PAROLE_DECISION);
    assertTrue(view.isEmpty());
    assertTrue(view.facts().isEmpty());
    String text = view.render(Language.EN);
    // Spec changed (issue 10): the denial names no rule, since a rule would name the programme;
    // the answer is the same as for a case that does not exist.
    assertEquals("View for: parole board (parole decision)\n"
        + "Nothing may be disclosed.\n", text);
    assertEquals(Disclosures.nothingToDisclose(Recipient.of(RecipientKind.PAROLE_BOARD),
        Purpose.PAROLE_DECISION, Language.EN), text);
    assertEquals(Disclosures.nothingToDisclose(Recipient.of(RecipientKind.PAROLE_BOARD),
        Purpose.PAROLE_DECISION, Language.FR), view.render(Language.FR));
    assertTrue(view.render(Language.FR).endsWith("Rien ne peut être divulgué.\n"));
    assertEquals("CaseView[PAROLE_BOARD, PAROLE_DECISION, administrative=DENIED, "
        + "content=DENIED, 0 entries]", view.toString());
  }

  @Test
  void a_closed_case_shows_why_it_closed_and_when_it_reopened() {
    ProcessCase c = Cases.inCommunication(ProcessType.LETTERS).recordAll(
        new ConsentWithdrawn(day(7), OFFENDER),
        new ConsentGiven(day(8), OFFENDER, true, ConsentForm.WRITTEN),
        new CaseReopened(day(9)),
        new CaseClosed(day(10), ClosureReason.UNSUITABLE));
    CaseView view = view(c, Recipient.of(RecipientKind.FACILITATOR), Purpose.CONDUCT_OF_PROCESS);
    List<String> en = history(view, Language.EN);
    assertTrue(en.contains("case closed: withdrawn"));
    assertTrue(en.contains("case reopened"));
    assertTrue(en.contains("case closed: unsuitable"));
    List<String> fr = history(view, Language.FR);
    assertTrue(fr.contains("dossier fermé : à la suite d'un retrait"));
    assertTrue(fr.contains("dossier rouvert"));
    assertTrue(view.render(Language.EN).contains(", letters, stage: closed (unsuitable)\n"),
        view.render(Language.EN));
    assertEquals(Optional.of(ClosureReason.UNSUITABLE), view.facts().orElseThrow().closure());
  }

  @Test
  void an_agreement_of_one_item_says_so() {
    ProcessCase c = Cases.inCommunication(ProcessType.COMMUNITY_REPARATION).recordAll(
        new StageEntered(day(8), ProcessStage.AGREEMENT),
        new AgreementProposed(day(9), List.of(new AgreementItem(REPAIR,
            new AgreementTerm.Repair(ProcessContent.of("the fence")), List.of(OFFENDER)))));
    CaseView view = view(c, Recipient.of(RecipientKind.FACILITATOR), Purpose.CONDUCT_OF_PROCESS);
    assertTrue(history(view, Language.EN).contains("agreement proposed (1 item)"));
    assertTrue(history(view, Language.FR).contains("entente proposée (1 élément)"));
  }

  @Test
  void only_an_enrolled_participant_receives_a_view() {
    assertThrows(IllegalArgumentException.class, () -> Disclosures.disclose(wholeStory(), CSC,
        Recipient.participant(ParticipantId.of("X9")), Purpose.CONDUCT_OF_PROCESS, day(12)));
  }

  @Test
  void a_view_never_holds_more_than_its_decisions_allow() {
    DisclosureDecision adminDenied = CSC.decide(new DisclosureRequest(
        InformationClass.ADMINISTRATIVE, Recipient.of(RecipientKind.PAROLE_BOARD),
        Purpose.PAROLE_DECISION), Set.of());
    DisclosureDecision contentDenied = CSC.decide(new DisclosureRequest(
        InformationClass.PROCESS_CONTENT, Recipient.of(RecipientKind.PAROLE_BOARD),
        Purpose.PAROLE_DECISION), Set.of());
    DisclosureDecision adminStaff = CSC.decide(new DisclosureRequest(
        InformationClass.ADMINISTRATIVE, Recipient.of(RecipientKind.PROGRAMME_STAFF),
        Purpose.CASE_ADMINISTRATION), Set.of());
    DisclosureDecision contentRedacted = CSC.decide(new DisclosureRequest(
        InformationClass.PROCESS_CONTENT, Recipient.of(RecipientKind.PROGRAMME_STAFF),
        Purpose.CASE_ADMINISTRATION), Set.of());
    Recipient board = Recipient.of(RecipientKind.PAROLE_BOARD);
    Recipient staff = Recipient.of(RecipientKind.PROGRAMME_STAFF);
    var boardCap = Disclosures.disclose(wholeStory(), CSC, board, Purpose.PAROLE_DECISION,
        day(12)).capability();
    var staffCap = Disclosures.disclose(wholeStory(), CSC, staff, Purpose.CASE_ADMINISTRATION,
        day(12)).capability();
    HistoryLine line = new HistoryLine(day(1), org.rjkit.core.language.LocalizedText.of("a", "a"));
    ContentEntry withContent = new ContentEntry(day(1), EntryKind.STATEMENT,
        org.rjkit.core.language.LocalizedText.of("a", "a"),
        Optional.of(ProcessContent.of("secret")));
    ContentEntry without = new ContentEntry(day(1), EntryKind.STATEMENT,
        org.rjkit.core.language.LocalizedText.of("a", "a"), Optional.empty());
    assertThrows(IllegalArgumentException.class, () -> new CaseView(board,
        Purpose.PAROLE_DECISION, adminDenied, contentDenied, Optional.empty(), List.of(line),
        List.of(), boardCap));
    assertThrows(IllegalArgumentException.class, () -> new CaseView(board,
        Purpose.PAROLE_DECISION, contentDenied, contentDenied, Optional.empty(), List.of(),
        List.of(), boardCap));
    assertThrows(IllegalArgumentException.class, () -> new CaseView(board,
        Purpose.PAROLE_DECISION, adminDenied, adminDenied, Optional.empty(), List.of(),
        List.of(), boardCap));
    assertThrows(IllegalArgumentException.class, () -> new CaseView(staff,
        Purpose.CASE_ADMINISTRATION, adminStaff, contentDenied, Optional.empty(), List.of(),
        List.of(without), staffCap));
    assertThrows(IllegalArgumentException.class, () -> new CaseView(staff,
        Purpose.CASE_ADMINISTRATION, adminStaff, contentRedacted, Optional.empty(), List.of(),
        List.of(withContent), staffCap));
    CaseView redacted = new CaseView(staff, Purpose.CASE_ADMINISTRATION, adminStaff,
        contentRedacted, Optional.empty(), List.of(), List.of(without), staffCap);
    assertFalse(redacted.isEmpty());
    assertFalse(new CaseView(staff, Purpose.CASE_ADMINISTRATION, adminStaff, contentRedacted,
        Optional.empty(), List.of(line), List.of(), staffCap).isEmpty());
    assertTrue(new CaseView(staff, Purpose.CASE_ADMINISTRATION, adminStaff, contentRedacted,
        Optional.empty(), List.of(), List.of(), staffCap).isEmpty());
  }
}
