package org.rjkit.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.json.internal.ObjectInput;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.screening.ScreeningRequest;

/**
 * The contract of interchange.md (revised by issue 8): the required fields and the limits are
 * the same in the readers and in the published schemas. A document with every field of every
 * record is taken apart one field at a time: without a required field both the reader and the
 * schema reject it (the reader at that field's path); without any other field both accept it.
 */
@DisplayName("The contract: required fields and limits, in the reader and in the schemas alike")
class ContractTest {

  /** A screening request with every field of every kind of record, all valid. */
  static final String FULL = """
      {"schemaVersion":"1","programme":"ca-csc-restorative-opportunities","requesterId":"P1",
       "asOf":"2026-11-21",
       "case":{"caseId":"C/2026-1","jurisdiction":"CA","stage":"POST_SENTENCE",
        "offences":[{"id":"O1","category":"ROBBERY","committedOn":"2021-03-14","contexts":["HATE"]}],
        "sentences":[
         {"id":"S1","offenceIds":["O1"],"kind":"IMPRISONMENT","term":"P3Y","imposedOn":"2022-01-10",
          "startsOn":"2022-01-10"},
         {"id":"S2","offenceIds":["O1"],"kind":"IMPRISONMENT","term":"P1Y","imposedOn":"2022-01-10",
          "consecutiveTo":"S1"},
         {"id":"S3","kind":"PROBATION","term":"P2Y","startsOn":"2022-01-10"}],
        "supervision":{"status":"IN_CUSTODY"},
        "participants":[
         {"id":"P1","role":"VICTIM","registeredVictim":true,"deceased":false,"incapable":false,
          "residesInCanada":true,"canadianCitizenOrPermanentResident":true,"chargedInSameOffence":false},
         {"id":"P2","role":"OFFENDER","dateOfBirth":"1990-02-01","acceptsResponsibility":true,
          "acknowledgesBasicFacts":true,"deniesInvolvement":false,"wantsTrial":false,"plea":"GUILTY",
          "advisedOfRightToCounsel":true,"hadReasonableOpportunityToConsultCounsel":true,
          "chargedInSameOffence":false},
         {"id":"P3","role":"VICTIM_FAMILY_MEMBER","relatedTo":"P1","relationship":"CONJUGAL_PARTNER",
          "cohabitingSince":"2015-01-01","chargedInSameOffence":false},
         {"id":"P4","role":"VICTIM_REPRESENTATIVE","actsFor":"P1","chargedInSameOffence":false},
         {"id":"P5","role":"OFFENDER_FAMILY_MEMBER","relatedTo":"P2","relationship":"PARENT",
          "chargedInSameOffence":false},
         {"id":"P6","role":"SUPPORTER","relatedTo":"P1","chargedInSameOffence":false},
         {"id":"P7","role":"COMMUNITY_MEMBER","chargedInSameOffence":false},
         {"id":"P8","role":"FACILITATOR","chargedInSameOffence":false}],
        "consents":[{"participantId":"P1","givenOn":"2026-10-01","informed":true,"form":"WRITTEN",
          "withdrawnOn":"2026-11-02"}],
        "safetyAssessments":[{"assessedOn":"2026-10-05","riskToVictim":"LOW"}],
        "orders":[{"kind":"NO_CONTACT","protectedParticipantId":"P1","allowsFacilitatedContact":true}],
        "court":"SUPERIOR_COURT","prosecution":{"sufficientEvidence":true,"barredAtLaw":false},
        "priorRestorativeProcess":false,"restorativeServiceAvailable":true}}
      """;

  /** interchange.md, "Required fields", as paths into {@link #FULL}. */
  static final Set<String> REQUIRED = requiredPaths();

  /**
   * Fields whose removal breaks another field, not a rule of their own: the lists the others
   * refer to, and the relationship that {@code cohabitingSince} needs.
   */
  static final Set<String> DEPENDED_ON = ImmutableSet.of("$.case.offences", "$.case.sentences",
      "$.case.participants", "$.case.participants[2].relationship");

  private static Set<String> requiredPaths() {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    b.add("$.schemaVersion", "$.programme", "$.requesterId", "$.asOf", "$.case", "$.case.caseId",
        "$.case.offences[0].id");
    for (int i = 0; i < 3; i++) {
      b.add("$.case.sentences[" + i + "].id", "$.case.sentences[" + i + "].kind");
    }
    b.add("$.case.sentences[0].term", "$.case.sentences[1].term");
    for (int i = 0; i < 8; i++) {
      b.add("$.case.participants[" + i + "].id", "$.case.participants[" + i + "].role");
    }
    b.add("$.case.participants[2].relatedTo", "$.case.participants[3].actsFor",
        "$.case.participants[4].relatedTo", "$.case.consents[0].participantId",
        "$.case.consents[0].givenOn", "$.case.safetyAssessments[0].assessedOn",
        "$.case.safetyAssessments[0].riskToVictim", "$.case.orders[0].kind",
        "$.case.orders[0].protectedParticipantId");
    return b.build();
  }

