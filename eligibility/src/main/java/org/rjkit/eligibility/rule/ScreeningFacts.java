package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.participant.OffenderFamilyMember;
import org.rjkit.core.participant.Participant;
import org.rjkit.core.participant.ParticipantId;

/**
 * What a rule is evaluated against: a case, the participant who asks, the date decided for, and
 * the offender the request names, if it names one. Also names facts the way the interchange
 * format does ({@code participants[P2].plea}, {@code sentences[0].term}), so that every rule
 * writes its fact paths alike.
 *
 * @param caseFile the case, not null
 * @param requesterId the participant who asks, a participant of the case
 * @param asOf the date the decision is made for, not null
 * @param offenderId the offender the request concerns, when the request names one: a
 *     participant of the case with the {@code OFFENDER} role
 * @since 1.0
 */
public record ScreeningFacts(CaseFile caseFile, ParticipantId requesterId, LocalDate asOf,
    Optional<ParticipantId> offenderId) {

  /** The fact path used when the case has no participant with the {@code OFFENDER} role. */
  public static final String OFFENDER_PARTICIPANT = "participants[role=OFFENDER]";

  /**
   * The fact path used when the case has several offenders and the request does not say which
   * one it concerns.
   */
  public static final String OFFENDER_ID = "offenderId";

  /** The fact path used when the case has no participant with the {@code VICTIM} role. */
  public static final String VICTIM_PARTICIPANT = "participants[role=VICTIM]";

  /**
   * Checks that the requester is a participant of the case, and the offender named an offender
   * of the case.
    *
    * @param caseFile the case, not null
    * @param requesterId the participant who asks, a participant of the case
    * @param asOf the date the decision is made for, not null
    * @param offenderId the offender the request concerns, when the request names one: a participant
    *     of the case with the {@code OFFENDER} role
   */
  public ScreeningFacts {
    checkNotNull(caseFile, "caseFile");
    checkNotNull(requesterId, "requesterId");
    checkNotNull(asOf, "asOf");
    checkNotNull(offenderId, "offenderId");
    checkArgument(caseFile.participant(requesterId).isPresent(),
        "requesterId must name a participant of the case");
    offenderId.ifPresent(id -> checkArgument(caseFile.participant(id)
        .filter(Offender.class::isInstance).isPresent(),
        "offenderId must name a participant with the OFFENDER role"));
  }

  /**
   * A request that does not name the offender it concerns.
   *
   * @param caseFile the case, not null
   * @param requesterId the participant who asks, a participant of the case
   * @param asOf the date the decision is made for, not null
   */
  public ScreeningFacts(CaseFile caseFile, ParticipantId requesterId, LocalDate asOf) {
    this(caseFile, requesterId, asOf, Optional.empty());
  }

  /** {@return the participant who asks} */
  public Participant requester() {
    return caseFile.participant(requesterId).orElseThrow();
  }

  /**
   * The offender concerned by the request (programmes.md, "the offender concerned"): the
   * requester, when an {@code OFFENDER}; the offender an {@code OFFENDER_FAMILY_MEMBER}
   * requester is {@code relatedTo}; otherwise the request's {@code offenderId}; otherwise the
   * case's only {@code OFFENDER}. Never "the first offender listed": with several offenders and
   * none of these, there is none (and the rules about the offender are UNKNOWN).
   *
   * @return the offender concerned, if known
   */
  public Optional<Offender> offender() {
    Participant requester = requester();
    if (requester instanceof Offender o) {
      return Optional.of(o);
    }
    if (requester instanceof OffenderFamilyMember f
        && caseFile.participant(f.relatedTo()).orElseThrow() instanceof Offender o) {
      return Optional.of(o);
    }
    if (offenderId.isPresent()) {
      return caseFile.participant(offenderId.get()).map(Offender.class::cast);
    }
    Offender only = null;
    for (Participant p : caseFile.participants()) {
      if (p instanceof Offender o) {
        if (only != null) {
          return Optional.empty();
        }
        only = o;
      }
    }
    return Optional.ofNullable(only);
  }

  /**
   * What a rule about the offender finds when {@link #offender()} is empty: UNKNOWN, with
   * {@code offenderId} missing when the case has several offenders, or the offender missing
   * when it has none.
   *
   * @return the finding
   */
  Finding offenderUnknown() {
    long offenders = caseFile.participants().stream().filter(Offender.class::isInstance)
        .count();
    if (offenders > 1) {
      return Finding.unknown(Finding.text("reason.offender.several"), List.of(OFFENDER_ID));
    }
    return Finding.unknown(Finding.text("reason.offender.none"), List.of(OFFENDER_PARTICIPANT));
  }

  /**
   * The path of a participant's field: {@code participants[P2].acceptsResponsibility}.
   *
   * @param id not null
   * @param field the field name, not null
   * @return the path
   */
  public static String participant(ParticipantId id, String field) {
    return "participants[" + id.value() + "]." + field;
  }

  /**
   * The path of a sentence's field: {@code sentences[0].term}.
   *
   * @param index the position in the document, 0 or more
   * @param field the field name, not null
   * @return the path
   */
  public static String sentence(int index, String field) {
    return "sentences[" + index + "]." + field;
  }

  /**
   * The path of an offence's field: {@code offences[0].committedOn}.
   *
   * @param index the position in the document, 0 or more
   * @param field the field name, not null
   * @return the path
   */
  public static String offence(int index, String field) {
    return "offences[" + index + "]." + field;
  }

  /**
   * The path of a participant's consent: {@code consents[P1]}, optionally with a field
   * ({@code consents[P1].form}).
   *
   * @param id not null
   * @return the path
   */
  public static String consent(ParticipantId id) {
    return "consents[" + id.value() + "]";
  }
}
