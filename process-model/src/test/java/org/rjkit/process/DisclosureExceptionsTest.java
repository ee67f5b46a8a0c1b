package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.process.Cases.MEDIATOR;
import static org.rjkit.process.Cases.OFFENDER;
import static org.rjkit.process.Cases.VICTIM;
import static org.rjkit.process.Cases.day;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.participant.Role;
import org.rjkit.process.citation.ProcessSources;
import org.rjkit.process.confidentiality.DisclosureDecision;
import org.rjkit.process.confidentiality.DisclosurePolicies;
import org.rjkit.process.confidentiality.DisclosurePolicy;
import org.rjkit.process.confidentiality.DisclosureRequest;
import org.rjkit.process.confidentiality.DisclosureRule;
import org.rjkit.process.confidentiality.ExceptionGround;
import org.rjkit.process.confidentiality.ExceptionRule;
import org.rjkit.process.confidentiality.InformationClass;
import org.rjkit.process.confidentiality.Permission;
import org.rjkit.process.confidentiality.Purpose;
import org.rjkit.process.confidentiality.Recipient;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent.CaseOpened;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureAgreed;
import org.rjkit.process.lifecycle.ProcessEvent.ExceptionEstablished;
import org.rjkit.process.type.ProcessType;

/**
 * The explicit exceptions to confidentiality: agreement of all parties, imminent risk of harm,
 * child protection, a new offence, a court order, national law. Each reaches only the recipients
 * and purposes it names, only when its ground is established in the case, and never narrows a
 * permission.
 */
class DisclosureExceptionsTest {

  private static final Map<String, DisclosurePolicy> POLICIES = Map.of(
      "CSC", DisclosurePolicies.cscRestorativeOpportunities(),
      "NZ", DisclosurePolicies.newZealandPreSentence(),
      "EU", DisclosurePolicies.euVictimsDirective(),
      "UN", DisclosurePolicies.unBasicPrinciples());

  private static DisclosureRequest content(RecipientKind to, Purpose purpose) {
    return new DisclosureRequest(InformationClass.PROCESS_CONTENT, Recipient.of(to), purpose);
  }

