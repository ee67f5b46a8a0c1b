package org.rjkit.core.screening;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.participant.OffenderFamilyMember;
import org.rjkit.core.participant.Participant;
import org.rjkit.core.participant.ParticipantId;

/**
 * A request to screen a case against a programme on a date (interchange format, version 1).
 *
 * <p>{@code offenderId} names the offender the request concerns, for a case with several
 * offenders (co-accused). When the requester is an offender, or a member of an offender's
 * family, the offender concerned is implied ({@link #impliedOffender}) and an {@code offenderId}
 * given must agree with it (programmes.md, "the offender concerned").
 *
 * @param programme the programme id
 * @param requesterId the participant who asks; a participant of the case
 * @param asOf the date the decision is made for
 * @param caseFile the case
 * @param offenderId the offender the request concerns, when stated: a participant of the case
 *     with the {@code OFFENDER} role, agreeing with the offender the requester implies
 * @since 1.0
 */
public record ScreeningRequest(ProgrammeId programme, ParticipantId requesterId, LocalDate asOf,
    CaseFile caseFile, Optional<ParticipantId> offenderId) {

  /** The interchange schema version this type reads and writes. */
  public static final String SCHEMA_VERSION = "1";

  /**
   * Checks the requester and the offender concerned.
   *
   * @param programme the programme id
   * @param requesterId the participant who asks; a participant of the case
   * @param asOf the date the decision is made for
   * @param caseFile the case
   * @param offenderId the offender the request concerns, when stated: a participant of the case
   *     with the {@code OFFENDER} role, agreeing with the offender the requester implies
   */
  public ScreeningRequest {
    checkNotNull(programme, "programme");
    checkNotNull(requesterId, "requesterId");
    checkNotNull(asOf, "asOf");
    checkNotNull(caseFile, "caseFile");
    checkNotNull(offenderId, "offenderId");
    checkArgument(caseFile.participant(requesterId).isPresent(),
        "requesterId must name a participant of the case");
    if (offenderId.isPresent()) {
      checkArgument(caseFile.participant(offenderId.get()).filter(Offender.class::isInstance)
          .isPresent(), "offenderId must name a participant with the OFFENDER role");
      Optional<ParticipantId> implied = impliedOffender(caseFile, requesterId);
      checkArgument(implied.isEmpty() || implied.equals(offenderId),
          "offenderId must agree with the offender the requester implies");
    }
  }

  /**
   * A request that does not name the offender concerned.
   *
   * @param programme the programme id
   * @param requesterId the participant who asks; a participant of the case
   * @param asOf the date the decision is made for
   * @param caseFile the case
   */
  public ScreeningRequest(ProgrammeId programme, ParticipantId requesterId, LocalDate asOf,
      CaseFile caseFile) {
    this(programme, requesterId, asOf, caseFile, Optional.empty());
  }

  /**
   * This request, naming the offender it concerns.
   *
   * @param offender a participant of the case with the {@code OFFENDER} role, not null
   * @return a new request
   * @throws IllegalArgumentException if the participant is not an offender of the case or does
   *     not agree with the offender the requester implies
   */
  public ScreeningRequest withOffenderId(ParticipantId offender) {
    return new ScreeningRequest(programme, requesterId, asOf, caseFile,
        Optional.of(checkNotNull(offender, "offender")));
  }

  /**
   * The offender a requester implies: the requester when an {@code OFFENDER}; the offender an
   * {@code OFFENDER_FAMILY_MEMBER} is {@code relatedTo}, when that participant is an offender.
   *
   * @param caseFile not null
   * @param requesterId not null
   * @return the offender implied, if any
   */
  public static Optional<ParticipantId> impliedOffender(CaseFile caseFile,
      ParticipantId requesterId) {
    Optional<Participant> requester = caseFile.participant(requesterId);
    if (requester.isEmpty()) {
      return Optional.empty();
    }
    if (requester.get() instanceof Offender o) {
      return Optional.of(o.id());
    }
    if (requester.get() instanceof OffenderFamilyMember f) {
      return caseFile.participant(f.relatedTo()).filter(Offender.class::isInstance)
          .map(Participant::id);
    }
    return Optional.empty();
  }

  /** Names the programme, date and case id only. */
  @Override
  public String toString() {
    return "ScreeningRequest[" + programme + ", " + asOf + ", " + caseFile.caseId() + "]";
  }
}
