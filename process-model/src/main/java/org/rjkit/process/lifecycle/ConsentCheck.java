package org.rjkit.process.lifecycle;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Set;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.process.type.ProcessRole;

/**
 * Whether the participants a process type needs have current consent on a date: every enrolled
 * participant in a required process role who has not withdrawn must have current, informed
 * consent, and every required process role needs at least one such participant.
 *
 * @param missing participants in a required role, not withdrawn, without current consent, in
 *     enrolment order
 * @param uncoveredRoles required process roles without any participant with current consent
 * @since 1.0
 */
public record ConsentCheck(List<ParticipantId> missing, Set<ProcessRole> uncoveredRoles) {

  /**
   * Checks the components: each is present and valid, or this throws.
   *
   * @param missing participants in a required role, not withdrawn, without current consent, in
   *     enrolment order
   * @param uncoveredRoles required process roles without any participant with current consent
   */
  public ConsentCheck {
    missing = ImmutableList.copyOf(missing);
    uncoveredRoles = Sets.immutableEnumSet(uncoveredRoles);
  }

  /** {@return whether the process type's consent needs are met} */
  public boolean isSatisfied() {
    return missing.isEmpty() && uncoveredRoles.isEmpty();
  }
}
