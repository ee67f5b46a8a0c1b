package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rjkit.process.Cases.OFFENDER;
import static org.rjkit.process.Cases.VICTIM;
import static org.rjkit.process.Cases.day;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.process.confidentiality.ContentRef;
import org.rjkit.process.confidentiality.ExceptionGround;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.Recipient;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.json.ProcessHistoryStorageReader;
import org.rjkit.process.json.ProcessHistoryStorageWriter;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentWithdrawn;
import org.rjkit.process.lifecycle.ProcessEvent.StatementRecorded;
import org.rjkit.process.type.ProcessType;

/**
 * A stored history is trusted only as what it says it is: each way of tampering with its
 * structure is refused with the JSON path of the event and the rule broken, never silently
 * repaired. The document below is a case in communication with a statement, an exception and a
 * withdrawal.
 */
class StoredHistoryTamperingTest {

  /** The one place that reads a stored history (adapt here if the storage API changes). */
  private static ProcessCase read(String json) {
    return ProcessHistoryStorageReader.builtIn().read(json);
  }

  private static String write(ProcessCase c) {
    return new ProcessHistoryStorageWriter().write(c);
  }

  private static ProcessCase story() {
    return Cases.inCommunication(ProcessType.LETTERS).recordAll(
        new StatementRecorded(day(7), OFFENDER, ProcessContent.of("I took the television")),
        Cases.exception(day(8), ExceptionGround.IMMINENT_HARM, RecipientKind.POLICE,
            ContentRef.statement("S1")),
        new ConsentWithdrawn(day(9), VICTIM, day(8)));
  }

  private static ObjectNode doc() {
    return RjkitJson.readObject(write(story()));
  }

  private static ObjectNode event(ObjectNode doc, int index) {
    return (ObjectNode) doc.get("events").get(index);
  }

