package org.rjkit.samples.rulebook.conformance;

import static com.google.common.base.Preconditions.checkNotNull;

import org.rjkit.samples.rulebook.RuleBook;

/**
 * One case of the conformance kit.
 *
 * @param id a stable id: the document's name and the row's line, such as
 *     {@code ca-qc-pmrg/L0142}
 * @param level what it checks
 * @param programme the programme the request names
 * @param requirement the rule (with its first citation) or contract requirement it checks
 * @param source the rule book row it comes from, {@code rulebook/ca-qc-pmrg.md:142}
 * @param scenario the scenario in words
 * @param request the screening request document, one line of JSON
 * @param expected what must come of it
 */
public record ConformanceCase(String id, Level level, String programme, String requirement,
    String source, String scenario, String request, RuleBook.Expected expected) {

  /** Checks that nothing is null. */
  public ConformanceCase {
    checkNotNull(id, "id");
    checkNotNull(level, "level");
    checkNotNull(programme, "programme");
    checkNotNull(requirement, "requirement");
    checkNotNull(source, "source");
    checkNotNull(scenario, "scenario");
    checkNotNull(request, "request");
    checkNotNull(expected, "expected");
  }

  /** The case's id, level and scenario; never the request, which may hold process content. */
  @Override
  public String toString() {
    return "ConformanceCase[" + id + ", " + level.label() + ", " + scenario + "]";
  }
}
