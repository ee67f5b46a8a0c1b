package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.rjkit.process.lifecycle.EventKind;
import org.rjkit.process.lifecycle.ProcessEvent;

/**
 * One event kind per variant of the sealed event family, each with a stable type name: a new
 * event type without its kind fails here, and a kind not handled fails the storage reader's
 * exhaustive switch at compile time.
 */
class EventKindTest {

  @Test
  void every_event_variant_has_exactly_one_kind() {
    assertEquals(ProcessEvent.class.getPermittedSubclasses().length, EventKind.values().length);
  }

  @Test
  void type_names_are_stable_distinct_and_never_java_class_names() {
    Set<String> names = new TreeSet<>();
    for (EventKind k : EventKind.values()) {
      assertTrue(k.typeName().matches("[a-z]+(-[a-z]+)*"), k.typeName());
      assertTrue(names.add(k.typeName()));
      assertEquals(k, EventKind.ofTypeName(k.typeName()).orElseThrow());
    }
    assertTrue(EventKind.ofTypeName("MessageSubmitted").isEmpty());
    assertTrue(Arrays.stream(ProcessEvent.class.getPermittedSubclasses())
        .noneMatch(c -> names.contains(c.getSimpleName())));
  }
}
