package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.casefile.Court;

/**
 * The case is before one of the given courts ({@code court}). Absent: UNKNOWN.
 *
 * @param courts the accepted courts, at least one
 * @since 1.0
 */
public record CourtIn(Set<Court> courts) implements RuleDefinition {

  /**
   * Copies the set in declaration order.
   *
   * @param courts the accepted courts, at least one
   */
  public CourtIn {
    checkArgument(!courts.isEmpty(), "at least one court");
    courts = Sets.immutableEnumSet(courts);
  }

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    Optional<Court> court = facts.caseFile().court();
    if (court.isEmpty()) {
      return Finding.unknown(Finding.text("reason.CourtIn.unknown"), List.of("court"));
    }
    if (courts.contains(court.get())) {
      return Finding.met(Finding.text("reason.CourtIn.met", court.get()), List.of("court"));
    }
    return Finding.notMet(Finding.text("reason.CourtIn.notMet", court.get(), courts),
        List.of("court"));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
