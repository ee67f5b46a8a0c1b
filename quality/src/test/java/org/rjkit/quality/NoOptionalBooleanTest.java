package org.rjkit.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Three-valued facts are {@code Truth}, never {@code Optional<Boolean>} (issue 9): no public
 * constructor, method or field of a public type of the library modules outside their internal
 * packages takes or gives an {@code Optional<Boolean>}. Shown able to fail on a fixture.
 */
class NoOptionalBooleanTest {

  /** The public members of a type that take or give an {@code Optional<Boolean>}. */
  static List<String> optionalBooleans(Class<?> type) {
    List<String> found = new ArrayList<>();
    List<Executable> members = new ArrayList<>(Arrays.asList(type.getDeclaredConstructors()));
    members.addAll(Arrays.asList(type.getDeclaredMethods()));
    for (Executable e : members) {
      if (!Modifier.isPublic(e.getModifiers()) || e.isSynthetic()) {
        continue;
      }
      List<Type> types = new ArrayList<>(Arrays.asList(e.getGenericParameterTypes()));
      if (e instanceof Method m) {
        types.add(m.getGenericReturnType());
      }
      if (types.stream().anyMatch(NoOptionalBooleanTest::isOptionalBoolean)) {
        found.add(type.getName() + "." + e.getName());
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (Modifier.isPublic(f.getModifiers()) && isOptionalBoolean(f.getGenericType())) {
        found.add(type.getName() + "." + f.getName());
      }
    }
    return found;
  }

  private static boolean isOptionalBoolean(Type t) {
    return t instanceof ParameterizedType p && p.getRawType() == Optional.class
        && p.getActualTypeArguments()[0] == Boolean.class;
  }

  @Test
  void no_public_api_member_takes_or_gives_an_optional_boolean() {
    TreeSet<String> found = new TreeSet<>();
    int seen = 0;
    for (JavaClass c : new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.rjkit.core", "org.rjkit.eligibility", "org.rjkit.process")) {
      if (!c.getModifiers().contains(JavaModifier.PUBLIC) || c.getPackageName().contains(".internal")
          || c.getPackageName().startsWith("org.rjkit.quality")) {
        continue;
      }
      seen++;
      found.addAll(optionalBooleans(c.reflect()));
    }
    assertTrue(seen > 100, "public types seen: " + seen);
    assertEquals(new TreeSet<String>(), found);
  }

  /** A type the check must catch. */
  public static final class Fixture {
    /**
     * A three-valued fact as an optional boolean.
     *
     * @return empty
     */
    public Optional<Boolean> known() {
      return Optional.empty();
    }

    /**
     * Takes a boolean the right way.
     *
     * @param value any
     * @return the value
     */
    public static boolean plain(Optional<String> value) {
      return value.isPresent();
    }
  }

  @Test
  void the_check_finds_an_optional_boolean() {
    assertEquals(List.of(Fixture.class.getName() + ".known"), optionalBooleans(Fixture.class));
  }
}
