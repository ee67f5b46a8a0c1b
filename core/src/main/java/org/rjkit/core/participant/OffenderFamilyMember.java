package org.rjkit.core.participant;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A member of the offender's family (CSC Restorative Opportunities brochure).
 *
 * @param id not null
 * @param relatedTo the offender, a participant of the same case
 * @param relationship the relationship to the offender, when known
 * @param chargedInSameOffence a co-accused (absent means no)
 * @since 1.0
 */
public record OffenderFamilyMember(ParticipantId id, ParticipantId relatedTo,
    Optional<Relationship> relationship, boolean chargedInSameOffence) implements Participant {

  /**
   * Checks the components.
   *
   * @param id not null
   * @param relatedTo the offender, a participant of the same case
   * @param relationship the relationship to the offender, when known
   * @param chargedInSameOffence a co-accused (absent means no)
   */
  public OffenderFamilyMember {
    checkNotNull(id, "id");
    checkNotNull(relatedTo, "relatedTo");
    checkNotNull(relationship, "relationship");
  }

  @Override
  public Role role() {
    return Role.OFFENDER_FAMILY_MEMBER;
  }
}
