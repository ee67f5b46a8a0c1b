package org.rjkit.core.participant;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A person harmed by the offence (CCRA s.2(1) "victim").
 *
 * @param id not null
 * @param registeredVictim registered with the Correctional Service or the Parole Board, when known
 * @param deceased the victim has died (absent means no)
 * @param incapable the victim is ill or otherwise incapable of acting (absent means no)
 * @param residesInCanada present in Canada (CVBR s.19(2)), when known
 * @param canadianCitizenOrPermanentResident (CVBR s.19(2)), when known
 * @param chargedInSameOffence a co-accused (absent means no)
 */
public record Victim(
    ParticipantId id, Optional<Boolean> registeredVictim, boolean deceased, boolean incapable,
    Optional<Boolean> residesInCanada, Optional<Boolean> canadianCitizenOrPermanentResident,
    boolean chargedInSameOffence) implements Participant {

  public Victim {
    checkNotNull(id, "id");
    checkNotNull(registeredVictim, "registeredVictim");
    checkNotNull(residesInCanada, "residesInCanada");
    checkNotNull(canadianCitizenOrPermanentResident, "canadianCitizenOrPermanentResident");
  }

  /**
   * A living, capable victim whose registration is known and nothing else is stated.
   *
   * @param id not null
   * @param registered whether registered
   * @return the victim
   */
  public static Victim of(ParticipantId id, boolean registered) {
    return new Victim(id, Optional.of(registered), false, false, Optional.empty(),
        Optional.empty(), false);
  }

  @Override
  public Role role() {
    return Role.VICTIM;
  }

  /** Whether someone else must act for this victim: the victim is dead or incapable (CCRA s.2(3)). */
  public boolean needsSomeoneToAct() {
    return deceased || incapable;
  }
}
