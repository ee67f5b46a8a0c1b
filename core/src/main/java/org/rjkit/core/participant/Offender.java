package org.rjkit.core.participant;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.rjkit.core.truth.Truth;

/**
 * The person responsible for the harm: accused, young person or sentenced offender. Every fact
 * may be unknown ({@link Truth#UNKNOWN}, or an empty {@code Optional}). Build one with
 * {@link #builder(ParticipantId)}: the facts are then named, not positional.
 *
 * @param id not null
 * @param dateOfBirth when known; not null
 * @param acceptsResponsibility accepts responsibility for the act (CC s.717(1)(e)); not null
 * @param acknowledgesBasicFacts has acknowledged the basic facts of the case
 *     (Dir. 2012/29/EU Art.12(1)(c)); not null
 * @param deniesInvolvement denies participation or involvement (CC s.717(2)(a)); not null
 * @param wantsTrial wishes the charge dealt with by the court (CC s.717(2)(b)); not null
 * @param plea the plea entered, when known; not null
 * @param advisedOfRightToCounsel advised of the right to counsel (CC s.717(1)(d)); not null
 * @param hadReasonableOpportunityToConsultCounsel given a reasonable opportunity to consult
 *     counsel (YCJA s.10(2)(d)); not null
 * @param chargedInSameOffence always meaningful for a co-accused; absent means no
 * @since 1.0
 */