  private static int indexOf(ObjectNode doc, String type) {
    ArrayNode events = (ArrayNode) doc.get("events");
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).get("type").asText().equals(type)) {
        return i;
      }
    }
    throw new AssertionError(type);
  }

  /** The first error of a tampered document: its path, then its message. */
  private static String firstError(Consumer<ObjectNode> tamper) {
    return firstError(doc(), tamper);
  }

  private static String firstError(ObjectNode d, Consumer<ObjectNode> tamper) {
    tamper.accept(d);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> read(RjkitJson.write(d)));
    return e.errors().get(0).path() + " " + e.errors().get(0).message();
  }

  private static void renumber(ArrayNode events) {
    for (int i = 0; i < events.size(); i++) {
      ((ObjectNode) events.get(i)).put("eventId", "E" + (i + 1));
    }
  }

  @Test
  void the_untampered_document_loads_back_equal() {
    assertEquals(story(), read(write(story())));
  }

  @Test
  void a_history_has_events_and_the_schema_version_it_was_written_with() {
    assertEquals("$.events must list at least the opening of the case",
        firstError(d -> d.set("events", d.arrayNode())));
    assertEquals("$.schemaVersion must be the string \"1\"",
        firstError(d -> d.put("schemaVersion", "2")));
  }

  @Test
  void a_history_opens_the_case_first_and_once() {
    assertEquals("$.events[0].type must be case-opened", firstError(d -> {
      ArrayNode events = (ArrayNode) d.get("events");
      events.remove(0);
      renumber(events);
    }));
    assertEquals("$.events[1].type a case is opened once, by event E1", firstError(d -> {
      ArrayNode events = (ArrayNode) d.get("events");
      events.set(1, events.get(0).deepCopy());
      renumber(events);
    }));
  }

  @Test
  void the_opening_names_the_case_and_programme_of_the_document() {
    String mismatch = "$.events[0] event E1 must open the case and programme the document names";
    assertEquals(mismatch, firstError(d -> event(d, 0).put("caseId", "RO-2026-9999")));
    assertEquals(mismatch, firstError(d -> event(d, 0).put("caseId", d.get("caseId").asText())
        .put("programme", "uk-england-wales")));
    // Each repeated part counts on its own: a programme repeated without the case id too.
    assertEquals(mismatch, firstError(d -> {
      event(d, 0).remove("caseId");
      event(d, 0).put("programme", "uk-england-wales");
    }));
    ObjectNode d = doc();
    event(d, 0).remove("caseId");
    event(d, 0).remove("programme");
    assertEquals(story(), read(RjkitJson.write(d)), "an opening need not repeat them");
  }

  @Test
  void every_event_has_a_known_type_and_the_id_of_its_position() {
    assertEquals("$.events[1].type is not a process event type",
        firstError(d -> event(d, 1).put("type", "case-sold")));
    assertEquals("$.events[1].eventId must be E2, the event's position",
        firstError(d -> event(d, 1).put("eventId", "E7")));
    assertEquals("$.events[1].eventId must be E followed by the event's position",
        firstError(d -> event(d, 1).put("eventId", "second")));
  }

  @Test
  void only_a_withdrawal_takes_effect_on_another_day_than_it_is_entered_and_never_later() {
    assertEquals("$.events[1].effective must equal entered for this event type",
        firstError(d -> event(d, 1).put("effective", day(0).toString())));
    String at = "$.events[" + indexOf(doc(), "consent-withdrawn") + "].effective";
    assertEquals(at + " must not be after entered", firstError(d ->
        event(d, indexOf(d, "consent-withdrawn")).put("effective", day(10).toString())));
  }

  @Test
  void the_actor_is_the_one_the_event_names() {
    int statement = indexOf(doc(), "statement-recorded");
    assertEquals("$.events[" + statement + "].actor does not match the event (rule "
        + "PROC-STORED-STRUCTURE)", firstError(d -> event(d, statement).put("actor", "V1")));
  }

  @Test
  void an_event_marked_automatic_needs_a_recorded_event_leading_to_it() {
    int statement = indexOf(doc(), "statement-recorded");
    assertEquals("$.events[" + statement + "] event E" + (statement + 1) + " is marked automatic"
        + " but no recorded event leads to it (rule PROC-STORED-AUTOMATIC)",
        firstError(d -> event(d, statement).put("automatic", true)));
  }

  @Test
  void an_event_that_does_not_fit_the_case_is_refused_as_structure_not_as_a_guard() {
    int statement = indexOf(doc(), "statement-recorded");
    assertEquals("$.events[" + statement + "] event E" + (statement + 1)
        + " does not fit the case (rule PROC-STORED-STRUCTURE)",
        firstError(d -> event(d, statement).put("author", "X9")));
    assertEquals("$.events[" + statement + "] event E" + (statement + 1)
        + " refused by PROC-STAGE-ORDER",
        firstError(d -> {
          ObjectNode e = event(d, statement);
          e.removeAll();
          e.put("type", "stage-entered").put("eventId", "E" + (statement + 1))
              .put("actor", "programme").put("effective", day(7).toString())
              .put("entered", day(7).toString()).put("stage", "INTAKE");
        }));
  }

  @Test
  void a_tampered_document_never_echoes_what_was_said() {
    ObjectNode d = doc();
    event(d, indexOf(d, "statement-recorded")).put("actor", "V1");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> read(RjkitJson.write(d)));
    assertFalse(e.getMessage().contains("television"));
    JsonNode statement = d.get("events").get(indexOf(d, "statement-recorded"));
    assertEquals("I took the television", statement.get("content").asText(),
        "the stored document itself holds the statement");
  }

  // ------------------------------------------------------------------ fields

  private static final String IDENTIFIER = "must be an identifier: 1 to 64 letters, digits or"
      + " . _ : / - starting with a letter or digit";

  @Test
  void a_recipient_is_a_kind_with_an_id_exactly_for_a_participant() {
    assertEquals(Recipient.of(RecipientKind.PAROLE_BOARD),
        ProcessHistoryStorageReader.recipient("PAROLE_BOARD", "--recipient"));
    assertEquals(Recipient.participant(VICTIM),
        ProcessHistoryStorageReader.recipient("PARTICIPANT:V1", "--recipient"));
    assertEquals("--recipient must be a recipient kind (", recipientError("JUDGE")
        .substring(0, "--recipient must be a recipient kind (".length()));
    String idRule = "--recipient names a participant id exactly when the kind is PARTICIPANT";
    assertEquals(idRule, recipientError("PARTICIPANT"));
    assertEquals(idRule, recipientError("POLICE:V1"));
    assertEquals("--recipient " + IDENTIFIER, recipientError("PARTICIPANT:"));
    assertEquals("--recipient " + IDENTIFIER, recipientError("PARTICIPANT:V 1"));
  }

  private static String recipientError(String text) {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ProcessHistoryStorageReader.recipient(text, "--recipient"));
    return e.errors().get(0).path() + " " + e.errors().get(0).message();
  }

  @Test
  void an_exception_names_its_items_as_kind_and_id() {
    int x = indexOf(doc(), "exception-established");
    String at = "$.events[" + x + "].items[0] must be KIND:id with KIND one of ";
    for (String bad : new String[] {"S1", "CHAT:S1", "STATEMENT:", "STATEMENT:S 1"}) {
      String error = firstError(d -> ((ArrayNode) event(d, x).get("items")).set(0, bad));
      assertEquals(at, error.substring(0, Math.min(error.length(), at.length())), bad);
    }
    ObjectNode d = doc();
    ((ArrayNode) event(d, x).get("items")).set(0, "STATEMENT:S1");
    assertEquals(story(), read(RjkitJson.write(d)));
  }

  /** The stored story of the storage test: money, a disclosure and a late withdrawal. */
  private static ObjectNode richDoc() {
    return RjkitJson.readObject(write(ProcessHistoryStorageTest.story()));
  }

  private static ObjectNode amountOf(ObjectNode d) {
    return (ObjectNode) event(d, indexOf(d, "agreement-proposed")).get("items").get(0)
        .get("term").get("amount");
  }

  @Test
  void money_is_an_exact_amount_in_a_known_currency_with_its_decimals() {
    String at = "$.events[" + indexOf(richDoc(), "agreement-proposed")
        + "].items[0].term.amount.";
    assertEquals(at + "currency must be an ISO 4217 currency code",
        firstError(richDoc(), d -> amountOf(d).put("currency", "cad")));
    assertEquals(at + "currency is not an ISO 4217 currency code",
        firstError(richDoc(), d -> amountOf(d).put("currency", "QQQ")));
    assertEquals(at + "amount must be an exact decimal string such as \"300.00\"",
        firstError(richDoc(), d -> amountOf(d).put("amount", "three hundred")));
    assertEquals(at + "amount breaks a rule of the event (its dates, ids or amounts do not fit"
        + " together)", firstError(richDoc(), d -> amountOf(d).put("amount", "300.001")));
  }

  @Test
  void a_recorded_disclosure_names_a_known_policy_and_a_decision_it_can_give() {
    int x = indexOf(richDoc(), "disclosure-recorded");
    assertEquals("$.events[" + x + "].policyId is not the id of a known disclosure policy",
        firstError(richDoc(), d -> event(d, x).put("policyId", "no-such-policy")));
    assertEquals("$.events[" + x + "].ruleId is not a decision the policy can give for this"
        + " request (rule PROC-DISCLOSURE-RECORDED)",
        firstError(richDoc(), d -> event(d, x).put("ruleId", "CSC-NO-SUCH-RULE")));
  }

  @Test
  void a_flagged_withdrawal_names_events_by_their_ids() {
    int x = indexOf(richDoc(), "withdrawal-flagged");
    assertEquals("$.events[" + x + "].flagged[0] must be an event id",
        firstError(richDoc(), d -> ((ArrayNode) event(d, x).get("flagged")).set(0, "first")));
  }

  @Test
  void an_event_has_only_the_fields_of_its_type() {
    int x = indexOf(doc(), "statement-recorded");
    String error = firstError(d -> event(d, x).put("mood", "calm"));
    assertEquals("$.events[" + x + "].mood is not a field of ",
        error.substring(0, ("$.events[" + x + "].mood is not a field of ").length()));
  }
}
