package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.process.Cases.OFFENDER;
import static org.rjkit.process.Cases.VICTIM;
import static org.rjkit.process.Cases.day;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.process.RandomCases.Run;
import org.rjkit.process.agreement.AgreementItem;
import org.rjkit.process.agreement.AgreementItemId;
import org.rjkit.process.agreement.AgreementTerm;
import org.rjkit.process.agreement.Instalment;
import org.rjkit.process.agreement.Money;
import org.rjkit.process.agreement.PaymentSchedule;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.confidentiality.DisclosurePolicies;
import org.rjkit.process.confidentiality.PolicyRegistry;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.Purpose;
import org.rjkit.process.confidentiality.Recipient;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.disclosure.Disclosures;
import org.rjkit.process.json.ProcessHistoryStorageReader;
import org.rjkit.process.json.ProcessHistoryStorageWriter;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementAssented;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementProposed;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentWithdrawn;
import org.rjkit.process.lifecycle.ProcessEvent.MeetingScheduled;
import org.rjkit.process.lifecycle.ProcessEvent.MessageRelayed;
import org.rjkit.process.lifecycle.ProcessEvent.MessageReturned;
import org.rjkit.process.lifecycle.ProcessEvent.MessageSubmitted;
import org.rjkit.process.lifecycle.ProcessEvent.SafetyAssessed;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessEvent.StatementRecorded;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.lifecycle.Meeting;
import org.rjkit.process.type.Channel;
import org.rjkit.process.type.ProcessType;

/**
 * The process history document: the storage writer writes everything, the reader is strict and
 * re-applies every event through the guards, and a tampered history is refused naming the event.
 */
class ProcessHistoryStorageTest {

  private static final ProcessHistoryStorageReader READER = ProcessHistoryStorageReader.builtIn();
  private static final ProcessHistoryStorageWriter WRITER = new ProcessHistoryStorageWriter();
  private static final String LETTER = "I need to know why it was our house.";
  private static final String DRAFT = "It was nothing personal.";

  /** Letters with a returned draft, an agreement with money, a late withdrawal, disclosures. */
  static ProcessCase story() {
    MessageId m1 = MessageId.of("M1");
    MessageId m2 = MessageId.of("M2");
    ProcessCase c = Cases.inCommunication(ProcessType.INDIRECT_MEDIATION).recordAll(
        new MessageSubmitted(day(7), m1, VICTIM, OFFENDER, Channel.LETTER,
            ProcessContent.of(LETTER)),
        new MessageRelayed(day(8), m1),
        new MessageSubmitted(day(8), m2, OFFENDER, VICTIM, Channel.LETTER,
            ProcessContent.of(DRAFT)),
        new MessageReturned(day(9), m2),
        new StatementRecorded(day(9), OFFENDER, ProcessContent.of("I took the television")),
        new StageEntered(day(10), ProcessStage.AGREEMENT),
        new AgreementProposed(day(10), List.of(new AgreementItem(AgreementItemId.of("I1"),
            new AgreementTerm.FinancialCompensation(Money.of("300", "CAD"),
                new PaymentSchedule(List.of(new Instalment(day(40), Money.of("100", "CAD")),
                    new Instalment(day(70), Money.of("200.00", "CAD")))),
                ProcessContent.of("the front door")), List.of(OFFENDER, VICTIM)))),
        new AgreementAssented(day(11), AgreementItemId.of("I1"), OFFENDER));
    c = Disclosures.disclose(c, DisclosurePolicies.cscRestorativeOpportunities(),
        Recipient.of(RecipientKind.PAROLE_BOARD), Purpose.PAROLE_DECISION, day(12)).recorded();
    return c.record(new ConsentWithdrawn(day(13), OFFENDER, day(10)));
  }

  @Test
  void a_stored_case_loads_back_equal() {
    ProcessCase c = story();
    String stored = WRITER.writePretty(c);
    ProcessCase loaded = READER.read(stored);
    assertEquals(c, loaded);
    assertEquals(stored, WRITER.writePretty(loaded));
    assertEquals(c.stage(), loaded.stage());
    assertEquals(c.disclosures(), loaded.disclosures());
  }

