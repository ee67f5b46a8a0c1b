package org.rjkit.core.participant;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A member of the victim's family (CCRA s.2(3), CVBR s.3).
 *
 * @param id not null
 * @param relatedTo the victim, a participant of the same case
 * @param relationship the relationship to the victim, when known
 * @param cohabitingSince for a conjugal partner, the date cohabitation began, when known
 * @param chargedInSameOffence a co-accused (absent means no)
 * @since 1.0
 */
public record VictimFamilyMember(ParticipantId id, ParticipantId relatedTo,
    Optional<Relationship> relationship, Optional<LocalDate> cohabitingSince,
    boolean chargedInSameOffence) implements Participant {

  /**
   * Checks the components.
   *
   * @param id not null
   * @param relatedTo the victim, a participant of the same case
   * @param relationship the relationship to the victim, when known
   * @param cohabitingSince for a conjugal partner, the date cohabitation began, when known
   * @param chargedInSameOffence a co-accused (absent means no)
   */
  public VictimFamilyMember {
    checkNotNull(id, "id");
    checkNotNull(relatedTo, "relatedTo");
    checkNotNull(relationship, "relationship");
    checkNotNull(cohabitingSince, "cohabitingSince");
    checkArgument(cohabitingSince.isEmpty()
            || relationship.equals(Optional.of(Relationship.CONJUGAL_PARTNER)),
        "cohabitingSince applies only to a CONJUGAL_PARTNER");
  }

  /**
   * A family member with a known relationship.
   *
   * @param id not null
   * @param relatedTo not null
   * @param relationship not null
   * @return the family member
   */
  public static VictimFamilyMember of(ParticipantId id, ParticipantId relatedTo,
      Relationship relationship) {
    return new VictimFamilyMember(id, relatedTo, Optional.of(relationship), Optional.empty(),
        false);
  }

  /** Every fact but the date cohabitation began, which is personal: only whether it is known. */
  @Override
  public String toString() {
    return "VictimFamilyMember[id=" + id + ", relatedTo=" + relatedTo + ", relationship="
        + relationship + ", cohabitingSince="
        + (cohabitingSince.isPresent() ? "<known>" : "<unknown>")
        + ", chargedInSameOffence=" + chargedInSameOffence + "]";
  }

  @Override
  public Role role() {
    return Role.VICTIM_FAMILY_MEMBER;
  }
}
