package org.rjkit.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.consent.ConsentRecord;
import org.rjkit.core.participant.Participant;
import org.rjkit.core.safety.SafetyAssessment;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.screening.Eligibility;

/**
 * The law gives consent records, safety assessments and participants no order: shuffling them
 * in the case document never changes a decision (programmes.md, common facts: current consent,
 * current safety, the offender concerned; "never the first offender listed").
 */
class RecordOrderProperties {

  /** Changes of the revised rules that make the order of records matter if it were used. */
  static final List<String> REVISED = List.of(
      "consent P1 withdrawn 2026-11-05; consent P1 given 2026-10-20 WRITTEN",
      "consent P1 withdrawn 2026-11-05; consent P1 given 2026-11-05 WRITTEN",
      "consent P2 given 2026-11-10 ORAL", "consent P2 given 2026-11-10 WRITTEN",
      "consent P1 given 2026-10-01 ORAL",
      "risk DANGER on 2026-11-01; risk LOW on 2026-11-01",
      "risk HIGH on 2026-11-01; risk NONE on 2026-11-01",
      "add offender P7", "add offender P7 born 2011-01-01 accepting responsibility",
      "add offender P7; requester P7; consent P7 given 2026-10-02 WRITTEN",
      "add offender P7; offenderId P7", "add offender P7; offenderId P2",
      "victim deceased; add victim-family P3 of P1 SPOUSE; consent P3 given 2026-10-02 WRITTEN",
      "requester P2; victim deceased; add representative P4 for P1;"
          + " consent P4 given 2026-10-02 WRITTEN",
      "requester P2; add victim P8", "requester P2; add victim P8 co-accused");

  @Provide
  Arbitrary<Tuple.Tuple2<String, ScreeningRequest>> requests() {
    Arbitrary<ScreeningArbitraries.Programme> programme =
        Arbitraries.of(ScreeningArbitraries.PROGRAMMES);
    return programme.flatMap(p -> Combinators.combine(
            Arbitraries.of(ImmutableList.<String>builder().addAll(p.changes()).addAll(REVISED)
                .build()).list().uniqueElements().ofMinSize(0).ofMaxSize(2),
            Arbitraries.of(REVISED))
        .as((changes, revised) -> {
          List<String> all = new ArrayList<>(changes);
          all.add(revised);
          String joined = String.join("; ", all);
          try {
            return Tuple.of(p.name() + ": " + joined, p.start().get().with(joined).request());
          } catch (IllegalArgumentException | IllegalStateException e) {
            return null;  // a combination of changes that makes no case (e.g. no victim)
          }
        }).filter(t -> t != null));
  }

  @Property(tries = 500)
  void shuffling_consents_assessments_and_participants_never_changes_the_decision(
      @ForAll("requests") Tuple.Tuple2<String, ScreeningRequest> r, @ForAll long seed) {
    ScreeningRequest request = r.get2();
    CaseFile c = request.caseFile();
    Random random = new Random(seed);
    List<ConsentRecord> consents = new ArrayList<>(c.consents().records());
    Collections.shuffle(consents, random);
    List<SafetyAssessment> safety = new ArrayList<>(c.safetyAssessments());
    Collections.shuffle(safety, random);
    List<Participant> participants = new ArrayList<>(c.participants());
    Collections.shuffle(participants, random);
    CaseFile shuffled = c.toBuilder().consents(consents).safetyAssessments(safety)
        .participants(participants).build();
    Decision original = Eligibility.screen(request);
    Decision reordered = Eligibility.screen(new ScreeningRequest(request.programme(),
        request.requesterId(), request.asOf(), shuffled, request.offenderId()));
    assertEquals(original.outcome(), reordered.outcome(), r.get1());
    for (int i = 0; i < original.rules().size(); i++) {
      RuleResult a = original.rules().get(i);
      RuleResult b = reordered.rules().get(i);
      assertEquals(a.status(), b.status(), r.get1() + ": " + a.ruleId());
      assertEquals(new HashSet<>(a.missingFacts()), new HashSet<>(b.missingFacts()),
          r.get1() + ": " + a.ruleId());
    }
    Statistics.label("outcome").collect(original.outcome());
    Statistics.label("outcome").coverage(cov -> {
      for (Outcome o : Outcome.values()) {
        cov.check(o).count(n -> n > 0);
      }
    });
  }
}
