package org.rjkit.core.screening;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.participant.ParticipantId;

/**
 * A request to screen a case against a programme on a date (interchange format, version 1).
 *
 * @param programme the programme id
 * @param requesterId the participant who asks; a participant of the case
 * @param asOf the date the decision is made for
 * @param caseFile the case
 */
public record ScreeningRequest(ProgrammeId programme, ParticipantId requesterId, LocalDate asOf,
    CaseFile caseFile) {

  /** The interchange schema version this type reads and writes. */
  public static final String SCHEMA_VERSION = "1";

  public ScreeningRequest {
    checkNotNull(programme, "programme");
    checkNotNull(requesterId, "requesterId");
    checkNotNull(asOf, "asOf");
    checkNotNull(caseFile, "caseFile");
    checkArgument(caseFile.participant(requesterId).isPresent(),
        "requesterId must name a participant of the case");
  }

  /** Names the programme, date and case id only. */
  @Override
  public String toString() {
    return "ScreeningRequest[" + programme + ", " + asOf + ", " + caseFile.caseId() + "]";
  }
}
