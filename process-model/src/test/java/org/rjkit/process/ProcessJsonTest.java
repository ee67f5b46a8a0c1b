package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.process.Cases.OFFENDER;
import static org.rjkit.process.Cases.VICTIM;
import static org.rjkit.process.Cases.day;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rjkit.process.agreement.AgreementItem;
import org.rjkit.process.agreement.AgreementItemId;
import org.rjkit.process.agreement.AgreementTerm;
import org.rjkit.process.agreement.Instalment;
import org.rjkit.process.agreement.PaymentSchedule;
import org.rjkit.process.agreement.Money;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.confidentiality.DisclosureCapability;
import org.rjkit.process.confidentiality.DisclosurePolicy;
import org.rjkit.process.confidentiality.DisclosurePolicies;
import org.rjkit.process.confidentiality.DisclosureRequest;
import org.rjkit.process.confidentiality.InformationClass;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.Purpose;
import org.rjkit.process.confidentiality.Recipient;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.disclosure.CaseView;
import org.rjkit.process.disclosure.Disclosures;
import org.rjkit.process.json.ProcessJson;
import org.rjkit.process.lifecycle.ClosureReason;
import org.rjkit.process.lifecycle.ProcessEvent.CaseClosed;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementProposed;
import org.rjkit.process.lifecycle.ProcessEvent.MessageSubmitted;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.type.Channel;
import org.rjkit.process.type.ProcessType;

class ProcessJsonTest {

  private static final String LETTER = "I forgive nothing, but I want to understand.";

  private static ProcessCase withContent() {
    return Cases.inCommunication(ProcessType.INDIRECT_MEDIATION).recordAll(
        new MessageSubmitted(day(7), MessageId.of("M1"), VICTIM, OFFENDER, Channel.LETTER,
            ProcessContent.of(LETTER)),
        new StageEntered(day(8), ProcessStage.AGREEMENT),
        new AgreementProposed(day(9), List.of(new AgreementItem(AgreementItemId.of("I1"),
            new AgreementTerm.Donation(Money.of("777.00", "CAD"), ProcessContent.of("Shelter")),
            List.of(OFFENDER)))));
  }

  private static final DisclosurePolicy CSC_POLICY = DisclosurePolicies.cscRestorativeOpportunities();

  private static DisclosureCapability capability(ProcessCase c, Recipient recipient,
      Purpose purpose) {
    return Disclosures.disclose(c, CSC_POLICY, recipient, purpose, day(10)).capability();
  }

  private static DisclosureCapability mediator(ProcessCase c) {
    return capability(c, Recipient.of(RecipientKind.FACILITATOR), Purpose.CONDUCT_OF_PROCESS);
  }

  @Test
  void the_default_writer_writes_views_only_never_a_case() {
    // Spec changed (issue 10): the redacting JSON of a case named every participant, which under
    // CSC is itself confidential; a case is now written only for a capability's recipient.
    assertThrows(IllegalStateException.class, () -> ProcessJson.redacting().write(withContent()));
    assertFalse(ProcessJson.redacting().revealsContent());
  }

  @Test
  void an_authorised_writer_writes_the_content_its_capability_covers() throws Exception {
    ProcessCase c = withContent();
    String json = ProcessJson.authorised(mediator(c)).write(c);
    assertTrue(json.contains(LETTER));
    assertTrue(json.contains("777"));
    JsonNode message = null;
    for (JsonNode e : new ObjectMapper().readTree(json).get("history")) {
      if (e.get("type").asText().equals("MessageSubmitted")) {
        message = e;
      }
    }
    assertEquals("2026-01-12", message.get("on").asText());
  }

  @Test
  void a_capability_for_another_case_or_for_staff_writes_no_content() {
    ProcessCase c = withContent();
    ProcessCase other = withContent();
    DisclosureCapability forOther = mediator(other);
    assertThrows(IllegalArgumentException.class, () -> ProcessJson.authorised(
        capability(c, Recipient.of(RecipientKind.PAROLE_BOARD), Purpose.PAROLE_DECISION))
        .write(c));
    String staff = ProcessJson.authorised(capability(c, Recipient.of(RecipientKind.PROGRAMME_STAFF),
        Purpose.CASE_ADMINISTRATION)).write(c);
    assertFalse(staff.contains(LETTER));
    assertFalse(staff.contains("777"));
    // same case id (both built by withContent()), but not the same content objects
    String foreign = ProcessJson.authorised(forOther).write(c);
    assertFalse(foreign.contains(LETTER));
    assertFalse(foreign.contains("Shelter"));
  }

  @Test
  void a_general_purpose_mapper_fails_rather_than_writing_process_content() {
    ObjectMapper plain = new ObjectMapper();
    Exception e = assertThrows(Exception.class,
        () -> plain.writeValueAsString(ProcessContent.of(LETTER)));
    assertFalse(e.getMessage().contains(LETTER));
  }

