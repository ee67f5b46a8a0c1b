package org.rjkit.eligibility;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rjkit.core.language.Text;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.core.screening.ScreeningRequest;

/**
 * A restorative justice programme as rjkit screens it: a stable id, a name in every configured
 * language, and its versioned, effective-dated rule sets. The version in force on a date is the
 * latest whose {@code effectiveFrom} is on or before it.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param id the stable id ({@code ca-csc-restorative-opportunities}), not null
 * @param name the programme's name: a message from the eligibility bundle for a built-in
 *     programme, a {@link org.rjkit.core.language.LocalizedText} for a vendor's; not null
 * @param versions the rule-set versions, at least one, with distinct labels and dates; kept in
 *     order of {@code effectiveFrom}
 * @since 1.0
 */
public record Programme(ProgrammeId id, Text name, List<RuleSetVersion> versions) {

  /**
   * Checks the versions and sorts them by date.
   *
   * @param id the stable id ({@code ca-csc-restorative-opportunities}), not null
   * @param name the programme's name: a message from the eligibility bundle for a built-in
   *     programme, a {@link org.rjkit.core.language.LocalizedText} for a vendor's; not null
   * @param versions the rule-set versions, at least one, with distinct labels and dates; kept in
   *     order of {@code effectiveFrom}
   */
  public Programme {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    versions = versions.stream().sorted(Comparator.comparing(RuleSetVersion::effectiveFrom))
        .collect(ImmutableList.toImmutableList());
    checkArgument(!versions.isEmpty(), "a programme has at least one rule-set version");
    Set<String> labels = new HashSet<>();
    Set<LocalDate> dates = new HashSet<>();
    for (RuleSetVersion v : versions) {
      checkArgument(labels.add(v.version()), "version labels must be unique");
      checkArgument(dates.add(v.effectiveFrom()), "versions must take effect on distinct dates");
    }
  }

  /**
   * A programme with one rule-set version.
   *
   * @param id not null
   * @param name not null
   * @param version not null
   * @return the programme
   */
  public static Programme of(ProgrammeId id, Text name, RuleSetVersion version) {
    return new Programme(id, name, List.of(version));
  }

  /**
   * The rule-set version in force on a date.
   *
   * @param asOf not null
   * @return the latest version whose {@code effectiveFrom} is on or before {@code asOf}
   * @throws RuleSetNotInForceException if {@code asOf} is before the first version
   */
  public RuleSetVersion versionOn(LocalDate asOf) {
    checkNotNull(asOf, "asOf");
    RuleSetVersion found = null;
    for (RuleSetVersion v : versions) {
      if (!v.effectiveFrom().isAfter(asOf)) {
        found = v;
      }
    }
    if (found == null) {
      throw new RuleSetNotInForceException(id, versions.get(0).version());
    }
    return found;
  }

  /**
   * Screens a request with the version in force on its {@code asOf}. The request's programme id
   * is not checked: a {@link org.rjkit.eligibility.screening.Screener} picks the
   * programme by it.
   *
   * @param request not null
   * @return the decision
   * @throws RuleSetNotInForceException if {@code asOf} is before the first version
   */
  public Decision screen(ScreeningRequest request) {
    checkNotNull(request, "request");
    return versionOn(request.asOf()).evaluate(id, request.caseFile(), request.requesterId(),
        request.asOf(), request.offenderId());
  }
}
