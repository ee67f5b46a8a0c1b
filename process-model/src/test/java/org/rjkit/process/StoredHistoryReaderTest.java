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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.core.participant.Role;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.eligibility.Outcome;
import org.rjkit.process.agreement.AgreementItem;
import org.rjkit.process.agreement.AgreementItemId;
import org.rjkit.process.agreement.AgreementTerm;
import org.rjkit.process.agreement.Instalment;
import org.rjkit.process.agreement.ItemKind;
import org.rjkit.process.agreement.ItemStatus;
import org.rjkit.process.agreement.Money;
import org.rjkit.process.agreement.PaymentSchedule;
import org.rjkit.process.confidentiality.ContentRef;
import org.rjkit.process.confidentiality.DisclosureDecision;
import org.rjkit.process.confidentiality.DisclosurePolicies;
import org.rjkit.process.confidentiality.DisclosurePolicy;
import org.rjkit.process.confidentiality.DisclosureRequest;
import org.rjkit.process.confidentiality.ExceptionGround;
import org.rjkit.process.confidentiality.InformationClass;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.Purpose;
import org.rjkit.process.confidentiality.Recipient;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.disclosure.Disclosures;
import org.rjkit.process.json.ProcessHistoryStorageReader;
import org.rjkit.process.json.ProcessHistoryStorageWriter;
import org.rjkit.process.lifecycle.ClosureReason;
import org.rjkit.process.lifecycle.Enrolment;
import org.rjkit.process.lifecycle.EventKind;
import org.rjkit.process.lifecycle.Meeting;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementAssented;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementProposed;
import org.rjkit.process.lifecycle.ProcessEvent.CaseClosed;
import org.rjkit.process.lifecycle.ProcessEvent.CaseReopened;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentGiven;
import org.rjkit.process.lifecycle.ProcessEvent.ConsentWithdrawn;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureAgreed;
import org.rjkit.process.lifecycle.ProcessEvent.DisclosureAgreementRevoked;
import org.rjkit.process.lifecycle.ProcessEvent.EligibilityRecorded;
import org.rjkit.process.lifecycle.ProcessEvent.ExceptionRevoked;
import org.rjkit.process.lifecycle.ProcessEvent.ItemFollowedUp;
import org.rjkit.process.lifecycle.ProcessEvent.MeetingCancelled;
import org.rjkit.process.lifecycle.ProcessEvent.MeetingScheduled;
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
 * What the system of record's reader accepts and refuses, over stored histories that hold every
 * kind of event and every kind of agreement term: each object in the document has only the fields
 * its contract names; automatic consequences are stored exactly as the guards produce them; a
 * recorded disclosure is the decision the case's own policy gives at that point; the document is
 * the same whichever way its text is handed over.
 */
class StoredHistoryReaderTest {

  private static final ProcessHistoryStorageReader READER = ProcessHistoryStorageReader.builtIn();
  private static final ProcessHistoryStorageWriter WRITER = new ProcessHistoryStorageWriter();

