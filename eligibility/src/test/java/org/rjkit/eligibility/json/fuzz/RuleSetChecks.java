package org.rjkit.eligibility.json.fuzz;

import static org.rjkit.core.json.fuzz.ReadingInvariant.valueOrInvalidInput;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.fixtures.Cases;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.fuzz.ReadingInvariant;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.screening.Screener;
import org.rjkit.eligibility.json.DecisionReader;
import org.rjkit.eligibility.json.DecisionWriter;
import org.rjkit.eligibility.json.RuleSetDocumentReader;
import org.rjkit.eligibility.json.RuleSetDocumentWriter;

/**
 * What must hold for any text given to {@link RuleSetDocumentReader}, shared by the raw-byte and
 * the structure-aware fuzz tests:
 * <ul>
 *   <li>{@code read} gives a programme or an input error that keeps {@link ReadingInvariant}
 *       (paths from {@code $}, no planted marker echoed), nothing else;</li>
 *   <li>a programme read is written (indented and on one line) and read back as an equal
 *       programme;</li>
 *   <li>{@code register} with the built-in programmes agrees with {@code read}: it registers
 *       exactly the programme read, unless its id is a built-in one, which is an error at
 *       {@code $.id}; a document {@code read} rejects, {@code register} rejects too;</li>
 *   <li>a registered programme screens every golden case (on the case's own date, or the
 *       programme's first date when the case's is earlier, and on the last version's date) to a
 *       decision, never an exception, and the decision written as JSON reads back equal.</li>
 * </ul>
 */
final class RuleSetChecks {

  static final ProgrammeRegistry BUILT_IN = ProgrammeRegistry.builtIn();
  private static final List<ScreeningRequest> GOLDEN =
      Cases.GOLDEN.stream().map(Cases::golden).toList();

  private static final RuleSetDocumentReader READER = new RuleSetDocumentReader();
  private static final RuleSetDocumentWriter WRITER = new RuleSetDocumentWriter();

  private RuleSetChecks() {}

  static void check(String json) {
    Optional<Programme> programme =
        valueOrInvalidInput("RuleSetDocumentReader.read", () -> READER.read(json));
    programme.ifPresent(RuleSetChecks::checkRoundTrip);
    boolean builtInId = programme.filter(p -> BUILT_IN.find(p.id()).isPresent()).isPresent();

    Optional<ProgrammeRegistry> registered = valueOrInvalidInput(
        "RuleSetDocumentReader.register", () -> READER.register(json, BUILT_IN));
    if (programme.isEmpty() || builtInId) {
      if (registered.isPresent()) {
        throw new AssertionError(programme.isEmpty()
            ? "register accepted a document that read rejects"
            : "register accepted a programme with the id of a built-in programme");
      }
      if (builtInId) {
        checkRejectedAtId(json);
      }
      return;
    }
    Programme p = programme.get();
    ProgrammeRegistry registry = registered.orElseThrow(
        () -> new AssertionError("register rejected a document that read accepts"));
    if (!registry.find(p.id()).equals(Optional.of(p))
        || registry.all().size() != BUILT_IN.all().size() + 1) {
      throw new AssertionError("register did not add exactly the programme read");
    }
    screenGoldenCases(p, new Screener(registry));
  }

  private static void checkRoundTrip(Programme programme) {
    if (!READER.read(WRITER.writePretty(programme)).equals(programme)
        || !READER.read(WRITER.write(programme)).equals(programme)) {
      throw new AssertionError("a programme written and read again is not the same programme");
    }
  }

  private static void checkRejectedAtId(String json) {
    try {
      READER.register(json, BUILT_IN);
    } catch (InvalidInputException e) {
      if (e.errors().stream().noneMatch(error -> error.path().equals("$.id"))) {
        throw new AssertionError("a built-in programme's id was rejected, but not at $.id");
      }
    }
  }

  private static void screenGoldenCases(Programme programme, Screener screener) {
    LocalDate first = programme.versions().get(0).effectiveFrom();
    LocalDate last = programme.versions().get(programme.versions().size() - 1).effectiveFrom();
    for (ScreeningRequest golden : GOLDEN) {
      LocalDate own = golden.asOf().isBefore(first) ? first : golden.asOf();
      for (LocalDate asOf : own.equals(last) ? List.of(own) : List.of(own, last)) {
        ScreeningRequest request = new ScreeningRequest(programme.id(), golden.requesterId(),
            asOf, golden.caseFile());
        Decision decision = screener.screen(request);
        if (decision == null || !decision.programme().equals(programme.id())
            || !decision.asOf().equals(asOf)
            || !decision.ruleSetVersion().equals(programme.versionOn(asOf).version())) {
          throw new AssertionError(
              "a decision is missing or names another programme, date or rule-set version");
        }
        if (!new DecisionReader().read(new DecisionWriter().write(decision))
            .equals(org.rjkit.eligibility.Frozen.decision(decision))) {
          throw new AssertionError("a decision written and read again is not the same decision");
        }
      }
    }
  }
}
