package org.rjkit.eligibility.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.screening.Eligibility;
import org.rjkit.eligibility.ScreeningArbitraries;

/** Every decision survives a JSON round trip unchanged, missing facts of each rule included. */
class DecisionJsonProperties {

  @Provide
  Arbitrary<Tuple.Tuple2<String, ScreeningRequest>> requests() {
    return ScreeningArbitraries.requests();
  }

  @Property(tries = 100)
  void a_decision_reads_back_equal_to_itself(
      @ForAll("requests") Tuple.Tuple2<String, ScreeningRequest> r) {
    Decision d = Eligibility.screen(r.get2());
    String json = new DecisionWriter().write(d);
    Decision back = new DecisionReader().read(json);
    assertEquals(org.rjkit.eligibility.Frozen.decision(d), back, r.get1());
    assertEquals(json, new DecisionWriter().write(back), r.get1());
  }
}
