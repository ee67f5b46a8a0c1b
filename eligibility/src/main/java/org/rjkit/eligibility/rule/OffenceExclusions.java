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
 * @since 1.0
 */
public record OffenceExclusions(Set<OffenceCategory> categories, Set<OffenceContext> contexts)
    implements RuleDefinition {

  /**
   * Copies the sets in declaration order.
   *
   * @param categories the excluded categories, possibly none
   * @param contexts the excluded contexts, possibly none; not both empty
   */
  public OffenceExclusions {
    checkArgument(!categories.isEmpty() || !contexts.isEmpty(), "at least one exclusion");
    categories = categories.isEmpty() ? ImmutableSet.of() : Sets.immutableEnumSet(categories);
    contexts = contexts.isEmpty() ? ImmutableSet.of() : Sets.immutableEnumSet(contexts);
  }

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    Optional<List<Offence>> offences = facts.caseFile().offences();
    if (offences.isEmpty()) {
      return Finding.unknown(Finding.text("reason.offences.unknown"), List.of("offences"));
    }
    List<String> used = new ArrayList<>();
    List<String> unknownCategories = new ArrayList<>();
    boolean sexualExcluded = contexts.contains(OffenceContext.SEXUAL);
    for (int i = 0; i < offences.get().size(); i++) {
      Offence offence = offences.get().get(i);
      used.add(ScreeningFacts.offence(i, "category"));
      used.add(ScreeningFacts.offence(i, "contexts"));
      if (offence.category().isPresent() && categories.contains(offence.category().get())) {
        return Finding.notMet(Finding.text("reason.OffenceExclusions.category",
            offence.id().value(), offence.category().get()),
            List.of(ScreeningFacts.offence(i, "category")));
      }
      for (OffenceContext context : offence.effectiveContexts()) {
        if (contexts.contains(context)) {
          return Finding.notMet(Finding.text("reason.OffenceExclusions.context",
                  offence.id().value(), context),
              List.of(ScreeningFacts.offence(i, "category"), ScreeningFacts.offence(i, "contexts")));
        }
      }
      // an unknown category may be an excluded one, or a sexual assault (always SEXUAL)
      if (offence.category().isEmpty() && (!categories.isEmpty() || sexualExcluded)) {
        unknownCategories.add(ScreeningFacts.offence(i, "category"));
      }
    }
    if (!unknownCategories.isEmpty()) {
      return Finding.unknown(Finding.text("reason.OffenceExclusions.categoryUnknown"), used,
          unknownCategories);
    }
    if (used.isEmpty()) {
      used.add("offences");
    }
    return Finding.met(Finding.text("reason.OffenceExclusions.met"), used);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
