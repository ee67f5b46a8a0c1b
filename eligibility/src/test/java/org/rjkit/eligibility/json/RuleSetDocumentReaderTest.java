package org.rjkit.eligibility.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.rule.AgeOnOffenceDates;
import org.rjkit.eligibility.rule.StageIn;

/**
 * The rule-set document reader rejects every kind of mistake with the JSON path and a plain
 * message, reports all of a document's mistakes at once, and never repeats a value it read.
 * Each row of the table changes one thing in a valid document.
 */
@DisplayName("Reading a rule-set document")
class RuleSetDocumentReaderTest {

  /** A valid document: one rule of each kind the table changes, and a second version. */
  static final String VALID = """
      {"schemaVersion":"1","id":"vendor-example","name":{"en":"Example","fr":"Exemple"},
       "versions":[
        {"version":"v1","effectiveFrom":"2026-01-01","rules":[
         {"id":"V-STAGE","phase":"ELIGIBILITY","policy":{"en":"Stage.","fr":"Étape."},
          "citations":[{"instrument":"Instrument","provision":"s. 1","url":"https://example.org/s1"}],
          "rows":["CA-AM-1"],"condition":{"type":"STAGE_IN","stages":["PRE_CHARGE","POST_CHARGE"]}},
         {"id":"V-CONSENT","phase":"SUITABILITY","policy":{"en":"Consent.","fr":"Consentement."},
          "citations":[{"instrument":"Instrument","provision":"s. 2"}],
          "condition":{"type":"CONSENT_OF_PARTIES","parties":["VICTIM_SIDE","OFFENDER"],
                       "forms":["WRITTEN","ORAL_RECORDED"]}},
         {"id":"V-AGE","phase":"ELIGIBILITY","policy":{"en":"Age.","fr":"Âge."},
          "citations":[{"instrument":"Instrument","provision":"s. 3"}],
          "condition":{"type":"AGE_ON_OFFENCE_DATES","minimumAge":12,"underAge":18}},
         {"id":"V-SAFETY","phase":"SUITABILITY","policy":{"en":"Safety.","fr":"Sécurité."},
          "citations":[{"instrument":"Instrument","provision":"s. 4"}],
          "condition":{"type":"SAFETY_RISK","notMet":["DANGER"],"review":["HIGH"]}},
         {"id":"V-TERM","phase":"ELIGIBILITY","policy":{"en":"Term.","fr":"Durée."},
          "citations":[{"instrument":"Instrument","provision":"s. 5"}],
          "condition":{"type":"FEDERAL_SENTENCE","minimumTerm":"P2Y"}},
         {"id":"V-WHERE","phase":"ELIGIBILITY","policy":{"en":"Where.","fr":"Où."},
          "citations":[{"instrument":"Instrument","provision":"s. 6"}],
          "condition":{"type":"JURISDICTION_IN","included":["CA-ON"],"excluded":[]}},
         {"id":"V-EXCLUDED","phase":"ELIGIBILITY","policy":{"en":"Offences.","fr":"Infractions."},
          "citations":[{"instrument":"Instrument","provision":"s. 7"}],
          "condition":{"type":"OFFENCE_EXCLUSIONS","categories":["HOMICIDE"],"contexts":["SEXUAL"]}},
         {"id":"V-EXPIRED","phase":"ELIGIBILITY","policy":{"en":"Expiry.","fr":"Expiration."},
          "citations":[{"instrument":"Instrument","provision":"s. 8"}],
          "condition":{"type":"STILL_UNDER_SENTENCE","whenExpired":"REVIEW"}},
         {"id":"V-STANDING","phase":"ELIGIBILITY","policy":{"en":"Who.","fr":"Qui."},
          "citations":[{"instrument":"Instrument","provision":"s. 9"}],
          "condition":{"type":"REQUESTER_STANDING","roles":["VICTIM"],
                       "coAccusedExcludedFromVictimSide":true,
                       "familyMemberOnlyForDeceasedVictim":false}}]},
        {"version":"v2","effectiveFrom":"2027-01-01","rules":[
         {"id":"V-STAGE","phase":"ELIGIBILITY","policy":{"en":"Stage two.","fr":"Étape deux."},
          "citations":[{"instrument":"Instrument","provision":"s. 10"}],
          "condition":{"type":"STAGE_IN","stages":["PRE_SENTENCE"]}}]}]}
      """;

