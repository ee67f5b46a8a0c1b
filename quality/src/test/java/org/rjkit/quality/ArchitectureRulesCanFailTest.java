package org.rjkit.quality;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The architecture rules are not vacuous: applied to fixtures written to break them, each one
 * reports every planted violation; applied to fixtures that follow the conventions, none fires.
 */
class ArchitectureRulesCanFailTest {

  private static final String VIOLATIONS = "org.rjkit.quality.fixtures.violations";
  private static final String COMPLIANT = "org.rjkit.quality.fixtures.compliant";

  private static JavaClasses violations;
  private static JavaClasses compliant;

  @BeforeAll
  static void importFixtures() {
    violations = new ClassFileImporter().importPackages(VIOLATIONS);
    compliant = new ClassFileImporter().importPackages(COMPLIANT);
  }

  static Stream<Arguments> everyRule() {
    return Stream.of(
        rule("jackson only in json packages", LibraryRules::jacksonOnlyInJsonPackages),
        rule("core depends on no other module", LibraryRules::coreDependsOnNoOtherModule),
        rule("eligibility ignores process and samples",
            LibraryRules::eligibilityIgnoresProcessAndSamples),
        rule("process model depends on core and eligibility only",
            LibraryRules::processModelDependsOnlyOnCoreAndEligibility),
        rule("library ignores samples", LibraryRules::libraryIgnoresSamples),
        rule("no meaningless package names", LibraryRules::noMeaninglessPackageNames),
        rule("no system clock", LibraryRules::noSystemClock),
        rule("no default locale or zone", LibraryRules::noDefaultLocaleOrZone),
        rule("exceptions carry no input values", LibraryRules::exceptionsCarryNoInputValues));
  }

  private static Arguments rule(String name, Function<String, ArchRule> rule) {
    return Arguments.of(name, rule);
  }

  @ParameterizedTest(name = "{0}: reports the planted violations")
  @MethodSource("everyRule")
  void every_rule_fails_on_code_that_breaks_it(String name, Function<String, ArchRule> rule) {
    assertTrue(rule.apply(VIOLATIONS).evaluate(violations).hasViolation(), name);
  }

  @ParameterizedTest(name = "{0}: silent on conforming code")
  @MethodSource("everyRule")
  void every_rule_passes_on_code_that_follows_the_conventions(
      String name, Function<String, ArchRule> rule) {
    rule.apply(COMPLIANT).check(compliant);
  }

  @Test
  void jackson_outside_a_json_package_is_reported() {
    assertReported(LibraryRules.jacksonOnlyInJsonPackages(VIOLATIONS),
        "core.JacksonInTheDomain", "com.fasterxml.jackson.databind.ObjectMapper");
  }

  @Test
  void core_using_eligibility_is_reported() {
    assertReported(LibraryRules.coreDependsOnNoOtherModule(VIOLATIONS),
        "core.CoreReachingUp", "eligibility.Screening");
  }

  @ParameterizedTest(name = "eligibility using {0} is reported")
  @CsvSource(delimiter = '|', textBlock = """
      process model | process.Conference
      samples       | samples.Console
      """)
  void eligibility_using_the_process_model_or_samples_is_reported(String what, String target) {
    assertReported(LibraryRules.eligibilityIgnoresProcessAndSamples(VIOLATIONS),
        "eligibility.Screening", target);
  }

  @Test
  void the_process_model_using_another_module_is_reported() {
    assertReported(LibraryRules.processModelDependsOnlyOnCoreAndEligibility(VIOLATIONS),
        "process.ProcessReachingOut", "common.Meaningless");
  }

  @Test
  void library_using_samples_is_reported() {
    assertReported(LibraryRules.libraryIgnoresSamples(VIOLATIONS),
        "eligibility.Screening", "samples.Console");
  }

  @Test
  void each_meaningless_package_name_is_reported() {
    EvaluationResult result =
        LibraryRules.noMeaninglessPackageNames(VIOLATIONS).evaluate(violations);
    for (String name : LibraryRules.MEANINGLESS_PACKAGE_NAMES) {
      assertContains(result, VIOLATIONS + "." + name + ".Meaningless");
    }
  }

