package org.rjkit.core.participant;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The person responsible for the harm: accused, young person or sentenced offender. Every fact
 * may be unknown.
 *
 * @param id not null
 * @param dateOfBirth when known
 * @param acceptsResponsibility accepts responsibility for the act (CC s.717(1)(e))
 * @param acknowledgesBasicFacts has acknowledged the basic facts of the case (Dir. 2012/29/EU Art.12(1)(c))
 * @param deniesInvolvement denies participation or involvement (CC s.717(2)(a))
 * @param wantsTrial wishes the charge dealt with by the court (CC s.717(2)(b))
 * @param plea the plea entered
 * @param advisedOfRightToCounsel advised of the right to counsel (CC s.717(1)(d))
 * @param hadReasonableOpportunityToConsultCounsel given a reasonable opportunity to consult counsel (YCJA s.10(2)(d))
 * @param chargedInSameOffence always meaningful for a co-accused; absent means no
 */
public record Offender(
    ParticipantId id,
    Optional<LocalDate> dateOfBirth,
    Optional<Boolean> acceptsResponsibility,
    Optional<Boolean> acknowledgesBasicFacts,
    Optional<Boolean> deniesInvolvement,
    Optional<Boolean> wantsTrial,
    Optional<Plea> plea,
    Optional<Boolean> advisedOfRightToCounsel,
    Optional<Boolean> hadReasonableOpportunityToConsultCounsel,
    boolean chargedInSameOffence) implements Participant {

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
    return new Offender(id, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        false);
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

  /** A copy with {@code acceptsResponsibility} set. */
  public Offender withAcceptsResponsibility(Optional<Boolean> value) {
    return new Offender(id, dateOfBirth, value, acknowledgesBasicFacts, deniesInvolvement,
        wantsTrial, plea, advisedOfRightToCounsel, hadReasonableOpportunityToConsultCounsel,
        chargedInSameOffence);
  }
}
