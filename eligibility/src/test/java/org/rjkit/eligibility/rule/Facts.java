package org.rjkit.eligibility.rule;

import java.util.List;
import java.util.Optional;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Scenario;

/** The facts a rule definition is evaluated against, taken from a test scenario. */
final class Facts {

  private Facts() {}

  /** The case, requester and date of a scenario. */
  static ScreeningFacts of(Scenario scenario) {
    ScreeningRequest r = scenario.request();
    return new ScreeningFacts(r.caseFile(), r.requesterId(), r.asOf(), r.offenderId());
  }

  /** The case of a scenario, stating that it has no offence at all. */
  static ScreeningFacts withNoOffence(Scenario scenario) {
    ScreeningFacts f = of(scenario);
    return new ScreeningFacts(f.caseFile().toBuilder().offences(Optional.of(List.of())).build(),
        f.requesterId(), f.asOf());
  }

  /** The fact paths of a finding, separated by spaces (the way the tables write them). */
  static String paths(List<String> paths) {
    return paths.isEmpty() ? "-" : String.join(" ", paths);
  }
}