  @ParameterizedTest(name = "{1} is reported")
  @CsvSource(delimiter = '|', textBlock = """
      localDateNow           | LocalDate.now
      localDateNowInZone     | LocalDate.now
      localDateTimeNow       | LocalDateTime.now
      zonedDateTimeNow       | ZonedDateTime.now
      offsetDateTimeNow      | OffsetDateTime.now
      offsetTimeNow          | OffsetTime.now
      instantNow             | Instant.now
      localTimeNow           | LocalTime.now
      yearNow                | Year.now
      yearMonthNow           | YearMonth.now
      monthDayNow            | MonthDay.now
      clockSystemUtc         | Clock.system*
      clockSystemDefaultZone | Clock.system*
      clockSystem            | Clock.system*
      currentTimeMillis      | System.currentTimeMillis
      nanoTime               | System.nanoTime
      newDate                | new Date()
      calendar               | Calendar.getInstance
      todayReference         | LocalDate.now
      """)
  void reading_the_system_clock_is_reported(String fixtureMethod, String forbidden) {
    assertReported(LibraryRules.noSystemClock(VIOLATIONS),
        "core.ClockReader." + fixtureMethod + "()", "[" + forbidden + "]");
  }

  @ParameterizedTest(name = "{1} is reported")
  @CsvSource(delimiter = '|', textBlock = """
      localeDefault          | Locale.getDefault
      localeDefaultForFormat | Locale.getDefault
      timeZoneDefault        | TimeZone.getDefault
      zoneSystemDefault      | ZoneId.systemDefault
      lower                  | String.toLowerCase()
      upper                  | String.toUpperCase()
      format                 | String.format without a Locale
      formatted              | String.formatted
      pattern                | DateTimeFormatter.ofPattern without a Locale
      lowerReference         | String.toLowerCase()
      """)
  void reading_the_default_locale_or_zone_is_reported(String fixtureMethod, String forbidden) {
    assertReported(LibraryRules.noDefaultLocaleOrZone(VIOLATIONS),
        "core.LocaleReader." + fixtureMethod + "(", "[" + forbidden + "]");
  }

  @ParameterizedTest(name = "an exception that {0} is reported")
  @CsvSource(delimiter = '|', textBlock = """
      holds a case file                    | core.LeakyExceptions$HoldsCaseFile.caseFile         | org.rjkit.core.casefile.CaseFile
      holds a list of victims              | core.LeakyExceptions$HoldsVictims.victims           | org.rjkit.core.participant.Victim
      holds an optional date of birth      | core.LeakyExceptions$HoldsDateOfBirth.dateOfBirth   | java.time.LocalDate
      holds a sentence length              | core.LeakyExceptions$HoldsPeriod.term               | java.time.Period
      holds a JSON document                | core.LeakyExceptions$HoldsJson.document             | com.fasterxml.jackson.databind.JsonNode
      holds any value at all               | core.LeakyExceptions$HoldsAnything.rejectedValue    | java.lang.Object
      takes an offender in its constructor | core.LeakyExceptions$TakesOffender.<init>           | org.rjkit.core.participant.Offender
      holds a participant's letter         | process.LeakyProcessException.letter                | process.LetterContent
      """)
  void an_exception_holding_input_values_is_reported(String what, String member, String type) {
    assertReported(LibraryRules.exceptionsCarryNoInputValues(VIOLATIONS), member, type);
  }

  /** The report has a line naming both the offending code (relative to the root) and what. */
  private static void assertReported(ArchRule rule, String where, String what) {
    EvaluationResult result = rule.evaluate(violations);
    String fullWhere = VIOLATIONS + "." + where;
    List<String> details = result.getFailureReport().getDetails();
    assertTrue(details.stream().anyMatch(line -> line.contains(fullWhere) && line.contains(what)),
        () -> "expected a violation naming " + fullWhere + " and " + what + " in:\n"
            + details.stream().collect(Collectors.joining("\n")));
  }

  private static void assertContains(EvaluationResult result, String text) {
    List<String> details = result.getFailureReport().getDetails();
    assertFalse(details.isEmpty(), "no violation at all");
    assertTrue(details.stream().anyMatch(line -> line.contains(text)),
        () -> "expected a violation naming " + text + " in:\n" + String.join("\n", details));
  }
}
