package org.rjkit.process.disclosure;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.language.Text;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.process.lifecycle.ClosureReason;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.type.ProcessType;

/**
 * The administrative facts of a case as a view shows them.
 *
 * @param caseId the case, absent in redacted form
 * @param programme the programme, not null
 * @param processType the process type, not null
 * @param stage the stage, not null
 * @param closure why the case closed, if it did
 * @param participants each participant as their id and the label of their role in the case
 *     ("V1 (victim)"), in every configured language; empty in redacted form
 * @since 1.0
 */
public record CaseFacts(Optional<CaseId> caseId, ProgrammeId programme, ProcessType processType,
    ProcessStage stage, Optional<ClosureReason> closure, List<Text> participants) {

  /**
   * Checks every part is present and copies the participants.
   *
   * @param caseId the case, absent in redacted form
   * @param programme the programme, not null
   * @param processType the process type, not null
   * @param stage the stage, not null
   * @param closure why the case closed, if it did
   * @param participants each participant as their id and the label of their role in the case ("V1
   *     (victim)"), in every configured language; empty in redacted form
   */
  public CaseFacts {
    checkNotNull(caseId, "caseId");
    checkNotNull(programme, "programme");
    checkNotNull(processType, "processType");
    checkNotNull(stage, "stage");
    checkNotNull(closure, "closure");
    participants = ImmutableList.copyOf(participants);
  }
}
