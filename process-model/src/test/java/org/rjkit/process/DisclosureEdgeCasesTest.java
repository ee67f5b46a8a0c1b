package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.process.Cases.OFFENDER;
import static org.rjkit.process.Cases.VICTIM;
import static org.rjkit.process.Cases.day;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.LocalizedText;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.process.agreement.AgreementItem;
import org.rjkit.process.agreement.AgreementItemId;
import org.rjkit.process.agreement.AgreementTerm;
import org.rjkit.process.agreement.Money;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.confidentiality.ContentRef;
import org.rjkit.process.confidentiality.DisclosureCapability;
import org.rjkit.process.confidentiality.DisclosureDecision;
import org.rjkit.process.confidentiality.DisclosurePolicies;
import org.rjkit.process.confidentiality.DisclosurePolicy;
import org.rjkit.process.confidentiality.DisclosureRequest;
import org.rjkit.process.confidentiality.DisclosureRule;
import org.rjkit.process.confidentiality.ExceptionGround;
import org.rjkit.process.confidentiality.InformationClass;
import org.rjkit.process.confidentiality.Permission;
import org.rjkit.process.confidentiality.PolicyRegistry;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.Purpose;
import org.rjkit.process.confidentiality.Recipient;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.disclosure.CaseView;
import org.rjkit.process.disclosure.ContentEntry;
import org.rjkit.process.disclosure.Disclosure;
import org.rjkit.process.disclosure.Disclosures;
import org.rjkit.process.disclosure.EntryKind;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementProposed;
import org.rjkit.process.lifecycle.ProcessEvent.MessageRelayed;
import org.rjkit.process.lifecycle.ProcessEvent.MessageSubmitted;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessEvent.StatementRecorded;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.type.Channel;
import org.rjkit.process.type.ProcessType;

/**
 * The edges of the confidentiality rules: which exceptions a stored disclosure may be read as,
 * what a policy and a registry refuse to hold, what a decision and a capability say of
 * themselves, which agreement items a participant's capability opens, and what a hand-built view
 * refuses to show.
 */
class DisclosureEdgeCasesTest {

  private static final DisclosurePolicy CSC = DisclosurePolicies.cscRestorativeOpportunities();
  private static final String VICTIMS_LETTER = "Why our house, of all the houses?";
  private static final String OFFENDERS_WORDS = "Nobody was supposed to be home.";
  private static final Recipient STAFF = Recipient.of(RecipientKind.PROGRAMME_STAFF);
  private static final Recipient MEDIATOR = Recipient.of(RecipientKind.FACILITATOR);

  /** The victim wrote a letter, relayed to the offender; the offender made a statement. */
  private static ProcessCase exchange() {
    MessageId m1 = MessageId.of("M1");
    return Cases.inCommunication(ProcessType.INDIRECT_MEDIATION).recordAll(
        new MessageSubmitted(day(7), m1, VICTIM, OFFENDER, Channel.LETTER,
            ProcessContent.of(VICTIMS_LETTER)),
        new MessageRelayed(day(8), m1),
        new StatementRecorded(day(8), OFFENDER, ProcessContent.of(OFFENDERS_WORDS)));
  }

  private static DisclosureRequest request(InformationClass information, Recipient recipient,
      Purpose purpose) {
    return new DisclosureRequest(information, recipient, purpose);
  }

  private static DisclosureDecision csc(InformationClass information, Recipient recipient,
      Purpose purpose) {
    return CSC.decide(request(information, recipient, purpose), Set.of());
  }

  // ------------------------------------------------------------------ the policy table

  @ParameterizedTest(name = "CSC: process content to {0} for {1} may be read as {2}")
  @CsvSource(delimiter = '|', textBlock = """
      POLICE          | SAFETY             | CSC-CONF-CONFIDENTIAL CSC-CONF-EXCEPTION-IMMINENT-HARM CSC-CONF-EXCEPTION-CHILD-PROTECTION
      POLICE          | INVESTIGATION      | CSC-CONF-CONFIDENTIAL CSC-CONF-EXCEPTION-NEW-OFFENCE
      PROGRAMME_STAFF | CHILD_PROTECTION   | CSC-CONF-STAFF-CONTENT CSC-CONF-EXCEPTION-CHILD-PROTECTION
      PROGRAMME_STAFF | INVESTIGATION      | CSC-CONF-STAFF-CONTENT
      RESEARCHER      | SAFETY             | CSC-CONF-CONFIDENTIAL
      PUBLIC          | PUBLIC_INFORMATION | CSC-CONF-CONFIDENTIAL
      """)
  void a_stored_disclosure_may_be_read_only_as_the_row_or_an_exception_for_its_recipient_and_purpose(
      RecipientKind recipient, Purpose purpose, String rules) {
    List<DisclosureDecision> possible = CSC.decisionsFor(
        request(InformationClass.PROCESS_CONTENT, Recipient.of(recipient), purpose));
    assertEquals(Arrays.asList(rules.split(" ")),
        possible.stream().map(DisclosureDecision::ruleId).toList());
    assertTrue(possible.get(0).exception().isEmpty(), "the row's decision comes first");
    assertTrue(possible.stream().skip(1).allMatch(d -> d.exception().isPresent()
        && d.permission() == Permission.PERMITTED));
  }

