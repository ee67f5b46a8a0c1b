package org.rjkit.quality;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The code rules of the project conventions (conventions.md) as ArchUnit rules.
 *
 * <p>Every rule is a function of a root package. {@link ArchitectureTest} applies them to
 * {@code org.rjkit} (the library as built); {@code ArchitectureRulesCanFailTest} applies the very
 * same rules to {@code org.rjkit.quality.fixtures.violations}, a miniature of the library layout
 * ({@code core}, {@code eligibility}, {@code process}, {@code samples}) written to break each rule,
 * and to {@code org.rjkit.quality.fixtures.compliant}, written to keep them. A rule that passes
 * on the library is therefore known to be able to fail, and known not to fire on code that
 * follows the conventions.
 */
final class LibraryRules {

  /** Package segments that describe no domain concept (conventions.md, "Layout"). */
  static final List<String> MEANINGLESS_PACKAGE_NAMES =
      List.of("impl", "util", "utils", "common", "helpers", "manager");

  private LibraryRules() {}

  private static String[] libraryPackages(String root) {
    return new String[] {root + ".core..", root + ".eligibility..", root + ".process.."};
  }

  /** Jackson is imported only in packages named {@code json}; the domain compiles without it. */
  static ArchRule jacksonOnlyInJsonPackages(String root) {
    return noClasses()
        .that().resideInAPackage(root + "..")
        .and().resideOutsideOfPackage("..json..")
        .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
        .as("Jackson is used only in packages named json")
        .because("the domain must compile and be usable without Jackson (conventions.md)");
  }

  /** {@code core} is the bottom of the dependency graph. */
  static ArchRule coreDependsOnNoOtherModule(String root) {
    return noClasses()
        .that().resideInAPackage(root + ".core..")
        .should().dependOnClassesThat(
            resideInAPackage(root + "..").and(DescribedPredicate.not(
                resideInAPackage(root + ".core.."))))
        .as("core depends on no other rjkit module")
        .because("dependencies point one way: core <- eligibility, core <- process-model");
  }

  /** Eligibility screening knows nothing of the process that may follow, nor of the samples. */
  static ArchRule eligibilityIgnoresProcessAndSamples(String root) {
    return noClasses()
        .that().resideInAPackage(root + ".eligibility..")
        .should().dependOnClassesThat(
            resideInAnyPackage(root + ".process..", root + ".samples.."))
        .as("eligibility depends neither on the process model nor on the samples")
        .because("dependencies point one way (conventions.md, Layout)");
  }

  /**
   * The process model depends on core and eligibility (it asks the programme's own rules about
   * suitability) and on no other rjkit module; eligibility never depends on the process model
   * ({@link #eligibilityIgnoresProcessAndSamples(String)}).
   */
  static ArchRule processModelDependsOnlyOnCoreAndEligibility(String root) {
    return noClasses()
        .that().resideInAPackage(root + ".process..")
        .should().dependOnClassesThat(
            resideInAPackage(root + "..").and(DescribedPredicate.not(resideInAnyPackage(
                root + ".core..", root + ".eligibility..", root + ".process.."))))
        .as("the process model depends on core and eligibility only")
        .because("dependencies point one way: core <- eligibility <- process-model "
            + "(conventions.md, Layout)");
  }

  /** No library module depends on an application. */
  static ArchRule libraryIgnoresSamples(String root) {
    return noClasses()
        .that().resideInAnyPackage(libraryPackages(root))
        .should().dependOnClassesThat(resideInAPackage(root + ".samples.."))
        .as("library code does not depend on the samples")
        .because("samples use the library, never the other way round");
  }

  /** Packages are named after domain concepts. */
  static ArchRule noMeaninglessPackageNames(String root) {
    String[] patterns = MEANINGLESS_PACKAGE_NAMES.stream()
        .map(name -> root + ".." + name + "..")
        .toArray(String[]::new);
    return noClasses()
        .that().resideInAPackage(root + "..")
        .should().resideInAnyPackage(patterns)
        .as("no package is named " + String.join(", ", MEANINGLESS_PACKAGE_NAMES))
        .because("packages are named after domain concepts (conventions.md, Layout)");
  }

