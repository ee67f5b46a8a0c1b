package org.rjkit.core.consent;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.participant.ParticipantId;

/**
 * Every consent record of a case. Consent can be withdrawn at any time and given again later; the
 * latest record given on or before a date decides.
 *
 * @param records in document order
 */
public record ConsentHistory(List<ConsentRecord> records) {

  /** No consent on record. */
  public static final ConsentHistory EMPTY = new ConsentHistory(List.of());

  public ConsentHistory {
    records = ImmutableList.copyOf(records);
  }

  /**
   * A participant's consent on a date: the latest record given on or before the date (on the
   * same day, the later in the list) counts when it is informed and not withdrawn on or before
   * the date. A consent given again after a withdrawal restores consent; a withdrawal dated after
   * the date does not count.
   *
   * @param participant not null
   * @param on not null
   * @return the consent as it stands
   */
  public CurrentConsent currentOn(ParticipantId participant, LocalDate on) {
    checkNotNull(participant, "participant");
    checkNotNull(on, "on");
    ConsentRecord latest = null;
    for (ConsentRecord r : records) {
      if (r.participantId().equals(participant) && !r.givenOn().isAfter(on)
          && (latest == null || !r.givenOn().isBefore(latest.givenOn()))) {
        latest = r;
      }
    }
    if (latest == null) {
      return CurrentConsent.NONE;
    }
    ConsentStatus status;
    if (latest.isWithdrawnOn(on)) {
      status = ConsentStatus.WITHDRAWN;
    } else if (latest.informed().isEmpty()) {
      status = ConsentStatus.INFORMED_UNKNOWN;
    } else if (!latest.informed().get()) {
      status = ConsentStatus.NOT_INFORMED;
    } else {
      status = ConsentStatus.CURRENT;
    }
    return new CurrentConsent(status, Optional.of(latest));
  }

  /**
   * This history with one more record.
   *
   * @param record not null
   * @return a new history
   */
  public ConsentHistory with(ConsentRecord record) {
    return new ConsentHistory(ImmutableList.<ConsentRecord>builder().addAll(records)
        .add(checkNotNull(record, "record")).build());
  }
}