  @ParameterizedTest(name = "{0}: {1} established, to {2} for {3} -> {4} by {5}")
  @CsvSource(delimiter = '|', textBlock = """
      CSC | IMMINENT_HARM    | POLICE           | SAFETY            | PERMITTED | CSC-CONF-EXCEPTION-IMMINENT-HARM
      CSC | IMMINENT_HARM    | PROGRAMME_STAFF  | SAFETY            | PERMITTED | CSC-CONF-EXCEPTION-IMMINENT-HARM
      CSC | IMMINENT_HARM    | POLICE           | INVESTIGATION     | DENIED    | CSC-CONF-CONFIDENTIAL
      CSC | CHILD_PROTECTION | POLICE           | SAFETY            | PERMITTED | CSC-CONF-EXCEPTION-CHILD-PROTECTION
      CSC | CHILD_PROTECTION | POLICE           | CHILD_PROTECTION  | PERMITTED | CSC-CONF-EXCEPTION-CHILD-PROTECTION
      CSC | CHILD_PROTECTION | PUBLIC           | CHILD_PROTECTION  | DENIED    | CSC-CONF-CONFIDENTIAL
      CSC | NEW_OFFENCE      | POLICE           | INVESTIGATION     | PERMITTED | CSC-CONF-EXCEPTION-NEW-OFFENCE
      CSC | NEW_OFFENCE      | PROGRAMME_STAFF  | INVESTIGATION     | REDACTED  | CSC-CONF-STAFF-CONTENT
      CSC | NEW_OFFENCE      | POLICE           | PROSECUTION       | DENIED    | CSC-CONF-CONFIDENTIAL
      CSC | NEW_OFFENCE      | PAROLE_BOARD     | INVESTIGATION     | DENIED    | CSC-CONF-PAROLE-SENTENCE
      CSC | PARTY_AGREEMENT  | RESEARCHER       | RESEARCH          | DENIED    | CSC-CONF-CONFIDENTIAL
      CSC | COURT_ORDER      | SENTENCING_COURT | COURT_PROCEEDINGS | DENIED    | CSC-CONF-PAROLE-SENTENCE
      EU  | PARTY_AGREEMENT  | PUBLIC           | PUBLIC_INFORMATION| PERMITTED | EU-CONF-EXCEPTION-PARTY-AGREEMENT
      EU  | PARTY_AGREEMENT  | PROGRAMME_STAFF  | RESEARCH          | PERMITTED | EU-CONF-EXCEPTION-PARTY-AGREEMENT
      EU  | COURT_ORDER      | SENTENCING_COURT | COURT_PROCEEDINGS | PERMITTED | EU-CONF-EXCEPTION-COURT-ORDER
      EU  | COURT_ORDER      | POLICE           | INVESTIGATION     | DENIED    | EU-CONF-CONFIDENTIAL
      EU  | COURT_ORDER      | PUBLIC           | COURT_PROCEEDINGS | DENIED    | EU-CONF-CONFIDENTIAL
      EU  | NATIONAL_LAW_PUBLIC_INTEREST | PROSECUTOR | PROSECUTION | PERMITTED | EU-CONF-EXCEPTION-NATIONAL-LAW
      EU  | NATIONAL_LAW_PUBLIC_INTEREST | RESEARCHER | RESEARCH    | DENIED    | EU-CONF-CONFIDENTIAL
      EU  | IMMINENT_HARM    | PROGRAMME_STAFF  | SAFETY            | PERMITTED | EU-CONF-EXCEPTION-IMMINENT-HARM
      EU  | CHILD_PROTECTION | POLICE           | CHILD_PROTECTION  | PERMITTED | EU-CONF-EXCEPTION-CHILD-PROTECTION
      EU  | NEW_OFFENCE      | POLICE           | INVESTIGATION     | PERMITTED | EU-CONF-EXCEPTION-NEW-OFFENCE
      EU  | NEW_OFFENCE      | PROSECUTOR       | INVESTIGATION     | DENIED    | EU-CONF-CONFIDENTIAL
      UN  | COURT_ORDER      | PROSECUTOR       | COURT_PROCEEDINGS | PERMITTED | UN-CONF-EXCEPTION-COURT-ORDER
      UN  | CHILD_PROTECTION | PROGRAMME_STAFF  | CHILD_PROTECTION  | PERMITTED | UN-CONF-EXCEPTION-CHILD-PROTECTION
      NZ  | PARTY_AGREEMENT  | RESEARCHER       | RESEARCH          | PERMITTED | NZ-CONF-EXCEPTION-PARTY-AGREEMENT
      NZ  | COURT_ORDER      | SENTENCING_COURT | COURT_PROCEEDINGS | PERMITTED | NZ-CONF-EXCEPTION-COURT-ORDER
      NZ  | IMMINENT_HARM    | POLICE           | SAFETY            | PERMITTED | NZ-CONF-EXCEPTION-IMMINENT-HARM
      """)
  void an_exception_reaches_only_the_recipients_and_purposes_it_names(String policy,
      ExceptionGround ground, RecipientKind recipient, Purpose purpose, Permission permission,
      String rule) {
    DisclosureDecision d = POLICIES.get(policy).decide(content(recipient, purpose),
        Set.of(ground));
    assertEquals(permission, d.permission());
    assertEquals(rule, d.ruleId());
    assertEquals(rule.contains("-EXCEPTION-") ? Optional.of(ground) : Optional.empty(),
        d.exception());
    assertFalse(d.citations().isEmpty());
    assertFalse(d.reason().in(org.rjkit.core.language.Language.EN).isBlank());
  }

  @ParameterizedTest(name = "{0}: nothing established, to {1} for {2} -> {3}")
  @CsvSource(delimiter = '|', textBlock = """
      CSC | POLICE           | SAFETY             | CSC-CONF-CONFIDENTIAL
      CSC | PROGRAMME_STAFF  | SAFETY             | CSC-CONF-STAFF-CONTENT
      EU  | SENTENCING_COURT | COURT_PROCEEDINGS  | EU-CONF-CONFIDENTIAL
      EU  | PUBLIC           | PUBLIC_INFORMATION | EU-CONF-CONFIDENTIAL
      UN  | POLICE           | CHILD_PROTECTION   | UN-CONF-CONFIDENTIAL
      NZ  | RESEARCHER       | RESEARCH           | NZ-CONF-CONFIDENTIAL
      """)
  void no_exception_applies_unless_its_ground_is_established(String policy,
      RecipientKind recipient, Purpose purpose, String rule) {
    DisclosureDecision d = POLICIES.get(policy).decide(content(recipient, purpose), Set.of());
    assertEquals(rule, d.ruleId());
    assertTrue(d.exception().isEmpty());
    assertFalse(d.permission() == Permission.PERMITTED);
  }