  @Test
  void an_invariant_row_must_deny() {
    DisclosureRule letTheBoardIn = new DisclosureRule("X-BOARD",
        EnumSet.of(RecipientKind.PAROLE_BOARD), EnumSet.allOf(Purpose.class),
        EnumSet.allOf(InformationClass.class), Permission.PERMITTED,
        LocalizedText.of("the board may know", "la commission peut savoir"), List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new DisclosurePolicy("vendor-policy", CSC.label(), List.of(letTheBoardIn),
            CSC.rules(), CSC.exceptions(), CSC.fallback()));
    assertTrue(e.getMessage().contains("invariant"), e.getMessage());
    // a denying invariant is fine
    assertEquals(CSC.invariants(), new DisclosurePolicy("vendor-policy", CSC.label(),
        CSC.invariants(), CSC.rules(), CSC.exceptions(), CSC.fallback()).invariants());
  }

  @Test
  void a_built_in_programme_is_never_bound_to_a_policy_that_is_not_a_configuration_of_its_own() {
    // it keeps every CSC invariant, but it is a vendor's own policy, not a configuration of CSC's
    DisclosurePolicy lookalike = new DisclosurePolicy("vendor-strict", CSC.label(),
        CSC.invariants(), CSC.rules(), CSC.exceptions(), CSC.fallback());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PolicyRegistry.builtIn().with(Cases.CSC, lookalike));
    assertTrue(e.getMessage().contains("configuration of its own policy"), e.getMessage());
    // the same policy may be bound to a vendor programme
    ProgrammeId vendor = ProgrammeId.of("vendor-programme");
    assertEquals(Optional.of(lookalike),
        PolicyRegistry.builtIn().with(vendor, lookalike).policyFor(vendor));
  }

  @Test
  void a_registry_names_the_programmes_it_binds_in_order() {
    assertEquals("PolicyRegistry[ca-csc-restorative-opportunities, ca-qc-pmrg, "
        + "ca-ycja-extrajudicial-sanctions, eu-victims-directive-art12, gb-ew-victim-initiated, "
        + "nz-sentencing-act-s24a]", PolicyRegistry.builtIn().toString());
    assertEquals("PolicyRegistry[ca-csc-restorative-opportunities, ca-qc-pmrg, "
        + "ca-ycja-extrajudicial-sanctions, eu-victims-directive-art12, gb-ew-victim-initiated, "
        + "nz-sentencing-act-s24a, vendor-programme]", PolicyRegistry.builtIn()
            .with(ProgrammeId.of("vendor-programme"), DisclosurePolicies.unBasicPrinciples())
            .toString());
  }

  // ------------------------------------------------------------------ decisions

  @Test
  void a_decision_equals_only_the_same_answer_to_the_same_request() {
    DisclosureDecision content = csc(InformationClass.PROCESS_CONTENT, STAFF,
        Purpose.CASE_ADMINISTRATION);
    assertEquals(content, csc(InformationClass.PROCESS_CONTENT, STAFF,
        Purpose.CASE_ADMINISTRATION));
    assertNotEquals(content, csc(InformationClass.ADMINISTRATIVE, STAFF,
        Purpose.CASE_ADMINISTRATION), "another class of information");
    assertNotEquals(content, csc(InformationClass.PROCESS_CONTENT, MEDIATOR,
        Purpose.CASE_ADMINISTRATION), "another recipient");
    DisclosureRequest toPolice = request(InformationClass.PROCESS_CONTENT,
        Recipient.of(RecipientKind.POLICE), Purpose.SAFETY);
    assertNotEquals(CSC.decide(toPolice, Set.of()),
        CSC.decide(toPolice, Set.of(ExceptionGround.IMMINENT_HARM)), "widened by an exception");
    assertNotEquals(content, "CSC-CONF-STAFF-CONTENT");
  }

  @Test
  void a_decision_names_its_policy_request_permission_rule_and_exception_and_nothing_else() {
    assertEquals("DisclosureDecision[ca-csc-restorative-opportunities, DisclosureRequest["
            + "information=PROCESS_CONTENT, recipient=PROGRAMME_STAFF, purpose=CASE_ADMINISTRATION"
            + "], REDACTED, CSC-CONF-STAFF-CONTENT]",
        csc(InformationClass.PROCESS_CONTENT, STAFF, Purpose.CASE_ADMINISTRATION).toString());
    DisclosureDecision widened = CSC.decide(request(InformationClass.PROCESS_CONTENT,
        Recipient.of(RecipientKind.POLICE), Purpose.SAFETY), Set.of(ExceptionGround.IMMINENT_HARM));
    assertEquals("DisclosureDecision[ca-csc-restorative-opportunities, DisclosureRequest["
        + "information=PROCESS_CONTENT, recipient=POLICE, purpose=SAFETY], PERMITTED, "
        + "CSC-CONF-EXCEPTION-IMMINENT-HARM, IMMINENT_HARM]", widened.toString());
  }

  // ------------------------------------------------------------------ capabilities

  @Test
  void a_capability_says_what_the_policy_allowed_and_names_no_content() {
    ProcessCase c = exchange();
    DisclosureCapability staff = Disclosures.disclose(c, CSC, STAFF, Purpose.CASE_ADMINISTRATION,
        day(9)).capability();
    assertEquals(Permission.PERMITTED, staff.administrative());
    assertEquals(Permission.REDACTED, staff.content());
    assertEquals("DisclosureCapability[RO-2026-0001, PROGRAMME_STAFF, CASE_ADMINISTRATION, "
        + "2026-01-14, 0 items]", staff.toString());
    DisclosureCapability victims = Disclosures.disclose(c, CSC, Recipient.participant(VICTIM),
        Purpose.CONDUCT_OF_PROCESS, day(9)).capability();
    assertEquals(Permission.PERMITTED, victims.administrative());
    assertEquals(Permission.PERMITTED, victims.content());
    assertEquals("DisclosureCapability[RO-2026-0001, PARTICIPANT:V1, CONDUCT_OF_PROCESS, "
        + "2026-01-14, 1 items]", victims.toString());
    assertFalse(victims.toString().contains(VICTIMS_LETTER));
    assertFalse(victims.toString().contains("M1"), "not even which item");
    DisclosureCapability board = Disclosures.disclose(c, CSC,
        Recipient.of(RecipientKind.PAROLE_BOARD), Purpose.PAROLE_DECISION, day(9)).capability();
    assertEquals(Permission.DENIED, board.administrative());
    assertEquals(Permission.DENIED, board.content());
  }

  /** An apology both parties take part in, and a donation only the offender makes. */
  private static ProcessCase withAgreement() {
    return Cases.inCommunication(ProcessType.INDIRECT_MEDIATION).recordAll(
        new StageEntered(day(8), ProcessStage.AGREEMENT),
        new AgreementProposed(day(9), List.of(
            new AgreementItem(AgreementItemId.of("I1"),
                new AgreementTerm.Apology(ProcessContent.of("face to face")),
                List.of(OFFENDER, VICTIM)),
            new AgreementItem(AgreementItemId.of("I2"),
                new AgreementTerm.Donation(Money.of("50", "CAD"),
                    ProcessContent.of("the women's shelter")),
                List.of(OFFENDER)))));
  }

  @ParameterizedTest(name = "participant {0} is opened the agreement items {1}")
  @CsvSource(delimiter = '|', textBlock = """
      V1 | I1
      O1 | I1 I2
      """)
  void a_participants_capability_opens_exactly_the_agreement_items_that_concern_them(
      String participant, String items) {
    ProcessCase c = withAgreement();
    Disclosure d = Disclosures.disclose(c, CSC,
        Recipient.participant(ParticipantId.of(participant)), Purpose.CONDUCT_OF_PROCESS,
        day(10));
    assertEquals(Arrays.stream(items.split(" ")).map(ContentRef::agreementItem).toList(),
        List.copyOf(d.capability().items()));
    assertTrue(d.view().entries().stream().allMatch(e -> e.term().isPresent()),
        "each item shown to them is shown with its term");
    assertTrue(d.view().render(Language.EN).contains("apology: \u00abface to face\u00bb"),
        d.view().render(Language.EN));
  }

  // ------------------------------------------------------------------ redacted names

  @Test
  void a_view_with_redacted_facts_names_the_participants_of_its_entries_by_role_only() {
    // a configuration of CSC that lets researchers count letters and statements, unread
    PolicyRegistry registry = PolicyRegistry.builtIn().with(Cases.CSC, CSC.withRuleFirst(
        new DisclosureRule("X-RESEARCH-CONTENT", EnumSet.of(RecipientKind.RESEARCHER),
            EnumSet.of(Purpose.RESEARCH), EnumSet.of(InformationClass.PROCESS_CONTENT),
            Permission.REDACTED, LocalizedText.of("counted, unread", "compté, non lu"),
            List.of())));
    CaseView view = Disclosures.disclose(registry, exchange(),
        Recipient.of(RecipientKind.RESEARCHER), Purpose.RESEARCH, day(10)).view();
    assertEquals(Permission.REDACTED, view.administrative().permission());
    assertEquals(Permission.REDACTED, view.content().permission());
    assertEquals(List.of("letter from victim to offender; relayed on January 13, 2026",
            "statement of offender"),
        view.entries().stream().map(e -> e.description().in(Language.EN)).toList());
    assertEquals(List.of("lettre de victime à délinquant; transmission le 13 janvier 2026",
            "déclaration de délinquant"),
        view.entries().stream().map(e -> e.description().in(Language.FR)).toList());
  }

  // ------------------------------------------------------------------ entries and views

  @ParameterizedTest(name = "a {0} entry cannot hold the other kind's content")
  @EnumSource(EntryKind.class)
  void an_agreement_item_shows_a_term_and_a_message_or_statement_a_text(EntryKind kind) {
    LocalizedText description = LocalizedText.of("an item", "un élément");
    Optional<ProcessContent> text = Optional.of(ProcessContent.of("words"));
    Optional<AgreementTerm> term = Optional.of(
        new AgreementTerm.Repair(ProcessContent.of("the fence")));
    if (kind == EntryKind.AGREEMENT_ITEM) {
      assertThrows(IllegalArgumentException.class,
          () -> new ContentEntry(day(1), kind, description, text, Optional.empty()));
      assertTrue(new ContentEntry(day(1), kind, description, Optional.empty(), term)
          .showsContent());
    } else {
      assertThrows(IllegalArgumentException.class,
          () -> new ContentEntry(day(1), kind, description, Optional.empty(), term));
      assertTrue(new ContentEntry(day(1), kind, description, text, Optional.empty())
          .showsContent());
    }
  }

  private static ContentEntry letterEntry(ProcessContent letter) {
    return new ContentEntry(day(7), EntryKind.MESSAGE, LocalizedText.of("letter", "lettre"),
        Optional.of(letter));
  }

  @Test
  void a_view_may_not_show_content_its_own_decision_redacts_even_if_its_capability_covers_it() {
    // an imminent risk of harm opens the letter to programme staff for safety ...
    ProcessCase c = exchange().record(Cases.exception(day(9), ExceptionGround.IMMINENT_HARM,
        RecipientKind.PROGRAMME_STAFF, ContentRef.message("M1")));
    Disclosure opened = Disclosures.disclose(c, CSC, STAFF, Purpose.SAFETY, day(10));
    ProcessContent letter = c.messages().get(0).content();
    assertTrue(opened.capability().covers(letter));
    // ... but a view built on the decision without the exception (redacted) may not show it
    DisclosureDecision redacted = csc(InformationClass.PROCESS_CONTENT, STAFF, Purpose.SAFETY);
    assertEquals(Permission.REDACTED, redacted.permission());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CaseView(STAFF, Purpose.SAFETY, opened.view().administrative(), redacted,
            Optional.empty(), List.of(), List.of(letterEntry(letter)), opened.capability()));
    assertTrue(e.getMessage().contains("only when process content is permitted"),
        e.getMessage());
    assertFalse(e.getMessage().contains(VICTIMS_LETTER));
  }

  @ParameterizedTest(name = "a view for {0} ({1}) cannot carry the capability of {2} ({3})")
  @CsvSource(delimiter = '|', textBlock = """
      PROGRAMME_STAFF | CASE_ADMINISTRATION | FACILITATOR     | CONDUCT_OF_PROCESS
      PROGRAMME_STAFF | CASE_ADMINISTRATION | FACILITATOR     | CASE_ADMINISTRATION
      PROGRAMME_STAFF | CASE_ADMINISTRATION | PROGRAMME_STAFF | SAFETY
      """)
  void a_view_carries_only_the_capability_of_its_own_recipient_and_purpose(RecipientKind viewFor,
      Purpose viewPurpose, RecipientKind capabilityFor, Purpose capabilityPurpose) {
    ProcessCase c = exchange();
    Recipient recipient = Recipient.of(viewFor);
    CaseView own = Disclosures.disclose(c, CSC, recipient, viewPurpose, day(9)).view();
    DisclosureCapability foreign = Disclosures.disclose(c, CSC, Recipient.of(capabilityFor),
        capabilityPurpose, day(9)).capability();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CaseView(recipient, viewPurpose, own.administrative(), own.content(),
            Optional.empty(), List.of(), List.of(), foreign));
    assertTrue(e.getMessage().contains("recipient and purpose"), e.getMessage());
    // with its own capability the same view is well formed
    new CaseView(recipient, viewPurpose, own.administrative(), own.content(), Optional.empty(),
        List.of(), List.of(), own.capability());
  }

  @Test
  void a_view_shows_only_the_content_its_capability_covers_in_a_message_or_a_term() {
    ProcessCase c = exchange();
    CaseView mediators = Disclosures.disclose(c, CSC, MEDIATOR, Purpose.CONDUCT_OF_PROCESS,
        day(9)).view();
    // the mediator's own letter entry is fine
    new CaseView(MEDIATOR, Purpose.CONDUCT_OF_PROCESS, mediators.administrative(),
        mediators.content(), Optional.empty(), List.of(),
        List.of(letterEntry(c.messages().get(0).content())), mediators.capability());
    // a letter of another case, with the same words, is not covered
    ProcessContent foreignLetter = exchange().messages().get(0).content();
    assertThrows(IllegalArgumentException.class, () -> new CaseView(MEDIATOR,
        Purpose.CONDUCT_OF_PROCESS, mediators.administrative(), mediators.content(),
        Optional.empty(), List.of(), List.of(letterEntry(foreignLetter)),
        mediators.capability()));
    // nor is the content of a term the capability does not cover
    ContentEntry foreignTerm = new ContentEntry(day(9), EntryKind.AGREEMENT_ITEM,
        LocalizedText.of("item", "élément"), Optional.empty(),
        Optional.of(new AgreementTerm.Repair(ProcessContent.of("the fence"))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CaseView(MEDIATOR, Purpose.CONDUCT_OF_PROCESS, mediators.administrative(),
            mediators.content(), Optional.empty(), List.of(), List.of(foreignTerm),
            mediators.capability()));
    assertTrue(e.getMessage().contains("only content its capability covers"), e.getMessage());
  }

  // ------------------------------------------------------------------ rendering

  @Test
  void a_rendered_view_states_both_decisions_and_names_a_participant_recipient() {
    String text = Disclosures.disclose(exchange(), CSC, Recipient.participant(VICTIM),
        Purpose.CONDUCT_OF_PROCESS, day(9)).view().render(Language.EN);
    List<String> lines = List.of(text.split("\n"));
    assertEquals("View for: participant V1 (conduct of the process)", lines.get(0));
    assertTrue(lines.get(1).startsWith("  administrative facts: permitted - CSC-CONF-PARTICIPANT: "),
        text);
    assertTrue(lines.get(2).startsWith("  process content: permitted - CSC-CONF-PARTICIPANT: "),
        text);
    String fr = Disclosures.disclose(exchange(), CSC, Recipient.participant(VICTIM),
        Purpose.CONDUCT_OF_PROCESS, day(9)).view().render(Language.FR);
    assertTrue(fr.startsWith("Vue destinée à : participant V1 (conduite du processus)\n"), fr);
  }

  @Test
  void a_view_that_discloses_nothing_still_states_its_decisions_then_says_so() {
    ProcessCase c = exchange();
    Disclosure staff = Disclosures.disclose(c, CSC, STAFF, Purpose.CASE_ADMINISTRATION, day(9));
    CaseView empty = new CaseView(STAFF, Purpose.CASE_ADMINISTRATION,
        staff.view().administrative(), staff.view().content(), Optional.empty(), List.of(),
        List.of(), staff.capability());
    assertTrue(empty.isEmpty());
    List<String> lines = List.of(empty.render(Language.EN).split("\n"));
    assertEquals(4, lines.size(), lines.toString());
    assertEquals("View for: programme staff (case administration)", lines.get(0));
    assertTrue(lines.get(1).startsWith(
        "  administrative facts: permitted - CSC-CONF-STAFF-ADMINISTRATION: "), lines.get(1));
    assertTrue(lines.get(2).startsWith("  process content: redacted - CSC-CONF-STAFF-CONTENT: "),
        lines.get(2));
    assertEquals("Nothing may be disclosed.", lines.get(3));
  }
}