  @Test
  void the_document_has_a_version_stable_type_names_ids_actors_and_both_dates() {
    JsonNode doc = RjkitJson.readObject(WRITER.writePretty(story()));
    assertEquals("1", doc.get("schemaVersion").asText());
    assertEquals("RO-2026-0001", doc.get("caseId").asText());
    assertEquals("ca-csc-restorative-opportunities", doc.get("programme").asText());
    JsonNode first = doc.get("events").get(0);
    assertEquals("case-opened", first.get("type").asText());
    assertEquals("E1", first.get("eventId").asText());
    JsonNode withdrawal = null;
    for (JsonNode e : doc.get("events")) {
      if (e.get("type").asText().equals("consent-withdrawn")) {
        withdrawal = e;
      }
    }
    assertEquals(day(10).toString(), withdrawal.get("effective").asText());
    assertEquals(day(13).toString(), withdrawal.get("entered").asText());
    assertEquals(OFFENDER.value(), withdrawal.get("actor").asText());
    String text = doc.toString();
    assertTrue(text.contains("\"amount\":\"300.00\""), text);
    assertTrue(text.contains("\"amount\":\"200.00\""));
    assertFalse(text.contains("3E+2"));
    assertTrue(text.contains("\"type\":\"withdrawal-flagged\""));
    assertTrue(text.contains("\"automatic\":true"));
  }

  @Test
  void money_equality_does_not_depend_on_the_scale_it_was_written_with() {
    assertEquals(Money.of("300", "CAD"), Money.of("300.00", "CAD"));
    assertEquals(Money.of("300.0", "CAD").hashCode(), Money.of("300", "CAD").hashCode());
    assertEquals("300.00", Money.of("3E+2", "CAD").amountText());
    assertEquals("300.00 CAD", Money.of("300", "CAD").toString());
  }

  // ------------------------------------------------------------------ tampering

  private static ObjectNode doc() {
    return RjkitJson.readObject(WRITER.writePretty(story()));
  }

  private static ObjectNode eventOfType(ObjectNode doc, String type) {
    for (JsonNode e : doc.get("events")) {
      if (e.get("type").asText().equals(type)) {
        return (ObjectNode) e;
      }
    }
    throw new AssertionError(type);
  }

  private static InvalidInputException refused(ObjectNode doc) {
    return assertThrows(InvalidInputException.class, () -> READER.read(RjkitJson.write(doc)));
  }

  @Test
  void relaying_a_returned_draft_is_refused_naming_the_event_and_the_rule() {
    ObjectNode d = doc();
    ObjectNode statement = eventOfType(d, "statement-recorded");
    statement.removeAll();
    String id = "E" + (indexOf(d, statement) + 1);
    statement.put("type", "message-relayed").put("eventId", id).put("actor", "programme")
        .put("effective", day(9).toString()).put("entered", day(9).toString())
        .put("messageId", "M2");
    InvalidInputException e = refused(d);
    assertEquals("$.events[" + indexOf(d, statement) + "]", e.errors().get(0).path());
    assertEquals("event " + id + " refused by PROC-MESSAGE-REVIEW", e.errors().get(0).message());
  }

  @Test
  void communication_without_consent_is_refused() {
    ObjectNode d = doc();
    ArrayNode events = (ArrayNode) d.get("events");
    ArrayNode kept = events.arrayNode();
    int removed = 0;
    for (JsonNode e : events) {
      if (e.get("type").asText().equals("consent-given") && removed == 0) {
        removed++;
        continue;
      }
      kept.add(e);
    }
    for (int i = 0; i < kept.size(); i++) {
      ((ObjectNode) kept.get(i)).put("eventId", "E" + (i + 1));
    }
    d.set("events", kept);
    InvalidInputException e = refused(d);
    assertTrue(e.errors().get(0).message().contains("PROC-COMMUNICATION-CONSENT"),
        e.errors().toString());
  }

  @Test
  void stages_going_backwards_are_refused() {
    ObjectNode d = doc();
    eventOfType(d, "stage-entered").put("stage", "PREPARATION");
    assertTrue(refused(d).errors().get(0).message().contains("PROC-STAGE-ORDER"));
  }

