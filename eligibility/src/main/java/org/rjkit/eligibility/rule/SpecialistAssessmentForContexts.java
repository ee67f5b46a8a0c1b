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
 */
public record SpecialistAssessmentForContexts(Set<OffenceContext> contexts)
    implements RuleDefinition {

  /** Copies the set in declaration order. */
  public SpecialistAssessmentForContexts {
    checkArgument(!contexts.isEmpty(), "at least one context");
    contexts = Sets.immutableEnumSet(contexts);
  }

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    Optional<List<Offence>> offences = facts.caseFile().offences();
    if (offences.isEmpty()) {
      return Finding.unknown("The offences are not stated.",
          "Les infractions ne sont pas indiquées.", List.of("offences"));
    }
    List<String> used = new ArrayList<>();
    for (int i = 0; i < offences.get().size(); i++) {
      Offence offence = offences.get().get(i);
      used.add(ScreeningFacts.offence(i, "category"));
      used.add(ScreeningFacts.offence(i, "contexts"));
      for (OffenceContext context : offence.effectiveContexts()) {
        if (contexts.contains(context)) {
          return Finding.review("Offence " + offence.id() + " was committed in a "
                  + context.name() + " context: a specialist must assess the case before it"
                  + " proceeds.",
              "L'infraction " + offence.id() + " a été commise dans un contexte "
                  + context.name() + " : un spécialiste doit évaluer le dossier avant la suite.",
              List.of(ScreeningFacts.offence(i, "category"), ScreeningFacts.offence(i, "contexts")));
        }
      }
    }
    if (used.isEmpty()) {
      used.add("offences");
    }
    return Finding.met("No offence is in a context that needs a specialist assessment ("
            + Vocabulary.names(contexts) + ").",
        "Aucune infraction n'est dans un contexte qui exige l'évaluation d'un spécialiste ("
            + Vocabulary.names(contexts) + ").", used);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
