package org.rjkit.core.participant;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A person acting on behalf of a victim (CCRA s.26(5), CSC Restorative Opportunities).
 *
 * @param id not null
 * @param actsFor the victim represented, a participant of the same case
 * @param chargedInSameOffence a co-accused (absent means no)
 * @since 1.0
 */
public record VictimRepresentative(ParticipantId id, ParticipantId actsFor,
    boolean chargedInSameOffence) implements Participant {

  /**
   * Checks the components.
   *
   * @param id not null
   * @param actsFor the victim represented, a participant of the same case
   * @param chargedInSameOffence a co-accused (absent means no)
   */
  public VictimRepresentative {
    checkNotNull(id, "id");
    checkNotNull(actsFor, "actsFor");
  }

  @Override
  public Role role() {
    return Role.VICTIM_REPRESENTATIVE;
  }
}
