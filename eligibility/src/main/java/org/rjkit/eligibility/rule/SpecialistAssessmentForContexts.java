package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.offence.Offence;
import org.rjkit.core.offence.OffenceContext;

/**
 * An offence in one of the given contexts (stated or implied) needs a specialist assessment
 * before the case proceeds: REVIEW. No such offence: MET. Unknown offences: UNKNOWN.
 *
 * @param contexts the contexts that need a specialist, at least one
 * @since 1.0
 */
public record SpecialistAssessmentForContexts(Set<OffenceContext> contexts)
    implements RuleDefinition {

  /**
   * Copies the set in declaration order.
   *
   * @param contexts the contexts that need a specialist, at least one
   */
  public SpecialistAssessmentForContexts {
    checkArgument(!contexts.isEmpty(), "at least one context");
    contexts = Sets.immutableEnumSet(contexts);
  }

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    Optional<List<Offence>> offences = facts.caseFile().offences();
    if (offences.isEmpty()) {
      return Finding.unknown(Finding.text("reason.offences.unknown"), List.of("offences"));
    }
    List<String> used = new ArrayList<>();
    for (int i = 0; i < offences.get().size(); i++) {
      Offence offence = offences.get().get(i);
      used.add(ScreeningFacts.offence(i, "category"));
      used.add(ScreeningFacts.offence(i, "contexts"));
      for (OffenceContext context : offence.effectiveContexts()) {
        if (contexts.contains(context)) {
          return Finding.review(Finding.text("reason.SpecialistAssessmentForContexts.review",
                  offence.id().value(), context),
              List.of(ScreeningFacts.offence(i, "category"), ScreeningFacts.offence(i, "contexts")));
        }
      }
    }
    if (used.isEmpty()) {
      used.add("offences");
    }
    return Finding.met(Finding.text("reason.SpecialistAssessmentForContexts.met", contexts),
        used);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
