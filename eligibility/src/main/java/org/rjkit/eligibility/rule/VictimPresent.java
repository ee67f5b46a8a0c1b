package org.rjkit.eligibility.rule;

import java.util.ArrayList;
import java.util.List;
import org.rjkit.core.participant.Participant;
import org.rjkit.core.participant.Role;

/**
 * There is at least one participant with the {@code VICTIM} role (Sentencing Act 2002 (NZ)
 * s.24A(1)(c)). The participants are always stated, so the result is MET or NOT_MET.
 *
 * @since 1.0
 */
public record VictimPresent() implements RuleDefinition {

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    // The requester is a participant (ScreeningFacts), so the roles used are never none.
    List<String> used = new ArrayList<>();
    for (Participant p : facts.caseFile().participants()) {
      used.add(ScreeningFacts.participant(p.id(), "role"));
      if (p.role() == Role.VICTIM) {
        return Finding.met(Finding.text("reason.VictimPresent.met", p.id().value()),
            List.of(ScreeningFacts.participant(p.id(), "role")));
      }
    }
    return Finding.notMet(Finding.text("reason.VictimPresent.notMet"), used);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
