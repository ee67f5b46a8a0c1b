package org.rjkit.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Message;
import org.rjkit.core.language.Messages;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.programmes.Programmes;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.rule.Rule;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.eligibility.screening.Eligibility;

/**
 * The eligibility module's French is French: every key of its bundle exists in English and in
 * French, and no French text it produces (reasons for generated cases, policy sentences,
 * programme names, labels, citations, refusals) carries a Java constant name or an English word.
 */
@DisplayName("Eligibility in French")
class FrenchTextTest {

  private static final String BUNDLE = "org/rjkit/eligibility/messages";

  @Test
  void every_key_exists_in_english_and_in_french() {
    Set<Object> english = new TreeSet<>(FrenchText.bundle(BUNDLE, "").keySet());
    Set<Object> french = new TreeSet<>(FrenchText.bundle(BUNDLE, "_fr").keySet());
    assertFalse(english.isEmpty());
    assertEquals(english, french);
    for (Map.Entry<Object, Object> e : FrenchText.bundle(BUNDLE, "_fr").entrySet()) {
      assertFalse(e.getValue().toString().isBlank(), e.getKey().toString());
    }
  }

  @Test
  void the_checker_finds_constant_names_and_english_words_but_not_quoted_titles() {
    assertFalse(FrenchText.problems("à l'étape POST_SENTENCE").isEmpty());
    assertFalse(FrenchText.problems("(éclairé, WRITTEN)").isEmpty());
    assertFalse(FrenchText.problems("niveau LOW").isEmpty());
    assertFalse(FrenchText.problems("La personne requérante agit comme offender").isEmpty());
    assertFalse(FrenchText.problems("durée minimale de six months").isEmpty());
    assertEquals(List.of(), FrenchText.problems("« Sentencing Act 2002 (New Zealand) », art. 24A"));
    assertEquals(List.of(), FrenchText.problems("Code criminel, art. 743.1"));
    assertTrue(FrenchText.CONSTANTS.containsAll(Set.of("POST_SENTENCE", "VICTIM_FAMILY_MEMBER",
        "WRITTEN", "LOW", "NOT_MET", "ELIGIBILITY", "VICTIM_SIDE")), "enums of both modules");
  }

  @Test
  void every_french_pattern_of_the_bundle_is_french() {
    for (Map.Entry<Object, Object> e : FrenchText.bundle(BUNDLE, "_fr").entrySet()) {
      assertEquals(List.of(), FrenchText.problems(e.getValue().toString()),
          e.getKey() + "=" + e.getValue());
    }
  }

  @Test
  void the_words_the_english_and_french_bundles_share_are_french_words() {
    Set<String> shared = new TreeSet<>(FrenchText.words(FrenchText.bundle(BUNDLE, "").values()));
    shared.addAll(FrenchText.words(FrenchText.bundle("org/rjkit/core/messages", "").values()));
    Set<String> french = new TreeSet<>(FrenchText.words(FrenchText.bundle(BUNDLE, "_fr")
        .values()));
    french.addAll(FrenchText.words(FrenchText.bundle("org/rjkit/core/messages", "_fr").values()));
    shared.retainAll(french);
    shared.removeAll(FrenchText.ALSO_FRENCH);
    assertEquals(Set.of(), shared, "English words in a French bundle");
  }

  @Test
  void every_programme_name_policy_and_citation_reads_in_french() {
    for (Programme p : Programmes.all()) {
      check(p.id().value(), p.name().in(Language.FR));
      for (RuleSetVersion v : p.versions()) {
        for (Rule r : v.rules()) {
          check(r.id(), r.policy().in(Language.FR));
          assertFalse(r.policy().in(Language.FR).equals(r.policy().in(Language.EN)), r.id());
          for (Citation c : r.citations()) {
            check(r.id() + " " + c, c.in(Language.FR));
          }
        }
      }
    }
  }

  @Test
  void canadian_statutes_and_the_directive_are_cited_by_their_official_french_versions() {
    Set<String> french = new TreeSet<>();
    for (Programme p : Programmes.all()) {
      for (Rule r : p.versions().get(0).rules()) {
        r.citations().forEach(c -> french.add(c.in(Language.FR)));
      }
    }
    assertTrue(french.contains("Code criminel, art. 743.1"), french.toString());
    assertTrue(french.contains(
        "Loi sur le système correctionnel et la mise en liberté sous condition, par. 26.1(2)"));
    assertTrue(french.contains("Loi sur le système de justice pénale pour les adolescents,"
        + " art. 10"));
    assertTrue(french.stream().anyMatch(c -> c.startsWith("Directive 2012/29/UE")));
    assertTrue(french.contains("« Sentencing Act 2002 (New Zealand) », art. 24A(1)(a)"));
  }

  @Test
  void every_label_reads_in_french() {
    int labelled = 0;
    for (String className : FrenchText.classes("org/rjkit/core/", "org/rjkit/eligibility/")) {
      Class<?> type;
      try {
        type = Class.forName(className, false, getClass().getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new AssertionError(className, e);
      }
      if (!type.isEnum()) {
        continue;
      }
      for (Object constant : type.getEnumConstants()) {
        Enum<?> value = (Enum<?>) constant;
        if (Messages.has(Language.EN, Messages.enumKey(value))) {
          labelled++;
          check(Messages.enumKey(value), Messages.label(Language.FR, value));
        }
      }
    }
    for (Enum<?>[] values : List.<Enum<?>[]>of(RuleStatus.values(), Phase.values(),
        Outcome.values(), org.rjkit.eligibility.rule.ConsentParty.values())) {
      for (Enum<?> value : values) {
        assertTrue(Messages.has(Language.EN, Messages.enumKey(value)), Messages.enumKey(value));
      }
    }
    assertTrue(labelled > 90, "labels found: " + labelled);
  }

  @Test
  void refusals_read_in_french() {
    ProgrammeId unknown = ProgrammeId.of("nowhere");
    check("unknown programme", new UnknownProgrammeException(unknown).text().in(Language.FR));
    check("not in force", new RuleSetNotInForceException(unknown, "2026-01-01").text()
        .in(Language.FR));
  }

  @Provide
  Arbitrary<Tuple.Tuple2<String, ScreeningRequest>> requests() {
    return ScreeningArbitraries.requests();
  }

  @Property(tries = 300)
  void every_reason_of_every_rule_reads_in_french(
      @ForAll("requests") Tuple.Tuple2<String, ScreeningRequest> r) {
    Decision d = Eligibility.screen(r.get2());
    for (RuleResult result : d.rules()) {
      assertInstanceOf(Message.class, result.reason(), "nothing is formatted while screening");
      check(r.get1() + " " + result.ruleId(), result.reason().in(Language.FR));
      String english = result.reason().in(Language.EN);
      List<String> constants = new ArrayList<>();
      for (String token : english.split("[^A-Za-z0-9_]+")) {
        if (token.length() > 1 && FrenchText.CONSTANTS.contains(token)) {
          constants.add(token);
        }
      }
      assertEquals(List.of(), constants, english);
    }
  }

  private static void check(String what, String french) {
    assertFalse(french.isBlank(), what);
    assertEquals(List.of(), FrenchText.problems(french), what + ": " + french);
  }
}
