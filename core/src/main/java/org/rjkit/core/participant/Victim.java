package org.rjkit.core.participant;

import static com.google.common.base.Preconditions.checkNotNull;

import org.rjkit.core.truth.Truth;

/**
 * A person harmed by the offence (CCRA s.2(1) "victim"). Build one with
 * {@link #builder(ParticipantId)} (or {@link #of(ParticipantId, boolean)}): the facts are then
 * named, not positional.
 *
 * @param id not null
 * @param registeredVictim registered with the Correctional Service or the Parole Board; not null
 * @param deceased the victim has died (absent means no)
 * @param incapable the victim is ill or otherwise incapable of acting (absent means no)
 * @param residesInCanada present in Canada (CVBR s.19(2)); not null
 * @param canadianCitizenOrPermanentResident (CVBR s.19(2)); not null
 * @param chargedInSameOffence a co-accused (absent means no)
 * @since 1.0
 */
public record Victim(
    ParticipantId id, Truth registeredVictim, boolean deceased, boolean incapable,
    Truth residesInCanada, Truth canadianCitizenOrPermanentResident,
    boolean chargedInSameOffence) implements Participant {

  /**
   * Checks that no component is null.
   *
   * @param id not null
   * @param registeredVictim registered with the Correctional Service or the Parole Board; not null
   * @param deceased the victim has died (absent means no)
   * @param incapable the victim is ill or otherwise incapable of acting (absent means no)
   * @param residesInCanada present in Canada (CVBR s.19(2)); not null
   * @param canadianCitizenOrPermanentResident (CVBR s.19(2)); not null
   * @param chargedInSameOffence a co-accused (absent means no)
   * @throws NullPointerException if a component is null
   */
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
    return builder(id).registeredVictim(registered).build();
  }

  /**
   * A builder for a living, capable victim of whom nothing is known but the id.
   *
   * @param id not null
   * @return a new builder
   */
  public static Builder builder(ParticipantId id) {
    return new Builder(id);
  }

  /**
   * A builder holding this victim's facts, to change some.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.registeredVictim = registeredVictim;
    b.deceased = deceased;
    b.incapable = incapable;
    b.residesInCanada = residesInCanada;
    b.canadianCitizenOrPermanentResident = canadianCitizenOrPermanentResident;
    b.chargedInSameOffence = chargedInSameOffence;
    return b;
  }

  @Override
  public Role role() {
    return Role.VICTIM;
  }

  /**
   * Whether someone else must act for this victim: the victim is dead or incapable (CCRA s.2(3)).
   *
   * @return true when deceased or incapable
   */
  public boolean needsSomeoneToAct() {
    return deceased || incapable;
  }

  /**
   * Builds a {@link Victim}; every three-valued fact left unset is {@link Truth#UNKNOWN}, every
   * boolean one false.
   */
  public static final class Builder {
    private final ParticipantId id;
    private Truth registeredVictim = Truth.UNKNOWN;
    private boolean deceased;
    private boolean incapable;
    private Truth residesInCanada = Truth.UNKNOWN;
    private Truth canadianCitizenOrPermanentResident = Truth.UNKNOWN;
    private boolean chargedInSameOffence;

    private Builder(ParticipantId id) {
      this.id = checkNotNull(id, "id");
    }

    /**
     * Sets whether the victim is registered with the Correctional Service or the Parole Board.
     *
     * @param value not null
     * @return this builder
     */
    public Builder registeredVictim(Truth value) {
      this.registeredVictim = checkNotNull(value, "registeredVictim");
      return this;
    }

    /**
     * Sets whether the victim is registered with the Correctional Service or the Parole Board.
     *
     * @param value a known answer
     * @return this builder
     */
    public Builder registeredVictim(boolean value) {
      return registeredVictim(Truth.of(value));
    }

    /**
     * Sets whether the victim has died.
     *
     * @param value true when deceased
     * @return this builder
     */
    public Builder deceased(boolean value) {
      this.deceased = value;
      return this;
    }

    /**
     * Sets whether the victim is ill or otherwise incapable of acting.
     *
     * @param value true when incapable
     * @return this builder
     */
    public Builder incapable(boolean value) {
      this.incapable = value;
      return this;
    }

    /**
     * Sets whether the victim is present in Canada (CVBR s.19(2)).
     *
     * @param value not null
     * @return this builder
     */
    public Builder residesInCanada(Truth value) {
      this.residesInCanada = checkNotNull(value, "residesInCanada");
      return this;
    }

    /**
     * Sets whether the victim is present in Canada (CVBR s.19(2)).
     *
     * @param value a known answer
     * @return this builder
     */
    public Builder residesInCanada(boolean value) {
      return residesInCanada(Truth.of(value));
    }

    /**
     * Sets whether the victim is a Canadian citizen or permanent resident (CVBR s.19(2)).
     *
     * @param value not null
     * @return this builder
     */
    public Builder canadianCitizenOrPermanentResident(Truth value) {
      this.canadianCitizenOrPermanentResident =
          checkNotNull(value, "canadianCitizenOrPermanentResident");
      return this;
    }

    /**
     * Sets whether the victim is a Canadian citizen or permanent resident (CVBR s.19(2)).
     *
     * @param value a known answer
     * @return this builder
     */
    public Builder canadianCitizenOrPermanentResident(boolean value) {
      return canadianCitizenOrPermanentResident(Truth.of(value));
    }

    /**
     * Sets whether the victim is charged in the same offence (a co-accused).
     *
     * @param value true for a co-accused
     * @return this builder
     */
    public Builder chargedInSameOffence(boolean value) {
      this.chargedInSameOffence = value;
      return this;
    }

    /**
     * The victim.
     *
     * @return a new victim with the facts set so far
     */
    public Victim build() {
      return new Victim(id, registeredVictim, deceased, incapable, residesInCanada,
          canadianCitizenOrPermanentResident, chargedInSameOffence);
    }
  }
}
