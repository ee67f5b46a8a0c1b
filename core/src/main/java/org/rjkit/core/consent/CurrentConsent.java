package org.rjkit.core.consent;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.truth.Truth;

/**
 * A participant's consent as it stands on a date, with the record of the person's latest act and
 * the grants made since their latest withdrawal.
 *
 * @param status the state
 * @param record the record of the latest act on or before the date (the grant, or the record the
 *     withdrawal is written on); empty only for {@link ConsentStatus#NO_RECORD}
 * @param grantsSinceWithdrawal the records granted after the latest withdrawal on or before the
 *     date (all the grants on or before the date when the person never withdrew), in an order
 *     that depends on their content only
 * @since 1.0
 */
public record CurrentConsent(ConsentStatus status, Optional<ConsentRecord> record,
    List<ConsentRecord> grantsSinceWithdrawal) {

  /** No consent on record. */
  public static final CurrentConsent NONE = new CurrentConsent(ConsentStatus.NO_RECORD,
      Optional.empty());

  /**
   * Checks the record and copies the grants.
   *
   * @param status the state
   * @param record the record of the latest act on or before the date (the grant, or the record the
   *     withdrawal is written on); empty only for {@link ConsentStatus#NO_RECORD}
   * @param grantsSinceWithdrawal the records granted after the latest withdrawal on or before the
   *     date (all the grants on or before the date when the person never withdrew), in an order
   *     that depends on their content only
   */
  public CurrentConsent {
    checkNotNull(status, "status");
    checkNotNull(record, "record");
    checkArgument(record.isEmpty() == (status == ConsentStatus.NO_RECORD),
        "a record is present exactly when the status is not NO_RECORD");
    grantsSinceWithdrawal = ImmutableList.copyOf(grantsSinceWithdrawal);
  }

  /**
   * A consent resting on one record, which is also the only grant since any withdrawal unless
   * the status is {@link ConsentStatus#WITHDRAWN}.
   *
   * @param status the state
   * @param record the record; empty only for {@link ConsentStatus#NO_RECORD}
   */
  public CurrentConsent(ConsentStatus status, Optional<ConsentRecord> record) {
    this(status, record, status == ConsentStatus.WITHDRAWN ? List.of()
        : record.map(List::of).orElse(List.of()));
  }

  /**
   * The form of the record the latest act rests on, when it states one.
   *
   * @return the form of the record the latest act rests on, or empty
   */
  public Optional<ConsentForm> form() {
    return record.flatMap(ConsentRecord::form);
  }

  /**
   * Whether a grant in one of the given forms was made since the person's latest withdrawal (or
   * at any time, if they never withdrew): a written consent followed by an oral reaffirmation is
   * still written consent. A grant known not to be informed does not count.
   *
   * @param forms the accepted forms, not null
   * @return the answer
   */
  public boolean grantedInFormSinceWithdrawal(Set<ConsentForm> forms) {
    checkNotNull(forms, "forms");
    return grantsSinceWithdrawal.stream().anyMatch(g -> g.informed() != Truth.NO
        && g.form().filter(forms::contains).isPresent());
  }

  /**
   * Whether a grant since the person's latest withdrawal does not state its form, so that a
   * form requirement cannot be decided when no grant is known to be in an accepted form.
   *
   * @return the answer
   */
  public boolean grantOfUnknownFormSinceWithdrawal() {
    return grantsSinceWithdrawal.stream().anyMatch(g -> g.informed() != Truth.NO
        && g.form().isEmpty());
  }
}