  @Test
  void a_case_is_written_with_its_administrative_state() throws Exception {
    ProcessCase c = withContent();
    ProcessJson writer = ProcessJson.authorised(mediator(c));
    JsonNode tree = new ObjectMapper().readTree(writer.write(c));
    assertEquals("RO-2026-0001", tree.get("caseId").asText());
    assertEquals("ca-csc-restorative-opportunities", tree.get("programme").asText());
    assertEquals("INDIRECT_MEDIATION", tree.get("processType").asText());
    assertEquals("AGREEMENT", tree.get("stage").asText());
    assertFalse(tree.has("closure"), "an absent value is left out");
    assertEquals("2026-01-14", tree.get("asOf").asText());
    assertEquals(c.history().size(), tree.get("history").size());
    JsonNode opened = tree.get("history").get(0);
    assertEquals("CaseOpened", opened.get("type").asText());
    assertEquals("V1", opened.get("requestedBy").asText());
    assertEquals("VICTIM", opened.get("participants").get(0).get("role").asText());
    ProcessCase closed = c.record(new CaseClosed(day(10), ClosureReason.NO_AGREEMENT));
    assertEquals("NO_AGREEMENT", new ObjectMapper()
        .readTree(writer.write(closed)).get("closure").asText());
  }

  @Test
  void an_uncovered_agreement_term_is_written_as_its_kind_only() throws Exception {
    ProcessCase c = withContent();
    JsonNode tree = new ObjectMapper().readTree(ProcessJson.authorised(capability(c,
        Recipient.of(RecipientKind.PROGRAMME_STAFF), Purpose.CASE_ADMINISTRATION)).write(c));
    JsonNode history = tree.get("history");
    JsonNode event = history.get(history.size() - 1);
    assertEquals("AgreementProposed", event.get("type").asText());
    JsonNode term = event.get("items").get(0).get("term");
    assertEquals("DONATION", term.get("kind").asText());
    assertTrue(term.get("redacted").asBoolean());
    assertEquals(2, term.size());
  }

  @Test
  void an_authorised_writer_writes_every_kind_of_term_in_full() throws Exception {
    ProcessCase c = Cases.inCommunication(ProcessType.COMMUNITY_REPARATION).recordAll(
        new StageEntered(day(8), ProcessStage.AGREEMENT),
        new AgreementProposed(day(9), List.of(
            item("I1", new AgreementTerm.Apology(ProcessContent.of("in person"))),
            item("I2", new AgreementTerm.FinancialCompensation(Money.of("90", "CAD"),
                new PaymentSchedule(List.of(new Instalment(day(30), Money.of("90", "CAD")))),
                ProcessContent.of("the bicycle"))),
            item("I3", new AgreementTerm.Donation(Money.of("40", "CAD"),
                ProcessContent.of("the shelter"))),
            item("I4", new AgreementTerm.CommunityService(20, ProcessContent.of("the library"))),
            item("I5", new AgreementTerm.Repair(ProcessContent.of("the mailbox"))),
            item("I6", new AgreementTerm.Other(ProcessContent.of("a walk together"))))));
    ProcessJson writer = ProcessJson.authorised(mediator(c));
    assertTrue(writer.revealsContent());
    JsonNode history = new ObjectMapper().readTree(writer.write(c)).get("history");
    JsonNode items = history.get(history.size() - 1).get("items");
    assertEquals("in person", items.get(0).get("term").get("form").asText());
    JsonNode compensation = items.get(1).get("term");
    assertEquals("FINANCIAL_COMPENSATION", compensation.get("kind").asText());
    assertEquals(90, compensation.get("amount").get("amount").asInt());
    assertEquals("2026-02-04", compensation.get("schedule").get(0).get("due").asText());
    assertEquals("the bicycle", compensation.get("purpose").asText());
    assertEquals("the shelter", items.get(2).get("term").get("organisation").asText());
    assertEquals(40, items.get(2).get("term").get("amount").get("amount").asInt());
    assertEquals(20, items.get(3).get("term").get("hours").asInt());
    assertEquals("the library", items.get(3).get("term").get("description").asText());
    assertEquals("the mailbox", items.get(4).get("term").get("description").asText());
    assertEquals("a walk together", items.get(5).get("term").get("description").asText());
    assertFalse(items.get(5).get("term").has("redacted"));
  }

  private static AgreementItem item(String id, AgreementTerm term) {
    return new AgreementItem(AgreementItemId.of(id), term, List.of(OFFENDER));
  }

  @Test
  void a_participant_receives_a_view_of_the_case_never_its_history() {
    ProcessCase c = withContent();
    var d = Disclosures.disclose(c, DisclosurePolicies.cscRestorativeOpportunities(),
        Recipient.participant(VICTIM), Purpose.CONDUCT_OF_PROCESS, day(10));
    ProcessJson writer = ProcessJson.authorised(d.capability());
    assertThrows(IllegalArgumentException.class, () -> writer.write(c));
    CaseView view = d.view();
    String json = writer.write(view);
    assertTrue(json.contains(LETTER));
    assertTrue(json.contains("\"recipient\":\"PARTICIPANT:V1\""), json);
  }

  @Test
  void a_redacted_view_in_json_names_its_entries_but_not_their_content() throws Exception {
    CaseView view = Disclosures.disclose(withContent(),
        DisclosurePolicies.cscRestorativeOpportunities(),
        Recipient.of(RecipientKind.PROGRAMME_STAFF), Purpose.CASE_ADMINISTRATION, day(10)).view();
    JsonNode tree = new ObjectMapper().readTree(ProcessJson.redacting().write(view));
    assertEquals("PROGRAMME_STAFF", tree.get("recipient").asText());
    assertEquals("REDACTED", tree.get("content").get("permission").asText());
    assertFalse(tree.get("entries").get(0).has("content"), "an absent value is left out");
    assertEquals("RO-2026-0001", tree.get("facts").get("caseId").asText());
    assertFalse(tree.toString().contains(LETTER));
  }
}
