package org.rjkit.quality;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The library as built (core, eligibility, process-model; test classes excluded) follows the
 * code rules of the conventions. Each rule is shown able to fail in
 * {@link ArchitectureRulesCanFailTest}.
 */
class ArchitectureTest {

  private static final String ROOT = "org.rjkit";

  private static JavaClasses library;

  @BeforeAll
  static void importLibrary() {
    library = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  @Test
  void the_import_holds_the_library_and_no_test_classes() {
    assertTrue(library.contain("org.rjkit.core.casefile.CaseFile"), "core imported");
    assertTrue(library.contain("org.rjkit.eligibility.Decision"), "eligibility imported");
    assertFalse(library.stream().anyMatch(c -> c.getPackageName().startsWith("org.rjkit.quality")),
        "test classes of the quality module are not part of the library");
  }

  @Test
  void jackson_is_used_only_in_json_packages() {
    LibraryRules.jacksonOnlyInJsonPackages(ROOT).check(library);
  }

  @Test
  void core_depends_on_no_other_rjkit_module() {
    LibraryRules.coreDependsOnNoOtherModule(ROOT).check(library);
  }

  @Test
  void eligibility_depends_neither_on_the_process_model_nor_on_samples() {
    LibraryRules.eligibilityIgnoresProcessAndSamples(ROOT).check(library);
  }

  @Test
  void the_process_model_depends_on_core_and_eligibility_only() {
    LibraryRules.processModelDependsOnlyOnCoreAndEligibility(ROOT).check(library);
  }

  @Test
  void the_process_model_asks_the_programmes_own_rules() {
    assertTrue(library.get("org.rjkit.process.lifecycle.Guards").getDirectDependenciesFromSelf()
            .stream().anyMatch(d -> d.getTargetClass().getPackageName()
                .startsWith("org.rjkit.eligibility")),
        "process-model -> eligibility is the one dependency between them");
  }

  @Test
  void library_code_does_not_depend_on_samples() {
    LibraryRules.libraryIgnoresSamples(ROOT).check(library);
  }

  @Test
  void no_package_is_named_impl_util_utils_common_helpers_or_manager() {
    LibraryRules.noMeaninglessPackageNames(ROOT).check(library);
  }

  @Test
  void library_code_never_reads_the_system_clock() {
    LibraryRules.noSystemClock(ROOT).check(library);
  }

  @Test
  void library_code_never_reads_the_default_locale_or_time_zone() {
    LibraryRules.noDefaultLocaleOrZone(ROOT).check(library);
  }

  @Test
  void library_exceptions_carry_no_personal_data_or_process_content() {
    LibraryRules.exceptionsCarryNoInputValues(ROOT).check(library);
  }
}
