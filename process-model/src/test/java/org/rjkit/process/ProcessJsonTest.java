package org.rjkit.process;

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
import org.rjkit.process.agreement.Money;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.confidentiality.DisclosureDecision;
import org.rjkit.process.confidentiality.DisclosurePolicies;
import org.rjkit.process.confidentiality.DisclosureRequest;
import org.rjkit.process.confidentiality.InformationClass;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.Purpose;
import org.rjkit.process.confidentiality.Recipient;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.json.ProcessJson;
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

  private static DisclosureDecision mediator() {
    return DisclosurePolicies.cscRestorativeOpportunities().decide(new DisclosureRequest(
        InformationClass.PROCESS_CONTENT, Recipient.of(RecipientKind.FACILITATOR),
        Purpose.CONDUCT_OF_PROCESS), java.util.Set.of());
  }

  @Test
  void the_default_writer_redacts_every_piece_of_process_content() throws Exception {
    String json = ProcessJson.redacting().writeCase(withContent());
    assertFalse(json.contains(LETTER));
    assertFalse(json.contains("777"));
    assertFalse(json.contains("Shelter"));
    JsonNode tree = new ObjectMapper().readTree(json);
    JsonNode message = null;
    for (JsonNode e : tree.get("history")) {
      if (e.get("type").asText().equals("MessageSubmitted")) {
        message = e;
      }
    }
    assertTrue(message.get("content").get("redacted").asBoolean());
    assertTrue(message.get("on").asText().equals("2026-01-12"));
  }

  @Test
  void only_an_authorised_writer_writes_process_content() {
    String json = ProcessJson.authorised(mediator()).writeCase(withContent());
    assertTrue(json.contains(LETTER));
    assertTrue(json.contains("777"));
  }

  @Test
  void a_writer_cannot_be_authorised_by_a_decision_that_does_not_permit_content() {
    DisclosureDecision paroleBoard = DisclosurePolicies.cscRestorativeOpportunities().decide(
        new DisclosureRequest(InformationClass.PROCESS_CONTENT,
            Recipient.of(RecipientKind.PAROLE_BOARD), Purpose.PAROLE_DECISION), java.util.Set.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ProcessJson.authorised(paroleBoard));
    assertTrue(e.getMessage().contains("CSC-CONF-PAROLE-SENTENCE"));
  }

  @Test
  void a_general_purpose_mapper_fails_rather_than_writing_process_content() {
    ObjectMapper plain = new ObjectMapper();
    Exception e = assertThrows(Exception.class,
        () -> plain.writeValueAsString(ProcessContent.of(LETTER)));
    assertFalse(e.getMessage().contains(LETTER));
  }
}
