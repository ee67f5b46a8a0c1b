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
 * covers that subdivision and every subdivision inside it: {@code GB-ENG} covers {@code GB-KEN},
 * from the ISO 3166-2:GB table of Debian's {@code iso-codes} package that ships with the
 * library; a grouping whose every part is covered is covered ({@code GB-EAW} by {@code GB-ENG}
 * and {@code GB-WLS}). An excluded code wins over an included one. A jurisdiction that only
 * partly lies where the programme applies (a country alone, {@code CA} for {@code CA-QC};
 * {@code GB}, {@code GB-GBN} or {@code GB-UKM} for England and Wales) is UNKNOWN, with
 * {@code jurisdiction} missing: the case may or may not be there (programmes.md, "jurisdictions
 * include their subdivisions").
 *
 * @param included ISO 3166 codes where the programme applies, at least one
 * @param excluded ISO 3166 codes expressly outside the programme (for example a state that does
 *     not take part in an instrument), possibly none
 * @since 1.0
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

  /**
   * Parts of the European Union that have their own ISO 3166-1 alpha-2 codes: the outermost
   * regions of France, Guadeloupe, French Guiana, Martinique, Réunion, Mayotte and Saint-Martin
   * (TFEU Art. 349 and 355(1)), and the Åland Islands of Finland (TFEU Art. 355(4)).
   */
  public static final Set<String> EU_REGIONS_WITH_OWN_CODES = ImmutableSet.of("GP", "GF", "MQ",
      "RE", "YT", "MF", "AX");

  /**
   * Overseas countries and territories of member states (TFEU Art. 355(2) and Annex II), where
   * the Union's law does not apply, named as ISO 3166-2 subdivisions of the member state: French
   * Polynesia, New Caledonia, Saint-Pierre-et-Miquelon, the French Southern Territories,
   * Wallis-et-Futuna and Saint-Barthélemy; Aruba, Curaçao, Sint Maarten, Bonaire, Saba and Sint
   * Eustatius. Their own alpha-2 codes ({@code PF}, {@code NC}, {@code AW}, {@code GL}, ...) are
   * not member states either.
   */
  public static final Set<String> EU_OVERSEAS_SUBDIVISIONS = ImmutableSet.of("FR-PF", "FR-NC",
      "FR-PM", "FR-TF", "FR-WF", "FR-BL", "NL-AW", "NL-CW", "NL-SX", "NL-BQ1", "NL-BQ2",
      "NL-BQ3");

  private static final String JURISDICTION = "jurisdiction";

  /**
   * Checks the codes and copies the sets.
   *
   * @param included ISO 3166 codes where the programme applies, at least one
   * @param excluded ISO 3166 codes expressly outside the programme (for example a state that does
   *     not take part in an instrument), possibly none
   */
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
  public Finding evaluate(ScreeningFacts facts) {
    Optional<Jurisdiction> jurisdiction = facts.caseFile().jurisdiction();
    if (jurisdiction.isEmpty()) {
      return Finding.unknown(Finding.text("reason.JurisdictionIn.unknown"),
          List.of(JURISDICTION));
    }
    Jurisdiction j = jurisdiction.get();
    String code = j.toString();
    List<Jurisdiction> out = Subdivisions.parse(excluded);
    List<Jurisdiction> in = Subdivisions.parse(included);
    if (out.stream().anyMatch(c -> Subdivisions.within(j, c))) {
      return Finding.notMet(Finding.text("reason.JurisdictionIn.excluded", code),
          List.of(JURISDICTION));
    }
    if (Subdivisions.covered(j, in)) {
      return Finding.met(Finding.text("reason.JurisdictionIn.met", code),
          List.of(JURISDICTION));
    }
    if (Subdivisions.overlaps(j, in)) {
      return Finding.unknown(Finding.text("reason.JurisdictionIn.partly", code),
          List.of(JURISDICTION));
    }
    return Finding.notMet(Finding.text("reason.JurisdictionIn.notMet", code),
        List.of(JURISDICTION));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
