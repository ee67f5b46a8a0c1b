package org.rjkit.eligibility.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.rjkit.core.casefile.Court;
import org.rjkit.core.casefile.Stage;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.language.LocalizedText;
import org.rjkit.core.offence.OffenceCategory;
import org.rjkit.core.offence.OffenceContext;
import org.rjkit.core.participant.Plea;
import org.rjkit.core.participant.Role;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.core.internal.Terms;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.RuleSetNotInForceException;
import org.rjkit.eligibility.RuleSetVersion;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.eligibility.ScreeningArbitraries;
import org.rjkit.eligibility.rule.AcceptsResponsibility;
import org.rjkit.eligibility.rule.AcknowledgesBasicFacts;
import org.rjkit.eligibility.rule.AgeOnOffenceDates;
import org.rjkit.eligibility.rule.ConsentOfParties;
import org.rjkit.eligibility.rule.ConsentParty;
import org.rjkit.eligibility.rule.CounselAdvised;
import org.rjkit.eligibility.rule.CourtIn;
import org.rjkit.eligibility.rule.FederalSentence;
import org.rjkit.eligibility.rule.JurisdictionIn;
import org.rjkit.eligibility.rule.NoContactOrders;
import org.rjkit.eligibility.rule.NoDenialNorTrialWish;
import org.rjkit.eligibility.rule.NoPriorRestorativeProcess;
import org.rjkit.eligibility.rule.OffenceCategoriesIncluded;
import org.rjkit.eligibility.rule.OffenceExclusions;
import org.rjkit.eligibility.rule.PleaIn;
import org.rjkit.eligibility.rule.ProsecutionViable;
import org.rjkit.eligibility.rule.RequesterStanding;
import org.rjkit.eligibility.rule.RestorativeServiceAvailable;
import org.rjkit.eligibility.rule.Rule;
import org.rjkit.eligibility.rule.RuleDefinition;
import org.rjkit.eligibility.rule.SafetyRisk;
import org.rjkit.eligibility.rule.SpecialistAssessmentForContexts;
import org.rjkit.eligibility.rule.StageIn;
import org.rjkit.eligibility.rule.StillUnderSentence;
import org.rjkit.eligibility.rule.VictimParticipationNotRequired;
import org.rjkit.eligibility.rule.VictimPresent;

/**
 * Laws of the custom-programme document: any programme built from the rule vocabulary (every
 * kind of condition, with any parameters it accepts) is written and read back equal to itself,
 * its document validates against the published schema, and a case screened against the
 * programme read back from JSON gets exactly the decision the original gives.
 */
class RuleSetDocumentProperties {

  private final RuleSetDocumentReader reader = new RuleSetDocumentReader();
  private final RuleSetDocumentWriter writer = new RuleSetDocumentWriter();

  @Property
  void a_programme_reads_back_equal_to_itself(@ForAll("programmes") Programme programme) {
    for (RuleSetVersion v : programme.versions()) {
      for (Rule r : v.rules()) {
        Statistics.label("condition type").collect(ConditionType.of(r.definition()));
      }
    }
    String pretty = writer.writePretty(programme);
    assertEquals(programme, reader.read(pretty));
    assertEquals(programme, reader.read(writer.write(programme)));
    assertEquals(pretty, writer.writePretty(reader.read(pretty)), "writing is deterministic");
    assertEquals(List.of(), EligibilitySchemas.violations(EligibilitySchemas.RULE_SET,
        writer.toTree(programme)));
    Statistics.label("condition type").coverage(c -> {
      for (ConditionType t : ConditionType.values()) {
        c.check(t).count(n -> n > 0);
      }
    });
  }

  @Property
  void a_case_gets_the_same_decision_from_the_programme_read_back_from_json(
      @ForAll("smallProgrammes") Programme programme,
      @ForAll("requests") Tuple.Tuple2<String, ScreeningRequest> r) {
    Programme back = reader.read(writer.write(programme));
    ScreeningRequest request = new ScreeningRequest(programme.id(), r.get2().requesterId(),
        r.get2().asOf(), r.get2().caseFile());
    Object original = screen(programme, request);
    Statistics.label("outcome").collect(original instanceof Outcome o ? o.name() : original);
    assertEquals(original, screen(back, request), r.get1());
    if (original instanceof Outcome) {
      assertEquals(programme.screen(request), back.screen(request), r.get1());
    }
    Statistics.label("outcome").coverage(c -> {
      for (Outcome o : Outcome.values()) {
        c.check(o.name()).count(n -> n > 0);
      }
    });
  }

