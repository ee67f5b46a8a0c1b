package org.rjkit.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No package of the eligibility module depends, directly or through others, on a package that
 * depends on it (conventions.md, "No cycles between packages either"; issue 9). Every package
 * is its own slice, the root package {@code org.rjkit.eligibility} included. The same rule is
 * shown to report the cycle planted in the fixtures and to stay silent on one-way code.
 */
class EligibilityPackageCyclesTest {

  private static final String ROOT = "org.rjkit";
  private static final String VIOLATIONS = "org.rjkit.quality.fixtures.violations";
  private static final String COMPLIANT = "org.rjkit.quality.fixtures.compliant";

  private static JavaClasses library;

  @BeforeAll
  static void importLibrary() {
    library = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  /**
   * The packages of {@code root.eligibility} are free of cycles.
   *
   * @param root the package that holds the module layout ({@code org.rjkit} for the library)
   * @return the rule
   */
  static ArchRule eligibilityPackagesFreeOfCycles(String root) {
    String eligibility = root + ".eligibility";
    return SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass c) {
        String pkg = c.getPackageName();
        return pkg.equals(eligibility) || pkg.startsWith(eligibility + ".")
            ? SliceIdentifier.of(pkg) : SliceIdentifier.ignore();
      }

      @Override
      public String getDescription() {
        return "every package of " + eligibility;
      }
    }).should().beFreeOfCycles()
        .as("the packages of " + eligibility + " are free of cycles")
        .because("dependencies between packages point one way (conventions.md, Layout)");
  }

  @Test
  void the_import_holds_every_eligibility_package() {
    Set<String> packages = library.stream().map(JavaClass::getPackageName)
        .filter(p -> p.startsWith("org.rjkit.eligibility")).collect(Collectors.toSet());
    assertTrue(packages.containsAll(List.of("org.rjkit.eligibility",
        "org.rjkit.eligibility.rule", "org.rjkit.eligibility.programmes",
        "org.rjkit.eligibility.json")), () -> "imported: " + packages);
  }

  @Test
  void the_eligibility_packages_are_free_of_cycles() {
    eligibilityPackagesFreeOfCycles(ROOT).check(library);
  }

  @Test
  void a_cycle_between_the_root_and_the_rule_package_is_reported() {
    JavaClasses fixtures = new ClassFileImporter().importPackages(VIOLATIONS);
    EvaluationResult result = eligibilityPackagesFreeOfCycles(VIOLATIONS).evaluate(fixtures);
    assertTrue(result.hasViolation(), "the planted cycle is found");
    String report = String.join("\n", result.getFailureReport().getDetails());
    assertTrue(report.contains(VIOLATIONS + ".eligibility.RuleOutcome")
        && report.contains(VIOLATIONS + ".eligibility.rule.Condition"), report);
  }

  @Test
  void one_way_dependencies_are_not_reported() {
    JavaClasses fixtures = new ClassFileImporter().importPackages(COMPLIANT);
    eligibilityPackagesFreeOfCycles(COMPLIANT).check(fixtures);
  }
}
