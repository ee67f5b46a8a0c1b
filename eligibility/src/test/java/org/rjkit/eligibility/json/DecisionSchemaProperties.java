package org.rjkit.eligibility.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.screening.Eligibility;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.ScreeningArbitraries;

/** Whatever the case and the programme, the written decision validates against its schema. */
class DecisionSchemaProperties {

  @Provide
  Arbitrary<Tuple.Tuple2<String, ScreeningRequest>> requests() {
    return ScreeningArbitraries.requests();
  }

  @Property(tries = 100)
  void every_decision_the_library_writes_validates_against_the_published_schema(
      @ForAll("requests") Tuple.Tuple2<String, ScreeningRequest> r) {
    Decision d = Eligibility.screen(r.get2());
    Statistics.label("outcome").collect(d.outcome());
    assertEquals(List.of(), EligibilitySchemas.violations(EligibilitySchemas.DECISION,
        new DecisionWriter().toTree(d)), r.get1());
    Statistics.label("outcome").coverage(c -> {
      for (Outcome o : Outcome.values()) {
        c.check(o).count(n -> n > 0);
      }
    });
  }
}
