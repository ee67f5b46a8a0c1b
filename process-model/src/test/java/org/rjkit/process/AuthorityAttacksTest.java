package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.process.Cases.OFFENDER;
import static org.rjkit.process.Cases.VICTIM;
import static org.rjkit.process.Cases.day;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.ByteArrayOutputStream;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.language.Language;
import org.rjkit.core.participant.Role;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.eligibility.programmes.Programmes;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.confidentiality.ContentRef;
import org.rjkit.process.confidentiality.DisclosureCapability;
import org.rjkit.process.confidentiality.DisclosureDecision;
import org.rjkit.process.confidentiality.DisclosurePolicies;
import org.rjkit.process.confidentiality.DisclosurePolicy;
import org.rjkit.process.confidentiality.DisclosureRequest;
import org.rjkit.process.confidentiality.DisclosureRule;
import org.rjkit.process.confidentiality.InformationClass;
import org.rjkit.process.confidentiality.Permission;
import org.rjkit.process.confidentiality.PolicyRegistry;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.Purpose;
import org.rjkit.process.confidentiality.Recipient;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.disclosure.Disclosure;
import org.rjkit.process.disclosure.Disclosures;
import org.rjkit.process.json.ProcessJson;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent.CaseOpened;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.MessageRelayed;
import org.rjkit.process.lifecycle.ProcessEvent.MessageSubmitted;
import org.rjkit.process.lifecycle.ProcessEvent.StatementRecorded;
import org.rjkit.process.lifecycle.TransitionRefusedException;
import org.rjkit.process.type.Channel;
import org.rjkit.process.type.ProcessType;

/**
 * The attacks listed at the top of issue 10, tried as a vendor's code would try them through the
 * public API: each is refused.
 */
class AuthorityAttacksTest {

  private static final String VICTIMS_LETTER = "I need to know why you chose our house.";
  private static final String OFFENDERS_WORDS = "I was high and I thought nobody was home.";
  private static final DisclosurePolicy CSC = DisclosurePolicies.cscRestorativeOpportunities();

  /** A CSC case in which the offender said something and the victim wrote a letter, relayed. */
  private static ProcessCase exchange() {
    MessageId m1 = MessageId.of("M1");
    return Cases.inCommunication(ProcessType.INDIRECT_MEDIATION).recordAll(
        new StatementRecorded(day(7), OFFENDER, ProcessContent.of(OFFENDERS_WORDS)),
        new MessageSubmitted(day(7), m1, VICTIM, OFFENDER, Channel.LETTER,
            ProcessContent.of(VICTIMS_LETTER)),
        new MessageRelayed(day(8), m1));
  }

  private static ProcessContent letter(ProcessCase c) {
    return c.messages().get(0).content();
  }

  private static ProcessContent offendersWords(ProcessCase c) {
    return c.statements().get(0).content();
  }

  // ------------------------------------------------------------------ forged authority

  @Test
  void a_vendor_cannot_construct_a_decision() {
    assertEquals(0, DisclosureDecision.class.getConstructors().length,
        "no public constructor");
    assertTrue(Arrays.stream(DisclosureDecision.class.getDeclaredConstructors())
        .noneMatch(c -> Modifier.isPublic(c.getModifiers())
            || Modifier.isProtected(c.getModifiers())));
    assertTrue(Modifier.isFinal(DisclosureDecision.class.getModifiers()));
  }