  /** Every field of the full document, by its path, in document order. */
  private static List<String> fieldPaths(JsonNode node, String path, List<String> into) {
    if (node.isObject()) {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        into.add(path + "." + name);
        fieldPaths(node.get(name), path + "." + name, into);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        fieldPaths(node.get(i), path + "[" + i + "]", into);
      }
    }
    return into;
  }

  /** The full document without the field at a path. */
  static ObjectNode without(String path) {
    ObjectNode root = RjkitJson.readObject(FULL);
    int dot = path.lastIndexOf('.');
    JsonNode parent = root;
    for (String step : dot > 1 ? path.substring(2, dot).split("\\.") : new String[0]) {
      if (step.isEmpty()) {
        continue;
      }
      int bracket = step.indexOf('[');
      if (bracket < 0) {
        parent = parent.get(step);
      } else {
        parent = parent.get(step.substring(0, bracket))
            .get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
      }
    }
    ((ObjectNode) parent).remove(path.substring(dot + 1));
    return root;
  }

  private static List<InputError> readerErrors(JsonNode document) {
    try {
      new TestRequestReader().read(RjkitJson.write(document));
      return List.of();
    } catch (InvalidInputException e) {
      return e.errors();
    }
  }

  @Test
  void the_full_document_is_valid_for_the_reader_and_the_schema() {
    ScreeningRequest request = new TestRequestReader().read(FULL);
    assertEquals("C/2026-1", request.caseFile().caseId().value());
    assertEquals(List.of(), PublishedSchemas.violations(PublishedSchemas.SCREENING_REQUEST,
        RjkitJson.readTree(FULL)));
    assertTrue(fieldPaths(RjkitJson.readTree(FULL), "$", new ArrayList<>())
        .containsAll(REQUIRED), "every required path is in the full document");
  }

  @TestFactory
  List<DynamicTest> each_field_is_required_or_optional_in_the_reader_and_the_schema_alike() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String path : fieldPaths(RjkitJson.readTree(FULL), "$", new ArrayList<>())) {
      if (DEPENDED_ON.contains(path)) {
        continue;
      }
      boolean required = REQUIRED.contains(path);
      tests.add(DynamicTest.dynamicTest((required ? "required: " : "optional: ") + path, () -> {
        ObjectNode document = without(path);
        List<InputError> errors = readerErrors(document);
        List<String> violations =
            PublishedSchemas.violations(PublishedSchemas.SCREENING_REQUEST, document);
        if (required) {
          assertTrue(errors.stream().anyMatch(e -> e.path().equals(path)
                  && e.problem().equals(ObjectInput.REQUIRED_MESSAGE)),
              "the reader reports " + path + " as required: " + errors);
          assertFalse(violations.isEmpty(), "the schema rejects the document without " + path);
        } else {
          assertEquals(List.of(), errors, "the reader accepts the document without " + path);
          assertEquals(List.of(), violations, "the schema accepts the document without " + path);
        }
      }));
    }
    return tests;
  }

  @ParameterizedTest(name = "caseId {0}: valid = {1}")
  @CsvSource({
      "a123456789012345678901234567890123456789012345678901234567890123, true",
      "a1234567890123456789012345678901234567890123456789012345678901234, false",
      "C/2026/7, true", "/C1, false", "C 1, false", "é1, false", "-C1, false"})
  void an_identifier_is_1_to_64_characters_of_the_same_alphabet_in_both(String id,
      boolean valid) {
    ObjectNode document = RjkitJson.readObject(FULL);
    ((ObjectNode) document.get("case")).put("caseId", id);
    List<InputError> errors = readerErrors(document);
    List<String> violations =
        PublishedSchemas.violations(PublishedSchemas.SCREENING_REQUEST, document);
    assertEquals(valid, errors.isEmpty(), errors::toString);
    assertEquals(valid, violations.isEmpty(), violations::toString);
  }

  @ParameterizedTest(name = "a {0} term: {1}")
  @CsvSource({"LIFE, true", "INDETERMINATE, true", "FINE, true", "DISCHARGE, true",
      "CONDITIONAL_SENTENCE, false", "PROBATION, false"})
  void a_term_on_a_sentence_kind_without_one_is_rejected_by_both(String kind, boolean rejected) {
    ObjectNode document = RjkitJson.readObject(FULL);
    ((ObjectNode) document.get("case").get("sentences").get(2)).put("kind", kind);
    assertEquals(rejected, !readerErrors(document).isEmpty());
    assertEquals(rejected, !PublishedSchemas.violations(PublishedSchemas.SCREENING_REQUEST,
        document).isEmpty());
  }

  @ParameterizedTest(name = "term {0}: valid = {1}")
  @CsvSource({"P1000Y, true", "P12000M, true", "P366000D, true", "P1000Y1M, false",
      "P1001Y, false", "P366001D, false", "P52286W, false"})
  void a_term_is_at_most_a_thousand_years(String term, boolean valid) {
    ObjectNode document = RjkitJson.readObject(FULL);
    ((ObjectNode) document.get("case").get("sentences").get(0)).put("term", term);
    List<InputError> errors = readerErrors(document);
    assertEquals(valid, errors.isEmpty(), errors::toString);
    if (!valid) {
      assertEquals("$.case.sentences[0].term", errors.get(0).path());
    }
  }

  @Test
  void supervision_may_be_an_empty_statement_and_an_offence_may_have_no_category() {
    ObjectNode document = RjkitJson.readObject(FULL);
    ObjectNode c = (ObjectNode) document.get("case");
    c.putObject("supervision");
    ((ObjectNode) c.get("offences").get(0)).remove("category");
    ScreeningRequest request = new TestRequestReader().read(RjkitJson.write(document));
    assertTrue(request.caseFile().supervision().isEmpty());
    assertTrue(request.caseFile().offences().orElseThrow().get(0).category().isEmpty());
    assertEquals(List.of(), PublishedSchemas.violations(PublishedSchemas.SCREENING_REQUEST,
        document));
  }

  @Test
  void a_byte_order_mark_is_ignored_at_the_very_start_and_rejected_anywhere_else() {
    assertEquals("C/2026-1",
        new TestRequestReader().read("\uFEFF" + FULL).caseFile().caseId().value());
    InputErrors.assertReported(InputErrors.of(() -> new TestRequestReader()
        .read("{\uFEFF" + FULL.strip().substring(1))), "$", "is not valid JSON");
    InputErrors.assertReported(InputErrors.of(() -> new TestRequestReader()
        .read("\uFEFF\uFEFF" + FULL)), "$", "is not valid JSON");
    InputErrors.assertReported(InputErrors.of(() -> new TestRequestReader()
        .read(FULL + "\uFEFF")), "$", "is not valid");
  }

  @Test
  void a_string_longer_than_65536_characters_is_rejected() {
    ObjectNode document = RjkitJson.readObject(FULL);
    ((ObjectNode) document.get("case")).put("caseId", "a".repeat(RjkitJson.MAX_STRING_LENGTH + 1));
    InputErrors.assertReported(InputErrors.of(() -> new TestRequestReader()
        .read(RjkitJson.write(document))), "$", "a string longer than 65536 characters");
    assertFalse(PublishedSchemas.violations(PublishedSchemas.SCREENING_REQUEST, document)
        .isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      {"caseId":"C1","caseId":"C2"}                                           | $.caseId
      {"caseId":"C1","offences":[{"id":"O1","id":"O2"}]}                      | $.offences[0].id
      {"caseId":"C1","sentences":[{"id":"S1","kind":"FINE"},{"id":"S2","kind":"FINE","kind":"FINE"}]} | $.sentences[1].kind
      {"caseId":"C1","prosecution":{"sufficientEvidence":99999999999999999999999999999999999}} | $.prosecution.sufficientEvidence
      {"caseId":"C1","participants":[{"id":"P1","role":"VICTIM","registeredVictim":1e999}]} | $.participants[0].registeredVictim
      """)
  void a_repeated_field_or_a_number_overflow_is_reported_at_the_field(String json,
      String path) {
    List<InputError> errors = InputErrors.of(() -> new CaseDocumentReader().read(json));
    assertEquals(path, errors.get(0).path(), errors::toString);
  }

  @Test
  void a_repeated_field_whose_name_could_carry_data_is_not_echoed() {
    List<InputError> errors = InputErrors.of(() -> new CaseDocumentReader()
        .read("{\"caseId\":\"C1\",\"prosecution\":{\"Jane Doe\":1,\"Jane Doe\":2}}"));
    assertEquals("$.prosecution", errors.get(0).path());
    assertFalse(errors.get(0).message().contains("Jane"));
  }
}