  /** The outcome, or the reason there is none. */
  private static Object screen(Programme programme, ScreeningRequest request) {
    try {
      return programme.screen(request).outcome();
    } catch (RuleSetNotInForceException e) {
      return "no version in force";
    }
  }

  // ---------------------------------------------------------------- generators

  @Provide
  Arbitrary<Tuple.Tuple2<String, ScreeningRequest>> requests() {
    return ScreeningArbitraries.requests();
  }

  /** Programmes of one to three versions of one to twelve rules. */
  @Provide
  Arbitrary<Programme> programmes() {
    return programmes(12, definition());
  }

  /** Programmes of one to three rules a version, so that every outcome is reached. */
  @Provide
  Arbitrary<Programme> smallProgrammes() {
    return programmes(3, Arbitraries.frequencyOf(Tuple.of(1, definition()),
        Tuple.of(1, reviewing())));
  }

  /** Conditions that ask for a review in the example cases more often than not. */
  private static Arbitrary<RuleDefinition> reviewing() {
    return Arbitraries.of(
        new SafetyRisk(EnumSet.of(RiskLevel.DANGER), EnumSet.of(RiskLevel.NONE, RiskLevel.LOW,
            RiskLevel.MODERATE, RiskLevel.HIGH)),
        new StillUnderSentence(RuleStatus.REVIEW),
        new SpecialistAssessmentForContexts(EnumSet.allOf(OffenceContext.class)));
  }

  private static Arbitrary<Programme> programmes(int maxRules,
      Arbitrary<RuleDefinition> definitions) {
    Arbitrary<ProgrammeId> id = Arbitraries.strings().withCharRange('a', 'z')
        .withChars('-', '.', '_', ':', '0', '9').ofMinLength(0).ofMaxLength(30)
        .map(s -> ProgrammeId.of("v" + s));
    Arbitrary<List<RuleSetVersion>> versions = version(maxRules, definitions).list().ofMinSize(1).ofMaxSize(3)
        .uniqueElements(RuleSetVersion::version).uniqueElements(RuleSetVersion::effectiveFrom);
    return Combinators.combine(id, text(), versions).as(Programme::new);
  }

  private static Arbitrary<LocalDate> dates(LocalDate first, LocalDate last) {
    return Arbitraries.longs().between(first.toEpochDay(), last.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  private static Arbitrary<RuleSetVersion> version(int maxRules,
      Arbitrary<RuleDefinition> definitions) {
    Arbitrary<String> label = Arbitraries.oneOf(
        dates(LocalDate.of(2000, 1, 1), LocalDate.of(2040, 12, 31)).map(LocalDate::toString),
        words());
    // Mostly before the example requests' date, so that a version is usually in force.
    Arbitrary<LocalDate> from = Arbitraries.frequencyOf(
        Tuple.of(5, dates(LocalDate.of(1990, 1, 1), LocalDate.of(2026, 11, 21))),
        Tuple.of(1, dates(LocalDate.of(2026, 11, 22), LocalDate.of(2099, 12, 31))));
    Arbitrary<List<Rule>> rules = rule(definitions).list().ofMinSize(1).ofMaxSize(maxRules)
        .uniqueElements(Rule::id);
    return Combinators.combine(label, from, rules).as(RuleSetVersion::new);
  }

  private static Arbitrary<Rule> rule(Arbitrary<RuleDefinition> definitions) {
    Arbitrary<String> part = Arbitraries.strings().withCharRange('A', 'Z')
        .withCharRange('0', '9').ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> id = part.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("-", l));
    Arbitrary<String> row = Arbitraries.strings().withCharRange('A', 'Z')
        .withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(4)
        .list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("-", l));
    return Combinators.combine(id, Arbitraries.of(Phase.class), text(),
            citation().list().ofMinSize(1).ofMaxSize(3), row.list().ofMaxSize(3), definitions)
        .as(Rule::new);
  }

  private static Arbitrary<Citation> citation() {
    Arbitrary<Optional<URI>> url = Arbitraries.of(
        "https://laws-lois.justice.gc.ca/eng/acts/C-46/section-743.1.html",
        "https://example.org/a?b=c&d=%20e#f", "http://example.test/", "HTTPS://EXAMPLE.ORG/Upper")  // issue 8: https or http only
        .map(URI::create).optional(0.7);
    return Combinators.combine(words(), words(), url).as(Citation::new);
  }

