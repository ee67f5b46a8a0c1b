package org.rjkit.samples.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The batches in flight hold at most an eighth of the heap, 8 to 256 entries each. */
class BatchSizeTest {

  private static final long MIB = 1 << 20;

  @Test
  void a_caseload_heap_gets_full_batches() {
    assertEquals(256, ScreeningRun.batchEntries(256 * MIB, 2));
    assertEquals(256, ScreeningRun.batchEntries(6_000 * MIB, 16));
  }

  @Test
  void a_small_heap_gets_small_batches() {
    // 32 MiB / 8 / (2 × 2 + 2) batches = 699,050 bytes a batch, 42 entries of 16 KiB.
    assertEquals(42, ScreeningRun.batchEntries(32 * MIB, 2));
    assertEquals(128, ScreeningRun.batchEntries(16 * MIB, 0));
  }

  @Test
  void never_fewer_than_eight_entries() {
    assertEquals(8, ScreeningRun.batchEntries(4 * MIB, 8));
    assertEquals(8, ScreeningRun.batchEntries(0, 1));
  }
}
