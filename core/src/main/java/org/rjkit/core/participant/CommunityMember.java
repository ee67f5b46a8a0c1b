package org.rjkit.core.participant;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A member of the affected community, as in a circle.
 *
 * @param id not null
 * @param chargedInSameOffence a co-accused (absent means no)
 * @since 1.0
 */
public record CommunityMember(ParticipantId id, boolean chargedInSameOffence)
    implements Participant {

  /**
   * Checks the components.
   *
   * @param id not null
   * @param chargedInSameOffence a co-accused (absent means no)
   */
  public CommunityMember {
    checkNotNull(id, "id");
  }

  @Override
  public Role role() {
    return Role.COMMUNITY_MEMBER;
  }
}