  @Test
  void csc_honours_imminent_harm_child_protection_and_new_offence_and_nothing_else() {
    assertEquals(EnumSet.of(ExceptionGround.IMMINENT_HARM, ExceptionGround.CHILD_PROTECTION,
            ExceptionGround.NEW_OFFENCE),
        DisclosurePolicies.cscRestorativeOpportunities().honouredGrounds());
    assertEquals(EnumSet.allOf(ExceptionGround.class),
        DisclosurePolicies.euVictimsDirective().honouredGrounds());
  }

  @Test
  void the_built_in_policies_are_csc_new_zealand_eu_un_quebec_ycja_england_in_that_order() {
    assertEquals(List.of("ca-csc-restorative-opportunities", "nz-pre-sentence-conference",
            "eu-victims-directive", "un-basic-principles", "ca-qc-pmrg",
            "ca-ycja-extrajudicial-sanctions", "gb-ew-victim-initiated"),
        DisclosurePolicies.all().stream().map(DisclosurePolicy::id).toList());
  }

  // ------------------------------------------------------------------ configuring a policy

  private static final org.rjkit.core.language.Text WHY = org.rjkit.core.language.LocalizedText.of("why", "pourquoi");
  private static final List<org.rjkit.core.citation.Citation> SOURCE =
      List.of(ProcessSources.UN_PARA_14);

  @Test
  void a_vendor_may_add_an_exception_which_is_honoured_after_the_others() {
    DisclosurePolicy csc = DisclosurePolicies.cscRestorativeOpportunities();
    DisclosurePolicy withCourtOrders = csc.withException(new ExceptionRule("X-COURT-ORDER",
        ExceptionGround.COURT_ORDER, EnumSet.of(RecipientKind.PROSECUTOR),
        EnumSet.of(Purpose.COURT_PROCEEDINGS), Permission.PERMITTED, WHY, SOURCE));
    assertTrue(withCourtOrders.honouredGrounds().contains(ExceptionGround.COURT_ORDER));
    assertEquals(csc.exceptions().size() + 1, withCourtOrders.exceptions().size());
    assertEquals("X-COURT-ORDER", withCourtOrders.exceptions().get(csc.exceptions().size())
        .ruleId());
    DisclosureDecision d = withCourtOrders.decide(
        content(RecipientKind.PROSECUTOR, Purpose.COURT_PROCEEDINGS),
        Set.of(ExceptionGround.COURT_ORDER));
    assertEquals(Permission.PERMITTED, d.permission());
    assertEquals("X-COURT-ORDER", d.ruleId());
    assertEquals(WHY, d.reason());
    assertEquals(SOURCE, d.citations());
    // Spec changed (issue 10): a reconfigured built-in policy gets its own id.
    assertEquals(csc.id() + "+with:X-COURT-ORDER", d.policyId());
    assertEquals(Permission.DENIED, csc.decide(
        content(RecipientKind.PROSECUTOR, Purpose.COURT_PROCEEDINGS),
        Set.of(ExceptionGround.COURT_ORDER)).permission());
  }

  @Test
  void a_vendor_may_remove_every_exception_on_a_ground_and_only_those() {
    DisclosurePolicy strict = DisclosurePolicies.euVictimsDirective()
        .withoutException(ExceptionGround.PARTY_AGREEMENT);
    assertFalse(strict.honouredGrounds().contains(ExceptionGround.PARTY_AGREEMENT));
    assertEquals(Permission.DENIED, strict.decide(
        content(RecipientKind.RESEARCHER, Purpose.RESEARCH),
        Set.of(ExceptionGround.PARTY_AGREEMENT)).permission());
    assertEquals(Permission.PERMITTED, strict.decide(
        content(RecipientKind.POLICE, Purpose.INVESTIGATION),
        Set.of(ExceptionGround.NEW_OFFENCE)).permission());
  }

  @Test
  void a_row_put_first_takes_precedence_over_every_other() {
    DisclosurePolicy csc = DisclosurePolicies.cscRestorativeOpportunities();
    DisclosurePolicy noStaffAccess = csc.withRuleFirst(new DisclosureRule("X-NO-STAFF",
        EnumSet.of(RecipientKind.PROGRAMME_STAFF), EnumSet.allOf(Purpose.class),
        EnumSet.allOf(InformationClass.class), Permission.DENIED, WHY, SOURCE));
    assertEquals("X-NO-STAFF", noStaffAccess.rules().get(0).ruleId());
    assertEquals(csc.rules().size() + 1, noStaffAccess.rules().size());
    DisclosureDecision d = noStaffAccess.decide(new DisclosureRequest(
        InformationClass.ADMINISTRATIVE, Recipient.of(RecipientKind.PROGRAMME_STAFF),
        Purpose.CASE_ADMINISTRATION), Set.of());
    assertEquals(Permission.DENIED, d.permission());
    assertEquals("X-NO-STAFF", d.ruleId());
  }

