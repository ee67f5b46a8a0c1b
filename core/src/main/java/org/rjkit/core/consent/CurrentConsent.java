package org.rjkit.core.consent;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A participant's consent as it stands on a date, with the record it rests on.
 *
 * @param status the state
 * @param record the latest record given on or before the date; empty only for {@link ConsentStatus#NO_RECORD}
 */
public record CurrentConsent(ConsentStatus status, Optional<ConsentRecord> record) {

  /** No consent on record. */
  public static final CurrentConsent NONE = new CurrentConsent(ConsentStatus.NO_RECORD,
      Optional.empty());

  public CurrentConsent {
    checkNotNull(status, "status");
    checkNotNull(record, "record");
    checkArgument(record.isEmpty() == (status == ConsentStatus.NO_RECORD),
        "a record is present exactly when the status is not NO_RECORD");
  }

  /** The form of the current consent, when there is a record stating it. */
  public Optional<ConsentForm> form() {
    return record.flatMap(ConsentRecord::form);
  }
}
