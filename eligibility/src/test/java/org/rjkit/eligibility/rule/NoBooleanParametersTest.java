package org.rjkit.eligibility.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A programme definition takes no boolean: conditions are named by factories or enums")
class NoBooleanParametersTest {

  /** The public constructors and static factories of a type that take a boolean. */
  static List<String> booleanParameters(Class<?> type) {
    List<Executable> public_ = new ArrayList<>(Arrays.asList(type.getConstructors()));
    for (Method m : type.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == type) {
        public_.add(m);
      }
    }
    List<String> found = new ArrayList<>();
    for (Executable e : public_) {
      if (Arrays.stream(e.getParameterTypes())
          .anyMatch(p -> p == boolean.class || p == Boolean.class)) {
        found.add(type.getSimpleName() + "." + e.getName());
      }
    }
    return found;
  }

  @Test
  void no_condition_type_has_a_public_constructor_or_factory_taking_a_boolean() {
    Class<?>[] conditions = RuleDefinition.class.getPermittedSubclasses();
    assertTrue(conditions.length > 20, "the condition types: " + conditions.length);
    List<String> found = new ArrayList<>();
    for (Class<?> type : conditions) {
      found.addAll(booleanParameters(type));
    }
    assertEquals(List.of(), found);
  }

  /** A definition the check must catch: a public constructor and factory taking a boolean. */
  public record WithFlag(boolean flag) {
    /**
     * A factory taking a flag.
     *
     * @param flag any
     * @return the value
     */
    public static WithFlag of(Boolean flag) {
      return new WithFlag(flag);
    }
  }

  @Test
  void the_check_finds_a_boolean_parameter() {
    assertEquals(List.of("WithFlag." + WithFlag.class.getName(), "WithFlag.of"),
        booleanParameters(WithFlag.class));
  }

  @Test
  void the_two_counsel_conditions_are_named_and_distinct() {
    CounselAdvised advised = CounselAdvised.rightToCounsel();
    CounselAdvised consulted = CounselAdvised.rightToCounselAndOpportunityToConsult();
    assertNotEquals(advised, consulted);
    assertFalse(advised.reasonableOpportunityRequired());
    assertTrue(consulted.reasonableOpportunityRequired());
    assertEquals(CounselAdvised.Extent.RIGHT_TO_COUNSEL, advised.extent());
    assertEquals(new CounselAdvised(CounselAdvised.Extent.RIGHT_TO_COUNSEL_AND_OPPORTUNITY_TO_CONSULT),
        consulted);
  }
}