  @Test
  void an_exception_never_narrows_a_permission() {
    DisclosurePolicy csc = DisclosurePolicies.cscRestorativeOpportunities().withException(
        new ExceptionRule("X-REDACT-FOR-MEDIATOR", ExceptionGround.COURT_ORDER,
            EnumSet.of(RecipientKind.FACILITATOR, RecipientKind.PROGRAMME_STAFF),
            EnumSet.allOf(Purpose.class), Permission.REDACTED, WHY, SOURCE));
    DisclosureDecision mediator = csc.decide(
        content(RecipientKind.FACILITATOR, Purpose.CONDUCT_OF_PROCESS),
        Set.of(ExceptionGround.COURT_ORDER));
    assertEquals(Permission.PERMITTED, mediator.permission());
    assertEquals("CSC-CONF-MEDIATOR", mediator.ruleId());
    DisclosureDecision staff = csc.decide(
        content(RecipientKind.PROGRAMME_STAFF, Purpose.CASE_ADMINISTRATION),
        Set.of(ExceptionGround.COURT_ORDER));
    assertEquals("CSC-CONF-STAFF-CONTENT", staff.ruleId(), "an equal permission keeps its row");
    assertTrue(staff.exception().isEmpty());
  }

  @Test
  void an_exception_may_widen_a_denial_to_a_redacted_disclosure() {
    DisclosurePolicy csc = DisclosurePolicies.cscRestorativeOpportunities().withException(
        new ExceptionRule("X-COURT-SUMMARY", ExceptionGround.COURT_ORDER,
            EnumSet.of(RecipientKind.PROSECUTOR), EnumSet.of(Purpose.COURT_PROCEEDINGS),
            Permission.REDACTED, WHY, SOURCE));
    DisclosureDecision d = csc.decide(content(RecipientKind.PROSECUTOR, Purpose.COURT_PROCEEDINGS),
        Set.of(ExceptionGround.COURT_ORDER));
    assertEquals(Permission.REDACTED, d.permission());
    assertEquals(Optional.of(ExceptionGround.COURT_ORDER), d.exception());
    assertFalse(d.permitsProcessContent());
  }

  @ParameterizedTest(name = "{0} is wider than {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      PERMITTED | REDACTED  | true
      PERMITTED | DENIED    | true
      REDACTED  | DENIED    | true
      REDACTED  | REDACTED  | false
      DENIED    | REDACTED  | false
      REDACTED  | PERMITTED | false
      """)
  void permissions_run_from_denied_through_redacted_to_permitted(Permission a, Permission b,
      boolean wider) {
    assertEquals(wider, a.isWiderThan(b));
  }

  @Test
  void a_policy_is_well_formed() {
    DisclosureRule deny = DisclosurePolicy.denyEverythingElse("X-DENY", WHY, SOURCE);
    assertEquals(EnumSet.allOf(RecipientKind.class), deny.recipients());
    assertEquals(EnumSet.allOf(Purpose.class), deny.purposes());
    assertEquals(EnumSet.allOf(InformationClass.class), deny.information());
    assertEquals(Permission.DENIED, deny.permission());
    DisclosureRule permit = new DisclosureRule("X-ALL", EnumSet.allOf(RecipientKind.class),
        EnumSet.allOf(Purpose.class), EnumSet.allOf(InformationClass.class), Permission.PERMITTED,
        WHY, SOURCE);
    assertThrows(IllegalArgumentException.class,
        () -> new DisclosurePolicy("x", WHY, List.of(), List.of(), permit));
    assertThrows(IllegalArgumentException.class,
        () -> new DisclosurePolicy(" ", WHY, List.of(), List.of(), deny));
    DisclosurePolicy empty = new DisclosurePolicy("x", WHY, List.of(), List.of(), deny);
    assertEquals("X-DENY", empty.decide(content(RecipientKind.FACILITATOR,
        Purpose.CONDUCT_OF_PROCESS), Set.of()).ruleId());
  }

  @Test
  void a_row_covers_something_and_an_exception_permits_something() {
    EnumSet<RecipientKind> all = EnumSet.allOf(RecipientKind.class);
    EnumSet<Purpose> any = EnumSet.allOf(Purpose.class);
    EnumSet<InformationClass> info = EnumSet.allOf(InformationClass.class);
    assertThrows(IllegalArgumentException.class, () -> new DisclosureRule(" ", all, any, info,
        Permission.DENIED, WHY, SOURCE));
    assertThrows(IllegalArgumentException.class, () -> new DisclosureRule("X",
        EnumSet.noneOf(RecipientKind.class), any, info, Permission.DENIED, WHY, SOURCE));
    assertThrows(IllegalArgumentException.class, () -> new DisclosureRule("X", all,
        EnumSet.noneOf(Purpose.class), info, Permission.DENIED, WHY, SOURCE));
    assertThrows(IllegalArgumentException.class, () -> new DisclosureRule("X", all, any,
        EnumSet.noneOf(InformationClass.class), Permission.DENIED, WHY, SOURCE));
    assertThrows(IllegalArgumentException.class, () -> new ExceptionRule(" ",
        ExceptionGround.COURT_ORDER, all, any, Permission.PERMITTED, WHY, SOURCE));
    assertThrows(IllegalArgumentException.class, () -> new ExceptionRule("X",
        ExceptionGround.COURT_ORDER, EnumSet.noneOf(RecipientKind.class), any,
        Permission.PERMITTED, WHY, SOURCE));
    assertThrows(IllegalArgumentException.class, () -> new ExceptionRule("X",
        ExceptionGround.COURT_ORDER, all, EnumSet.noneOf(Purpose.class), Permission.PERMITTED,
        WHY, SOURCE));
    assertThrows(IllegalArgumentException.class, () -> new ExceptionRule("X",
        ExceptionGround.COURT_ORDER, all, any, Permission.DENIED, WHY, SOURCE));
  }

  @ParameterizedTest(name = "row for POLICE/SAFETY/PROCESS_CONTENT covers {0} {1} {2}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      POLICE     | SAFETY        | PROCESS_CONTENT | true
      PROSECUTOR | SAFETY        | PROCESS_CONTENT | false
      POLICE     | INVESTIGATION | PROCESS_CONTENT | false
      POLICE     | SAFETY        | ADMINISTRATIVE  | false
      """)
  void a_row_covers_a_request_only_on_recipient_purpose_and_information(RecipientKind to,
      Purpose purpose, InformationClass information, boolean covers) {
    DisclosureRule row = new DisclosureRule("X", EnumSet.of(RecipientKind.POLICE),
        EnumSet.of(Purpose.SAFETY), EnumSet.of(InformationClass.PROCESS_CONTENT),
        Permission.PERMITTED, WHY, SOURCE);
    assertEquals(covers, row.covers(new DisclosureRequest(information, Recipient.of(to),
        purpose)));
  }

