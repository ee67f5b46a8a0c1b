package org.rjkit.core.participant;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A person who supports another participant, as in a conference.
 *
 * @param id not null
 * @param relatedTo the participant supported, when stated
 * @param chargedInSameOffence a co-accused (absent means no)
 * @since 1.0
 */
public record Supporter(ParticipantId id, Optional<ParticipantId> relatedTo,
    boolean chargedInSameOffence) implements Participant {

  /**
   * Checks the components.
   *
   * @param id not null
   * @param relatedTo the participant supported, when stated
   * @param chargedInSameOffence a co-accused (absent means no)
   */
  public Supporter {
    checkNotNull(id, "id");
    checkNotNull(relatedTo, "relatedTo");
  }

  @Override
  public Role role() {
    return Role.SUPPORTER;
  }
}
