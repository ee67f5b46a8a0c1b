package org.rjkit.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No two public top-level types of the library modules (core, eligibility, process-model) have
 * the same simple name, so that a vendor importing from several modules never has to qualify
 * one (issue 9, "unique type names across modules"). Nested types are named through their
 * enclosing type ({@code Rule.Builder}) and are not checked. Shown able to fail on fixtures.
 */
class UniqueTypeNamesTest {

  private static final String ROOT = "org.rjkit";
  private static final String VIOLATIONS = "org.rjkit.quality.fixtures.violations";
  private static final String COMPLIANT = "org.rjkit.quality.fixtures.compliant";

  /**
   * Duplicates found and not renamed yet, each with the reason it is still here. An entry that
   * is no longer a duplicate fails {@link #every_known_duplicate_is_still_one}, so the list only
   * shrinks.
   */
  private static final Map<String, String> KNOWN_DUPLICATES = Map.of();

  private static JavaClasses library;

  @BeforeAll
  static void importLibrary() {
    library = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  /**
   * The public top-level types of the library packages under a root, by simple name, for the
   * names that more than one of them has; names and types in alphabetical order.
   */
  static Map<String, Set<String>> duplicateSimpleNames(JavaClasses classes, String root) {
    List<String> modules = List.of(root + ".core", root + ".eligibility", root + ".process");
    Map<String, Set<String>> byName = classes.stream()
        .filter(c -> c.isTopLevelClass() && c.getModifiers().contains(JavaModifier.PUBLIC))
        .filter(c -> modules.stream().anyMatch(m -> inPackage(c, m)))
        .collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
            Collectors.mapping(JavaClass::getName, Collectors.toCollection(TreeSet::new))));
    byName.values().removeIf(names -> names.size() < 2);
    return byName;
  }

  private static boolean inPackage(JavaClass c, String pkg) {
    return c.getPackageName().equals(pkg) || c.getPackageName().startsWith(pkg + ".");
  }

  @Test
  void the_import_holds_the_three_library_modules() {
    assertTrue(library.contain("org.rjkit.core.casefile.CaseFile"), "core imported");
    assertTrue(library.contain("org.rjkit.eligibility.rule.ScreeningFacts"),
        "eligibility imported");
    assertTrue(library.contain("org.rjkit.process.disclosure.CaseFacts"),
        "process model imported");
  }

  @Test
  void no_two_public_types_of_the_library_share_a_simple_name() {
    Map<String, Set<String>> duplicates = duplicateSimpleNames(library, ROOT);
    duplicates.keySet().removeAll(KNOWN_DUPLICATES.keySet());
    assertEquals(Map.of(), duplicates);
  }

  @Test
  void every_known_duplicate_is_still_one() {
    assertTrue(duplicateSimpleNames(library, ROOT).keySet()
        .containsAll(KNOWN_DUPLICATES.keySet()),
        () -> "remove the renamed types from KNOWN_DUPLICATES; duplicates now: "
            + duplicateSimpleNames(library, ROOT));
  }

  @Test
  void a_simple_name_used_in_two_modules_is_reported_with_both_types() {
    JavaClasses fixtures = new ClassFileImporter().importPackages(VIOLATIONS);
    assertEquals(Map.of("CaseFacts", Set.of(VIOLATIONS + ".eligibility.rule.CaseFacts",
        VIOLATIONS + ".process.CaseFacts")), duplicateSimpleNames(fixtures, VIOLATIONS));
  }

  @Test
  void code_with_distinct_names_has_no_duplicate() {
    JavaClasses fixtures = new ClassFileImporter().importPackages(COMPLIANT);
    assertEquals(Map.of(), duplicateSimpleNames(fixtures, COMPLIANT));
  }
}
