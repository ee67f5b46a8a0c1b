package org.rjkit.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Messages;
import org.rjkit.eligibility.json.DecisionReader;
import org.rjkit.eligibility.json.DecisionWriter;
import org.rjkit.eligibility.programmes.EnglandWalesVictimInitiated;
import org.rjkit.eligibility.rule.RuleResult;

/**
 * A vendor adds a language by adding bundles: the test resources carry a small Welsh bundle for
 * the England and Wales programme ({@code org/rjkit/eligibility/messages_cy.properties}, and a
 * few core words in {@code org/rjkit/core/messages_cy.properties}) and list {@code cy} in
 * {@code META-INF/rjkit/languages}.
 */
@DisplayName("A vendor-added language (Welsh)")
class VendorLanguageTest {

  private static final Language WELSH = Language.of("cy");

  private static Decision englandAndWalesCase() {
    return Scenario.burglaryVictimInEngland().decide();
  }

  private static RuleResult rule(Decision d, String id) {
    return d.rules().stream().filter(r -> r.ruleId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void welsh_is_configured_once_its_bundle_is_on_the_class_path() {
    assertTrue(Messages.isConfigured(WELSH));
    assertEquals(List.of(Language.EN, Language.FR, WELSH), new ArrayList<>(Messages.configured()));
    assertFalse(Messages.isConfigured(Language.of("mi")), "no Māori bundle here");
  }

  @Test
  void an_england_and_wales_case_reads_in_welsh() {
    Decision d = englandAndWalesCase();
    assertEquals(Outcome.ELIGIBLE, d.outcome());
    assertEquals("Ymdrinnir â'r achos yn GB-ENG, lle mae'r rhaglen yn gymwys.",
        rule(d, EnglandWalesVictimInitiated.JURISDICTION).reason().in(WELSH));
    assertEquals("Mae'r ceisydd P1 yn gofyn fel dioddefwr, rôl sydd â hawl i ofyn yn y rhaglen.",
        rule(d, EnglandWalesVictimInitiated.REQUESTER).reason().in(WELSH));
    assertTrue(rule(d, EnglandWalesVictimInitiated.CONSENT).reason().in(WELSH)
        .contains("(P1 a P2)"), "lists in Welsh");
    assertEquals("Cyfiawnder adferol drwy'r heddlu a gwasanaethau dioddefwyr (Cymru a Lloegr)",
        EnglandWalesVictimInitiated.PROGRAMME.name().in(WELSH));
  }

  @Test
  void a_key_the_welsh_bundle_lacks_reads_in_english() {
    RuleResult safety = rule(englandAndWalesCase(), EnglandWalesVictimInitiated.SAFETY);
    assertEquals(safety.reason().in(Language.EN), safety.reason().in(WELSH));
    assertTrue(safety.reason().in(WELSH).startsWith("The latest safety assessment"));
  }

  @Test
  void the_decision_json_carries_welsh_when_asked_and_reads_it_back() {
    Decision d = englandAndWalesCase();
    ObjectNode asked = new DecisionWriter(Set.of(WELSH)).toTree(d);
    JsonNode reason = asked.get("rules").get(0).get("reason");
    assertEquals(List.of("en", "fr", "cy"), names(reason));
    assertEquals(rule(d, EnglandWalesVictimInitiated.JURISDICTION).reason().in(WELSH),
        reason.get("cy").asText());
    assertEquals(List.of("en", "fr"), names(new DecisionWriter().toTree(d).get("rules").get(0)
        .get("reason")), "en and fr only unless asked");

    Decision back = new DecisionReader().read(new DecisionWriter(Set.of(WELSH)).write(d));
    assertEquals("Ymdrinnir â'r achos yn GB-ENG, lle mae'r rhaglen yn gymwys.",
        back.rules().get(0).reason().in(WELSH));
    assertEquals(d.outcome(), back.outcome());
  }

  @Test
  void a_language_without_bundles_is_refused_by_the_writer() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new DecisionWriter(Set.of(Language.of("mi"))).write(englandAndWalesCase()));
    assertTrue(e.getMessage().contains("mi"), e.getMessage());
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
