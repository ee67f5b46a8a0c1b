package org.rjkit.eligibility.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.UnknownProgrammeException;
import org.rjkit.eligibility.programmes.Programmes;

/** The built-in registry builds its programmes on first use, but answers as an eager one. */
class LazyBuiltInRegistryTest {

  @Test
  void theBuiltInRegistryHoldsProgrammesAllInItsOrderAndUnderTheirOwnIds() {
    List<Programme> all = Programmes.all();
    List<Programme> registered = ProgrammeRegistry.builtIn().all();
    assertEquals(all.size(), registered.size());
    for (int i = 0; i < all.size(); i++) {
      Programme p = all.get(i);
      assertSame(p, registered.get(i));
      assertSame(p, ProgrammeRegistry.builtIn().programme(p.id()));
      assertSame(p, ProgrammeRegistry.builtIn().find(p.id()).orElseThrow());
    }
  }

  @Test
  void aRegistryBuiltOnTheBuiltInOneKeepsItsOrderAndRefusesTheirIds() {
    Programme csc = Programmes.all().get(0);
    assertThrows(IllegalArgumentException.class, () -> ProgrammeRegistry.builtIn().with(csc));
    ProgrammeRegistry empty = ProgrammeRegistry.empty();
    assertTrue(empty.all().isEmpty());
    assertTrue(empty.find(csc.id()).isEmpty());
    assertThrows(UnknownProgrammeException.class,
        () -> empty.programme(ProgrammeId.of("no-such-programme")));
    ProgrammeRegistry one = empty.with(csc);
    assertEquals(List.of(csc), one.all());
    assertSame(csc, one.programme(csc.id()));
  }
}
