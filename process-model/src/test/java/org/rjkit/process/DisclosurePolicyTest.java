package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.process.Cases.OFFENDER;
import static org.rjkit.process.Cases.VICTIM;
import static org.rjkit.process.Cases.day;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.language.Language;
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
import org.rjkit.process.disclosure.Disclosure;
import org.rjkit.process.disclosure.Disclosures;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureAgreed;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureRecorded;
import org.rjkit.process.confidentiality.ExceptionRule;
import org.rjkit.process.confidentiality.PolicyRegistry;
import org.rjkit.process.lifecycle.ProcessEvent.ExceptionEstablished;
import org.rjkit.process.lifecycle.ProcessEvent.MessageRelayed;
import org.rjkit.process.lifecycle.ProcessEvent.MessageSubmitted;
import org.rjkit.process.lifecycle.ProcessEvent.StatementRecorded;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.type.Channel;
import org.rjkit.process.type.ProcessType;

class DisclosurePolicyTest {

  private static final Map<String, DisclosurePolicy> POLICIES = Map.of(
      "CSC", DisclosurePolicies.cscRestorativeOpportunities(),
      "NZ", DisclosurePolicies.newZealandPreSentence(),
      "EU", DisclosurePolicies.euVictimsDirective(),
      "UN", DisclosurePolicies.unBasicPrinciples());

  private static final String WHAT_THE_VICTIM_WROTE = "You took my father's watch and my peace.";
  private static final String WHAT_THE_OFFENDER_SAID = "I was using then; I am sorry.";

  @ParameterizedTest(name = "{0}: {1} to {2} for {3} -> {4} ({5})")
  @CsvSource(delimiter = '|', textBlock = """
      CSC | PROCESS_CONTENT | PAROLE_BOARD     | PAROLE_DECISION     | DENIED    | CSC-CONF-PAROLE-SENTENCE
      CSC | ADMINISTRATIVE  | PAROLE_BOARD     | PAROLE_DECISION     | DENIED    | CSC-CONF-PAROLE-SENTENCE
      CSC | ADMINISTRATIVE  | SENTENCING_COURT | SENTENCING_DECISION | DENIED    | CSC-CONF-PAROLE-SENTENCE
      CSC | PROCESS_CONTENT | PROGRAMME_STAFF  | PAROLE_DECISION     | DENIED    | CSC-CONF-PAROLE-SENTENCE-PURPOSE
      CSC | PROCESS_CONTENT | FACILITATOR      | CONDUCT_OF_PROCESS  | PERMITTED | CSC-CONF-MEDIATOR
      CSC | PROCESS_CONTENT | PROGRAMME_STAFF  | CASE_ADMINISTRATION | REDACTED  | CSC-CONF-STAFF-CONTENT
      CSC | ADMINISTRATIVE  | PROGRAMME_STAFF  | CASE_ADMINISTRATION | PERMITTED | CSC-CONF-STAFF-ADMINISTRATION
      CSC | ADMINISTRATIVE  | RESEARCHER       | RESEARCH            | REDACTED  | CSC-CONF-RESEARCH
      CSC | PROCESS_CONTENT | RESEARCHER       | RESEARCH            | DENIED    | CSC-CONF-CONFIDENTIAL
      CSC | PROCESS_CONTENT | POLICE           | INVESTIGATION       | DENIED    | CSC-CONF-CONFIDENTIAL
      CSC | PROCESS_CONTENT | PUBLIC           | PUBLIC_INFORMATION  | DENIED    | CSC-CONF-CONFIDENTIAL
      NZ  | PROCESS_CONTENT | SENTENCING_COURT | SENTENCING_DECISION | PERMITTED | NZ-CONF-REPORT-TO-JUDGE
      NZ  | PROCESS_CONTENT | PAROLE_BOARD     | PAROLE_DECISION     | DENIED    | NZ-CONF-CONFIDENTIAL
      EU  | PROCESS_CONTENT | PROSECUTOR       | PROSECUTION         | DENIED    | EU-CONF-CONFIDENTIAL
      EU  | PROCESS_CONTENT | PROGRAMME_STAFF  | CASE_ADMINISTRATION | REDACTED  | EU-CONF-STAFF-CONTENT
      UN  | PROCESS_CONTENT | RESEARCHER       | RESEARCH            | DENIED    | UN-CONF-CONFIDENTIAL
      """)
  void disclosure_without_exceptions(String policy, InformationClass information,
      RecipientKind recipient, Purpose purpose, Permission permission, String rule) {
    DisclosureDecision d = POLICIES.get(policy).decide(
        new DisclosureRequest(information, Recipient.of(recipient), purpose), Set.of());
    assertEquals(permission, d.permission());
    assertEquals(rule, d.ruleId());
    assertFalse(d.citations().isEmpty());
  }

