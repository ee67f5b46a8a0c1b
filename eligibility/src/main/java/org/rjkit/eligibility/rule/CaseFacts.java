package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.participant.Participant;
import org.rjkit.core.participant.ParticipantId;

/**
 * What a rule is evaluated against: a case, the participant who asks, and the date decided for.
 * Also names facts the way the interchange format does ({@code participants[P2].plea},
 * {@code sentences[0].term}), so that every rule writes its fact paths alike.
 *
 * @param caseFile the case, not null
 * @param requesterId the participant who asks, a participant of the case
 * @param asOf the date the decision is made for, not null
 */
public record CaseFacts(CaseFile caseFile, ParticipantId requesterId, LocalDate asOf) {

  /** The fact path used when the case has no participant with the {@code OFFENDER} role. */
  public static final String OFFENDER_PARTICIPANT = "participants[role=OFFENDER]";

  /** The fact path used when the case has no participant with the {@code VICTIM} role. */
  public static final String VICTIM_PARTICIPANT = "participants[role=VICTIM]";

  /**
   * Checks that the requester is a participant of the case.
   */
  public CaseFacts {
    checkNotNull(caseFile, "caseFile");
    checkNotNull(requesterId, "requesterId");
    checkNotNull(asOf, "asOf");
    checkArgument(caseFile.participant(requesterId).isPresent(),
        "requesterId must name a participant of the case");
  }

  /** The participant who asks. */
  public Participant requester() {
    return caseFile.participant(requesterId).orElseThrow();
  }

  /** The offender: the first participant with the {@code OFFENDER} role, if any. */
  public Optional<Offender> offender() {
    return caseFile.offender();
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
