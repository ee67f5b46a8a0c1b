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
 * @since 1.0
 */
public record OffenceCategoriesIncluded(Set<OffenceCategory> included,
    Set<OffenceCategory> excluded) implements RuleDefinition {

  /**
   * Copies the sets in declaration order and checks they are disjoint.
   *
   * @param included the categories the programme includes, at least one
   * @param excluded the categories the programme does not include, possibly none; disjoint from
   *     {@code included}
   */
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
      return Finding.unknown(Finding.text("reason.offences.unknown"), List.of("offences"));
    }
    if (offences.get().isEmpty()) {
      return Finding.notMet(Finding.text("reason.OffenceCategoriesIncluded.noOffence"),
          List.of("offences"));
    }
    List<String> used = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    Offence reviewed = null;
    List<String> reviewedPaths = new ArrayList<>();
    for (int i = 0; i < offences.get().size(); i++) {
      Offence offence = offences.get().get(i);
      String path = ScreeningFacts.offence(i, "category");
      used.add(path);
      Optional<OffenceCategory> category = categoryOf(offence);
      if (category.isEmpty()) {
        missing.add(path);
      } else if (excluded.contains(category.get())) {
        return Finding.notMet(Finding.text("reason.OffenceCategoriesIncluded.excluded",
            offence.id().value(), category.get()), List.of(path));
      } else if (!included.contains(category.get())) {
        reviewedPaths.add(path);
        if (reviewed == null) {
          reviewed = offence;
        }
      }
    }
    if (reviewed != null) {
      return Finding.of(RuleStatus.REVIEW, Finding.text(
          "reason.OffenceCategoriesIncluded.review", reviewed.id().value(),
          reviewed.category().orElseThrow(), included), reviewedPaths);
    }
    if (!missing.isEmpty()) {
      return Finding.unknown(Finding.text("reason.OffenceCategoriesIncluded.categoryUnknown"),
          used, missing);
    }
    return Finding.met(Finding.text("reason.OffenceCategoriesIncluded.met", included), used);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
