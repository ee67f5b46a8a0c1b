package org.rjkit.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.core.json.InputErrors.assertReported;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.casefile.Prosecution;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.participant.Victim;
import org.rjkit.core.sentence.Sentences;
import org.rjkit.core.truth.Truth;

/**
 * The case document reader is strict: each row is a document that must be rejected, the JSON
 * path the error must name, and what the message must say. Nothing is silently ignored or
 * defaulted, and no message repeats what the document contains.
 */
@DisplayName("Reading a case document")
class CaseDocumentReaderTest {

  private final CaseDocumentReader reader = new CaseDocumentReader();

  private List<InputError> errors(String json) {
    return InputErrors.of(() -> reader.read(json));
  }

  @ParameterizedTest(name = "[{index}] {0}: {2} {3}")
  @CsvSource(delimiter = '|', textBlock = """
      # what                                      | document | path | message says
      malformed JSON                              | {"caseId": "C1",                 | $ | ends before the JSON value is complete (line 1, column
      text that is not JSON                       | caseId=C1                        | $ | is not valid JSON (line 1, column
      content after the document                  | {"caseId":"C1"} {}               | $ | content after the end
      a field twice in one object                 | {"caseId":"C1","caseId":"C2"}    | $.caseId | the same field twice
      a top-level null                            | null                             | $ | must be a JSON object, not null
      a top-level array                           | []                               | $ | must be a JSON object
      an unknown field                            | {"caseId":"C1","colour":"blue"}  | $.colour | is not a field of a case document
      an unknown field in an offence              | {"caseId":"C1","offences":[{"id":"O1","category":"THEFT","value":3}]} | $.offences[0].value | is not a field of an offence
      a victim's field on an offender             | {"caseId":"C1","participants":[{"id":"P1","role":"OFFENDER","registeredVictim":true}]} | $.participants[0].registeredVictim | is not a field of a participant with role OFFENDER
      an offender's field on a victim             | {"caseId":"C1","participants":[{"id":"P1","role":"VICTIM","dateOfBirth":"1990-01-01"}]} | $.participants[0].dateOfBirth | is not a field of a participant with role VICTIM
      a number where text belongs                 | {"caseId":"C1","stage":7}        | $.stage | must be a string
      text where a boolean belongs                | {"caseId":"C1","priorRestorativeProcess":"no"} | $.priorRestorativeProcess | must be true or false
      an object where a list belongs              | {"caseId":"C1","offences":{}}    | $.offences | must be an array
      a list where an object belongs              | {"caseId":"C1","supervision":[]} | $.supervision | must be an object
      a null                                      | {"caseId":"C1","stage":null}     | $.stage | must not be null; omit the field when unknown
      no case id                                  | {"stage":"POST_SENTENCE"}        | $.caseId | is required
      a participant without an id                 | {"caseId":"C1","participants":[{"role":"VICTIM"}]} | $.participants[0].id | is required
      a participant without a role                | {"caseId":"C1","participants":[{"id":"P1"}]} | $.participants[0].role | is required
      an offence without an id                    | {"caseId":"C1","offences":[{"category":"THEFT"}]} | $.offences[0].id | is required
      a sentence without an id                    | {"caseId":"C1","sentences":[{"kind":"FINE"}]} | $.sentences[0].id | is required
      a sentence without a kind                   | {"caseId":"C1","sentences":[{"id":"S1"}]} | $.sentences[0].kind | is required
      imprisonment without a term                 | {"caseId":"C1","sentences":[{"id":"S1","kind":"IMPRISONMENT"}]} | $.sentences[0].term | is required
      a term on a life sentence                   | {"caseId":"C1","sentences":[{"id":"S1","kind":"LIFE","term":"P2Y"}]} | $.sentences[0].term | is not a field of a LIFE sentence
      a consent without a participant             | {"caseId":"C1","consents":[{"givenOn":"2026-01-01"}]} | $.consents[0].participantId | is required
      a consent without a date                    | {"caseId":"C1","participants":[{"id":"P1","role":"VICTIM"}],"consents":[{"participantId":"P1"}]} | $.consents[0].givenOn | is required
      an assessment without a date                | {"caseId":"C1","safetyAssessments":[{"riskToVictim":"LOW"}]} | $.safetyAssessments[0].assessedOn | is required
      an assessment without a risk                | {"caseId":"C1","safetyAssessments":[{"assessedOn":"2026-01-01"}]} | $.safetyAssessments[0].riskToVictim | is required
      an order without a kind                     | {"caseId":"C1","participants":[{"id":"P1","role":"VICTIM"}],"orders":[{"protectedParticipantId":"P1"}]} | $.orders[0].kind | is required
      an order protecting no one                  | {"caseId":"C1","orders":[{"kind":"NO_CONTACT"}]} | $.orders[0].protectedParticipantId | is required
      a victim's family member related to no one  | {"caseId":"C1","participants":[{"id":"P1","role":"VICTIM_FAMILY_MEMBER"}]} | $.participants[0].relatedTo | is required
      an offender's family member related to no one | {"caseId":"C1","participants":[{"id":"P1","role":"OFFENDER_FAMILY_MEMBER"}]} | $.participants[0].relatedTo | is required
      a representative acting for no one          | {"caseId":"C1","participants":[{"id":"P1","role":"VICTIM_REPRESENTATIVE"}]} | $.participants[0].actsFor | is required
      an impossible date                          | {"caseId":"C1","offences":[{"id":"O1","category":"THEFT","committedOn":"2024-02-30"}]} | $.offences[0].committedOn | is not a real calendar date
      29 February in a common year                | {"caseId":"C1","participants":[{"id":"P1","role":"OFFENDER","dateOfBirth":"2023-02-29"}]} | $.participants[0].dateOfBirth | is not a real calendar date
      a date not written YYYY-MM-DD               | {"caseId":"C1","offences":[{"id":"O1","category":"THEFT","committedOn":"2024-3-1"}]} | $.offences[0].committedOn | must be a date written YYYY-MM-DD
      a date with a time                          | {"caseId":"C1","offences":[{"id":"O1","category":"THEFT","committedOn":"2024-03-01T10:00"}]} | $.offences[0].committedOn | must be a date written YYYY-MM-DD
      a term that is not a period                 | {"caseId":"C1","sentences":[{"id":"S1","kind":"IMPRISONMENT","term":"three years"}]} | $.sentences[0].term | must be an ISO-8601 length of time
      a term in lower case                        | {"caseId":"C1","sentences":[{"id":"S1","kind":"IMPRISONMENT","term":"p2y"}]} | $.sentences[0].term | must be an ISO-8601 length of time
      a negative term                             | {"caseId":"C1","sentences":[{"id":"S1","kind":"IMPRISONMENT","term":"P-2Y","startsOn":"2022-01-10"}]} | $.sentences[0].term | must be a positive length of time once added to the sentence's start date
      a zero term                                 | {"caseId":"C1","sentences":[{"id":"S1","kind":"IMPRISONMENT","term":"P0D"}]} | $.sentences[0].term | must be a positive length of time from any start date
      a month less 31 days                        | {"caseId":"C1","sentences":[{"id":"S1","kind":"PROBATION","term":"P1M-31D","startsOn":"2022-03-01"}]} | $.sentences[0].term | must be a positive length of time
      a term of ten thousand years                | {"caseId":"C1","sentences":[{"id":"S1","kind":"IMPRISONMENT","term":"P10000Y"}]} | $.sentences[0].term | must not be longer than a thousand years
      a term of a thousand years and a month      | {"caseId":"C1","sentences":[{"id":"S1","kind":"IMPRISONMENT","term":"P12001M"}]} | $.sentences[0].term | must not be longer than a thousand years
      a term of 366,001 days                      | {"caseId":"C1","sentences":[{"id":"S1","kind":"PROBATION","term":"P366001D"}]} | $.sentences[0].term | must not be longer than a thousand years
      a sentence listing an offence twice         | {"caseId":"C1","offences":[{"id":"O1","category":"THEFT"}],"sentences":[{"id":"S1","offenceIds":["O1","O1"],"kind":"FINE"}]} | $.sentences[0].offenceIds[1] | repeats an offence already listed
      a term not positive from its imposition date | {"caseId":"C1","sentences":[{"id":"S1","kind":"PROBATION","term":"P1M-28D","imposedOn":"2023-02-01"}]} | $.sentences[0].term | must be a positive length of time once added to the sentence's start date
      a sentence after a missing sentence         | {"caseId":"C1","sentences":[{"id":"S1","kind":"IMPRISONMENT","term":"P1Y","consecutiveTo":"S9"}]} | $.sentences[0].consecutiveTo | names no sentence of the case
      a sentence after itself                     | {"caseId":"C1","sentences":[{"id":"S1","kind":"IMPRISONMENT","term":"P1Y","consecutiveTo":"S1"}]} | $.sentences[0].consecutiveTo | must name another sentence, not this one
      two sentences each after the other          | {"caseId":"C1","sentences":[{"id":"S1","kind":"IMPRISONMENT","term":"P1Y","consecutiveTo":"S2"},{"id":"S2","kind":"IMPRISONMENT","term":"P1Y","consecutiveTo":"S1"}]} | $.sentences[1].consecutiveTo | forms a cycle
      a cycle of three                            | {"caseId":"C1","sentences":[{"id":"S1","kind":"FINE","consecutiveTo":"S3"},{"id":"S2","kind":"FINE","consecutiveTo":"S1"},{"id":"S3","kind":"FINE","consecutiveTo":"S2"}]} | $.sentences[2].consecutiveTo | forms a cycle
      two participants with the same id           | {"caseId":"C1","participants":[{"id":"P1","role":"VICTIM"},{"id":"P1","role":"OFFENDER"}]} | $.participants[1].id | repeats the id of participants[0]
      two offences with the same id               | {"caseId":"C1","offences":[{"id":"O1","category":"THEFT"},{"id":"O1","category":"FRAUD"}]} | $.offences[1].id | repeats the id of offences[0]
      two sentences with the same id              | {"caseId":"C1","sentences":[{"id":"S1","kind":"FINE"},{"id":"S1","kind":"DISCHARGE"}]} | $.sentences[1].id | repeats the id of sentences[0]
      family of a missing victim                  | {"caseId":"C1","participants":[{"id":"P1","role":"VICTIM_FAMILY_MEMBER","relatedTo":"P9"}]} | $.participants[0].relatedTo | names no participant of the case
      a participant related to itself             | {"caseId":"C1","participants":[{"id":"P1","role":"OFFENDER_FAMILY_MEMBER","relatedTo":"P1"}]} | $.participants[0].relatedTo | must name another participant, not this one
      a representative of a missing victim        | {"caseId":"C1","participants":[{"id":"P1","role":"VICTIM_REPRESENTATIVE","actsFor":"P9"}]} | $.participants[0].actsFor | names no participant of the case
      a supporter of a missing participant        | {"caseId":"C1","participants":[{"id":"P1","role":"SUPPORTER","relatedTo":"P9"}]} | $.participants[0].relatedTo | names no participant of the case
      an order protecting a missing participant   | {"caseId":"C1","orders":[{"kind":"NO_CONTACT","protectedParticipantId":"P9"}]} | $.orders[0].protectedParticipantId | names no participant of the case
      consent from a missing participant          | {"caseId":"C1","consents":[{"participantId":"P9","givenOn":"2026-01-01"}]} | $.consents[0].participantId | names no participant of the case
      a sentence for a missing offence            | {"caseId":"C1","offences":[{"id":"O1","category":"THEFT"}],"sentences":[{"id":"S1","offenceIds":["O1","O9"],"kind":"FINE"}]} | $.sentences[0].offenceIds[1] | names no offence of the case
      a sentence for an offence never listed      | {"caseId":"C1","sentences":[{"id":"S1","offenceIds":["O1"],"kind":"FINE"}]} | $.sentences[0].offenceIds[0] | the case lists no offences
      an unknown stage                            | {"caseId":"C1","stage":"ON_APPEAL"} | $.stage | must be one of PRE_CHARGE, POST_CHARGE, PRE_SENTENCE, POST_SENTENCE
      an unknown role                             | {"caseId":"C1","participants":[{"id":"P1","role":"WITNESS"}]} | $.participants[0].role | must be one of VICTIM, VICTIM_REPRESENTATIVE, VICTIM_FAMILY_MEMBER, OFFENDER, OFFENDER_FAMILY_MEMBER, SUPPORTER, COMMUNITY_MEMBER, FACILITATOR
      an enum value in lower case                 | {"caseId":"C1","court":"youth_court"} | $.court | must be one of DISTRICT_COURT
      an unknown offence context                  | {"caseId":"C1","offences":[{"id":"O1","category":"THEFT","contexts":["GANG"]}]} | $.offences[0].contexts[0] | must be one of SEXUAL, INTIMATE_PARTNER
      a context listed twice                      | {"caseId":"C1","offences":[{"id":"O1","category":"THEFT","contexts":["HATE","HATE"]}]} | $.offences[0].contexts[1] | repeats a context already listed
      consent withdrawn before it was given       | {"caseId":"C1","participants":[{"id":"P1","role":"VICTIM"}],"consents":[{"participantId":"P1","givenOn":"2026-03-01","withdrawnOn":"2026-02-28"}]} | $.consents[0].withdrawnOn | must not be before givenOn
      cohabitation dated for a spouse             | {"caseId":"C1","participants":[{"id":"P1","role":"VICTIM"},{"id":"P2","role":"VICTIM_FAMILY_MEMBER","relatedTo":"P1","relationship":"SPOUSE","cohabitingSince":"2020-01-01"}]} | $.participants[1].cohabitingSince | applies only when relationship is CONJUGAL_PARTNER
      cohabitation dated, relationship unknown    | {"caseId":"C1","participants":[{"id":"P1","role":"VICTIM"},{"id":"P2","role":"VICTIM_FAMILY_MEMBER","relatedTo":"P1","cohabitingSince":"2020-01-01"}]} | $.participants[1].cohabitingSince | applies only when relationship is CONJUGAL_PARTNER
      a jurisdiction that is a name               | {"caseId":"C1","jurisdiction":"Canada"} | $.jurisdiction | must be an ISO 3166-1 alpha-2 country code
      a country that does not exist               | {"caseId":"C1","jurisdiction":"XQ"} | $.jurisdiction | must be an ISO 3166-1 alpha-2 country code
      an identifier with a space                  | {"caseId":"C 1"} | $.caseId | must be an identifier
      an unknown prosecution fact                 | {"caseId":"C1","prosecution":{"charged":true}} | $.prosecution.charged | is not a field of prosecution
      a field name that could carry data          | {"caseId":"C1","Jane Doe, born 1990":true} | $ | has a field whose name is not a field of a case document
      """)
  void rejects(String what, String document, String path, String message) {
    assertReported(errors(document), path, message);
  }

