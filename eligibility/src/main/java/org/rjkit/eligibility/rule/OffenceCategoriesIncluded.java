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

/**
 * Every offence of the case is one the programme includes: an offence of a category in
 * {@code included} is MET, one in {@code excluded} NOT_MET, one of any other category REVIEW
 * (the full list of included offences is for the decision-maker); an offence whose category is
 * not stated is UNKNOWN, as are unknown offences. The worst offence decides: NOT_MET, then
 * REVIEW, then UNKNOWN.
 *
 * @param included the categories the programme includes, at least one
 * @param excluded the categories the programme does not include, possibly none; disjoint from
 *     {@code included}
 */
public record OffenceCategoriesIncluded(Set<OffenceCategory> included,
    Set<OffenceCategory> excluded) implements RuleDefinition {

  /** Copies the sets in declaration order and checks they are disjoint. */
  public OffenceCategoriesIncluded {
    checkArgument(!included.isEmpty(), "at least one included category");
    included = Sets.immutableEnumSet(included);
    excluded = excluded.isEmpty() ? ImmutableSet.of() : Sets.immutableEnumSet(excluded);
    checkArgument(Sets.intersection(included, excluded).isEmpty(),
        "a category is either included or excluded");
  }

  /**
   * The category of an offence, when stated. The one place this rule reads it, so that an
   * offence whose category is absent is UNKNOWN.
   */
  static Optional<OffenceCategory> categoryOf(Offence offence) {
    return offence.category();
  }

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    Optional<List<Offence>> offences = facts.caseFile().offences();
    if (offences.isEmpty()) {
      return Finding.unknown("The offences are not stated.",
          "Les infractions ne sont pas indiquées.", List.of("offences"));
    }
    if (offences.get().isEmpty()) {
      return Finding.notMet("The case states no offence, so no charge is for an offence the"
              + " programme includes.",
          "Le dossier n'indique aucune infraction : aucune accusation ne vise une infraction"
              + " que le programme comprend.", List.of("offences"));
    }
    List<String> used = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    String reviewed = null;
    List<String> reviewedPaths = new ArrayList<>();
    for (int i = 0; i < offences.get().size(); i++) {
      Offence offence = offences.get().get(i);
      String path = ScreeningFacts.offence(i, "category");
      used.add(path);
      Optional<OffenceCategory> category = categoryOf(offence);
      if (category.isEmpty()) {
        missing.add(path);
      } else if (excluded.contains(category.get())) {
        return Finding.notMet("Offence " + offence.id() + " is of category "
                + category.get().name() + ", which the programme does not include.",
            "L'infraction " + offence.id() + " est de la catégorie " + category.get().name()
                + ", que le programme ne comprend pas.", List.of(path));
      } else if (!included.contains(category.get())) {
        reviewedPaths.add(path);
        if (reviewed == null) {
          reviewed = offence.id() + " (" + category.get().name() + ")";
        }
      }
    }
    if (reviewed != null) {
      return Finding.of(RuleStatus.REVIEW, "Offence " + reviewed + " is not among the offences"
              + " the programme is known to include (" + Vocabulary.names(included)
              + "): the decision-maker must say whether it is included.",
          "L'infraction " + reviewed + " n'est pas au nombre des infractions que le programme"
              + " comprend selon les sources (" + Vocabulary.names(included) + ") : il revient"
              + " au décideur de dire si elle y est comprise.", reviewedPaths);
    }
    if (!missing.isEmpty()) {
      return Finding.unknown("The category of an offence is not stated.",
          "La catégorie d'une infraction n'est pas indiquée.", used, missing);
    }
    return Finding.met("Every offence is of a category the programme includes ("
            + Vocabulary.names(included) + ").",
        "Chaque infraction est d'une catégorie que le programme comprend ("
            + Vocabulary.names(included) + ").", used);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