  /** Time is passed in ({@code now(Clock)}, a date parameter), never read from the machine. */
  static ArchRule noSystemClock(String root) {
    return classes()
        .that().resideInAnyPackage(libraryPackages(root))
        .should(notUse(ForbiddenTarget.SYSTEM_CLOCK, "read the system clock"))
        .because("decisions are reproducible: the date of a decision is an input");
  }

  /** Output never depends on the machine's locale or time zone. */
  static ArchRule noDefaultLocaleOrZone(String root) {
    return classes()
        .that().resideInAnyPackage(libraryPackages(root))
        .should(notUse(ForbiddenTarget.DEFAULT_LOCALE_OR_ZONE,
            "read the default locale or time zone"))
        .because("the same input gives the same output on every machine (tests run in tr_TR"
            + " and Pacific/Chatham to show it)");
  }

  /**
   * Library exceptions carry no input values. Checkable form: no class in the library that is
   * assignable to {@link Throwable} declares a field, or a constructor parameter, whose type
   * (including generic type arguments, e.g. {@code List<Victim>}) is one that holds personal
   * data or process content; see {@link #holdsInputValues(String)}.
   */
  static ArchRule exceptionsCarryNoInputValues(String root) {
    DescribedPredicate<JavaClass> forbidden = holdsInputValues(root);
    return classes()
        .that().resideInAPackage(root + "..")
        .and().areAssignableTo(Throwable.class)
        .should(holdNoFieldAndTakeNoConstructorParameterOf(forbidden))
        .as("library exceptions hold no field and take no constructor parameter of "
            + forbidden.getDescription())
        .because("an exception travels into logs and error pages: it names the field and the"
            + " rule broken, never the value (conventions.md, Failures)");
  }

  /**
   * The types that hold personal data or process content: the case file, participants (every
   * variant), dates and periods (dates of birth, offence dates), raw JSON, {@code Object} (which
   * can hold any of these), and anything in the process model whose simple name contains
   * {@code Content}, {@code Message} or {@code Letter}.
   */
  static DescribedPredicate<JavaClass> holdsInputValues(String root) {
    Set<String> exactTypes = Set.of(
        "java.time.LocalDate", "java.time.Period", "java.lang.Object");
    Set<String> familyTypes = Set.of(
        "org.rjkit.core.casefile.CaseFile",
        "org.rjkit.core.participant.Participant",
        "com.fasterxml.jackson.databind.JsonNode");
    String processPackage = root + ".process";
    return DescribedPredicate.describe(
        "a type holding personal data or process content (CaseFile, Participant and its"
            + " variants, LocalDate, Period, JsonNode, Object, " + processPackage
            + ".. types named *Content*, *Message*, *Letter*)",
        type -> exactTypes.contains(type.getName())
            || familyTypes.stream().anyMatch(type::isAssignableTo)
            || ((type.getPackageName().equals(processPackage)
                    || type.getPackageName().startsWith(processPackage + "."))
                && type.getSimpleName().matches(".*(Content|Message|Letter).*")));
  }

  private static ArchCondition<JavaClass> holdNoFieldAndTakeNoConstructorParameterOf(
      DescribedPredicate<JavaClass> forbidden) {
    return new ArchCondition<>("hold no field and take no constructor parameter of "
        + forbidden.getDescription()) {
      @Override
      public void check(JavaClass exception, ConditionEvents events) {
        for (JavaField field : exception.getFields()) {
          for (JavaClass type : field.getAllInvolvedRawTypes()) {
            if (forbidden.test(type)) {
              events.add(SimpleConditionEvent.violated(field,
                  field.getFullName() + " is of a type involving " + type.getName()));
            }
          }
        }
        for (JavaConstructor constructor : exception.getConstructors()) {
          for (JavaType parameter : constructor.getParameterTypes()) {
            for (JavaClass type : parameter.getAllInvolvedRawTypes()) {
              if (forbidden.test(type)) {
                events.add(SimpleConditionEvent.violated(constructor,
                    constructor.getFullName() + " takes a parameter involving "
                        + type.getName()));
              }
            }
          }
        }
      }
    };
  }

