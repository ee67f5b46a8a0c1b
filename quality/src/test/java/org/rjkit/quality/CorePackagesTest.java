package org.rjkit.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages of core form no cycle, internal packages are not API, and every exception extends
 * {@code RjkitException}, in the library as built;
 * each rule is shown to report its planted violation in fixtures that break it and to stay silent
 * on fixtures that keep it.
 */
class CorePackagesTest {

  private static final String ROOT = "org.rjkit";
  private static final String FIXTURES = "org.rjkit.quality.fixtures.packages";
  private static final String VIOLATIONS = FIXTURES + ".violations";
  private static final String COMPLIANT = FIXTURES + ".compliant";

  private static JavaClasses library;
  private static JavaClasses violations;
  private static JavaClasses compliant;

  @BeforeAll
  static void importClasses() {
    library = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
    violations = new ClassFileImporter().importPackages(VIOLATIONS);
    compliant = new ClassFileImporter().importPackages(COMPLIANT);
  }

  @Test
  void the_packages_of_core_form_no_cycle() {
    PackageRules.noCycleBetweenCorePackages(ROOT).check(library);
  }

  @Test
  void only_rjkits_own_packages_use_an_internal_package() {
    PackageRules.internalPackagesUsedOnlyByRjkit(ROOT).check(library);
  }

  @Test
  void no_public_signature_shows_an_internal_type() {
    PackageRules.apiExposesNoInternalType(ROOT).check(library);
  }

  @Test
  void every_library_exception_extends_rjkit_exception() {
    PackageRules.everyExceptionExtendsRjkitException(ROOT).check(library);
  }

  @Test
  void core_has_an_internal_package_for_the_rule_to_guard() {
    assertTrue(library.contain("org.rjkit.core.internal.Identifier"));
    assertTrue(library.contain("org.rjkit.core.internal.Terms"));
  }

  @Test
  void a_cycle_between_two_core_packages_is_reported() {
    assertReported(PackageRules.noCycleBetweenCorePackages(VIOLATIONS + ".rjkit"),
        List.of("core.casefile", "core.participant"));
  }

  @Test
  void a_vendor_class_using_an_internal_package_is_reported() {
    assertReported(PackageRules.internalPackagesUsedOnlyByRjkit(VIOLATIONS + ".rjkit"),
        List.of(VIOLATIONS + ".vendor.VendorCode", "internal.Syntax"));
  }

  @Test
  void a_public_method_returning_an_internal_type_is_reported() {
    assertReported(PackageRules.apiExposesNoInternalType(VIOLATIONS + ".rjkit"),
        List.of("CaseRecord.syntax()", "internal.Syntax"));
  }

  @Test
  void an_exception_that_does_not_extend_the_base_type_is_reported() {
    assertReported(PackageRules.everyExceptionExtendsRjkitException(VIOLATIONS + ".rjkit"),
        List.of("casefile.StrayException"));
  }

  @Test
  void the_rules_are_silent_on_code_that_keeps_them() {
    String root = COMPLIANT + ".rjkit";
    PackageRules.noCycleBetweenCorePackages(root).check(compliant);
    PackageRules.internalPackagesUsedOnlyByRjkit(root).check(compliant);
    PackageRules.apiExposesNoInternalType(root).check(compliant);
    PackageRules.everyExceptionExtendsRjkitException(root).check(compliant);
  }

  /** The rule fails on the violations, with one report line naming every given text. */
  private static void assertReported(ArchRule rule, List<String> texts) {
    List<String> details = rule.evaluate(violations).getFailureReport().getDetails();
    assertTrue(details.stream().anyMatch(line -> texts.stream().allMatch(line::contains)),
        () -> "expected a violation naming " + texts + " in:\n" + String.join("\n", details));
  }
}
