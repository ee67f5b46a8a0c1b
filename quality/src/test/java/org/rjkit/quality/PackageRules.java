package org.rjkit.quality;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * The package rules of the 1.0 API (issue 9, "One shape for the API"): no cycle between the
 * packages of core, internal packages are not API, and every exception extends one base type. Like {@link LibraryRules}, every rule is a
 * function of a root package, applied to the library by {@link CorePackagesTest} and to fixtures
 * that break and keep each rule ({@code org.rjkit.quality.fixtures.packages}).
 */
final class PackageRules {

  private PackageRules() {}

  /**
   * No cycle between the packages of core: each top-level package under {@code root.core}
   * (with its subpackages) is a slice, and no slice depends on itself through others.
   */
  static ArchRule noCycleBetweenCorePackages(String root) {
    return SlicesRuleDefinition.slices()
        .matching(root + ".core.(*)..")
        .namingSlices("core.$1")
        .should().beFreeOfCycles()
        .as("the packages of core are free of cycles")
        .because("a package cycle makes the packages one unit that cannot be read, tested or"
            + " changed apart (conventions.md, Layout: no cycles between packages)");
  }

  /**
   * Only rjkit's own code uses an {@code internal} package: no class outside {@code root}
   * depends on a class in {@code root..internal..}. Applied to the library as built, which holds
   * only rjkit's own classes, the rule guards against rjkit code moving out of its packages; the
   * fixtures show it reports a vendor's class that reaches in.
   */
  static ArchRule internalPackagesUsedOnlyByRjkit(String root) {
    return noClasses()
        .that().resideOutsideOfPackage(root + "..")
        .should().dependOnClassesThat().resideInAPackage(root + "..internal..")
        .allowEmptyShould(true)
        .as("only rjkit's own packages depend on an internal package")
        .because("internal packages are not API: they may change in any release");
  }

  /**
   * The API never shows an internal type: no public or protected member of a public class outside
   * {@code root..internal..} has an internal type in its signature (field type, parameter, return
   * type, declared exception, with generic type arguments), and no such class extends or
   * implements an internal type.
   */
  static ArchRule apiExposesNoInternalType(String root) {
    String internal = root + "..internal..";
    return classes()
        .that().resideInAPackage(root + "..")
        .and().resideOutsideOfPackage(internal)
        .and().arePublic()
        .should(exposeNoTypeIn(root))
        .as("no public signature outside an internal package mentions an internal type")
        .because("a vendor must be able to use every public member without an internal type");
  }

  /**
   * Every exception of the library (core, eligibility, process model) extends
   * {@code root.core.RjkitException}, so that a caller can catch any of them with one type.
   */
  static ArchRule everyExceptionExtendsRjkitException(String root) {
    String base = root + ".core.RjkitException";
    return classes()
        .that().resideInAnyPackage(root + ".core..", root + ".eligibility..", root + ".process..")
        .and().areAssignableTo(Throwable.class)
        .and().doNotHaveFullyQualifiedName(base)
        .should().beAssignableTo(base)
        .as("every library exception extends " + base)
        .because("one unchecked base type lets a caller handle every rjkit failure (issue 9)");
  }

  private static boolean isInternal(JavaClass type, String root) {
    String name = type.getPackageName();
    return (name.equals(root) || name.startsWith(root + "."))
        && (name.contains(".internal.") || name.endsWith(".internal"));
  }

  private static ArchCondition<JavaClass> exposeNoTypeIn(String root) {
    return new ArchCondition<>("expose no type of an internal package") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        List<JavaClass> supertypes = new ArrayList<>();
        javaClass.getRawSuperclass().ifPresent(supertypes::add);
        supertypes.addAll(javaClass.getRawInterfaces());
        for (JavaClass supertype : supertypes) {
          if (isInternal(supertype, root)) {
            events.add(SimpleConditionEvent.violated(javaClass,
                javaClass.getName() + " extends or implements " + supertype.getName()));
          }
        }
        for (JavaMember member : javaClass.getMembers()) {
          if (!member.getModifiers().contains(JavaModifier.PUBLIC)
              && !member.getModifiers().contains(JavaModifier.PROTECTED)) {
            continue;
          }
          for (JavaClass type : signatureTypes(member)) {
            if (isInternal(type, root)) {
              events.add(SimpleConditionEvent.violated(member,
                  member.getFullName() + " exposes " + type.getName()));
            }
          }
        }
      }
    };
  }

  private static List<JavaClass> signatureTypes(JavaMember member) {
    List<JavaClass> types = new ArrayList<>();
    if (member instanceof JavaField field) {
      types.addAll(field.getType().getAllInvolvedRawTypes());
    } else if (member instanceof JavaCodeUnit codeUnit) {
      types.addAll(codeUnit.getReturnType().getAllInvolvedRawTypes());
      for (JavaType parameter : codeUnit.getParameterTypes()) {
        types.addAll(parameter.getAllInvolvedRawTypes());
      }
      types.addAll(codeUnit.getExceptionTypes());
    }
    return types;
  }
}