  /**
   * Forbids calls <em>and method references</em> ({@code String::toLowerCase},
   * {@code LocalDate::now}) to the given targets. ArchUnit's {@code callMethodWhere} sees only
   * calls, so the condition walks every code-unit access instead.
   */
  private static ArchCondition<JavaClass> notUse(List<ForbiddenTarget> targets, String what) {
    String listed = targets.stream().map(ForbiddenTarget::label)
        .collect(Collectors.joining(", "));
    return new ArchCondition<>("not " + what + " (" + listed + ")") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        for (JavaAccess<?> access : javaClass.getAccessesFromSelf()) {
          if (access instanceof JavaCodeUnitAccess<?>
              && access.getTarget() instanceof CodeUnitAccessTarget target) {
            for (ForbiddenTarget forbidden : targets) {
              if (forbidden.matches(target)) {
                events.add(SimpleConditionEvent.violated(access,
                    access.getDescription() + " [" + forbidden.label() + "]"));
              }
            }
          }
        }
      }
    };
  }

  /** A JDK method or constructor the library must not call, with a name a reviewer reads. */
  record ForbiddenTarget(String label, String owner, Predicate<String> name,
      Predicate<List<String>> parameters) {

    static final List<String> NOW_OWNERS = List.of(
        "java.time.LocalDate", "java.time.LocalDateTime", "java.time.ZonedDateTime",
        "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.Instant",
        "java.time.LocalTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    /** Reading the machine's clock. {@code now(Clock)} is allowed: the clock is passed in. */
    static final List<ForbiddenTarget> SYSTEM_CLOCK = systemClock();

    /** Reading the machine's locale or zone, directly or through a locale-less overload. */
    static final List<ForbiddenTarget> DEFAULT_LOCALE_OR_ZONE = List.of(
        method("Locale.getDefault", "java.util.Locale", "getDefault", any()),
        method("TimeZone.getDefault", "java.util.TimeZone", "getDefault", any()),
        method("ZoneId.systemDefault", "java.time.ZoneId", "systemDefault", any()),
        method("String.toLowerCase()", "java.lang.String", "toLowerCase", none()),
        method("String.toUpperCase()", "java.lang.String", "toUpperCase", none()),
        method("String.format without a Locale", "java.lang.String", "format",
            params -> params.isEmpty() || !params.get(0).equals("java.util.Locale")),
        method("String.formatted", "java.lang.String", "formatted", any()),
        method("DateTimeFormatter.ofPattern without a Locale",
            "java.time.format.DateTimeFormatter", "ofPattern",
            params -> params.equals(List.of("java.lang.String"))));

    private static List<ForbiddenTarget> systemClock() {
      List<ForbiddenTarget> list = new java.util.ArrayList<>();
      for (String owner : NOW_OWNERS) {
        String simple = owner.substring(owner.lastIndexOf('.') + 1);
        list.add(method(simple + ".now", owner, "now",
            params -> !params.equals(List.of("java.time.Clock"))));
      }
      list.add(new ForbiddenTarget("Clock.system*", "java.time.Clock",
          name -> name.startsWith("system"), any()));
      list.add(method("System.currentTimeMillis", "java.lang.System", "currentTimeMillis",
          any()));
      list.add(method("System.nanoTime", "java.lang.System", "nanoTime", any()));
      list.add(method("new Date()", "java.util.Date", "<init>", none()));
      list.add(method("Calendar.getInstance", "java.util.Calendar", "getInstance", any()));
      return List.copyOf(list);
    }

    private static ForbiddenTarget method(String label, String owner, String name,
        Predicate<List<String>> parameters) {
      return new ForbiddenTarget(label, owner, name::equals, parameters);
    }

    private static Predicate<List<String>> any() {
      return params -> true;
    }

    private static Predicate<List<String>> none() {
      return List::isEmpty;
    }

    boolean matches(CodeUnitAccessTarget target) {
      return target.getOwner().getName().equals(owner)
          && name.test(target.getName())
          && parameters.test(target.getRawParameterTypes().stream()
              .map(JavaClass::getName).collect(Collectors.toList()));
    }
  }
}
