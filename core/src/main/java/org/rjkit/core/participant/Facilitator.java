package org.rjkit.core.participant;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The trained, impartial third party who facilitates (CM/Rec(2018)8 Principle 3): a mediator.
 *
 * @param id not null
 * @param chargedInSameOffence a co-accused (absent means no; a facilitator never should be)
 * @since 1.0
 */
public record Facilitator(ParticipantId id, boolean chargedInSameOffence) implements Participant {

  /**
   * Checks the components.
   *
   * @param id not null
   * @param chargedInSameOffence a co-accused (absent means no; a facilitator never should be)
   */
  public Facilitator {
    checkNotNull(id, "id");
  }

  @Override
  public Role role() {
    return Role.FACILITATOR;
  }
}
