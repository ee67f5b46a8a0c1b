package org.rjkit.core.participant;

/**
 * The role a participant has in a case. A participant record has exactly one role.
 *
 * @since 1.0
 */
public enum Role {
  /** A person harmed by the offence, registered with an authority or not. */
  VICTIM,
  /** A person acting on behalf of a victim (CCRA s.2(3), s.26(5)). */
  VICTIM_REPRESENTATIVE,
  /** A member of the victim's family (CCRA s.2(3), CVBR s.3). */
  VICTIM_FAMILY_MEMBER,
  /** The person responsible for the harm: accused, young person or sentenced offender. */
  OFFENDER,
  /** A member of the offender's family (CSC Restorative Opportunities brochure). */
  OFFENDER_FAMILY_MEMBER,
  /** A person supporting another participant, as in a conference. */
  SUPPORTER,
  /** A member of the community affected, as in a circle. */
  COMMUNITY_MEMBER,
  /** The trained, impartial third party (mediator) who facilitates the process. */
  FACILITATOR;

  /**
   * Whether this role stands on the victim's side: victim, representative or family of the victim.
   *
   * @return true when this role stands on the victim's side
   */
  public boolean isVictimSide() {
    return this == VICTIM || this == VICTIM_REPRESENTATIVE || this == VICTIM_FAMILY_MEMBER;
  }
}