  @Test
  void an_empty_document_is_rejected() {
    assertReported(errors(""), "$", "is empty");
    assertReported(errors("   \n"), "$", "is empty");
  }

  @Test
  void a_document_nested_deeper_than_the_limit_is_rejected_before_it_is_walked() {
    String deep = "[".repeat(RjkitJson.MAX_NESTING_DEPTH + 1)
        + "]".repeat(RjkitJson.MAX_NESTING_DEPTH + 1);
    assertReported(errors("{\"caseId\":\"C1\",\"offences\":" + deep + "}"), "$",
        "nesting deeper than 64 levels");
  }

  @Test
  void a_number_longer_than_the_limit_is_rejected() {
    // issue 8: a number too long is reported at its field, not at $
    assertReported(errors("{\"caseId\":" + "9".repeat(40) + "}"), "$.caseId",
        "a number longer than 32 digits");
  }

  @Test
  void a_string_longer_than_the_limit_is_rejected_without_being_repeated() {
    List<InputError> errors = errors("{\"caseId\":\"" + "x".repeat(RjkitJson.MAX_STRING_LENGTH + 1)
        + "\"}");
    assertReported(errors, "$", "a string longer than 65536 characters");
    assertFalse(errors.get(0).message().contains("xxx"));
  }

  @Test
  void every_error_in_a_document_is_reported_at_once_in_document_order() {
    String document = """
        {"caseId": "C1", "stage": "ON_APPEAL", "colour": "blue",
         "offences": [{"id": "O1", "category": "THEFT", "committedOn": "2024-02-30"}],
         "sentences": [{"id": "S1", "kind": "IMPRISONMENT", "term": "P0D", "consecutiveTo": "S1"}],
         "participants": [{"id": "P1", "role": "OFFENDER", "registeredVictim": true},
                          {"id": "P2", "role": "VICTIM_FAMILY_MEMBER", "relatedTo": "P9"}],
         "consents": [{"participantId": "P1"}]}
        """;
    List<InputError> errors = errors(document);
    assertEquals(List.of("$.colour", "$.stage", "$.offences[0].committedOn",
            "$.sentences[0].consecutiveTo", "$.sentences[0].term",
            "$.participants[0].registeredVictim", "$.participants[1].relatedTo",
            "$.consents[0].givenOn"),
        errors.stream().map(InputError::path).toList(), errors::toString);
  }

