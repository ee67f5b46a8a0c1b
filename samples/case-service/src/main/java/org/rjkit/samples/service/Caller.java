package org.rjkit.samples.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * Who is calling, from a verified token.
 *
 * @param subject a name for the audit log, not blank
 * @param role not null
 * @param participant the participant id, present exactly for {@link CallerRole#PARTICIPANT}
 */
record Caller(String subject, CallerRole role, Optional<String> participant) {

  Caller {
    checkNotNull(subject, "subject");
    checkArgument(!subject.isBlank(), "subject must not be blank");
    checkNotNull(role, "role");
    checkNotNull(participant, "participant");
    checkArgument(participant.isPresent() == (role == CallerRole.PARTICIPANT),
        "a participant id goes with the PARTICIPANT role, and only with it");
  }

  /** Whether this caller is the given participant. */
  boolean is(String participantId) {
    return participant.map(p -> p.equals(participantId)).orElse(false);
  }
}
