package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.process.Cases.OFFENDER;
import static org.rjkit.process.Cases.VICTIM;
import static org.rjkit.process.Cases.day;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.confidentiality.ContentRef;
import org.rjkit.process.confidentiality.DisclosurePolicies;
import org.rjkit.process.confidentiality.DisclosurePolicy;
import org.rjkit.process.confidentiality.ExceptionGround;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.Purpose;
import org.rjkit.process.confidentiality.Recipient;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.disclosure.Disclosure;
import org.rjkit.process.disclosure.Disclosures;
import org.rjkit.process.json.ProcessJson;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent.MessageRelayed;
import org.rjkit.process.lifecycle.ProcessEvent.MessageSubmitted;
import org.rjkit.process.type.Channel;
import org.rjkit.process.type.ProcessType;

/**
 * Exactly what a recipient is sent as JSON: every documented member of a view, its decisions and
 * its capability, and nothing more; the text of a letter only from the authorised writer of a
 * capability that covers it, and otherwise {@code {"redacted":true}}.
 */
class AuthorisedJsonTest {

  private static final DisclosurePolicy CSC = DisclosurePolicies.cscRestorativeOpportunities();
  private static final String LETTER = "Why us?";

  /** The victim wrote one letter to the offender, and the mediator relayed it. */
  private static ProcessCase oneLetter() {
    MessageId m1 = MessageId.of("M1");
    return Cases.inCommunication(ProcessType.INDIRECT_MEDIATION).recordAll(
        new MessageSubmitted(day(7), m1, VICTIM, OFFENDER, Channel.LETTER,
            ProcessContent.of(LETTER)),
        new MessageRelayed(day(8), m1));
  }

  /** The facts and history every recipient who may know the facts in full reads of it. */
  private static final String FACTS_AND_HISTORY = """
      "facts": {"caseId": "RO-2026-0001", "programme": "ca-csc-restorative-opportunities",
        "processType": "INDIRECT_MEDIATION", "stage": "COMMUNICATION", "participants": [
          {"en": "V1 (victim)", "fr": "V1 (victime)"},
          {"en": "O1 (offender)", "fr": "O1 (délinquant)"},
          {"en": "F1 (facilitator)", "fr": "F1 (facilitateur)"}]},
      "history": [
        {"on": "2026-01-05", "description": {
          "en": "case opened at the request of V1 for indirect mediation",
          "fr": "dossier ouvert à la demande de V1 pour médiation indirecte"}},
        {"on": "2026-01-06", "description": {"en": "stage: intake", "fr": "étape : accueil"}},
        {"on": "2026-01-06", "description": {
          "en": "screening under ca-csc-restorative-opportunities: eligible",
          "fr": "présélection selon ca-csc-restorative-opportunities : admissible"}},
        {"on": "2026-01-07", "description": {
          "en": "stage: assessment", "fr": "étape : évaluation"}},
        {"on": "2026-01-08", "description": {
          "en": "stage: preparation", "fr": "étape : préparation"}},
        {"on": "2026-01-09", "description": {"en": "V1 consented (informed, written)",
          "fr": "V1 a consenti (consentement éclairé, écrit)"}},
        {"on": "2026-01-09", "description": {"en": "O1 consented (informed, written)",
          "fr": "O1 a consenti (consentement éclairé, écrit)"}},
        {"on": "2026-01-10", "description": {
          "en": "safety assessed: low risk", "fr": "sécurité évaluée : risque faible"}},
        {"on": "2026-01-11", "description": {
          "en": "stage: communication", "fr": "étape : communication"}},
        {"on": "2026-01-12", "description": {
          "en": "letter M1 given to the facilitator by V1 for O1",
          "fr": "remise au facilitateur : lettre M1, de V1 pour O1"}},
        {"on": "2026-01-13", "description": {"en": "message M1 relayed by the facilitator",
          "fr": "message M1 transmis par le facilitateur"}}],
      """;

  private static final String LETTER_DESCRIPTION = """
      "on": "2026-01-12", "kind": "MESSAGE", "description": {
        "en": "letter M1 from V1 to O1; relayed on January 13, 2026",
        "fr": "lettre M1 de V1 à O1; transmission le 13 janvier 2026"}""";

  private static JsonNode json(String text) {
    return RjkitJson.readObject(text);
  }

  @Test
  void programme_staff_are_sent_every_documented_member_and_the_letter_only_as_redacted() {
    Disclosure d = Disclosures.disclose(oneLetter(), CSC,
        Recipient.of(RecipientKind.PROGRAMME_STAFF), Purpose.CASE_ADMINISTRATION, day(9));
    JsonNode expected = json("""
        {"recipient": "PROGRAMME_STAFF", "purpose": "CASE_ADMINISTRATION",
         "administrative": {"policyId": "ca-csc-restorative-opportunities",
           "request": {"information": "ADMINISTRATIVE", "recipient": "PROGRAMME_STAFF",
             "purpose": "CASE_ADMINISTRATION"},
           "permission": "PERMITTED", "ruleId": "CSC-CONF-STAFF-ADMINISTRATION"},
         "content": {"policyId": "ca-csc-restorative-opportunities",
           "request": {"information": "PROCESS_CONTENT", "recipient": "PROGRAMME_STAFF",
             "purpose": "CASE_ADMINISTRATION"},
           "permission": "REDACTED", "ruleId": "CSC-CONF-STAFF-CONTENT"},
        """ + FACTS_AND_HISTORY + """
         "entries": [{""" + LETTER_DESCRIPTION + """
           }],
         "capability": {"caseId": "RO-2026-0001", "recipient": "PROGRAMME_STAFF",
           "purpose": "CASE_ADMINISTRATION", "on": "2026-01-14", "items": []},
         "empty": false}
        """);
    assertEquals(expected, ProcessJson.redacting().toTree(d.view()));
    assertEquals(expected, ProcessJson.authorised(d.capability()).toTree(d.view()),
        "staff's own capability covers no content: the same document");
  }

