package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.offence.Offence;
import org.rjkit.core.offence.OffenceCategory;
import org.rjkit.core.offence.OffenceContext;

/**
 * No offence of the case is of an excluded category or in an excluded context, stated or
 * implied ({@link Offence#effectiveContexts()}: a sexual assault is always sexual). Unknown
 * offences: UNKNOWN. An offence whose category is not stated is UNKNOWN when the category could
 * decide (an excluded category, or an excluded {@code SEXUAL} context), unless another offence
 * is excluded.
 *
 * @param categories the excluded categories, possibly none
 * @param contexts the excluded contexts, possibly none; not both empty
 */
public record OffenceExclusions(Set<OffenceCategory> categories, Set<OffenceContext> contexts)
    implements RuleDefinition {

  /** Copies the sets in declaration order. */
  public OffenceExclusions {
    checkArgument(!categories.isEmpty() || !contexts.isEmpty(), "at least one exclusion");
    categories = categories.isEmpty() ? ImmutableSet.of() : Sets.immutableEnumSet(categories);
    contexts = contexts.isEmpty() ? ImmutableSet.of() : Sets.immutableEnumSet(contexts);
  }

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    Optional<List<Offence>> offences = facts.caseFile().offences();
    if (offences.isEmpty()) {
      return Finding.unknown("The offences are not stated.",
          "Les infractions ne sont pas indiquées.", List.of("offences"));
    }
    List<String> used = new ArrayList<>();
    List<String> unknownCategories = new ArrayList<>();
    boolean sexualExcluded = contexts.contains(OffenceContext.SEXUAL);
    for (int i = 0; i < offences.get().size(); i++) {
      Offence offence = offences.get().get(i);
      used.add(ScreeningFacts.offence(i, "category"));
      used.add(ScreeningFacts.offence(i, "contexts"));
      if (offence.category().isPresent() && categories.contains(offence.category().get())) {
        String name = offence.category().get().name();
        return Finding.notMet("Offence " + offence.id() + " is of category "
                + name + ", which the programme excludes.",
            "L'infraction " + offence.id() + " est de la catégorie " + name
                + ", que le programme exclut.", List.of(ScreeningFacts.offence(i, "category")));
      }
      for (OffenceContext context : offence.effectiveContexts()) {
        if (contexts.contains(context)) {
          return Finding.notMet("Offence " + offence.id() + " was committed in a "
                  + context.name() + " context, which the programme excludes.",
              "L'infraction " + offence.id() + " a été commise dans un contexte "
                  + context.name() + ", que le programme exclut.",
              List.of(ScreeningFacts.offence(i, "category"), ScreeningFacts.offence(i, "contexts")));
        }
      }
      // an unknown category may be an excluded one, or a sexual assault (always SEXUAL)
      if (offence.category().isEmpty() && (!categories.isEmpty() || sexualExcluded)) {
        unknownCategories.add(ScreeningFacts.offence(i, "category"));
      }
    }
    if (!unknownCategories.isEmpty()) {
      return Finding.unknown("The category of an offence is not stated, and it may be one the"
              + " programme excludes.",
          "La catégorie d'une infraction n'est pas indiquée, et elle pourrait être exclue par le"
              + " programme.", used, unknownCategories);
    }
    if (used.isEmpty()) {
      used.add("offences");
    }
    return Finding.met("No offence is of an excluded category or in an excluded context.",
        "Aucune infraction n'est d'une catégorie ou d'un contexte exclus.", used);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