  /**
   * A CSC case that goes everywhere but a withdrawal: a manual review, a supporter enrolled, a
   * meeting scheduled and cancelled, a change of process type, a statement, an agreement to
   * disclose given and revoked, an exception established and revoked, an agreement with every
   * kind of term, its follow-up and the closure.
   */
  static ProcessCase everyStep() {
    AgreementItemId i1 = AgreementItemId.of("I1");
    AgreementItemId i2 = AgreementItemId.of("I2");
    AgreementItemId i3 = AgreementItemId.of("I3");
    AgreementItemId i4 = AgreementItemId.of("I4");
    AgreementItemId i5 = AgreementItemId.of("I5");
    AgreementItemId i6 = AgreementItemId.of("I6");
    List<AgreementItem> items = List.of(
        new AgreementItem(i1, new AgreementTerm.Apology(ProcessContent.of("in writing")),
            List.of(OFFENDER, VICTIM)),
        new AgreementItem(i2, new AgreementTerm.FinancialCompensation(Money.of("150", "CAD"),
            new PaymentSchedule(List.of(new Instalment(day(40), Money.of("50", "CAD")),
                new Instalment(day(70), Money.of("100.00", "CAD")))),
            ProcessContent.of("the broken window")), List.of(OFFENDER, VICTIM)),
        new AgreementItem(i3, new AgreementTerm.Donation(Money.of("25.50", "CAD"),
            ProcessContent.of("the food bank")), List.of(OFFENDER)),
        new AgreementItem(i4, new AgreementTerm.CommunityService(12,
            ProcessContent.of("the community garden")), List.of(OFFENDER)),
        new AgreementItem(i5, new AgreementTerm.Repair(ProcessContent.of("the fence")),
            List.of(OFFENDER, VICTIM)),
        new AgreementItem(i6, new AgreementTerm.Other(ProcessContent.of("a visit")),
            List.of(OFFENDER, VICTIM)));
    ProcessCase c = Cases.victimsRequest(ProcessType.DIRECT_MEDIATION).recordAll(
        new StageEntered(day(1), ProcessStage.INTAKE),
        new EligibilityRecorded(day(1), Cases.screening(Outcome.MANUAL_REVIEW)),
        new ReviewRecorded(day(1), ReviewOutcome.ACCEPTED),
        new StageEntered(day(2), ProcessStage.ASSESSMENT),
        new StageEntered(day(3), ProcessStage.PREPARATION),
        new ParticipantEnrolled(day(3),
            Enrolment.of(VICTIMS_MOTHER, Role.VICTIM_FAMILY_MEMBER)),
        new ConsentGiven(day(4), VICTIM, true, ConsentForm.WRITTEN),
        new ConsentGiven(day(4), OFFENDER, true, ConsentForm.WRITTEN),
        new ConsentGiven(day(4), VICTIMS_MOTHER, true, ConsentForm.WRITTEN),
        new SafetyAssessed(day(5), RiskLevel.LOW),
        new MeetingScheduled(day(5), new Meeting(day(5), day(20), Channel.FACE_TO_FACE)),
        new MeetingCancelled(day(5), 1),
        new ProcessTypeChanged(day(5), ProcessType.CONFERENCING),
        new StageEntered(day(6), ProcessStage.COMMUNICATION),
        new StatementRecorded(day(6), OFFENDER, ProcessContent.of("I was angry that night")),
        new DisclosureAgreed(day(7), OFFENDER, RecipientKind.POLICE),
        new DisclosureAgreementRevoked(day(7), OFFENDER, RecipientKind.POLICE),
        Cases.exception(day(7), ExceptionGround.IMMINENT_HARM, RecipientKind.POLICE,
            ContentRef.statement("S1")),
        new ExceptionRevoked(day(8), MEDIATOR, ExceptionGround.IMMINENT_HARM,
            RecipientKind.POLICE),
        new StageEntered(day(9), ProcessStage.AGREEMENT),
        new AgreementProposed(day(9), items));
    for (AgreementItem item : items) {
      for (var party : item.concerned()) {
        c = c.record(new AgreementAssented(day(9), item.id(), party));
      }
    }
    c = c.record(new StageEntered(day(10), ProcessStage.FOLLOW_UP));
    for (AgreementItem item : items) {
      c = c.record(new ItemFollowedUp(day(11), item.id(), ItemStatus.COMPLETED));
    }
    return c.record(new CaseClosed(day(12), ClosureReason.COMPLETED));
  }

  /** A victim withdraws in preparation, the case closes, she consents again and it reopens. */
  static ProcessCase withdrawnAndReopened() {
    return Cases.readyToCommunicate(ProcessType.LETTERS).recordAll(
        new ConsentWithdrawn(day(6), VICTIM),
        new ConsentGiven(day(8), VICTIM, true, ConsentForm.WRITTEN),
        new CaseReopened(day(8)));
  }

  /** The stored histories of this test and of the storage test, by name. */
  private static Map<String, String> stored() {
    Map<String, String> docs = new LinkedHashMap<>();
    docs.put("every step", WRITER.write(everyStep()));
    docs.put("withdrawn and reopened", WRITER.write(withdrawnAndReopened()));
    docs.put("storage story", WRITER.write(ProcessHistoryStorageTest.story()));
    return docs;
  }