  @ParameterizedTest(name = "{0}: {1} established, to {2} for {3} -> {4}")
  @CsvSource(delimiter = '|', textBlock = """
      CSC | IMMINENT_HARM    | POLICE          | SAFETY              | PERMITTED
      CSC | IMMINENT_HARM    | PAROLE_BOARD    | SAFETY              | DENIED
      CSC | IMMINENT_HARM    | POLICE          | PAROLE_DECISION     | DENIED
      CSC | CHILD_PROTECTION | PROGRAMME_STAFF | CHILD_PROTECTION    | PERMITTED
      CSC | NEW_OFFENCE      | POLICE          | INVESTIGATION       | PERMITTED
      CSC | COURT_ORDER      | PAROLE_BOARD    | COURT_PROCEEDINGS   | DENIED
      CSC | PARTY_AGREEMENT  | PAROLE_BOARD    | PAROLE_DECISION     | DENIED
      EU  | PARTY_AGREEMENT  | RESEARCHER      | RESEARCH            | PERMITTED
      EU  | COURT_ORDER      | PROSECUTOR      | COURT_PROCEEDINGS   | PERMITTED
      EU  | NATIONAL_LAW_PUBLIC_INTEREST | POLICE | INVESTIGATION    | PERMITTED
      UN  | PARTY_AGREEMENT  | PUBLIC          | PUBLIC_INFORMATION  | PERMITTED
      UN  | IMMINENT_HARM    | RESEARCHER      | SAFETY              | DENIED
      """)
  void exceptions_are_explicit_and_reach_only_the_recipients_they_name(String policy,
      ExceptionGround ground, RecipientKind recipient, Purpose purpose, Permission permission) {
    DisclosureDecision d = POLICIES.get(policy).decide(new DisclosureRequest(
        InformationClass.PROCESS_CONTENT, Recipient.of(recipient), purpose), Set.of(ground));
    assertEquals(permission, d.permission());
    assertEquals(permission == Permission.PERMITTED, d.exception().isPresent());
  }

  @Test
  void an_exception_can_be_removed_from_a_policy() {
    DisclosurePolicy strict = DisclosurePolicies.cscRestorativeOpportunities()
        .withoutException(ExceptionGround.NEW_OFFENCE);
    assertEquals(Permission.DENIED, strict.decide(new DisclosureRequest(
        InformationClass.PROCESS_CONTENT, Recipient.of(RecipientKind.POLICE),
        Purpose.INVESTIGATION), Set.of(ExceptionGround.NEW_OFFENCE)).permission());
  }

  private static ProcessCase exchange() {
    MessageId m1 = MessageId.of("M1");
    return Cases.inCommunication(ProcessType.INDIRECT_MEDIATION).recordAll(
        new StatementRecorded(day(7), OFFENDER, ProcessContent.of(WHAT_THE_OFFENDER_SAID)),
        new MessageSubmitted(day(7), m1, VICTIM, OFFENDER, Channel.LETTER,
            ProcessContent.of(WHAT_THE_VICTIM_WROTE)),
        new MessageRelayed(day(8), m1));
  }

  @Test
  void the_parole_board_never_sees_what_the_victim_wrote_nor_that_the_offender_took_part() {
    ProcessCase c = exchange();
    Disclosure d = Disclosures.disclose(c, DisclosurePolicies.cscRestorativeOpportunities(),
        Recipient.of(RecipientKind.PAROLE_BOARD), Purpose.PAROLE_DECISION, day(9));
    assertTrue(d.view().isEmpty());
    for (Language l : java.util.List.of(Language.EN, Language.FR)) {
      String text = d.view().render(l);
      assertFalse(text.contains(WHAT_THE_VICTIM_WROTE));
      assertFalse(text.contains(WHAT_THE_OFFENDER_SAID));
      assertFalse(text.contains(c.caseId().value()));
      assertFalse(text.contains("O1"));
    }
  }