  @Test
  void no_message_repeats_what_the_document_says() {
    String document = """
        {"caseId": "Jane-Doe-1990", "jurisdiction": "Jane Doe lives here",
         "stage": "Jane Doe was charged",
         "offences": [{"id": "O1", "category": "THEFT", "committedOn": "1990-02-30"}],
         "participants": [{"id": "Jane-Doe", "role": "OFFENDER", "dateOfBirth": "1990-13-01"},
                          {"id": "Jane-Doe", "role": "VICTIM", "registeredVictim": "Jane Doe"}],
         "orders": [{"kind": "NO_CONTACT", "protectedParticipantId": "John-Roe-1985"}]}
        """;
    InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
        InvalidInputException.class, () -> reader.read(document));
    assertTrue(e.errors().size() >= 7, e::getMessage);
    for (String secret : List.of("Jane", "Doe", "1990", "John", "Roe", "1985", "13-01")) {
      assertFalse(e.getMessage().contains(secret), () -> secret + " in " + e.getMessage());
    }
  }

  @Test
  void a_malformed_document_is_located_by_line_and_column_without_its_content() {
    String document = "{\n  \"caseId\": \"Jane Doe\",\n  \"stage\": POST_SENTENCE\n}";
    List<InputError> errors = errors(document);
    assertEquals(1, errors.size());
    assertEquals("$", errors.get(0).path());
    assertTrue(errors.get(0).message().contains("line 3, column"), errors.get(0)::message);
    assertFalse(errors.get(0).message().contains("POST"), errors.get(0)::message);
    assertFalse(errors.get(0).message().contains("Jane"), errors.get(0)::message);
  }

  @ParameterizedTest(name = "{0} from {1} is positive: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # term    | starting   | accepted | why
      P2Y-1D    | 2022-01-10 | true     | two years less a day is a term
      P2Y-1D    |            | true     | two years less a day is positive from any start
      P1D       |            | true     | one day
      P1M-30D   | 2023-03-01 | true     | 1 March plus a month less 30 days is 2 March
      P1M-30D   | 2023-02-01 | false    | 1 February plus a month less 30 days is 30 January
      P1M-30D   |            | false    | positive only from some starts: the start must be known
      P-2Y      | 2022-01-10 | false    | negative
      -P2Y      | 2022-01-10 | false    | negated
      P0D       | 2022-01-10 | false    | zero
      P1Y-12M   | 2022-01-10 | false    | a year less twelve months is zero
      """)
  void a_term_must_be_positive_once_anchored_at_the_sentence_start(String term,
      LocalDate start, boolean accepted, String why) {
    String document = "{\"caseId\":\"C1\",\"sentences\":[{\"id\":\"S1\",\"kind\":\"IMPRISONMENT\","
        + "\"term\":\"" + term + "\"" + (start == null ? "" : ",\"startsOn\":\"" + start + "\"")
        + "}]}";
    if (accepted) {
      CaseFile c = reader.read(document);
      assertEquals(Optional.of(Period.parse(term)),
          c.sentences().orElseThrow().all().get(0).length(), why);
    } else {
      assertReported(errors(document), "$.sentences[0].term", "must be a positive length");
    }
  }

  @ParameterizedTest(name = "a term of {0} is accepted")
  @CsvSource({"P1000Y", "P12000M", "P366000D"})
  void a_term_of_up_to_a_thousand_years_is_accepted(String term) {
    CaseFile c = reader.read("{\"caseId\":\"C1\",\"sentences\":[{\"id\":\"S1\","
        + "\"kind\":\"IMPRISONMENT\",\"term\":\"" + term + "\"}]}");
    assertEquals(Optional.of(Period.parse(term)), c.sentences().orElseThrow().all().get(0).length());
  }

  /** Without a start date, a term is anchored at the date it was imposed. */
  @Test
  void a_term_without_a_start_date_is_anchored_at_the_imposition_date() {
    CaseFile c = reader.read("""
        {"caseId": "C1", "sentences": [{"id": "S1", "kind": "PROBATION", "term": "P1M-28D",
                                        "imposedOn": "2023-03-01"}]}
        """);
    assertEquals(Optional.of(Period.parse("P1M-28D")),
        c.sentences().orElseThrow().all().get(0).length());
    assertEquals(Optional.of(LocalDate.of(2023, 3, 1)),
        c.sentences().orElseThrow().all().get(0).imposition().imposedOn());
  }

  @Test
  void an_absent_list_of_sentences_is_unknown_and_an_empty_one_says_there_is_none() {
    assertEquals(Optional.empty(), reader.read("{\"caseId\":\"C1\"}").sentences());
    assertEquals(Optional.of(Sentences.NONE),
        reader.read("{\"caseId\":\"C1\",\"sentences\":[]}").sentences());
    assertEquals(Optional.empty(), reader.read("{\"caseId\":\"C1\"}").offences());
    assertEquals(Optional.of(List.of()),
        reader.read("{\"caseId\":\"C1\",\"offences\":[]}").offences());
  }

  @Test
  void an_absent_fact_is_unknown_but_an_absent_marker_flag_is_false() {
    CaseFile c = reader.read("""
        {"caseId": "C1", "participants": [{"id": "P1", "role": "VICTIM"},
                                          {"id": "P2", "role": "OFFENDER"}]}
        """);
    Victim victim = (Victim) c.participants().get(0);
    assertEquals(Truth.UNKNOWN, victim.registeredVictim());
    assertFalse(victim.deceased());
    assertFalse(victim.incapable());
    assertFalse(victim.chargedInSameOffence());
    assertEquals(Offender.unknown(c.participants().get(1).id()), c.participants().get(1));
    assertEquals(Optional.empty(), c.stage());
    assertEquals(Optional.empty(), c.jurisdiction());
    assertEquals(Prosecution.UNKNOWN, c.prosecution());
    assertEquals(List.of(), c.orders());
    assertEquals(Truth.UNKNOWN, c.priorRestorativeProcess());
  }

  @Test
  void a_case_inside_another_document_is_reported_under_its_path() {
    List<InputError> errors = InputErrors.of(() -> reader.read(
        RjkitJson.readTree("{\"caseId\":\"C1\",\"stage\":\"LATER\"}"), "$.case"));
    assertEquals(List.of("$.case.stage"), errors.stream().map(InputError::path).toList());
  }
}
