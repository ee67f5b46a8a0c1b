package org.rjkit.eligibility;

import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.rjkit.core.screening.ScreeningRequest;

/**
 * Realistic screening requests for every built-in programme: a programme's starting case with a
 * few changes of the kind the rule tables use (a stage, a sentence, a withdrawal, a risk level,
 * a fact left unknown), so that every outcome is reached.
 */
public final class ScreeningArbitraries {

  private ScreeningArbitraries() {}

  /** A starting case and the changes that make sense for it. */
  record Programme(String name, Supplier<Scenario> start, List<String> changes) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final List<String> COMMON = List.of("no stage", "no jurisdiction", "jurisdiction US",
      "accepts responsibility no", "accepts responsibility unknown", "risk DANGER", "risk HIGH",
      "risk MODERATE", "no safety assessment", "risk HIGH on 2026-11-02",
      "risk HIGH on 2026-11-03", "no-contact protecting P1 ", "no consent of P2",
      "consent P2 withdrawn 2026-11-02", "consent P2 not informed", "consent P2 form ORAL",
      "offence SEXUAL_ASSAULT", "offence ASSAULT; offence in INTIMATE_PARTNER context",
      "offences unknown", "born unknown", "born 2012-02-29", "born 2008-02-29",
      "evidence insufficient", "no prosecution facts", "denies involvement yes",
      "wants trial unknown", "advised of right to counsel unknown", "plea NOT_GUILTY",
      "no-contact protecting P1", "no-contact protecting P1 allowing facilitated contact");

  static final List<Programme> PROGRAMMES = List.of(
      new Programme("csc", Scenario::registeredVictimOfOffenderServingThreeYears, concat(List.of(
          "stage PRE_SENTENCE", "term P2Y", "term P2Y-1D", "consecutive P12M+P12M",
          "concurrent P18M+P18M", "life", "no sentence", "sentences unknown",
          "undated term P730D", "supervision WARRANT_EXPIRED", "supervision FULL_PAROLE",
          "supervision WARRANT_EXPIRED ",
          "no supervision status", "requester P2", "victim co-accused",
          "consent P1 withdrawn 2026-11-02",
          "consent P1 withdrawn 2026-11-02; consent P1 given 2026-11-10 WRITTEN",
          "consent P1 withdrawn 2026-12-01"))),
      new Programme("qc", Scenario::adultChargedWithShopliftingInMontreal, concat(List.of(
          "jurisdiction CA-ON", "stage PRE_CHARGE", "born 2008-05-03", "prosecution barred",
          "consent P1 given 2026-09-01 WRITTEN; consent P1 withdrawn 2026-09-20"))),
      new Programme("ycja", Scenario::fifteenYearOldGraffitiInOntario, concat(List.of(
          "jurisdiction CA-QC", "stage PRE_SENTENCE", "born 2014-04-11", "born 2008-04-10",
          "opportunity to consult counsel no", "opportunity to consult counsel unknown"))),
      new Programme("nz", Scenario::guiltyPleaBeforeTheDistrictCourt, concat(List.of(
          "court HIGH_COURT", "no court", "plea unknown", "plea NONE", "prior process",
          "no prior process stated", "service unavailable", "no service stated",
          "add victim P7"))),
      new Programme("eu", Scenario::assaultVictimInFrance, concat(List.of(
          "jurisdiction DK", "jurisdiction DE", "requester P2", "no consent of P1",
          "consent P1 withdrawn 2026-11-02", "acknowledges basic facts no",
          "acknowledges basic facts unknown"))),
      new Programme("ew", Scenario::burglaryVictimInEngland, concat(List.of(
          "jurisdiction GB-SCT", "jurisdiction GB-WLS", "requester P2", "consent P1 form ORAL",
          "consent P1 form ORAL_RECORDED", "consent P1 form unknown", "offence in HATE context",
          "offence in SEXUAL context", "offence SEXUAL_ASSAULT "))));

  private static List<String> concat(List<String> specific) {
    return com.google.common.collect.ImmutableList.<String>builder().addAll(specific)
        .addAll(COMMON).build();
  }

  /** A programme's starting case with zero to four changes, as a readable pair. */
  public static Arbitrary<Tuple.Tuple2<String, ScreeningRequest>> requests() {
    Arbitrary<Programme> programme = Arbitraries.frequency(Tuple.of(3, PROGRAMMES.get(0)),
        Tuple.of(1, PROGRAMMES.get(1)), Tuple.of(1, PROGRAMMES.get(2)),
        Tuple.of(1, PROGRAMMES.get(3)), Tuple.of(2, PROGRAMMES.get(4)),
        Tuple.of(2, PROGRAMMES.get(5)));
    Arbitrary<Integer> howMany = Arbitraries.frequency(Tuple.of(1, 0), Tuple.of(5, 1),
        Tuple.of(3, 2), Tuple.of(2, 3));
    return Combinators.combine(programme, howMany).flatAs((p, n) -> Arbitraries
        .of(p.changes()).list().uniqueElements().ofSize(n)
        .map(changes -> {
          String joined = changes.isEmpty() ? "none" : String.join("; ", changes);
          return Tuple.of(p.name() + ": " + joined, p.start().get().with(joined).request());
        }));
  }
}