  @Test
  void programme_staff_learn_that_a_letter_exists_but_not_what_it_says() {
    ProcessCase c = exchange();
    String text = Disclosures.disclose(c, DisclosurePolicies.cscRestorativeOpportunities(),
        Recipient.of(RecipientKind.PROGRAMME_STAFF), Purpose.CASE_ADMINISTRATION, day(9))
        .view().render(Language.EN);
    assertTrue(text.contains("letter M1 from V1 to O1"));
    assertFalse(text.contains(WHAT_THE_VICTIM_WROTE));
  }

  @Test
  void a_participant_sees_their_own_statement_and_what_was_relayed_to_them_only() {
    ProcessCase c = exchange();
    String victims = Disclosures.disclose(c, DisclosurePolicies.cscRestorativeOpportunities(),
        Recipient.participant(VICTIM), Purpose.CONDUCT_OF_PROCESS, day(9)).view()
        .render(Language.EN);
    assertTrue(victims.contains(WHAT_THE_VICTIM_WROTE));
    assertFalse(victims.contains(WHAT_THE_OFFENDER_SAID));
  }

  @Test
  void every_disclosure_decision_is_recorded_in_the_case_history() {
    ProcessCase c = exchange();
    Disclosure d = Disclosures.disclose(c, DisclosurePolicies.cscRestorativeOpportunities(),
        Recipient.of(RecipientKind.PAROLE_BOARD), Purpose.PAROLE_DECISION, day(9));
    assertEquals(c.history().size() + 2, d.recorded().history().size());
    assertTrue(d.recorded().history().get(d.recorded().history().size() - 1)
        instanceof DisclosureRecorded r && r.decision().equals(d.view().content()));
    assertEquals(2, d.recorded().disclosures().size());
  }

  @Test
  void party_agreement_needs_every_party() {
    ProcessCase c = exchange().record(new DisclosureAgreed(day(9), VICTIM, RecipientKind.RESEARCHER));
    assertFalse(c.establishedExceptions(RecipientKind.RESEARCHER)
        .contains(ExceptionGround.PARTY_AGREEMENT));
    ProcessCase both = c.record(new DisclosureAgreed(day(9), OFFENDER, RecipientKind.RESEARCHER));
    assertTrue(both.establishedExceptions(RecipientKind.RESEARCHER)
        .contains(ExceptionGround.PARTY_AGREEMENT));
    // Spec changed (issue 10): a CSC case is disclosed under the CSC policy only.
    assertThrows(IllegalArgumentException.class, () -> Disclosures.disclose(both,
        DisclosurePolicies.euVictimsDirective(), Recipient.of(RecipientKind.RESEARCHER),
        Purpose.RESEARCH, day(10)));
    PolicyRegistry registry = PolicyRegistry.builtIn().with(Cases.CSC,
        DisclosurePolicies.cscRestorativeOpportunities().withException(new ExceptionRule(
            "X-RESEARCH-AGREED", ExceptionGround.PARTY_AGREEMENT,
            java.util.EnumSet.of(RecipientKind.RESEARCHER), java.util.EnumSet.of(Purpose.RESEARCH),
            Permission.PERMITTED, org.rjkit.core.language.LocalizedText.of("agreed", "convenu"),
            List.of())));
    String text = Disclosures.disclose(registry, both, Recipient.of(RecipientKind.RESEARCHER),
        Purpose.RESEARCH, day(10)).view().render(Language.EN);
    assertTrue(text.contains(WHAT_THE_VICTIM_WROTE));
  }

  @Test
  void an_established_risk_of_harm_reaches_the_police_but_never_the_parole_board() {
    ProcessCase c = exchange().recordAll(
        Cases.exception(day(9), ExceptionGround.IMMINENT_HARM, RecipientKind.POLICE,
            org.rjkit.process.confidentiality.ContentRef.message("M1")),
        Cases.exception(day(9), ExceptionGround.IMMINENT_HARM, RecipientKind.PAROLE_BOARD,
            org.rjkit.process.confidentiality.ContentRef.message("M1")));
    DisclosurePolicy csc = DisclosurePolicies.cscRestorativeOpportunities();
    assertTrue(Disclosures.disclose(c, csc, Recipient.of(RecipientKind.POLICE), Purpose.SAFETY,
        day(10)).view().render(Language.EN).contains(WHAT_THE_VICTIM_WROTE));
    assertTrue(Disclosures.disclose(c, csc, Recipient.of(RecipientKind.PAROLE_BOARD),
        Purpose.SAFETY, day(10)).view().isEmpty());
  }
}
