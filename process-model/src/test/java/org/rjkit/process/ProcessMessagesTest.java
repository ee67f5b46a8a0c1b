package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Messages;
import org.rjkit.core.participant.Role;
import org.rjkit.eligibility.Outcome;
import org.rjkit.process.lifecycle.ProcessStage;

/**
 * The process bundle ({@code org/rjkit/process/messages.properties} and its French file) is
 * complete: the same keys in English and French, the same placeholders in both, a label for
 * every constant of every process-model enum, and no key that another module's bundle already
 * holds (it would be shadowed, since bundles are searched in order).
 */
class ProcessMessagesTest {

  private static final Map<String, String> EN = Bundles.file(Bundles.PROCESS, "");
  private static final Map<String, String> FR = Bundles.file(Bundles.PROCESS, "fr");

  @Test
  void the_process_bundle_is_one_of_the_bundles_rjkit_searches() {
    assertTrue(Messages.BUNDLES.contains("org.rjkit.process.messages"));
    assertFalse(EN.isEmpty(), "messages.properties is on the class path");
    assertFalse(FR.isEmpty(), "messages_fr.properties is on the class path");
  }

  @Test
  void every_key_exists_in_english_and_in_french() {
    Set<String> onlyEnglish = new TreeSet<>(EN.keySet());
    onlyEnglish.removeAll(FR.keySet());
    Set<String> onlyFrench = new TreeSet<>(FR.keySet());
    onlyFrench.removeAll(EN.keySet());
    assertEquals(Set.of(), onlyEnglish, "keys without French");
    assertEquals(Set.of(), onlyFrench, "keys without English");
    assertEquals(EN.keySet(), Messages.keys("org.rjkit.process.messages", Language.EN));
  }

  @Test
  void no_pattern_is_blank_and_both_languages_take_the_same_arguments() {
    Pattern placeholder = Pattern.compile("\\{(\\d+)}");
    List<String> problems = new ArrayList<>();
    for (String key : EN.keySet()) {
      Set<String> en = new TreeSet<>();
      Set<String> fr = new TreeSet<>();
      Matcher m = placeholder.matcher(EN.get(key));
      while (m.find()) {
        en.add(m.group(1));
      }
      m = placeholder.matcher(FR.getOrDefault(key, ""));
      while (m.find()) {
        fr.add(m.group(1));
      }
      if (!en.equals(fr)) {
        problems.add(key + ": " + en + " in English, " + fr + " in French");
      }
      if (EN.get(key).isBlank() || FR.getOrDefault(key, "").isBlank()) {
        problems.add(key + " is blank");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void every_constant_of_every_process_model_enum_has_a_label_in_both_languages() {
    List<Class<? extends Enum<?>>> enums = Bundles.enumsOfModule(ProcessStage.class);
    assertTrue(enums.size() >= 20, "the process model's enums were found: " + enums);
    List<String> missing = new ArrayList<>();
    for (Class<? extends Enum<?>> type : enums) {
      for (Enum<?> constant : type.getEnumConstants()) {
        String key = Messages.enumKey(constant);
        if (!EN.containsKey(key) || !FR.containsKey(key)) {
          missing.add(key);
        }
      }
    }
    assertEquals(List.of(), missing);
    assertEquals("après la détermination de la peine",
        Messages.label(Language.FR, org.rjkit.core.casefile.Stage.POST_SENTENCE),
        "the core's labels are read from the core bundle");
    assertEquals("suivi", Messages.label(Language.FR, ProcessStage.FOLLOW_UP));
  }

  @Test
  void process_model_enum_keys_are_unique_across_the_modules() {
    Set<String> processNames = new TreeSet<>();
    Bundles.enumsOfModule(ProcessStage.class).forEach(e -> processNames.add(e.getSimpleName()));
    List<String> clashes = new ArrayList<>();
    for (Class<?> module : List.of(Role.class, Outcome.class)) {
      for (Class<? extends Enum<?>> e : Bundles.enumsOfModule(module)) {
        if (processNames.contains(e.getSimpleName())) {
          clashes.add(e.getName());
        }
      }
    }
    assertEquals(List.of(), clashes, "an enum of another module with the simple name of a "
        + "process-model enum would share its label keys");
    Set<String> shadowed = new TreeSet<>(EN.keySet());
    shadowed.retainAll(Bundles.file(Bundles.CORE, "").keySet());
    shadowed.addAll(intersect(EN.keySet(),
        Bundles.file("org/rjkit/eligibility/messages", "").keySet()));
    assertEquals(Set.of(), shadowed, "keys another module's bundle already holds");
  }

  private static Set<String> intersect(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.retainAll(b);
    return out;
  }
}
