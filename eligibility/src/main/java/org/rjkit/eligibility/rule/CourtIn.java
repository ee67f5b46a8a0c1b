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
 */
public record CourtIn(Set<Court> courts) implements RuleDefinition {

  /** Copies the set in declaration order. */
  public CourtIn {
    checkArgument(!courts.isEmpty(), "at least one court");
    courts = Sets.immutableEnumSet(courts);
  }

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    Optional<Court> court = facts.caseFile().court();
    if (court.isEmpty()) {
      return Finding.unknown("The court dealing with the case is not stated.",
          "Le tribunal saisi de l'affaire n'est pas indiqué.", List.of("court"));
    }
    String name = court.get().name();
    if (courts.contains(court.get())) {
      return Finding.met("The case is before the " + name + ".",
          "L'affaire est devant le tribunal " + name + ".", List.of("court"));
    }
    return Finding.notMet("The case is before the " + name + "; the programme applies before "
            + Vocabulary.names(courts) + " only.",
        "L'affaire est devant le tribunal " + name + " ; le programme ne s'applique que devant "
            + Vocabulary.names(courts) + ".", List.of("court"));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