public record Offender(
    ParticipantId id,
    Optional<LocalDate> dateOfBirth,
    Truth acceptsResponsibility,
    Truth acknowledgesBasicFacts,
    Truth deniesInvolvement,
    Truth wantsTrial,
    Optional<Plea> plea,
    Truth advisedOfRightToCounsel,
    Truth hadReasonableOpportunityToConsultCounsel,
    boolean chargedInSameOffence) implements Participant {

  /**
   * Checks that no component is null.
   *
   * @param id not null
   * @param dateOfBirth when known; not null
   * @param acceptsResponsibility accepts responsibility for the act (CC s.717(1)(e)); not null
   * @param acknowledgesBasicFacts has acknowledged the basic facts of the case (Dir. 2012/29/EU
   *     Art.12(1)(c)); not null
   * @param deniesInvolvement denies participation or involvement (CC s.717(2)(a)); not null
   * @param wantsTrial wishes the charge dealt with by the court (CC s.717(2)(b)); not null
   * @param plea the plea entered, when known; not null
   * @param advisedOfRightToCounsel advised of the right to counsel (CC s.717(1)(d)); not null
   * @param hadReasonableOpportunityToConsultCounsel given a reasonable opportunity to consult
   *     counsel (YCJA s.10(2)(d)); not null
   * @param chargedInSameOffence always meaningful for a co-accused; absent means no
   * @throws NullPointerException if a component is null
   */
  public Offender {
    checkNotNull(id, "id");
    checkNotNull(dateOfBirth, "dateOfBirth");
    checkNotNull(acceptsResponsibility, "acceptsResponsibility");
    checkNotNull(acknowledgesBasicFacts, "acknowledgesBasicFacts");
    checkNotNull(deniesInvolvement, "deniesInvolvement");
    checkNotNull(wantsTrial, "wantsTrial");
    checkNotNull(plea, "plea");
    checkNotNull(advisedOfRightToCounsel, "advisedOfRightToCounsel");
    checkNotNull(hadReasonableOpportunityToConsultCounsel,
        "hadReasonableOpportunityToConsultCounsel");
  }

  /**
   * An offender of whom nothing is known but the id.
   *
   * @param id not null
   * @return the offender
   */
  public static Offender unknown(ParticipantId id) {
    return builder(id).build();
  }

  /**
   * A builder for an offender of whom nothing is known but the id; each fact set is named.
   *
   * @param id not null
   * @return a new builder
   */
  public static Builder builder(ParticipantId id) {
    return new Builder(id);
  }

  /**
   * A builder holding this offender's facts, to change some.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.dateOfBirth = dateOfBirth;
    b.acceptsResponsibility = acceptsResponsibility;
    b.acknowledgesBasicFacts = acknowledgesBasicFacts;
    b.deniesInvolvement = deniesInvolvement;
    b.wantsTrial = wantsTrial;
    b.plea = plea;
    b.advisedOfRightToCounsel = advisedOfRightToCounsel;
    b.hadReasonableOpportunityToConsultCounsel = hadReasonableOpportunityToConsultCounsel;
    b.chargedInSameOffence = chargedInSameOffence;
    return b;
  }

  @Override
  public Role role() {
    return Role.OFFENDER;
  }

  /**
   * The offender's age in whole years on a date, with calendar arithmetic ({@link Period#between}).
   *
   * @param on not null
   * @return the age, or empty when the date of birth is unknown
   */
  public Optional<Integer> ageOn(LocalDate on) {
    checkNotNull(on, "on");
    return dateOfBirth.map(dob -> ageOn(dob, on));
  }

  /**
   * Age in whole years on a date: a person born on 29 February turns a year older on 1 March of a
   * common year.
   *
   * @param dateOfBirth not null
   * @param on not null
   * @return whole years, negative if {@code on} is before the birth
   */
  public static int ageOn(LocalDate dateOfBirth, LocalDate on) {
    return Period.between(dateOfBirth, on).getYears();
  }

  /** Every fact but the date of birth, which is personal data: only whether it is known. */
  @Override
  public String toString() {
    return "Offender[id=" + id + ", dateOfBirth="
        + (dateOfBirth.isPresent() ? "<known>" : "<unknown>")
        + ", acceptsResponsibility=" + acceptsResponsibility
        + ", acknowledgesBasicFacts=" + acknowledgesBasicFacts
        + ", deniesInvolvement=" + deniesInvolvement + ", wantsTrial=" + wantsTrial
        + ", plea=" + plea + ", advisedOfRightToCounsel=" + advisedOfRightToCounsel
        + ", hadReasonableOpportunityToConsultCounsel=" + hadReasonableOpportunityToConsultCounsel
        + ", chargedInSameOffence=" + chargedInSameOffence + "]";
  }

  /**
   * A copy with {@code acceptsResponsibility} set.
   *
   * @param value not null
   * @return the copy, every other fact unchanged
   */
  public Offender withAcceptsResponsibility(Truth value) {
    return toBuilder().acceptsResponsibility(value).build();
  }

  /**
   * Builds an {@link Offender}; every fact left unset is unknown ({@link Truth#UNKNOWN} or
   * empty), and {@code chargedInSameOffence} is false.
   */
  public static final class Builder {
    private final ParticipantId id;
    private Optional<LocalDate> dateOfBirth = Optional.empty();
    private Truth acceptsResponsibility = Truth.UNKNOWN;
    private Truth acknowledgesBasicFacts = Truth.UNKNOWN;
    private Truth deniesInvolvement = Truth.UNKNOWN;
    private Truth wantsTrial = Truth.UNKNOWN;
    private Optional<Plea> plea = Optional.empty();
    private Truth advisedOfRightToCounsel = Truth.UNKNOWN;
    private Truth hadReasonableOpportunityToConsultCounsel = Truth.UNKNOWN;
    private boolean chargedInSameOffence;

    private Builder(ParticipantId id) {
      this.id = checkNotNull(id, "id");
    }

    /**
     * Sets the date of birth.
     *
     * @param value not null
     * @return this builder
     */
    public Builder dateOfBirth(LocalDate value) {
      this.dateOfBirth = Optional.of(value);
      return this;
    }

    /**
     * Sets or clears the date of birth.
     *
     * @param value empty when unknown; not null
     * @return this builder
     */
    public Builder dateOfBirth(Optional<LocalDate> value) {
      this.dateOfBirth = checkNotNull(value, "dateOfBirth");
      return this;
    }

    /**
     * Sets whether the offender accepts responsibility for the act (CC s.717(1)(e)).
     *
     * @param value not null
     * @return this builder
     */
    public Builder acceptsResponsibility(Truth value) {
      this.acceptsResponsibility = checkNotNull(value, "acceptsResponsibility");
      return this;
    }

    /**
     * Sets whether the offender accepts responsibility for the act (CC s.717(1)(e)).
     *
     * @param value a known answer
     * @return this builder
     */
    public Builder acceptsResponsibility(boolean value) {
      return acceptsResponsibility(Truth.of(value));
    }

    /**
     * Sets whether the offender has acknowledged the basic facts (Dir. 2012/29/EU Art.12(1)(c)).
     *
     * @param value not null
     * @return this builder
     */
    public Builder acknowledgesBasicFacts(Truth value) {
      this.acknowledgesBasicFacts = checkNotNull(value, "acknowledgesBasicFacts");
      return this;
    }

    /**
     * Sets whether the offender has acknowledged the basic facts (Dir. 2012/29/EU Art.12(1)(c)).
     *
     * @param value a known answer
     * @return this builder
     */
    public Builder acknowledgesBasicFacts(boolean value) {
      return acknowledgesBasicFacts(Truth.of(value));
    }

    /**
     * Sets whether the offender denies participation or involvement (CC s.717(2)(a)).
     *
     * @param value not null
     * @return this builder
     */
    public Builder deniesInvolvement(Truth value) {
      this.deniesInvolvement = checkNotNull(value, "deniesInvolvement");
      return this;
    }

    /**
     * Sets whether the offender denies participation or involvement (CC s.717(2)(a)).
     *
     * @param value a known answer
     * @return this builder
     */
    public Builder deniesInvolvement(boolean value) {
      return deniesInvolvement(Truth.of(value));
    }

    /**
     * Sets whether the offender wishes the charge dealt with by the court (CC s.717(2)(b)).
     *
     * @param value not null
     * @return this builder
     */
    public Builder wantsTrial(Truth value) {
      this.wantsTrial = checkNotNull(value, "wantsTrial");
      return this;
    }

    /**
     * Sets whether the offender wishes the charge dealt with by the court (CC s.717(2)(b)).
     *
     * @param value a known answer
     * @return this builder
     */
    public Builder wantsTrial(boolean value) {
      return wantsTrial(Truth.of(value));
    }

    /**
     * Sets the plea entered.
     *
     * @param value not null
     * @return this builder
     */
    public Builder plea(Plea value) {
      this.plea = Optional.of(value);
      return this;
    }

    /**
     * Sets or clears the plea entered.
     *
     * @param value empty when unknown; not null
     * @return this builder
     */
    public Builder plea(Optional<Plea> value) {
      this.plea = checkNotNull(value, "plea");
      return this;
    }

    /**
     * Sets whether the offender was advised of the right to counsel (CC s.717(1)(d)).
     *
     * @param value not null
     * @return this builder
     */
    public Builder advisedOfRightToCounsel(Truth value) {
      this.advisedOfRightToCounsel = checkNotNull(value, "advisedOfRightToCounsel");
      return this;
    }

    /**
     * Sets whether the offender was advised of the right to counsel (CC s.717(1)(d)).
     *
     * @param value a known answer
     * @return this builder
     */
    public Builder advisedOfRightToCounsel(boolean value) {
      return advisedOfRightToCounsel(Truth.of(value));
    }

    /**
     * Sets whether the offender had a reasonable opportunity to consult counsel
     * (YCJA s.10(2)(d)).
     *
     * @param value not null
     * @return this builder
     */
    public Builder hadReasonableOpportunityToConsultCounsel(Truth value) {
      this.hadReasonableOpportunityToConsultCounsel =
          checkNotNull(value, "hadReasonableOpportunityToConsultCounsel");
      return this;
    }

    /**
     * Sets whether the offender had a reasonable opportunity to consult counsel
     * (YCJA s.10(2)(d)).
     *
     * @param value a known answer
     * @return this builder
     */
    public Builder hadReasonableOpportunityToConsultCounsel(boolean value) {
      return hadReasonableOpportunityToConsultCounsel(Truth.of(value));
    }

    /**
     * Sets whether the offender is charged in the same offence as another participant.
     *
     * @param value true for a co-accused
     * @return this builder
     */
    public Builder chargedInSameOffence(boolean value) {
      this.chargedInSameOffence = value;
      return this;
    }

    /**
     * The offender.
     *
     * @return a new offender with the facts set so far
     */
    public Offender build() {
      return new Offender(id, dateOfBirth, acceptsResponsibility, acknowledgesBasicFacts,
          deniesInvolvement, wantsTrial, plea, advisedOfRightToCounsel,
          hadReasonableOpportunityToConsultCounsel, chargedInSameOffence);
    }
  }
}