  @Test
  void the_stories_hold_every_kind_of_event_and_of_agreement_term() {
    Set<String> types = new TreeSet<>();
    Set<String> terms = new TreeSet<>();
    for (String doc : stored().values()) {
      for (JsonNode e : RjkitJson.readObject(doc).get("events")) {
        types.add(e.get("type").asText());
        if (e.has("items") && e.get("items").isArray()) {
          for (JsonNode item : e.get("items")) {
            if (item.has("term")) {
              terms.add(item.get("term").get("kind").asText());
            }
          }
        }
      }
    }
    Set<String> allTypes = new TreeSet<>();
    for (EventKind k : EventKind.values()) {
      allTypes.add(k.typeName());
    }
    Set<String> allTerms = new TreeSet<>();
    for (ItemKind k : ItemKind.values()) {
      allTerms.add(k.name());
    }
    assertEquals(allTypes, types);
    assertEquals(allTerms, terms);
  }

  @Test
  void every_story_loads_back_equal_from_text_characters_bytes_and_a_parsed_tree() {
    for (ProcessCase c : List.of(everyStep(), withdrawnAndReopened(),
        ProcessHistoryStorageTest.story())) {
      String doc = WRITER.writePretty(c);
      assertEquals(c, READER.read(doc));
      assertEquals(c, READER.read(new StringReader(doc)));
      assertEquals(c, READER.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))));
      assertEquals(c, READER.read(RjkitJson.readObject(doc)));
      assertEquals(doc, WRITER.writePretty(READER.read(doc)));
    }
    assertEquals(ProcessStage.CLOSED, everyStep().stage());
    assertEquals(ProcessStage.PREPARATION, withdrawnAndReopened().stage());
  }

  @Test
  void a_document_that_is_not_an_object_is_refused_at_its_root() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> READER.read(RjkitJson.readObject("{\"a\":[]}").get("a")));
    assertEquals("$", e.errors().get(0).path());
    assertEquals(1, e.errors().size());
  }

  /** Every object node of a document, by its JSON path as the reader writes paths. */
  private static void objects(JsonNode node, String path, Map<String, ObjectNode> out) {
    if (node instanceof ObjectNode o) {
      out.put(path, o);
      Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        objects(f.getValue(), path + "." + f.getKey(), out);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        objects(a.get(i), path + "[" + i + "]", out);
      }
    }
  }

  @Test
  void every_object_of_a_stored_history_refuses_a_field_its_contract_does_not_name() {
    int checked = 0;
    for (Map.Entry<String, String> doc : stored().entrySet()) {
      Map<String, ObjectNode> paths = new LinkedHashMap<>();
      objects(RjkitJson.readObject(doc.getValue()), "$", paths);
      for (String path : paths.keySet()) {
        ObjectNode copy = RjkitJson.readObject(doc.getValue());
        Map<String, ObjectNode> inCopy = new LinkedHashMap<>();
        objects(copy, "$", inCopy);
        inCopy.get(path).put("surplus", "x");
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> READER.read(RjkitJson.write(copy)), doc.getKey() + " " + path);
        assertEquals(path + ".surplus", e.errors().get(0).path(), doc.getKey() + " " + path);
        assertTrue(e.errors().get(0).message().startsWith("is not a field of "),
            e.errors().get(0).message());
        assertEquals(1, e.errors().size(), doc.getKey() + " " + path + ": " + e.errors());
        checked++;
      }
    }
    assertTrue(checked > 100, "objects checked: " + checked);
  }

  // ------------------------------------------------------------ automatic consequences

  private static ObjectNode doc(ProcessCase c) {
    return RjkitJson.readObject(WRITER.write(c));
  }

  private static ArrayNode events(ObjectNode d) {
    return (ArrayNode) d.get("events");
  }

  /** The index of the first event marked automatic. */
  private static int firstAutomatic(ObjectNode d) {
    for (int i = 0; i < events(d).size(); i++) {
      if (events(d).get(i).path("automatic").asBoolean(false)) {
        return i;
      }
    }
    throw new AssertionError("no automatic event");
  }

  private static InvalidInputException refused(ObjectNode d, Consumer<ObjectNode> tamper) {
    tamper.accept(d);
    return assertThrows(InvalidInputException.class, () -> READER.read(RjkitJson.write(d)));
  }

  private static String only(InvalidInputException e) {
    assertEquals(1, e.errors().size(), e.errors().toString());
    return e.errors().get(0).path() + " " + e.errors().get(0).message();
  }

  /** A letter withdrawn from at the end: the closure it causes is the last, automatic event. */
  private static ProcessCase endsInAutomaticClosure() {
    return Cases.readyToCommunicate(ProcessType.LETTERS)
        .record(new ConsentWithdrawn(day(6), VICTIM));
  }

  @Test
  void a_consequence_missing_at_the_end_of_the_document_is_refused_at_the_events() {
    ObjectNode d = doc(endsInAutomaticClosure());
    int auto = firstAutomatic(d);
    assertEquals(events(d).size() - 1, auto, "the closure is the last event");
    assertEquals("$.events event E" + (auto + 1) + " must be the automatic consequence of event E"
        + auto + " (rule PROC-STORED-AUTOMATIC)", only(refused(d, x -> events(x).remove(auto))));
  }

  @Test
  void a_consequence_stored_as_recorded_by_someone_is_refused_at_its_place() {
    ObjectNode d = doc(endsInAutomaticClosure());
    int auto = firstAutomatic(d);
    assertEquals("$.events[" + auto + "] event E" + (auto + 1)
        + " must be the automatic consequence of event E" + auto + " (rule PROC-STORED-AUTOMATIC)",
        only(refused(d, x -> ((ObjectNode) events(x).get(auto)).remove("automatic"))));
  }

  @Test
  void a_consequence_stored_other_than_the_guards_produce_it_is_refused() {
    ObjectNode d = doc(endsInAutomaticClosure());
    int auto = firstAutomatic(d);
    assertEquals("case-closed", events(d).get(auto).get("type").asText());
    assertEquals("$.events[" + auto + "] event E" + (auto + 1)
        + " must be the automatic consequence of event E" + auto + " (rule PROC-STORED-AUTOMATIC)",
        only(refused(d, x -> ((ObjectNode) events(x).get(auto)).put("reason", "COMPLETED"))));
  }

  @Test
  void a_late_withdrawal_stores_its_flag_and_is_refused_flagging_someone_else() {
    ObjectNode d = doc(ProcessHistoryStorageTest.story());
    int auto = firstAutomatic(d);
    assertEquals("withdrawal-flagged", events(d).get(auto).get("type").asText());
    ArrayNode flagged = (ArrayNode) events(d).get(auto).get("flagged");
    assertFalse(flagged.isEmpty());
    assertEquals("$.events[" + auto + "] event E" + (auto + 1)
        + " must be the automatic consequence of event E" + auto + " (rule PROC-STORED-AUTOMATIC)",
        only(refused(d, x -> ((ObjectNode) events(x).get(auto)).put("participant",
            VICTIM.value()))));
  }

  // ------------------------------------------------------------ actors

  @Test
  void the_opening_is_the_programmes_act_and_names_it_as_its_actor() {
    ObjectNode d = doc(Cases.victimsRequest(ProcessType.LETTERS));
    assertEquals("programme", events(d).get(0).get("actor").asText());
    assertEquals("$.events[0].actor does not match the event (rule PROC-STORED-STRUCTURE)",
        only(refused(d, x -> ((ObjectNode) events(x).get(0)).put("actor", VICTIM.value()))));
  }

  // ------------------------------------------------------------ recorded disclosures

  /** A case in communication with a statement, disclosed to the police for safety. */
  private static ProcessCase disclosedToThePolice() {
    ProcessCase c = Cases.inCommunication(ProcessType.LETTERS).record(
        new StatementRecorded(day(7), OFFENDER, ProcessContent.of("I took the television")));
    return Disclosures.disclose(c, DisclosurePolicies.cscRestorativeOpportunities(),
        Recipient.of(RecipientKind.POLICE), Purpose.SAFETY, day(8)).recorded();
  }

  @Test
  void a_recorded_disclosure_must_be_the_decision_the_policy_gives_at_that_point() {
    ObjectNode d = doc(disclosedToThePolice());
    DisclosurePolicy csc = DisclosurePolicies.cscRestorativeOpportunities();
    int replaced = 0;
    for (int i = 0; i < events(d).size(); i++) {
      JsonNode e = events(d).get(i);
      if (!e.get("type").asText().equals("disclosure-recorded")) {
        continue;
      }
      DisclosureRequest request = new DisclosureRequest(
          InformationClass.valueOf(e.get("information").asText()),
          Recipient.of(RecipientKind.POLICE), Purpose.SAFETY);
      List<DisclosureDecision> others = new ArrayList<>();
      for (DisclosureDecision x : csc.decisionsFor(request)) {
        if (!(x.ruleId().equals(e.get("ruleId").asText())
            && x.permission().name().equals(e.get("permission").asText()))) {
          others.add(x);
        }
      }
      for (DisclosureDecision other : others) {
        int at = i;
        ObjectNode copy = doc(disclosedToThePolice());
        ObjectNode event = (ObjectNode) events(copy).get(at);
        event.put("permission", other.permission().name()).put("ruleId", other.ruleId());
        event.remove("exception");
        other.exception().ifPresent(g -> event.put("exception", g.name()));
        assertEquals("$.events[" + at + "] event E" + (at + 1)
            + " is not the decision of the case's policy (rule PROC-DISCLOSURE-RECORDED)",
            only(assertThrows(InvalidInputException.class,
                () -> READER.read(RjkitJson.write(copy)))), other.toString());
        replaced++;
      }
    }
    assertTrue(replaced >= 2, "decisions substituted: " + replaced);
  }

  @Test
  void a_disclosure_made_under_an_exception_that_was_never_established_is_refused() {
    ObjectNode d = doc(disclosedToThePolice());
    DisclosurePolicy csc = DisclosurePolicies.cscRestorativeOpportunities();
    DisclosureRequest content = new DisclosureRequest(InformationClass.PROCESS_CONTENT,
        Recipient.of(RecipientKind.POLICE), Purpose.SAFETY);
    DisclosureDecision underException = csc.decisionsFor(content).stream()
        .filter(x -> x.exception().equals(java.util.Optional.of(ExceptionGround.IMMINENT_HARM)))
        .findFirst().orElseThrow();
    int at = -1;
    for (int i = 0; i < events(d).size(); i++) {
      JsonNode e = events(d).get(i);
      if (e.get("type").asText().equals("disclosure-recorded")
          && e.get("information").asText().equals("PROCESS_CONTENT")) {
        at = i;
      }
    }
    int index = at;
    assertEquals("$.events[" + index + "] event E" + (index + 1)
        + " is not the decision of the case's policy (rule PROC-DISCLOSURE-RECORDED)",
        only(refused(d, x -> ((ObjectNode) events(x).get(index))
            .put("permission", underException.permission().name())
            .put("ruleId", underException.ruleId())
            .put("exception", ExceptionGround.IMMINENT_HARM.name()))));
  }

  // ------------------------------------------------------------ one error per problem

  @Test
  void an_agreement_whose_only_item_is_malformed_gets_that_one_error() {
    ObjectNode d = doc(everyStep());
    int proposal = -1;
    for (int i = 0; i < events(d).size(); i++) {
      if (events(d).get(i).get("type").asText().equals("agreement-proposed")) {
        proposal = i;
      }
    }
    int at = proposal;
    String error = only(refused(d, x -> {
      ArrayNode items = (ArrayNode) events(x).get(at).get("items");
      while (items.size() > 1) {
        items.remove(1);
      }
      ((ObjectNode) items.get(0)).put("itemId", "I 1");
    }));
    assertTrue(error.startsWith("$.events[" + at + "].items[0].itemId "), error);
  }
}
