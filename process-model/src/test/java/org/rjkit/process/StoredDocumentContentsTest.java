package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rjkit.process.Cases.OFFENDER;
import static org.rjkit.process.Cases.VICTIM;
import static org.rjkit.process.Cases.day;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.process.agreement.AgreementItem;
import org.rjkit.process.agreement.AgreementItemId;
import org.rjkit.process.agreement.AgreementTerm;
import org.rjkit.process.agreement.Instalment;
import org.rjkit.process.agreement.Money;
import org.rjkit.process.agreement.PaymentSchedule;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.confidentiality.ContentRef;
import org.rjkit.process.confidentiality.DisclosurePolicies;
import org.rjkit.process.confidentiality.ExceptionGround;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.Purpose;
import org.rjkit.process.confidentiality.Recipient;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.disclosure.Disclosures;
import org.rjkit.process.json.ProcessHistoryStorageReader;
import org.rjkit.process.json.ProcessHistoryStorageWriter;
import org.rjkit.process.lifecycle.Meeting;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent.AgreementProposed;
import org.rjkit.process.lifecycle.ProcessEvent.MeetingScheduled;
import org.rjkit.process.lifecycle.ProcessEvent.MessageRelayed;
import org.rjkit.process.lifecycle.ProcessEvent.MessageSubmitted;
import org.rjkit.process.lifecycle.ProcessEvent.StageEntered;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.type.Channel;
import org.rjkit.process.type.ProcessType;

/**
 * What the system of record keeps, member by member, of the events the other storage tests leave
 * aside: who a meeting is for, the ground under which content was disclosed, and every kind of
 * agreement term; and each loads back as the same case.
 */
class StoredDocumentContentsTest {

  private static final ProcessHistoryStorageWriter WRITER = new ProcessHistoryStorageWriter();
  private static final ProcessHistoryStorageReader READER = ProcessHistoryStorageReader.builtIn();

  private static JsonNode eventOfType(ProcessCase c, String type, int which) {
    int seen = 0;
    for (JsonNode e : RjkitJson.readObject(WRITER.write(c)).get("events")) {
      if (e.get("type").asText().equals(type) && seen++ == which) {
        return e;
      }
    }
    throw new AssertionError("no " + type + " number " + which);
  }

  @Test
  void a_meeting_is_stored_with_the_participants_who_will_attend() {
    ProcessCase c = Cases.readyToCommunicate(ProcessType.DIRECT_MEDIATION).record(
        new MeetingScheduled(day(6), new Meeting(day(6), day(20), Channel.FACE_TO_FACE,
            List.of(VICTIM, OFFENDER))));
    JsonNode meeting = eventOfType(c, "meeting-scheduled", 0);
    assertEquals(RjkitJson.readObject("""
        {"type": "meeting-scheduled", "eventId": "E9", "actor": "programme",
         "effective": "2026-01-11", "entered": "2026-01-11", "meetingOn": "2026-01-25",
         "channel": "FACE_TO_FACE", "attendees": ["V1", "O1"]}
        """), meeting);
    assertEquals(c, READER.read(WRITER.write(c)));
  }

  @Test
  void a_disclosure_under_an_exception_is_stored_with_the_ground_that_permitted_it() {
    MessageId m1 = MessageId.of("M1");
    ProcessCase c = Cases.inCommunication(ProcessType.INDIRECT_MEDIATION).recordAll(
        new MessageSubmitted(day(7), m1, VICTIM, OFFENDER, Channel.LETTER,
            ProcessContent.of("He said he would come back.")),
        new MessageRelayed(day(8), m1),
        Cases.exception(day(9), ExceptionGround.IMMINENT_HARM, RecipientKind.POLICE,
            ContentRef.message("M1")));
    ProcessCase recorded = Disclosures.disclose(c, DisclosurePolicies.cscRestorativeOpportunities(),
        Recipient.of(RecipientKind.POLICE), Purpose.SAFETY, day(10)).recorded();
    for (int i = 0; i < 2; i++) {
      JsonNode d = eventOfType(recorded, "disclosure-recorded", i);
      assertEquals("CSC-CONF-EXCEPTION-IMMINENT-HARM", d.get("ruleId").asText());
      assertEquals("PERMITTED", d.get("permission").asText());
      assertEquals("IMMINENT_HARM", d.get("exception").asText(), d.toString());
    }
    assertEquals("PROCESS_CONTENT",
        eventOfType(recorded, "disclosure-recorded", 1).get("information").asText());
    assertEquals(recorded, READER.read(WRITER.write(recorded)));
    assertEquals(recorded.disclosures(), READER.read(WRITER.write(recorded)).disclosures());
  }

  private static final Map<String, AgreementTerm> TERMS = Map.of(
      "APOLOGY", new AgreementTerm.Apology(ProcessContent.of("in person")),
      "FINANCIAL_COMPENSATION", new AgreementTerm.FinancialCompensation(Money.of("90", "CAD"),
          new PaymentSchedule(List.of(new Instalment(day(30), Money.of("90", "CAD")))),
          ProcessContent.of("the bicycle")),
      "DONATION", new AgreementTerm.Donation(Money.of("40", "CAD"),
          ProcessContent.of("the shelter")),
      "COMMUNITY_SERVICE", new AgreementTerm.CommunityService(20,
          ProcessContent.of("the library")),
      "REPAIR", new AgreementTerm.Repair(ProcessContent.of("the mailbox")),
      "OTHER", new AgreementTerm.Other(ProcessContent.of("a walk together")));

  @ParameterizedTest(name = "a {0} term is stored as {1}")
  @CsvSource(delimiter = '|', textBlock = """
      APOLOGY                | {"kind": "APOLOGY", "form": "in person"}
      FINANCIAL_COMPENSATION | {"kind": "FINANCIAL_COMPENSATION", "amount": {"amount": "90.00", "currency": "CAD"}, "schedule": [{"due": "2026-02-04", "amount": {"amount": "90.00", "currency": "CAD"}}], "purpose": "the bicycle"}
      DONATION               | {"kind": "DONATION", "amount": {"amount": "40.00", "currency": "CAD"}, "organisation": "the shelter"}
      COMMUNITY_SERVICE      | {"kind": "COMMUNITY_SERVICE", "hours": 20, "description": "the library"}
      REPAIR                 | {"kind": "REPAIR", "description": "the mailbox"}
      OTHER                  | {"kind": "OTHER", "description": "a walk together"}
      """)
  void every_kind_of_agreement_term_is_stored_in_full_and_loads_back(String kind,
      String stored) {
    ProcessCase c = Cases.inCommunication(ProcessType.COMMUNITY_REPARATION).recordAll(
        new StageEntered(day(8), ProcessStage.AGREEMENT),
        new AgreementProposed(day(9), List.of(new AgreementItem(AgreementItemId.of("I1"),
            TERMS.get(kind), List.of(OFFENDER)))));
    JsonNode item = eventOfType(c, "agreement-proposed", 0).get("items").get(0);
    assertEquals(RjkitJson.readObject(stored), item.get("term"));
    assertEquals(c, READER.read(WRITER.write(c)));
  }
}
