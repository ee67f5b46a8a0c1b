package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.participant.Plea;

/**
 * The offender's plea is one of the given pleas ({@code plea}). Absent: UNKNOWN.
 *
 * @param pleas the accepted pleas, at least one
 * @since 1.0
 */
public record PleaIn(Set<Plea> pleas) implements RuleDefinition {

  /**
   * Copies the set in declaration order.
   *
   * @param pleas the accepted pleas, at least one
   */
  public PleaIn {
    checkArgument(!pleas.isEmpty(), "at least one plea");
    pleas = Sets.immutableEnumSet(pleas);
  }

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    Optional<Offender> offender = facts.offender();
    if (offender.isEmpty()) {
      return facts.offenderUnknown();
    }
    String path = ScreeningFacts.participant(offender.get().id(), "plea");
    Optional<Plea> plea = offender.get().plea();
    if (plea.isEmpty()) {
      return Finding.unknown(Finding.text("reason.PleaIn.unknown"), List.of(path));
    }
    if (pleas.contains(plea.get())) {
      return Finding.met(Finding.text("reason.PleaIn.met", plea.get()), List.of(path));
    }
    return Finding.notMet(Finding.text("reason.PleaIn.notMet", plea.get(), pleas),
        List.of(path));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
