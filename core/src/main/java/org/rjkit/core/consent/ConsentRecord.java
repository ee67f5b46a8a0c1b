package org.rjkit.core.consent;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.truth.Truth;

/**
 * A participant's consent to take part, given on a date and perhaps later withdrawn.
 *
 * @param participantId who consented
 * @param givenOn the date consent was given
 * @param informed whether the participant was fully informed before consenting; not null
 * @param form how consent was given, when known
 * @param withdrawnOn the date the consent was withdrawn, if it was; not before {@code givenOn}
 * @since 1.0
 */
public record ConsentRecord(ParticipantId participantId, LocalDate givenOn,
    Truth informed, Optional<ConsentForm> form, Optional<LocalDate> withdrawnOn) {

  /**
   * Checks the components.
   *
   * @param participantId who consented
   * @param givenOn the date consent was given
   * @param informed whether the participant was fully informed before consenting; not null
   * @param form how consent was given, when known
   * @param withdrawnOn the date the consent was withdrawn, if it was; not before {@code givenOn}
   */
  public ConsentRecord {
    checkNotNull(participantId, "participantId");
    checkNotNull(givenOn, "givenOn");
    checkNotNull(informed, "informed");
    checkNotNull(form, "form");
    checkNotNull(withdrawnOn, "withdrawnOn");
    withdrawnOn.ifPresent(w -> checkArgument(!w.isBefore(givenOn),
        "withdrawnOn must not be before givenOn"));
  }

  /**
   * Informed consent given on a date in a form, not withdrawn.
   *
   * @param participantId not null
   * @param givenOn not null
   * @param form not null
   * @return the record
   */
  public static ConsentRecord informed(ParticipantId participantId, LocalDate givenOn,
      ConsentForm form) {
    return new ConsentRecord(participantId, givenOn, Truth.YES, Optional.of(form),
        Optional.empty());
  }

  /**
   * This consent, withdrawn on a date.
   *
   * @param on not before {@code givenOn}
   * @return the withdrawn record
   */
  public ConsentRecord withdrawn(LocalDate on) {
    return new ConsentRecord(participantId, givenOn, informed, form, Optional.of(on));
  }

  /**
   * Whether the consent had been withdrawn on a date: a withdrawal dated later does not count.
   *
   * @param on not null
   * @return true when the consent had been withdrawn on a date
   */
  public boolean isWithdrawnOn(LocalDate on) {
    return withdrawnOn.filter(w -> !w.isAfter(on)).isPresent();
  }
}
