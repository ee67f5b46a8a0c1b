package org.rjkit.core.participant;

/**
 * A person taking part in, or concerned by, a restorative justice case. The variants carry the
 * facts that matter for each role; a fact not stated is unknown ({@code Optional.empty()}).
 *
 * <p>No variant holds a name or any other identifying text: participants are referred to by
 * {@link ParticipantId}.
 *
 * @since 1.0
 */
public sealed interface Participant
    permits Victim, VictimRepresentative, VictimFamilyMember, Offender, OffenderFamilyMember,
        Supporter, CommunityMember, Facilitator {

  /**
   * The participant's identifier, unique within the case.
   *
   * @return the participant's identifier, unique within the case
   */
  ParticipantId id();

  /**
   * The participant's role.
   *
   * @return the participant's role
   */
  Role role();

  /**
   * Whether the participant is charged with, or was found guilty of, the same offence (a
   * co-accused). Such a person has no standing as a victim or on a victim's behalf (CCRA s.2(4),
   * CVBR s.4). Absent in a document means false.
   *
   * @return true for a co-accused
   */
  boolean chargedInSameOffence();
}
