package org.rjkit.process.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Role;
import org.rjkit.process.type.ProcessRole;

/**
 * A participant enrolled in the process: their role in the case and the part they play in the
 * process, which must be compatible ({@link ProcessRole#isCompatibleWith(Role)}).
 *
 * @param id the participant, not null
 * @param role their role in the case, not null
 * @param processRole the part they play in the process, not null
 * @since 1.0
 */
public record Enrolment(ParticipantId id, Role role, ProcessRole processRole) {

  /**
   * Checks the components: each is present and valid, or this throws.
   *
   * @param id the participant, not null
   * @param role their role in the case, not null
   * @param processRole the part they play in the process, not null
   */
  public Enrolment {
    checkNotNull(id, "id");
    checkNotNull(role, "role");
    checkNotNull(processRole, "processRole");
    checkArgument(processRole.isCompatibleWith(role),
        "processRole %s is not compatible with the case role %s", processRole, role);
  }

  /**
   * An enrolment with the usual process role for the case role.
   *
   * @param id not null
   * @param role not null
   * @return the enrolment
   */
  public static Enrolment of(ParticipantId id, Role role) {
    return new Enrolment(id, role, ProcessRole.usualFor(role));
  }
}