  /** The police were warned of an imminent risk of harm that the letter showed. */
  private static Disclosure toThePoliceForSafety() {
    ProcessCase c = oneLetter().record(Cases.exception(day(9), ExceptionGround.IMMINENT_HARM,
        RecipientKind.POLICE, ContentRef.message("M1")));
    return Disclosures.disclose(c, CSC, Recipient.of(RecipientKind.POLICE), Purpose.SAFETY,
        day(10));
  }

  private static String policeView(String letter) {
    return """
        {"recipient": "POLICE", "purpose": "SAFETY",
         "administrative": {"policyId": "ca-csc-restorative-opportunities",
           "request": {"information": "ADMINISTRATIVE", "recipient": "POLICE",
             "purpose": "SAFETY"},
           "permission": "PERMITTED", "ruleId": "CSC-CONF-EXCEPTION-IMMINENT-HARM",
           "exception": "IMMINENT_HARM"},
         "content": {"policyId": "ca-csc-restorative-opportunities",
           "request": {"information": "PROCESS_CONTENT", "recipient": "POLICE",
             "purpose": "SAFETY"},
           "permission": "PERMITTED", "ruleId": "CSC-CONF-EXCEPTION-IMMINENT-HARM",
           "exception": "IMMINENT_HARM"},
        """ + FACTS_AND_HISTORY + """
         "entries": [{""" + LETTER_DESCRIPTION + ", \"content\": " + letter + """
           }],
         "capability": {"caseId": "RO-2026-0001", "recipient": "POLICE",
           "purpose": "SAFETY", "on": "2026-01-15", "items": ["MESSAGE:M1"]},
         "empty": false}
        """;
  }

  @Test
  void the_police_are_sent_the_letter_an_exception_opened_with_the_ground_that_opened_it() {
    Disclosure d = toThePoliceForSafety();
    assertEquals(json(policeView("\"" + LETTER + "\"")),
        ProcessJson.authorised(d.capability()).toTree(d.view()));
  }

  @Test
  void the_redacting_writer_never_writes_the_letter_even_of_a_view_that_shows_it() {
    Disclosure d = toThePoliceForSafety();
    JsonNode tree = ProcessJson.redacting().toTree(d.view());
    assertEquals(json(policeView("{\"redacted\": true}")), tree);
    assertFalse(tree.toString().contains(LETTER));
  }

  @Test
  void a_pretty_document_is_the_same_document_indented_by_two_spaces() {
    Disclosure d = toThePoliceForSafety();
    ProcessJson writer = ProcessJson.authorised(d.capability());
    String pretty = writer.writePretty(d.view());
    assertEquals(json(writer.write(d.view())), json(pretty));
    assertTrue(pretty.startsWith("{\n  \"recipient\": \"POLICE\",\n"), pretty);
    Disclosure mediator = Disclosures.disclose(oneLetter(), CSC,
        Recipient.of(RecipientKind.FACILITATOR), Purpose.CONDUCT_OF_PROCESS, day(9));
    ProcessCase c = oneLetter();
    Disclosure forTheCase = Disclosures.disclose(c, CSC, Recipient.of(RecipientKind.FACILITATOR),
        Purpose.CONDUCT_OF_PROCESS, day(9));
    ProcessJson caseWriter = ProcessJson.authorised(forTheCase.capability());
    String prettyCase = caseWriter.writePretty(c);
    assertEquals(json(caseWriter.write(c)), json(prettyCase));
    assertTrue(prettyCase.startsWith("{\n  \"caseId\": \"RO-2026-0001\",\n"), prettyCase);
    assertTrue(prettyCase.contains(LETTER), "the mediator's capability covers the letter");
    assertFalse(ProcessJson.authorised(mediator.capability()).writePretty(c).contains(LETTER),
        "a capability for another copy of the case covers none of this one's content");
  }

  @Test
  void a_recorded_disclosure_is_written_with_its_policy_request_permission_rule_and_ground() {
    Disclosure police = toThePoliceForSafety();
    ProcessCase recorded = police.recorded();
    Disclosure mediator = Disclosures.disclose(recorded, CSC,
        Recipient.of(RecipientKind.FACILITATOR), Purpose.CONDUCT_OF_PROCESS, day(11));
    JsonNode history = ProcessJson.authorised(mediator.capability()).toTree(recorded)
        .get("history");
    JsonNode last = history.get(history.size() - 1);
    assertEquals(json("""
        {"type": "DisclosureRecorded", "on": "2026-01-15",
         "decision": {"policyId": "ca-csc-restorative-opportunities",
           "request": {"information": "PROCESS_CONTENT", "recipient": "POLICE",
             "purpose": "SAFETY"},
           "permission": "PERMITTED", "ruleId": "CSC-CONF-EXCEPTION-IMMINENT-HARM",
           "exception": "IMMINENT_HARM"}}
        """), last);
  }
}