  private static Arbitrary<LocalizedText> text() {
    return Combinators.combine(words(), words()).as(LocalizedText::of);
  }

  /** Text that is never blank, with the characters JSON must escape and some French. */
  private static Arbitrary<String> words() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', 'é', 'ç', 'É', '’',
            '"', '\\', '/', '\n', '\t', '«', '»', '\u00a0').ofMinLength(1).ofMaxLength(24)
        .map(s -> "R" + s);
  }

  static Arbitrary<RuleDefinition> definition() {
    Arbitrary<String> code = Arbitraries.of("CA", "CA-QC", "CA-ON", "GB-ENG", "GB-WLS", "NZ",
        "FR", "DE", "DK", "US", "GB", "GB-KEN", "GB-EAW", "FR-PF", "GP");
    Arbitrary<RuleStatus> decided = Arbitraries.of(RuleStatus.REVIEW, RuleStatus.NOT_MET);
    Arbitrary<Period> term = Combinators.combine(Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(-3, 30), Arbitraries.integers().between(-40, 800))
        .as(Period::of).filter(p -> Terms.isPositive(p, Optional.empty()));
    Arbitrary<SafetyRisk> safety = Arbitraries.integers().between(0, 2).list()
        .ofSize(RiskLevel.values().length).map(choices -> {
          Set<RiskLevel> notMet = EnumSet.noneOf(RiskLevel.class);
          Set<RiskLevel> review = EnumSet.noneOf(RiskLevel.class);
          for (RiskLevel level : RiskLevel.values()) {
            int choice = choices.get(level.ordinal());
            if (choice == 1) {
              notMet.add(level);
            } else if (choice == 2) {
              review.add(level);
            }
          }
          return new SafetyRisk(notMet, review);
        });
    Arbitrary<AgeOnOffenceDates> age = Arbitraries.integers().between(0, 30).flatMap(min ->
        Arbitraries.integers().between(min + 1, min + 30).optional(0.6)
            .map(under -> new AgeOnOffenceDates(min, under)));
    List<Arbitrary<? extends RuleDefinition>> all = new ArrayList<>();
    all.add(set(Stage.class, 1).map(StageIn::new));
    all.add(Combinators.combine(code.set().ofMinSize(1).ofMaxSize(4),
        code.set().ofMaxSize(3)).as(JurisdictionIn::new));
    all.add(Combinators.combine(set(Role.class, 1), set(RequesterStanding.Restriction.class, 0))
        .as(RequesterStanding::new));
    all.add(term.optional(0.5).map(FederalSentence::new));
    all.add(decided.map(StillUnderSentence::new));
    all.add(age);
    all.add(Combinators.combine(set(OffenceCategory.class, 0), set(OffenceContext.class, 0))
        .filter((c, x) -> !c.isEmpty() || !x.isEmpty()).as(OffenceExclusions::new));
    all.add(set(OffenceCategory.class, 1).flatMap(included -> set(OffenceCategory.class, 0)
        .map(excluded -> new OffenceCategoriesIncluded(included,
            com.google.common.collect.Sets.difference(excluded, included)))));
    all.add(set(OffenceContext.class, 1).map(SpecialistAssessmentForContexts::new));
    all.add(Arbitraries.just(new AcceptsResponsibility()));
    all.add(Arbitraries.just(new AcknowledgesBasicFacts()));
    all.add(Arbitraries.just(new NoDenialNorTrialWish()));
    all.add(Combinators.combine(set(ConsentParty.class, 1), set(ConsentForm.class, 1))
        .as(ConsentOfParties::new));
    all.add(safety);
    all.add(decided.map(NoContactOrders::new));
    all.add(set(Plea.class, 1).map(PleaIn::new));
    all.add(set(Court.class, 1).map(CourtIn::new));
    all.add(Arbitraries.just(new NoPriorRestorativeProcess()));
    all.add(Arbitraries.just(new RestorativeServiceAvailable()));
    all.add(Arbitraries.just(new ProsecutionViable()));
    all.add(Arbitraries.of(CounselAdvised.Extent.class).map(CounselAdvised::new));
    all.add(Arbitraries.just(new VictimPresent()));
    all.add(Arbitraries.just(new VictimParticipationNotRequired()));
    assertEquals(ConditionType.values().length, all.size(), "one generator per condition type");
    return Arbitraries.oneOf(all);
  }

  private static <E extends Enum<E>> Arbitrary<Set<E>> set(Class<E> type, int min) {
    return Arbitraries.of(type).set().ofMinSize(min);
  }
}