  // ------------------------------------------------------------------ grounds in the case

  @Test
  void an_established_ground_counts_only_for_the_recipient_it_was_established_for() {
    ProcessCase c = Cases.inCommunication(ProcessType.LETTERS).record(
        Cases.exception(day(7), ExceptionGround.CHILD_PROTECTION, RecipientKind.POLICE));
    assertEquals(Set.of(ExceptionGround.CHILD_PROTECTION),
        c.establishedExceptions(RecipientKind.POLICE));
    assertTrue(c.establishedExceptions(RecipientKind.PROGRAMME_STAFF).isEmpty());
  }

  @Test
  void party_agreement_is_established_once_every_party_agrees_whatever_the_order() {
    ProcessCase c = Cases.inCommunication(ProcessType.LETTERS).recordAll(
        new DisclosureAgreed(day(7), OFFENDER, RecipientKind.PUBLIC),
        new DisclosureAgreed(day(7), VICTIM, RecipientKind.RESEARCHER));
    assertTrue(c.establishedExceptions(RecipientKind.PUBLIC).isEmpty());
    assertTrue(c.establishedExceptions(RecipientKind.RESEARCHER).isEmpty());
    ProcessCase all = c.record(new DisclosureAgreed(day(8), VICTIM, RecipientKind.PUBLIC));
    assertEquals(Set.of(ExceptionGround.PARTY_AGREEMENT),
        all.establishedExceptions(RecipientKind.PUBLIC));
  }

  @Test
  void without_any_party_enrolled_there_is_no_agreement_of_the_parties() {
    ProcessCase c = ProcessCase.open(new CaseOpened(day(0), CaseId.of("RO-2026-0003"), Cases.CSC,
        ProcessType.COMMUNITY_REPARATION, List.of(Enrolment.of(MEDIATOR, Role.FACILITATOR)),
        MEDIATOR));
    assertTrue(c.establishedExceptions(RecipientKind.PUBLIC).isEmpty());
  }

  @Test
  void party_agreement_is_not_established_by_the_programme_but_by_the_parties() {
    assertThrows(IllegalArgumentException.class, () -> Cases.exception(day(7),
        ExceptionGround.PARTY_AGREEMENT, RecipientKind.PUBLIC));
  }
}