  @Test
  void a_fabricated_disclosure_record_is_refused() {
    ObjectNode d = doc();
    ObjectNode disclosure = eventOfType(d, "disclosure-recorded");
    disclosure.put("permission", "PERMITTED");
    InvalidInputException e = refused(d);
    assertEquals(disclosure.get("eventId") == null ? "" : "$.events["
            + indexOf(d, disclosure) + "].ruleId", e.errors().get(0).path());
    ObjectNode other = doc();
    ObjectNode foreign = eventOfType(other, "disclosure-recorded");
    foreign.put("policyId", "nz-pre-sentence-conference");
    assertTrue(refused(other).errors().get(0).message().contains("PROC-DISCLOSURE-RECORDED"));
  }

  private static int indexOf(ObjectNode doc, JsonNode event) {
    int i = 0;
    for (JsonNode e : doc.get("events")) {
      if (e == event) {
        return i;
      }
      i++;
    }
    return -1;
  }

  @Test
  void an_automatic_consequence_is_reproduced_never_duplicated_or_invented() {
    ObjectNode dropped = doc();
    ArrayNode events = (ArrayNode) dropped.get("events");
    ObjectNode flagged = eventOfType(dropped, "withdrawal-flagged");
    flagged.put("automatic", false);
    assertTrue(refused(dropped).errors().get(0).message().contains("PROC-STORED-AUTOMATIC")
        || refused(dropped).errors().get(0).message().contains("refused"));
    assertTrue(events.size() > 0);
  }

  @Test
  void errors_name_their_json_path_and_never_echo_a_value() {
    ObjectNode d = doc();
    ObjectNode submitted = eventOfType(d, "message-submitted");
    submitted.put("channel", "CARRIER_PIGEON_" + LETTER);
    ((ObjectNode) d).put("schemaVersion", "7");
    InvalidInputException e = refused(d);
    assertTrue(e.errors().stream().anyMatch(x -> x.path().equals("$.schemaVersion")));
    assertTrue(e.errors().stream().anyMatch(x -> x.path().endsWith(".channel")));
    assertFalse(e.getMessage().contains(LETTER));
    assertFalse(e.getMessage().contains("CARRIER_PIGEON"));
  }

  @Test
  void an_amount_written_as_a_number_or_in_exponent_form_is_refused() {
    ObjectNode d = doc();
    ObjectNode term = (ObjectNode) eventOfType(d, "agreement-proposed").get("items").get(0)
        .get("term");
    ((ObjectNode) term.get("amount")).put("amount", "3E+2");
    InvalidInputException e = refused(d);
    assertTrue(e.errors().get(0).path().endsWith(".term.amount.amount"), e.errors().toString());
  }

  @Test
  void danger_and_its_cancelled_meetings_round_trip() {
    ProcessCase c = Cases.readyToCommunicate(ProcessType.DIRECT_MEDIATION).recordAll(
        new MeetingScheduled(day(6), new Meeting(day(6), day(20), Channel.FACE_TO_FACE)),
        new SafetyAssessed(day(8), RiskLevel.DANGER));
    assertEquals(c, READER.read(WRITER.writePretty(c)));
  }

  // ------------------------------------------------------------------ property

  @Provide
  Arbitrary<ActionChain<Run>> histories() {
    Arbitrary<org.rjkit.core.screening.ProgrammeId> programmes = Arbitraries.of(
        List.copyOf(PolicyRegistry.builtIn().bindings().keySet()));
    return Arbitraries.oneOf(RandomCases.chains(30, false, programmes),
        RandomCases.chains(30, true, programmes));
  }

  @Property(tries = 150)
  void loading_a_stored_history_gives_the_same_case(@ForAll("histories") ActionChain<Run> chain) {
    ProcessCase c = chain.run().current;
    String stored = WRITER.writePretty(c);
    ProcessCase loaded = READER.read(stored);
    assertEquals(c, loaded);
    assertEquals(stored, WRITER.writePretty(loaded));
    Statistics.label("events").collect(c.history().size() < 10 ? "<10" : "10+");
  }
}
