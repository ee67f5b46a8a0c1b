package org.rjkit.core.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.truth.Truth;

/**
 * A person's consent is their latest act, whatever the order of the records in the document
 * (programmes.md, "current consent": the law gives the records no order).
 */
class ConsentOrderProperties {

  private static final ParticipantId P1 = ParticipantId.of("P1");
  private static final ParticipantId P2 = ParticipantId.of("P2");
  private static final LocalDate START = LocalDate.of(2026, 10, 1);

  @Property(tries = 1000)
  void the_order_of_the_records_never_changes_anyones_consent(
      @ForAll("histories") List<ConsentRecord> records, @ForAll("seeds") long seed,
      @ForAll("days") int day) {
    LocalDate on = START.plusDays(day);
    List<ConsentRecord> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(seed));
    for (ParticipantId who : List.of(P1, P2)) {
      CurrentConsent original = new ConsentHistory(records).currentOn(who, on);
      CurrentConsent reordered = new ConsentHistory(shuffled).currentOn(who, on);
      assertEquals(original, reordered);
      Statistics.label("status").collect(original.status());
    }
    Statistics.label("status").coverage(c -> {
      for (ConsentStatus s : ConsentStatus.values()) {
        c.check(s).count(n -> n > 0);
      }
    });
  }

  @Property(tries = 300)
  void a_later_withdrawal_never_makes_consent_current(
      @ForAll("histories") List<ConsentRecord> records, @ForAll("days") int day) {
    LocalDate on = START.plusDays(day);
    List<ConsentRecord> more = new ArrayList<>(records);
    more.add(ConsentRecord.informed(P1, on, ConsentForm.WRITTEN).withdrawn(on));
    assertEquals(ConsentStatus.WITHDRAWN, new ConsentHistory(more).currentOn(P1, on).status());
  }

  @Provide
  Arbitrary<List<ConsentRecord>> histories() {
    Arbitrary<ConsentRecord> record = Combinators.combine(
        Arbitraries.of(P1, P2), Arbitraries.integers().between(0, 6),
        Arbitraries.of(Truth.YES, Truth.YES, Truth.NO, Truth.UNKNOWN),
        Arbitraries.of(Optional.of(ConsentForm.WRITTEN), Optional.of(ConsentForm.ORAL),
            Optional.of(ConsentForm.ORAL_RECORDED), Optional.<ConsentForm>empty()),
        Arbitraries.integers().between(-3, 4)).as((who, given, informed, form, withdrawn) ->
            new ConsentRecord(who, START.plusDays(given), informed, form,
                withdrawn < 0 ? Optional.empty()
                    : Optional.of(START.plusDays(given + withdrawn))));
    return record.list().ofMinSize(0).ofMaxSize(7);
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  @Provide
  Arbitrary<Integer> days() {
    return Arbitraries.integers().between(0, 10);
  }
}