  @Test
  void a_vendor_cannot_construct_or_mint_a_capability() {
    assertEquals(0, DisclosureCapability.class.getConstructors().length);
    assertTrue(Modifier.isFinal(DisclosureCapability.class.getModifiers()));
    DisclosureDecision admin = CSC.decide(new DisclosureRequest(InformationClass.ADMINISTRATIVE,
        Recipient.of(RecipientKind.FACILITATOR), Purpose.CONDUCT_OF_PROCESS), Set.of());
    DisclosureDecision content = CSC.decide(new DisclosureRequest(
        InformationClass.PROCESS_CONTENT, Recipient.of(RecipientKind.FACILITATOR),
        Purpose.CONDUCT_OF_PROCESS), Set.of());
    ProcessCase c = exchange();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DisclosureCapability.mint(admin, content, c.caseId(), day(9),
            List.of(ContentRef.message("M1")), List.of(letter(c))));
    assertFalse(e.getMessage().contains(VICTIMS_LETTER));
  }

  @Test
  void a_genuine_permitting_decision_reveals_nothing_by_itself() {
    // the only reveal takes a capability; a decision obtained from policy.decide is an answer
    assertTrue(Arrays.stream(ProcessContent.class.getMethods())
        .filter(m -> m.getName().equals("reveal"))
        .allMatch(m -> m.getParameterCount() == 1
            && m.getParameterTypes()[0] == DisclosureCapability.class));
    assertTrue(Arrays.stream(ProcessJson.class.getMethods())
        .filter(m -> m.getName().equals("authorised"))
        .allMatch(m -> m.getParameterTypes()[0] == DisclosureCapability.class));
  }

  @Test
  void a_vendor_cannot_read_content_through_the_library_path() {
    ProcessCase c = exchange();
    assertThrows(IllegalStateException.class, () -> letter(c).textForLibrary());
  }

  // ------------------------------------------------------------------ bound authority

  @Test
  void a_capability_from_case_a_does_not_open_case_b() {
    ProcessCase a = exchange();
    ProcessCase b = ProcessCase.open(new CaseOpened(day(0), CaseId.of("RO-2026-0002"), Cases.CSC,
        ProcessType.INDIRECT_MEDIATION, List.of(Enrolment.of(VICTIM, Role.VICTIM),
            Enrolment.of(OFFENDER, Role.OFFENDER), Enrolment.of(Cases.MEDIATOR,
                Role.FACILITATOR)), VICTIM));
    DisclosureCapability forA = Disclosures.disclose(a, CSC,
        Recipient.of(RecipientKind.FACILITATOR), Purpose.CONDUCT_OF_PROCESS, day(9))
        .capability();
    assertEquals(VICTIMS_LETTER, letter(a).reveal(forA));
    assertFalse(forA.covers(b.caseId(), ContentRef.message("M1")));
    assertThrows(IllegalArgumentException.class, () -> ProcessJson.authorised(forA).write(b));
    // a same-id case built again holds other content objects: still not covered
    ProcessCase again = exchange();
    assertThrows(IllegalArgumentException.class, () -> letter(again).reveal(forA));
    assertFalse(ProcessJson.authorised(forA).write(again).contains(VICTIMS_LETTER));
  }

  @Test
  void a_participants_capability_does_not_reveal_another_participants_statement() {
    ProcessCase c = exchange();
    Disclosure victims = Disclosures.disclose(c, CSC, Recipient.participant(VICTIM),
        Purpose.CONDUCT_OF_PROCESS, day(9));
    DisclosureCapability cap = victims.capability();
    assertEquals(Set.of(ContentRef.message("M1")), cap.items());
    assertEquals(VICTIMS_LETTER, letter(c).reveal(cap));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> offendersWords(c).reveal(cap));
    assertFalse(e.getMessage().contains(OFFENDERS_WORDS));
    assertFalse(cap.covers(c.caseId(), ContentRef.statement("S1")));
    assertFalse(victims.view().render(Language.EN).contains(OFFENDERS_WORDS));
    // the offender's own capability covers their statement and the letter relayed to them
    DisclosureCapability offenders = Disclosures.disclose(c, CSC, Recipient.participant(OFFENDER),
        Purpose.CONDUCT_OF_PROCESS, day(9)).capability();
    assertEquals(Set.of(ContentRef.message("M1"), ContentRef.statement("S1")), offenders.items());
  }

  @Test
  void a_message_not_yet_relayed_is_not_covered_for_its_recipient() {
    ProcessCase c = Cases.inCommunication(ProcessType.INDIRECT_MEDIATION).record(
        new MessageSubmitted(day(7), MessageId.of("M1"), VICTIM, OFFENDER, Channel.LETTER,
            ProcessContent.of(VICTIMS_LETTER)));
    DisclosureCapability offenders = Disclosures.disclose(c, CSC, Recipient.participant(OFFENDER),
        Purpose.CONDUCT_OF_PROCESS, day(8)).capability();
    assertThrows(IllegalArgumentException.class, () -> letter(c).reveal(offenders));
  }

  // ------------------------------------------------------------------ recorded authority

  @Test
  void a_disclosure_cannot_be_recorded_around_the_entry_point() {
    ProcessCase c = exchange();
    DisclosureDecision forged = DisclosurePolicies.newZealandPreSentence().decide(
        new DisclosureRequest(InformationClass.PROCESS_CONTENT,
            Recipient.of(RecipientKind.SENTENCING_COURT), Purpose.SENTENCING_DECISION), Set.of());
    TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
        () -> c.record(new DisclosureRecorded(day(9), forged)));
    assertTrue(e.getMessage().contains("PROC-DISCLOSURE-RECORDED"), e.getMessage());
  }

  @Test
  void every_capability_comes_with_its_decisions_recorded_in_the_case() {
    ProcessCase c = exchange();
    Disclosure d = Disclosures.disclose(c, CSC, Recipient.of(RecipientKind.FACILITATOR),
        Purpose.CONDUCT_OF_PROCESS, day(9));
    assertEquals(c.history().size() + 2, d.recorded().history().size());
    assertEquals(d.capability().policyId(), d.recorded().disclosures().get(1).policyId());
    assertEquals(d.capability().recipient(),
        d.recorded().disclosures().get(1).request().recipient());
    assertEquals(day(9), d.capability().on());
    assertEquals(c.caseId(), d.capability().caseId());
  }

  // ------------------------------------------------------------------ foreign policies

  @Test
  void a_csc_case_is_never_disclosed_under_the_new_zealand_policy() {
    ProcessCase c = exchange();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Disclosures.disclose(c, DisclosurePolicies.newZealandPreSentence(),
            Recipient.of(RecipientKind.SENTENCING_COURT), Purpose.SENTENCING_DECISION, day(9)));
    assertTrue(e.getMessage().startsWith("policy:"), e.getMessage());
  }

  @Test
  void every_built_in_programme_has_one_policy() {
    PolicyRegistry r = PolicyRegistry.builtIn();
    assertEquals(List.of(Programmes.CSC_RESTORATIVE_OPPORTUNITIES, Programmes.QC_PMRG,
            Programmes.YCJA_EXTRAJUDICIAL_SANCTIONS, Programmes.NZ_SENTENCING_ACT_S24A,
            Programmes.GB_EW_VICTIM_INITIATED, Programmes.EU_VICTIMS_DIRECTIVE_ART12).stream()
            .sorted().toList(),
        List.copyOf(r.bindings().keySet()));
    assertEquals("ca-csc-restorative-opportunities",
        r.policyFor(Programmes.CSC_RESTORATIVE_OPPORTUNITIES).orElseThrow().id());
    assertEquals("ca-qc-pmrg", r.policyFor(Programmes.QC_PMRG).orElseThrow().id());
    assertEquals("ca-ycja-extrajudicial-sanctions",
        r.policyFor(Programmes.YCJA_EXTRAJUDICIAL_SANCTIONS).orElseThrow().id());
    assertEquals("nz-pre-sentence-conference",
        r.policyFor(Programmes.NZ_SENTENCING_ACT_S24A).orElseThrow().id());
    assertEquals("gb-ew-victim-initiated",
        r.policyFor(Programmes.GB_EW_VICTIM_INITIATED).orElseThrow().id());
    assertEquals("eu-victims-directive",
        r.policyFor(Programmes.EU_VICTIMS_DIRECTIVE_ART12).orElseThrow().id());
    assertTrue(r.policyFor(ProgrammeId.of("vendor-programme")).isEmpty());
  }

  @Test
  void a_reconfigured_csc_policy_has_its_own_id_and_still_keeps_parole_out() {
    DisclosureRule letTheBoardIn = new DisclosureRule("X-BOARD", EnumSet.of(
        RecipientKind.PAROLE_BOARD), EnumSet.allOf(Purpose.class),
        EnumSet.allOf(InformationClass.class), Permission.PERMITTED,
        org.rjkit.core.language.LocalizedText.of("x", "x"), List.of());
    DisclosurePolicy configured = CSC.withRuleFirst(letTheBoardIn);
    assertNotEquals(CSC.id(), configured.id());
    assertEquals(Permission.DENIED, configured.decide(new DisclosureRequest(
        InformationClass.PROCESS_CONTENT, Recipient.of(RecipientKind.PAROLE_BOARD),
        Purpose.PAROLE_DECISION), Set.of()).permission());
    assertEquals("CSC-CONF-PAROLE-SENTENCE", configured.decide(new DisclosureRequest(
        InformationClass.ADMINISTRATIVE, Recipient.of(RecipientKind.PAROLE_BOARD),
        Purpose.CASE_ADMINISTRATION), Set.of()).ruleId());
    // a policy built from scratch without the invariant cannot be bound to CSC ...
    DisclosurePolicy scratch = new DisclosurePolicy(CSC.id() + "+mine", CSC.label(),
        List.of(letTheBoardIn), CSC.exceptions(), CSC.fallback());
    assertThrows(IllegalArgumentException.class,
        () -> PolicyRegistry.builtIn().with(Cases.CSC, scratch));
    // ... nor take the CSC policy's id
    DisclosurePolicy impostor = new DisclosurePolicy(CSC.id(), CSC.label(),
        List.of(letTheBoardIn), CSC.exceptions(), CSC.fallback());
    assertThrows(IllegalArgumentException.class,
        () -> PolicyRegistry.builtIn().with(ProgrammeId.of("vendor-programme"), impostor));
    // and the impostor is not the case's policy
    assertThrows(IllegalArgumentException.class, () -> Disclosures.disclose(exchange(), impostor,
        Recipient.of(RecipientKind.PAROLE_BOARD), Purpose.PAROLE_DECISION, day(9)));
    // the configured one may be bound, and the board still learns nothing
    PolicyRegistry registry = PolicyRegistry.builtIn().with(Cases.CSC, configured);
    Disclosure d = Disclosures.disclose(registry, exchange(),
        Recipient.of(RecipientKind.PAROLE_BOARD), Purpose.PAROLE_DECISION, day(9));
    assertTrue(d.view().isEmpty());
    assertTrue(d.capability().items().isEmpty());
  }

  @Test
  void a_vendor_programme_names_its_policy() {
    ProgrammeId vendor = ProgrammeId.of("vendor-programme");
    PolicyRegistry registry = PolicyRegistry.builtIn().with(vendor,
        DisclosurePolicies.unBasicPrinciples());
    ProcessCase c = ProcessCase.open(new CaseOpened(day(0), CaseId.of("V-1"), vendor,
        ProcessType.LETTERS, List.of(Enrolment.of(VICTIM, Role.VICTIM),
            Enrolment.of(OFFENDER, Role.OFFENDER)), VICTIM));
    assertEquals("un-basic-principles", Disclosures.disclose(registry, c,
        Recipient.of(RecipientKind.FACILITATOR), Purpose.CONDUCT_OF_PROCESS, day(1))
        .capability().policyId());
    assertThrows(IllegalArgumentException.class, () -> Disclosures.disclose(
        PolicyRegistry.builtIn(), c, Recipient.of(RecipientKind.FACILITATOR),
        Purpose.CONDUCT_OF_PROCESS, day(1)));
    assertThrows(IllegalArgumentException.class, () -> registry.with(vendor,
        DisclosurePolicies.euVictimsDirective()), "one policy per programme");
  }

  // ------------------------------------------------------------------ existence

  @Test
  void a_denied_recipient_hears_the_same_of_a_case_as_of_no_case() {
    for (Language l : java.util.List.of(Language.EN, Language.FR)) {
      Recipient board = Recipient.of(RecipientKind.PAROLE_BOARD);
      String known = Disclosures.disclose(exchange(), CSC, board, Purpose.PAROLE_DECISION, day(9))
          .view().render(l);
      assertEquals(Disclosures.nothingToDisclose(board, Purpose.PAROLE_DECISION, l), known);
    }
  }

  @Test
  void a_redacted_view_names_no_participant_consent_or_safety_level() {
    ProcessCase c = exchange();
    String text = Disclosures.disclose(c, CSC, Recipient.of(RecipientKind.RESEARCHER),
        Purpose.RESEARCH, day(9)).view().render(Language.EN);
    for (String forbidden : List.of("V1", "O1", "F1", "VICTIM", "OFFENDER", "LOW", "WRITTEN",
        "consented", c.caseId().value())) {
      assertFalse(text.contains(forbidden), forbidden + " in " + text);
    }
    assertThrows(IllegalStateException.class, () -> ProcessJson.redacting().write(c));
  }

  // ------------------------------------------------------------------ generic serializers

  @Test
  void gson_finds_no_content_to_write() {
    ProcessCase c = exchange();
    Gson gson = new GsonBuilder().create();
    assertFalse(gson.toJson(letter(c)).contains(VICTIMS_LETTER));
    assertFalse(gson.toJson(new org.rjkit.process.agreement.AgreementTerm.Apology(letter(c)))
        .contains(VICTIMS_LETTER));
    // even with transient fields included
    Gson everything = new GsonBuilder().excludeFieldsWithModifiers(Modifier.STATIC).create();
    assertFalse(everything.toJson(letter(c)).contains(VICTIMS_LETTER));
    assertFalse(everything.toJson(List.of(letter(c), offendersWords(c)))
        .contains(OFFENDERS_WORDS));
  }

  @Test
  void jackson_with_field_visibility_finds_no_content_to_write() throws Exception {
    ProcessCase c = exchange();
    ObjectMapper fields = new ObjectMapper()
        .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
        .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    assertFalse(fields.writeValueAsString(letter(c)).contains(VICTIMS_LETTER));
    assertFalse(fields.writeValueAsString(List.of(letter(c), offendersWords(c)))
        .contains(VICTIMS_LETTER));
    assertFalse(fields.writeValueAsString(new org.rjkit.process.agreement.AgreementTerm.Apology(
        offendersWords(c))).contains(OFFENDERS_WORDS));
  }

  @Test
  void java_serialization_refuses_content() {
    ProcessCase c = exchange();
    assertThrows(NotSerializableException.class,
        () -> new ObjectOutputStream(new ByteArrayOutputStream()).writeObject(letter(c)));
  }

  @Test
  void equality_never_answers_whether_the_text_is_a_guess() {
    ProcessCase c = exchange();
    assertNotEquals(ProcessContent.of(VICTIMS_LETTER), letter(c));
    assertNotEquals(ProcessContent.of(VICTIMS_LETTER).hashCode(), letter(c).hashCode(),
        "identity hash codes of two objects (equal by chance only with negligible odds)");
  }
}
