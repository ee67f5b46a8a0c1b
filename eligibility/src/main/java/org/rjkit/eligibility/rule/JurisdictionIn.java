package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.casefile.Jurisdiction;

/**
 * The case is dealt with in one of the given jurisdictions ({@code jurisdiction}). A code
 * without subdivision ({@code CA}) covers the country and all its subdivisions; a code with one
 * ({@code CA-QC}) covers that subdivision only. An excluded code wins over an included one.
 *
 * @param included ISO 3166 codes where the programme applies, at least one
 * @param excluded ISO 3166 codes expressly outside the programme (for example a state that does
 *     not take part in an instrument), possibly none
 */
public record JurisdictionIn(Set<String> included, Set<String> excluded)
    implements RuleDefinition {

  /**
   * The 27 member states of the European Union (ISO 3166-1 alpha-2, with {@code GR} for Greece),
   * in alphabetical order of code.
   */
  public static final Set<String> EU_MEMBER_STATES = ImmutableSet.of("AT", "BE", "BG", "CY",
      "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV",
      "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

  private static final String JURISDICTION = "jurisdiction";

  /** Checks the codes and copies the sets. */
  public JurisdictionIn {
    checkArgument(!included.isEmpty(), "at least one included jurisdiction");
    included = ImmutableSet.copyOf(included);
    excluded = ImmutableSet.copyOf(checkNotNull(excluded, "excluded"));
    included.forEach(Jurisdiction::parse);
    excluded.forEach(Jurisdiction::parse);
  }

  /**
   * The given jurisdictions, none excluded.
   *
   * @param codes ISO 3166 codes, at least one
   * @return the definition
   */
  public static JurisdictionIn of(String... codes) {
    return new JurisdictionIn(ImmutableSet.copyOf(codes), ImmutableSet.of());
  }

  @Override
  public Finding evaluate(CaseFacts facts) {
    Optional<Jurisdiction> jurisdiction = facts.caseFile().jurisdiction();
    if (jurisdiction.isEmpty()) {
      return Finding.unknown("The jurisdiction of the case is not stated.",
          "Le ressort de l'affaire n'est pas indiqué.", List.of(JURISDICTION));
    }
    Jurisdiction j = jurisdiction.get();
    String code = j.toString();
    if (covers(excluded, j)) {
      return Finding.notMet("The case is dealt with in " + code + ", which the programme"
              + " expressly excludes.",
          "L'affaire relève de " + code + ", que le programme exclut expressément.",
          List.of(JURISDICTION));
    }
    if (covers(included, j)) {
      return Finding.met("The case is dealt with in " + code + ", where the programme applies.",
          "L'affaire relève de " + code + ", où le programme s'applique.",
          List.of(JURISDICTION));
    }
    return Finding.notMet("The case is dealt with in " + code + ", where the programme does not"
            + " apply.",
        "L'affaire relève de " + code + ", où le programme ne s'applique pas.",
        List.of(JURISDICTION));
  }

  private static boolean covers(Set<String> codes, Jurisdiction j) {
    for (String code : codes) {
      Jurisdiction c = Jurisdiction.parse(code);
      if (c.country().equals(j.country())
          && (c.subdivision().isEmpty() || c.subdivision().equals(j.subdivision()))) {
        return true;
      }
    }
    return false;
  }
}
