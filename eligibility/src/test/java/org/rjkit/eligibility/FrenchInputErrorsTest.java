package org.rjkit.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.core.json.ScreeningRequestWriter;
import org.rjkit.core.language.Language;
import org.rjkit.eligibility.json.RuleSetDocumentReader;
import org.rjkit.eligibility.json.RuleSetDocumentWriter;
import org.rjkit.eligibility.json.ScreeningRequestReader;
import org.rjkit.eligibility.programmes.Programmes;

/**
 * Input errors in French quote every contract token between « » (a JSON enum value with its
 * label): what is left outside the quotes has no constant name and no English word.
 */
@DisplayName("Input errors in French")
class FrenchInputErrorsTest {

  private static List<InputError> errors(Runnable read) {
    return assertThrows(InvalidInputException.class, read::run).errors();
  }

  private static void assertFrench(List<InputError> errors) {
    for (InputError e : errors) {
      String french = e.message(Language.FR);
      assertEquals(List.of(), FrenchText.problems(french), e.path() + ": " + french);
    }
  }

  @Test
  void a_rule_set_document_with_mistakes_reads_in_french_with_its_tokens_quoted() {
    ObjectNode doc = new RuleSetDocumentWriter().toTree(Programmes.all().get(0));
    doc.put("id", "vendor-french");
    ArrayNode rules = (ArrayNode) doc.get("versions").get(0).get("rules");
    ((ObjectNode) rules.get(0)).put("phase", "LATER");
    ((ObjectNode) rules.get(0)).put("extra", 1);
    ((ObjectNode) rules.get(1).get("condition")).put("type", "NO_SUCH_CONDITION");
    List<InputError> errors = errors(() -> new RuleSetDocumentReader().read(RjkitJson.write(doc)));
    assertTrue(errors.size() >= 3, errors::toString);
    assertFrench(errors);
    String phase = errors.stream().filter(e -> e.path().endsWith(".phase")).findFirst()
        .orElseThrow().message(Language.FR);
    assertTrue(phase.contains("« ELIGIBILITY » ("), phase);
  }

  @Test
  void a_request_naming_no_programme_lists_the_programmes_quoted() {
    ObjectNode request = new ScreeningRequestWriter().toTree(
        Scenario.registeredVictimOfOffenderServingThreeYears().request());
    request.put("programme", "nowhere");
    List<InputError> errors = errors(() -> ScreeningRequestReader.builtIn()
        .read(RjkitJson.write(request)));
    assertFrench(errors);
    String french = errors.get(0).message(Language.FR);
    assertTrue(french.contains("« " + Programmes.all().get(0).id().value() + " »"), french);
    assertFalse(errors.get(0).message().contains("«"), "English lists them as they are");
  }

  @Test
  void the_check_finds_an_unquoted_constant() {
    assertFalse(FrenchText.problems("doit prendre l’une des valeurs ELIGIBILITY, SUITABILITY")
        .isEmpty());
    assertEquals(List.of(), FrenchText.problems("doit prendre l’une des valeurs « ELIGIBILITY »"
        + " (admissibilité)"));
  }
}
