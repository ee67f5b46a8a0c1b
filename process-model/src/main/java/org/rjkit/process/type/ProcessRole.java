package org.rjkit.process.type;

import static com.google.common.base.Preconditions.checkNotNull;

import org.rjkit.core.participant.Role;

/**
 * The part a participant plays in a restorative process, which may differ from their role in the
 * case: a member of the offender's family who was harmed and asks to communicate is a harmed
 * party (CSC brochure, CA-RO-11), while in a conference the same person supports the offender.
 *
 * @since 1.0
 */
public enum ProcessRole {
  /** A person harmed who communicates with the responsible party: victim, representative, family. */
  HARMED_PARTY,
  /** The person responsible for the harm. */
  RESPONSIBLE_PARTY,
  /** A person who supports a party. */
  SUPPORTER,
  /** A member of the community, as in a circle. */
  COMMUNITY_MEMBER,
  /** The trained, impartial third party; needs no consent to the process and is never a party. */
  FACILITATOR;

  /**
   * The usual process role of a case role: victim-side roles are harmed parties, the offender is
   * the responsible party, the offender's family and supporters support, community members and
   * facilitators keep their role.
   *
   * @param role not null
   * @return the process role
   */
  public static ProcessRole usualFor(Role role) {
    checkNotNull(role, "role");
    return switch (role) {
      case VICTIM, VICTIM_REPRESENTATIVE, VICTIM_FAMILY_MEMBER -> HARMED_PARTY;
      case OFFENDER -> RESPONSIBLE_PARTY;
      case OFFENDER_FAMILY_MEMBER, SUPPORTER -> SUPPORTER;
      case COMMUNITY_MEMBER -> COMMUNITY_MEMBER;
      case FACILITATOR -> FACILITATOR;
    };
  }

  /**
   * {@return whether this role is one of the parties (harmed or responsible) whose agreement counts}
   */
  public boolean isParty() {
    return this == HARMED_PARTY || this == RESPONSIBLE_PARTY;
  }

  /**
   * Whether a participant with a role in the case may play this part: a victim is a harmed party;
   * a victim's representative or family member is a harmed party or a supporter; an offender is
   * the responsible party; a member of the offender's family supports or, harmed, is a harmed
   * party (CA-RO-11); a supporter supports; a community member takes part as such or supports;
   * a facilitator facilitates and is never a party.
   *
   * @param role not null
   * @return true when compatible
   */
  public boolean isCompatibleWith(Role role) {
    checkNotNull(role, "role");
    return switch (role) {
      case VICTIM -> this == HARMED_PARTY;
      case VICTIM_REPRESENTATIVE, VICTIM_FAMILY_MEMBER, OFFENDER_FAMILY_MEMBER ->
          this == HARMED_PARTY || this == SUPPORTER;
      case OFFENDER -> this == RESPONSIBLE_PARTY;
      case SUPPORTER -> this == SUPPORTER;
      case COMMUNITY_MEMBER -> this == COMMUNITY_MEMBER || this == SUPPORTER;
      case FACILITATOR -> this == FACILITATOR;
    };
  }
}