  private final RuleSetDocumentReader reader = new RuleSetDocumentReader();

  @Test
  void the_valid_document_reads_as_the_programme_it_describes() {
    Programme p = reader.read(VALID);
    assertEquals("vendor-example", p.id().value());
    assertEquals(2, p.versions().size());
    assertEquals(9, p.versions().get(0).rules().size());
    assertEquals(new AgeOnOffenceDates(12, Optional.of(18)),
        p.versions().get(0).rules().get(2).definition());
    assertEquals("v2", p.versionOn(LocalDate.of(2027, 1, 1)).version());
    assertTrue(p.versionOn(LocalDate.of(2027, 1, 1)).rules().get(0).definition()
        instanceof StageIn);
    assertEquals(List.of(), p.versions().get(0).rules().get(1).catalogueRows());
  }

  @ParameterizedTest(name = "{0}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      an unknown field                          | "schemaVersion":"1"            | "schemaVersion":"1","owner":"x"       | $.owner                                  | is not a field of a rule-set document
      a field whose name is not a safe name     | "schemaVersion":"1"            | "schemaVersion":"1","a b":"x"         | $                                        | has a field whose name is not a field of a rule-set document
      a field given twice                       | "schemaVersion":"1"            | "schemaVersion":"1","schemaVersion":"1" | $.schemaVersion                        | same field twice
      another schema version                    | "schemaVersion":"1"            | "schemaVersion":"2"                   | $.schemaVersion                          | must be the string "1"
      a schema version that is a number         | "schemaVersion":"1"            | "schemaVersion":1                     | $.schemaVersion                          | must be the string "1"
      a programme id that is not an identifier  | "id":"vendor-example"          | "id":"vendor example"                 | $.id                                     | must be an identifier
      no programme id                           | "id":"vendor-example",         | ' '                                   | $.id                                     | is required but missing
      a name that is not an object              | "name":{"en":"Example","fr":"Exemple"} | "name":"Example"              | $.name                                   | must be an object
      a blank French name                       | "fr":"Exemple"                 | "fr":"  "                             | $.name.fr                                | must not be blank
      a name without English                    | "en":"Example","fr"            | "fr"                                  | $.name.en                                | is required but missing
      a name keyed by a word, not a language tag | "fr":"Exemple"                | "fr":"Exemple","German":"Beispiel"    | $.name                                   | has a field that is not a language tag
      a blank version label                     | "version":"v1"                 | "version":""                          | $.versions[0].version                    | must not be blank
      a version label used twice                | "version":"v2"                 | "version":"v1"                        | $.versions[1].version                    | repeats the label of an earlier version
      an unknown field in a version             | "version":"v1",                | "version":"v1","notes":"x",           | $.versions[0].notes                      | is not a field of a rule-set version
      an impossible date                        | "effectiveFrom":"2026-01-01"   | "effectiveFrom":"2026-02-30"          | $.versions[0].effectiveFrom              | is not a real calendar date
      a date in another format                  | "effectiveFrom":"2026-01-01"   | "effectiveFrom":"01/01/2026"          | $.versions[0].effectiveFrom              | must be a date written YYYY-MM-DD
      versions out of order                     | "effectiveFrom":"2027-01-01"   | "effectiveFrom":"2025-06-30"          | $.versions[1].effectiveFrom              | increasing order of date
      two versions on the same date             | "effectiveFrom":"2027-01-01"   | "effectiveFrom":"2026-01-01"          | $.versions[1].effectiveFrom              | each on its own date
      a rule id in lower case                   | "id":"V-AGE"                   | "id":"v-age"                          | $.versions[0].rules[2].id                | must be upper-case letters and digits separated by hyphens
      a rule id used twice in a version         | "id":"V-AGE"                   | "id":"V-STAGE"                        | $.versions[0].rules[2].id                | repeats the id of an earlier rule of this version
      an unknown phase                          | "phase":"SUITABILITY","policy":{"en":"Consent." | "phase":"SUITABLE","policy":{"en":"Consent." | $.versions[0].rules[1].phase | must be one of ELIGIBILITY, SUITABILITY
      a null phase                              | "phase":"ELIGIBILITY","policy":{"en":"Age." | "phase":null,"policy":{"en":"Age." | $.versions[0].rules[2].phase           | must not be null
      a rule that cites nothing                 | "citations":[{"instrument":"Instrument","provision":"s. 2"}] | "citations":[] | $.versions[0].rules[1].citations | must list at least one citation
      a relative citation URL                   | "url":"https://example.org/s1" | "url":"s1.html"                       | $.versions[0].rules[0].citations[0].url  | must be an absolute URL
      # issue 8: citation URLs are https or http only
      a javascript: citation URL                | "url":"https://example.org/s1" | "url":"javascript:alert(1)"           | $.versions[0].rules[0].citations[0].url  | must be an https or http URL
      a file: citation URL                      | "url":"https://example.org/s1" | "url":"file:///etc/passwd"            | $.versions[0].rules[0].citations[0].url  | must be an https or http URL
      a data: citation URL                      | "url":"https://example.org/s1" | "url":"data:text/html,x"              | $.versions[0].rules[0].citations[0].url  | must be an https or http URL
      a blank instrument                        | "instrument":"Instrument","provision":"s. 2" | "instrument":" ","provision":"s. 2" | $.versions[0].rules[1].citations[0].instrument | must not be blank
      an unknown citation field                 | "provision":"s. 2"             | "provision":"s. 2","page":3           | $.versions[0].rules[1].citations[0].page | is not a field of a citation
      an unknown field in a rule                | "rows":["CA-AM-1"]             | "rows":["CA-AM-1"],"notes":"x"        | $.versions[0].rules[0].notes             | is not a field of a rule; the fields are id, phase, policy, citations, rows, condition
      an age above the oldest a rule may name   | "underAge":18                  | "underAge":151                        | $.versions[0].rules[2].condition.underAge | must be a whole number from 1 to 150
      a malformed catalogue row                 | "rows":["CA-AM-1"]             | "rows":["CA AM 1"]                    | $.versions[0].rules[0].rows[0]           | must be a catalogue row id
      rows that are not an array                | "rows":["CA-AM-1"]             | "rows":"CA-AM-1"                      | $.versions[0].rules[0].rows              | must be an array
      a rule without a condition                | ,"condition":{"type":"STAGE_IN","stages":["PRE_CHARGE","POST_CHARGE"]} | ' ' | $.versions[0].rules[0].condition | is required but missing
      an unknown condition type                 | "type":"STAGE_IN","stages":["PRE_CHARGE" | "type":"STAGES_IN","stages":["PRE_CHARGE" | $.versions[0].rules[0].condition.type | must be one of STAGE_IN, JURISDICTION_IN, REQUESTER_STANDING, FEDERAL_SENTENCE
      a condition without a type                | "type":"STAGE_IN","stages":["PRE_CHARGE" | "stages":["PRE_CHARGE"        | $.versions[0].rules[0].condition.type    | is required but missing
      a parameter of another condition type     | "stages":["PRE_CHARGE","POST_CHARGE"] | "stages":["PRE_CHARGE","POST_CHARGE"],"forms":["WRITTEN"] | $.versions[0].rules[0].condition.forms | is not a field of a STAGE_IN condition; the fields are type, stages
      an empty list of stages                   | "stages":["PRE_CHARGE","POST_CHARGE"] | "stages":[]                    | $.versions[0].rules[0].condition.stages  | must list at least one value
      a stage that is not a string              | "stages":["PRE_CHARGE","POST_CHARGE"] | "stages":["PRE_CHARGE",2]      | $.versions[0].rules[0].condition.stages[1] | must be a string
      stages that are not an array              | "stages":["PRE_CHARGE","POST_CHARGE"] | "stages":"PRE_CHARGE"          | $.versions[0].rules[0].condition.stages  | must be an array
      an unknown consent form                   | "forms":["WRITTEN","ORAL_RECORDED"] | "forms":["WRITTEN","SIGNED"]     | $.versions[0].rules[1].condition.forms[1] | must be one of WRITTEN, ORAL_RECORDED, ORAL
      a consent form listed twice               | "forms":["WRITTEN","ORAL_RECORDED"] | "forms":["WRITTEN","WRITTEN"]    | $.versions[0].rules[1].condition.forms[1] | repeats a value listed before
      an unknown party                          | "parties":["VICTIM_SIDE","OFFENDER"] | "parties":["VICTIM","OFFENDER"] | $.versions[0].rules[1].condition.parties[0] | must be one of REQUESTER, OFFENDER, VICTIM_SIDE
      a negative age                            | "minimumAge":12                | "minimumAge":-1                       | $.versions[0].rules[2].condition.minimumAge | must be a whole number from 0 to 150
      an age with a fraction                    | "minimumAge":12                | "minimumAge":12.5                     | $.versions[0].rules[2].condition.minimumAge | must be a whole number from 0 to 150
      an age written as a string                | "minimumAge":12                | "minimumAge":"12"                     | $.versions[0].rules[2].condition.minimumAge | must be a whole number from 0 to 150
      an upper age not above the minimum        | "underAge":18                  | "underAge":12                         | $.versions[0].rules[2].condition.underAge | must be greater than minimumAge
      a risk level both refused and reviewed    | "review":["HIGH"]              | "review":["HIGH","DANGER"]            | $.versions[0].rules[3].condition.review  | must not list a level that notMet lists
      an unknown risk level                     | "notMet":["DANGER"]            | "notMet":["EXTREME"]                  | $.versions[0].rules[3].condition.notMet[0] | must be one of NONE, LOW, MODERATE, HIGH, DANGER
      a minimum term that is not a period       | "minimumTerm":"P2Y"            | "minimumTerm":"2 years"               | $.versions[0].rules[4].condition.minimumTerm | must be an ISO-8601 length of time
      a minimum term of nothing                 | "minimumTerm":"P2Y"            | "minimumTerm":"P0D"                   | $.versions[0].rules[4].condition.minimumTerm | must be a positive length of time
      a negative minimum term                   | "minimumTerm":"P2Y"            | "minimumTerm":"P-2Y"                  | $.versions[0].rules[4].condition.minimumTerm | must be a positive length of time
      # issue 8: P1428572W was accepted and written back as a period the reader rejects
      a minimum term beyond a thousand years    | "minimumTerm":"P2Y"            | "minimumTerm":"P1428572W"             | $.versions[0].rules[4].condition.minimumTerm | must not be longer than a thousand years
      a minimum term of a thousand years and a month | "minimumTerm":"P2Y"       | "minimumTerm":"P1000Y1M"              | $.versions[0].rules[4].condition.minimumTerm | must not be longer than a thousand years
      a jurisdiction that is not an ISO code    | "included":["CA-ON"]           | "included":["Canada"]                 | $.versions[0].rules[5].condition.included[0] | must be an ISO 3166 code
      no included jurisdiction                  | "included":["CA-ON"]           | "included":[]                         | $.versions[0].rules[5].condition.included | must list at least one value
      no list of excluded jurisdictions         | ,"excluded":[]                 | ' '                                   | $.versions[0].rules[5].condition.excluded | is required but missing
      offence exclusions that exclude nothing   | "categories":["HOMICIDE"],"contexts":["SEXUAL"] | "categories":[],"contexts":[] | $.versions[0].rules[6].condition | must exclude at least one category or context
      an unknown offence category               | "categories":["HOMICIDE"]      | "categories":["MURDER"]               | $.versions[0].rules[6].condition.categories[0] | must be one of THEFT, SHOPLIFTING
      a status after expiry that is not decided | "whenExpired":"REVIEW"         | "whenExpired":"MET"                   | $.versions[0].rules[7].condition.whenExpired | must be one of REVIEW, NOT_MET
      a flag written as a string                | "coAccusedExcludedFromVictimSide":true | "coAccusedExcludedFromVictimSide":"yes" | $.versions[0].rules[8].condition.coAccusedExcludedFromVictimSide | must be true or false
      a missing flag                            | "coAccusedExcludedFromVictimSide":true, | ' '                    | $.versions[0].rules[8].condition.coAccusedExcludedFromVictimSide | is required but missing
      an unknown role                           | "roles":["VICTIM"]             | "roles":["WITNESS"]                   | $.versions[0].rules[8].condition.roles[0] | must be one of VICTIM, VICTIM_REPRESENTATIVE
      """)
  void a_mistake_is_reported_at_its_path(String what, String from, String to, String path,
      String fragment) {
    String invalid = VALID.replace(from, to.isBlank() ? "" : to);
    assertNotEquals(VALID, invalid, "the table's 'from' must occur in the valid document");
    List<InputError> errors = assertThrows(InvalidInputException.class,
        () -> reader.read(invalid), what).errors();
    assertTrue(errors.stream().anyMatch(e -> e.path().equals(path)
            && e.message().contains(fragment)),
        () -> "expected " + path + ": …" + fragment + "… among\n" + errors.stream()
            .map(InputError::toString).collect(Collectors.joining("\n")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      an empty document                   | ''                                       | $                | is empty
      text that is not JSON               | 'versions: none'                         | $                | is not valid JSON
      a document that is an array         | '[]'                                     | $                | must be a JSON object
      null                                | 'null'                                   | $                | must be a JSON object, not null
      content after the document          | '{"schemaVersion":"1"} {}'               | $                | content after the end
      no field at all                     | '{}'                                     | $.schemaVersion  | is required but missing
      no version                          | '{"schemaVersion":"1","id":"x","name":{"en":"X","fr":"X"},"versions":[]}' | $.versions | must list at least one version
      versions that are an object         | '{"schemaVersion":"1","id":"x","name":{"en":"X","fr":"X"},"versions":{}}' | $.versions | must be an array
      a version that is not an object     | '{"schemaVersion":"1","id":"x","name":{"en":"X","fr":"X"},"versions":["v1"]}' | $.versions[0] | must be an object
      a version without rules             | '{"schemaVersion":"1","id":"x","name":{"en":"X","fr":"X"},"versions":[{"version":"1","effectiveFrom":"2026-01-01","rules":[]}]}' | $.versions[0].rules | must list at least one rule
      a version that is null              | '{"schemaVersion":"1","id":"x","name":{"en":"X","fr":"X"},"versions":[null]}' | $.versions[0] | must not be null
      a rule that is not an object        | '{"schemaVersion":"1","id":"x","name":{"en":"X","fr":"X"},"versions":[{"version":"1","effectiveFrom":"2026-01-01","rules":[7]}]}' | $.versions[0].rules[0] | must be an object
      a condition that is not an object   | '{"schemaVersion":"1","id":"x","name":{"en":"X","fr":"X"},"versions":[{"version":"1","effectiveFrom":"2026-01-01","rules":[{"id":"X","phase":"ELIGIBILITY","policy":{"en":"P","fr":"P"},"citations":[{"instrument":"I","provision":"p"}],"condition":"STAGE_IN"}]}]}' | $.versions[0].rules[0].condition | must be an object
      """)
  void a_document_of_the_wrong_shape_is_reported_at_its_path(String what, String json,
      String path, String fragment) {
    List<InputError> errors = assertThrows(InvalidInputException.class,
        () -> reader.read(json), what).errors();
    assertTrue(errors.stream().anyMatch(e -> e.path().equals(path)
            && e.message().contains(fragment)),
        () -> "expected " + path + ": …" + fragment + "… among " + errors);
  }

  @Test
  void ages_from_0_to_150_are_accepted() {
    Programme p = reader.read(VALID.replace("\"minimumAge\":12", "\"minimumAge\":0")
        .replace("\"underAge\":18", "\"underAge\":150"));
    assertEquals(AgeOnOffenceDates.between(0, 150),
        p.versions().get(0).rules().get(2).definition());
  }

  @Test
  void a_parsed_value_that_is_not_an_object_is_reported_at_the_root() throws Exception {
    JsonNode array = new ObjectMapper().readTree("[{\"schemaVersion\":\"1\"}]");
    List<InputError> errors = assertThrows(InvalidInputException.class,
        () -> reader.read(array)).errors();
    assertEquals(List.of("$"), errors.stream().map(InputError::path).toList());
  }

  @Test
  void every_mistake_of_a_document_is_reported_at_once_in_document_order() {
    String invalid = VALID
        .replace("\"id\":\"vendor-example\"", "\"id\":\"vendor example\"")
        .replace("\"forms\":[\"WRITTEN\",\"ORAL_RECORDED\"]", "\"forms\":[\"SIGNED\"]")
        .replace("\"minimumAge\":12", "\"minimumAge\":-3")
        .replace("\"minimumTerm\":\"P2Y\"", "\"minimumTerm\":\"forever\"")
        .replace("\"effectiveFrom\":\"2027-01-01\"", "\"effectiveFrom\":\"2025-01-01\"")
        .replace("\"stages\":[\"PRE_SENTENCE\"]", "\"stages\":[]");
    List<InputError> errors = assertThrows(InvalidInputException.class,
        () -> reader.read(invalid)).errors();
    assertEquals(List.of(
        "$.id",
        "$.versions[0].rules[1].condition.forms[0]",
        "$.versions[0].rules[2].condition.minimumAge",
        "$.versions[0].rules[4].condition.minimumTerm",
        "$.versions[1].effectiveFrom",
        "$.versions[1].rules[0].condition.stages"),
        errors.stream().map(InputError::path).toList());
  }

  @Test
  void no_message_repeats_a_value_of_the_document() {
    String marker = "Qzx";
    String invalid = VALID
        .replace("\"id\":\"vendor-example\"", "\"id\":\"" + marker + " id\"")
        .replace("\"version\":\"v2\"", "\"version\":\"v1\"")
        .replace("\"fr\":\"Exemple\"", "\"fr\":\"Exemple\",\"" + marker + " field\":1")
        .replace("\"effectiveFrom\":\"2026-01-01\"", "\"effectiveFrom\":\"" + marker + "\"")
        .replace("\"id\":\"V-AGE\"", "\"id\":\"" + marker + "-AGE\"")
        .replace("\"phase\":\"SUITABILITY\"", "\"phase\":\"" + marker + "\"")
        .replace("\"url\":\"https://example.org/s1\"", "\"url\":\"" + marker + " url\"")
        .replace("\"rows\":[\"CA-AM-1\"]", "\"rows\":[\"" + marker + " row\"]")
        .replace("\"type\":\"STAGE_IN\",\"stages\":[\"PRE_SENTENCE\"]",
            "\"type\":\"" + marker + "\",\"stages\":[\"PRE_SENTENCE\"]")
        .replace("\"forms\":[\"WRITTEN\",\"ORAL_RECORDED\"]", "\"forms\":[\"" + marker + "\"]")
        .replace("\"minimumTerm\":\"P2Y\"", "\"minimumTerm\":\"" + marker + "\"")
        .replace("\"included\":[\"CA-ON\"]", "\"included\":[\"" + marker + "\"]")
        .replace("\"whenExpired\":\"REVIEW\"", "\"whenExpired\":\"" + marker + "\"");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> reader.read(invalid));
    assertTrue(e.errors().size() >= 12, () -> "every change is a mistake: " + e.errors());
    for (InputError error : e.errors()) {
      assertFalse(error.toString().toLowerCase(Locale.ROOT)
          .contains(marker.toLowerCase(Locale.ROOT)), error.toString());
    }
    assertFalse(e.getMessage().contains(marker));
  }
}
