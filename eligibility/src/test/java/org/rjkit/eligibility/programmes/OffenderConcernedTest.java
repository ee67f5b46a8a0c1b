package org.rjkit.eligibility.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.screening.Eligibility;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.eligibility.json.ScreeningRequestReader;

/**
 * The offender a request concerns, read from JSON (interchange.md, the request's optional
 * {@code offenderId}; programmes.md, "the offender concerned"): a YCJA case with two co-accused,
 * an adult (Y1, listed first) and a young person (Y2), and the victim V1.
 */
@DisplayName("The offender concerned, from the request to the decision")
class OffenderConcernedTest {

  private static final ScreeningRequestReader READER =
      new ScreeningRequestReader(ProgrammeRegistry.builtIn());

  private static String request(String requester, String offenderId) {
    return """
        {"schemaVersion":"1","programme":"ca-ycja-extrajudicial-sanctions",
         "requesterId":"%s","asOf":"2026-11-21",%s
         "case":{"caseId":"ON-Y-2026-0400","jurisdiction":"CA-ON","stage":"PRE_CHARGE",
          "offences":[{"id":"O1","category":"MISCHIEF","committedOn":"2026-04-10"}],
          "prosecution":{"sufficientEvidence":true,"barredAtLaw":false},
          "participants":[{"id":"V1","role":"VICTIM"},
           {"id":"Y1","role":"OFFENDER","dateOfBirth":"1990-01-01"},
           {"id":"Y2","role":"OFFENDER","dateOfBirth":"2010-06-15","acceptsResponsibility":true,
            "deniesInvolvement":false,"wantsTrial":false,"advisedOfRightToCounsel":true,
            "hadReasonableOpportunityToConsultCounsel":true}],
          "consents":[{"participantId":"Y2","givenOn":"2026-10-20","informed":true},
           {"participantId":"V1","givenOn":"2026-10-20","informed":true}]}}
        """.formatted(requester, offenderId.isEmpty() ? ""
        : "\"offenderId\":\"" + offenderId + "\",");
  }

  private static RuleStatus youngPerson(Decision d) {
    return CscRestorativeOpportunitiesTest.rule(d, YcjaExtrajudicialSanctions.YOUNG_PERSON)
        .status();
  }

  @Test
  void the_young_persons_own_request_is_judged_on_their_own_age() {
    Decision d = Eligibility.screen(READER.read(request("Y2", "")));
    assertEquals(RuleStatus.MET, youngPerson(d));
    assertEquals(Outcome.ELIGIBLE, d.outcome());
  }

  @Test
  void the_victims_request_naming_the_young_person_is_judged_on_them() {
    Decision d = Eligibility.screen(READER.read(request("V1", "Y2")));
    assertEquals(Outcome.ELIGIBLE, d.outcome());
  }

  @Test
  void the_victims_request_naming_the_adult_is_judged_on_the_adult() {
    assertEquals(RuleStatus.NOT_MET,
        youngPerson(Eligibility.screen(READER.read(request("V1", "Y1")))));
  }

  @Test
  void without_offender_id_the_offender_is_unknown_and_offender_id_is_missing() {
    Decision d = Eligibility.screen(READER.read(request("V1", "")));
    assertEquals(Outcome.NEEDS_INFORMATION, d.outcome());
    assertEquals(List.of("offenderId"), d.missingFacts());
  }

  @Test
  void an_offender_id_that_disagrees_with_the_requester_is_an_input_error() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> READER.read(request("Y2", "Y1")));
    assertEquals("$.offenderId", e.errors().get(0).path());
  }
}
