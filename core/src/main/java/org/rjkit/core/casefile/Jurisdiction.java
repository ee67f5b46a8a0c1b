package org.rjkit.core.casefile;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A jurisdiction: an ISO 3166-1 alpha-2 country, optionally with an ISO 3166-2 subdivision
 * ({@code CA}, {@code CA-QC}, {@code GB-ENG}, {@code NZ}).
 *
 * @param country ISO 3166-1 alpha-2 code, upper case
 * @param subdivision the ISO 3166-2 subdivision code after the hyphen, upper case, 1 to 3 letters or digits
 * @since 1.0
 */
public record Jurisdiction(String country, Optional<String> subdivision) {

  private static final ImmutableSet<String> COUNTRIES =
      ImmutableSet.copyOf(Locale.getISOCountries());
  private static final Pattern SUBDIVISION = Pattern.compile("[A-Z0-9]{1,3}");

  /**
   * Checks the components.
   *
   * @param country ISO 3166-1 alpha-2 code, upper case
   * @param subdivision the ISO 3166-2 subdivision code after the hyphen, upper case, 1 to 3 letters
   *     or digits
   */
  public Jurisdiction {
    checkNotNull(country, "country");
    checkNotNull(subdivision, "subdivision");
    checkArgument(COUNTRIES.contains(country),
        "country must be an ISO 3166-1 alpha-2 code in upper case");
    subdivision.ifPresent(s -> checkArgument(SUBDIVISION.matcher(s).matches(),
        "subdivision must be 1 to 3 upper-case letters or digits"));
  }

  /**
   * Parses {@code CC} or {@code CC-SSS}.
   *
   * @param text not null
   * @return the jurisdiction
   * @throws IllegalArgumentException if the text is not an ISO 3166 code of that form
   */
  public static Jurisdiction parse(String text) {
    checkNotNull(text, "text");
    int dash = text.indexOf('-');
    if (dash < 0) {
      return new Jurisdiction(text, Optional.empty());
    }
    return new Jurisdiction(text.substring(0, dash), Optional.of(text.substring(dash + 1)));
  }

  /**
   * A country without subdivision.
   *
   * @param country ISO 3166-1 alpha-2
   * @return the jurisdiction
   */
  public static Jurisdiction country(String country) {
    return new Jurisdiction(country, Optional.empty());
  }

  /**
   * Whether this jurisdiction is the given country or one of its subdivisions.
   *
   * @param countryCode ISO 3166-1 alpha-2, not null
   * @return true when the country matches
   */
  public boolean isIn(String countryCode) {
    return country.equals(countryCode);
  }

  /** {@code CC} or {@code CC-SSS}, exactly what {@link #parse(String)} accepts. */
  @Override
  public String toString() {
    return subdivision.map(s -> country + "-" + s).orElse(country);
  }
}
