package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import org.junit.jupiter.api.Test;
import org.rjkit.process.RandomCases.Run;
import org.rjkit.process.lifecycle.EventKind;
import org.rjkit.process.lifecycle.ProcessEvent;

/**
 * Every event is handled by kind: the guards, the fold, the automatic consequences and the
 * storage switch over {@link EventKind} without a default branch, so javac refuses a kind that
 * is not handled; these tests make sure the kinds and the variants of the sealed event family
 * are in one-to-one correspondence, so that a new variant cannot slip through under another
 * variant's kind.
 */
class EventDispatchTest {

  @Test
  void every_permitted_variant_is_the_type_of_exactly_one_kind() {
    List<Class<?>> permitted = Arrays.asList(ProcessEvent.class.getPermittedSubclasses());
    for (Class<?> variant : permitted) {
      assertEquals(1, Arrays.stream(EventKind.values())
          .filter(k -> k.eventType() == variant).count(), variant.getSimpleName());
    }
    List<Class<?>> types = new ArrayList<>();
    for (EventKind k : EventKind.values()) {
      types.add(k.eventType());
    }
    assertEquals(permitted.size(), types.stream().distinct().count(),
        "every kind has its own variant, and only variants of the sealed family");
    assertEquals(permitted.stream().map(Class::getName).sorted().toList(),
        types.stream().map(Class::getName).sorted().toList());
  }

  @Provide
  Arbitrary<ActionChain<Run>> histories() {
    return RandomCases.chains(40, false);
  }

  @Property(tries = 100)
  void every_event_of_a_history_names_the_kind_of_its_own_variant(
      @ForAll("histories") ActionChain<Run> chain) {
    Run run = chain.run();
    for (ProcessEvent e : run.current.history()) {
      assertSame(e.getClass(), e.kind().eventType(), e.kind().typeName());
    }
  }
}
