package org.rjkit.eligibility.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.offence.OffenceCategory;
import org.rjkit.core.participant.Role;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.programmes.CscRestorativeOpportunities;
import org.rjkit.eligibility.programmes.QuebecPmrg;
import org.rjkit.eligibility.rule.OffenceCategoriesIncluded;
import org.rjkit.eligibility.rule.RequesterStanding;

/**
 * The conditions the revised rules added to the rule vocabulary (issue 8), in a rule-set
 * document: {@code OFFENCE_CATEGORIES_INCLUDED} (Québec rule 4b) and the optional
 * {@code representativeOnlyForRegisteredVictim} of {@code REQUESTER_STANDING} (CSC rule 2).
 */
@DisplayName("Rule-set documents: the conditions of the revised rules")
class RevisedConditionsTest {

  private final RuleSetDocumentReader reader = new RuleSetDocumentReader();

  private static String document(String condition) {
    return """
        {"schemaVersion":"1","id":"vendor-example","name":{"en":"Example","fr":"Exemple"},
         "versions":[{"version":"v1","effectiveFrom":"2026-01-01","rules":[
          {"id":"V-RULE","phase":"ELIGIBILITY","policy":{"en":"Rule.","fr":"Règle."},
           "citations":[{"instrument":"Instrument","provision":"s. 1"}],
           "condition":%s}]}]}
        """.formatted(condition);
  }

  @Test
  void the_included_offences_and_the_registered_victim_requirement_are_read() {
    Programme p = reader.read(document("{\"type\":\"OFFENCE_CATEGORIES_INCLUDED\","
        + "\"included\":[\"THEFT\",\"FRAUD\"],\"excluded\":[\"HOMICIDE\"]}"));
    assertEquals(new OffenceCategoriesIncluded(EnumSet.of(OffenceCategory.THEFT,
            OffenceCategory.FRAUD), EnumSet.of(OffenceCategory.HOMICIDE)),
        p.versions().get(0).rules().get(0).definition());
    Programme q = reader.read(document("{\"type\":\"REQUESTER_STANDING\",\"roles\":"
        + "[\"VICTIM_REPRESENTATIVE\"],\"coAccusedExcludedFromVictimSide\":true,"
        + "\"familyMemberOnlyForDeceasedVictim\":false,"
        + "\"representativeOnlyForRegisteredVictim\":true}"));
    assertEquals(RequesterStanding.of(Set.of(Role.VICTIM_REPRESENTATIVE),
        RequesterStanding.Restriction.CO_ACCUSED_EXCLUDED_FROM_VICTIM_SIDE,
        RequesterStanding.Restriction.REPRESENTATIVE_ONLY_FOR_REGISTERED_VICTIM),
        q.versions().get(0).rules().get(0).definition());
  }

  @Test
  void a_document_without_the_registered_victim_requirement_reads_as_before() {
    Programme p = reader.read(document("{\"type\":\"REQUESTER_STANDING\",\"roles\":"
        + "[\"VICTIM\"],\"coAccusedExcludedFromVictimSide\":true,"
        + "\"familyMemberOnlyForDeceasedVictim\":false}"));
    assertEquals(RequesterStanding.of(Set.of(Role.VICTIM),
        RequesterStanding.Restriction.CO_ACCUSED_EXCLUDED_FROM_VICTIM_SIDE),
        p.versions().get(0).rules().get(0).definition());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # what                                     | condition | path | message says
      no included category                       | {"type":"OFFENCE_CATEGORIES_INCLUDED","included":[],"excluded":[]} | condition.included | at least
      a category both included and excluded      | {"type":"OFFENCE_CATEGORIES_INCLUDED","included":["THEFT"],"excluded":["THEFT"]} | condition.excluded | must not list a category that included lists
      an unknown category                        | {"type":"OFFENCE_CATEGORIES_INCLUDED","included":["PIRACY"],"excluded":[]} | condition.included[0] | must be one of
      a registered requirement that is not a boolean | {"type":"REQUESTER_STANDING","roles":["VICTIM"],"coAccusedExcludedFromVictimSide":true,"familyMemberOnlyForDeceasedVictim":false,"representativeOnlyForRegisteredVictim":"yes"} | condition.representativeOnlyForRegisteredVictim | must be
      """)
  void mistakes_are_reported_at_their_path(String what, String condition, String path,
      String message) {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> reader.read(document(condition)));
    assertTrue(e.errors().stream().anyMatch(x -> x.path().endsWith(path)
        && x.message().contains(message)), () -> what + ": " + e.errors());
  }

  @Test
  void the_revised_built_in_programmes_read_back_equal_to_themselves() {
    for (Programme p : java.util.List.of(CscRestorativeOpportunities.PROGRAMME,
        QuebecPmrg.PROGRAMME)) {
      String json = new RuleSetDocumentWriter().write(p);
      assertEquals(org.rjkit.eligibility.Frozen.programme(p), reader.read(json), p.id().value());
    }
    assertTrue(new RuleSetDocumentWriter().write(CscRestorativeOpportunities.PROGRAMME)
        .contains("\"representativeOnlyForRegisteredVictim\":true"));
    assertTrue(new RuleSetDocumentWriter().write(QuebecPmrg.PROGRAMME)
        .contains("\"OFFENCE_CATEGORIES_INCLUDED\""));
  }
}
