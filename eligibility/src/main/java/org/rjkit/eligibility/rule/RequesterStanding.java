package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.participant.Participant;
import org.rjkit.core.participant.Relationship;
import org.rjkit.core.participant.Role;
import org.rjkit.core.participant.Victim;
import org.rjkit.core.participant.VictimFamilyMember;
import org.rjkit.core.participant.VictimRepresentative;
import org.rjkit.core.truth.Truth;

/**
 * The requester has standing to ask: their role is one of the given roles; a victim who is
 * deceased or incapable does not ask, someone acting for them does (CCRA s.2(3), CVBR s.3); a
 * {@code VICTIM_REPRESENTATIVE} acts for a {@code VICTIM} (programmes.md, common facts); and, as
 * the parameters say, a co-accused has no standing on the victim's side (CCRA s.2(4), CVBR s.4:
 * neither as a victim, a representative nor a family member, nor as the representative of a
 * co-accused), a representative acts for a registered victim only, and a victim's family member
 * is one in the sense of Directive 2012/29/EU Art. 2(1)(a)(ii) and (b).
 *
 * @param roles the roles that may ask, at least one
 * @param restrictions the limits on standing the programme sets, possibly none
 * @since 1.0
 */
public record RequesterStanding(Set<Role> roles, Set<Restriction> restrictions)
    implements RuleDefinition {

  /** A limit a programme may set on who has standing, besides the roles. */
  public enum Restriction {
    /**
     * A requester on the victim's side who is charged in the same offence
     * ({@code chargedInSameOffence}), or a representative acting for such a victim, has no
     * standing (CCRA s.2(4), CVBR s.4).
     */
    CO_ACCUSED_EXCLUDED_FROM_VICTIM_SIDE,
    /**
     * A {@code VICTIM_FAMILY_MEMBER} has standing only as a family member of a victim whose
     * death the offence caused (Directive Art. 2(1)(a)(ii)), in the Directive's sense of family
     * (Art. 2(1)(b)): the victim they are related to is {@code deceased} (otherwise NOT_MET),
     * and their relationship is {@code SPOUSE}, {@code CONJUGAL_PARTNER} living with the victim
     * (since {@code cohabitingSince}), {@code PARENT}, {@code CHILD}, {@code SIBLING} or
     * {@code DEPENDANT} (MET); {@code OTHER_RELATIVE} is REVIEW (in direct line or not);
     * {@code CARER} NOT_MET; an absent relationship, or start of cohabitation, UNKNOWN.
     */
    FAMILY_MEMBER_ONLY_FOR_DECEASED_VICTIM,
    /**
     * A {@code VICTIM_REPRESENTATIVE} has standing only when the victim they act for is
     * registered ({@code registeredVictim} false: NOT_MET; absent: UNKNOWN).
     */
    REPRESENTATIVE_ONLY_FOR_REGISTERED_VICTIM
  }

  /**
   * Copies the sets in declaration order.
   *
   * @param roles the roles that may ask, at least one
   * @param restrictions the limits on standing the programme sets, possibly none
   */
  public RequesterStanding {
    checkArgument(!roles.isEmpty(), "at least one role");
    roles = Sets.immutableEnumSet(roles);
    restrictions = Sets.immutableEnumSet(restrictions);
  }

  /**
   * Standing for the given roles, within the given restrictions.
   *
   * @param roles the roles that may ask, at least one
   * @param restrictions the limits on standing, possibly none; not null
   * @return the definition
   */
  public static RequesterStanding of(Set<Role> roles, Restriction... restrictions) {
    return new RequesterStanding(roles, Sets.immutableEnumSet(Arrays.asList(restrictions)));
  }

  /**
   * Whether a co-accused has no standing on the victim's side.
   *
   * @return whether {@link Restriction#CO_ACCUSED_EXCLUDED_FROM_VICTIM_SIDE} is set
   */
  public boolean coAccusedExcludedFromVictimSide() {
    return restrictions.contains(Restriction.CO_ACCUSED_EXCLUDED_FROM_VICTIM_SIDE);
  }

  /**
   * Whether a family member has standing only for a deceased victim.
   *
   * @return whether {@link Restriction#FAMILY_MEMBER_ONLY_FOR_DECEASED_VICTIM} is set
   */
  public boolean familyMemberOnlyForDeceasedVictim() {
    return restrictions.contains(Restriction.FAMILY_MEMBER_ONLY_FOR_DECEASED_VICTIM);
  }

  /**
   * Whether a representative has standing only for a registered victim.
   *
   * @return whether {@link Restriction#REPRESENTATIVE_ONLY_FOR_REGISTERED_VICTIM} is set
   */
  public boolean representativeOnlyForRegisteredVictim() {
    return restrictions.contains(Restriction.REPRESENTATIVE_ONLY_FOR_REGISTERED_VICTIM);
  }

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    Participant requester = facts.requester();
    List<String> used = new ArrayList<>(6);
    used.add("requesterId");
    used.add(ScreeningFacts.participant(requester.id(), "role"));
    String id = requester.id().value();
    Role role = requester.role();
    if (!roles.contains(requester.role())) {
      return Finding.notMet(Finding.text("reason.RequesterStanding.role", id, role, roles),
          used);
    }
    if (requester instanceof Victim v && v.needsSomeoneToAct()) {
      used.add(ScreeningFacts.participant(requester.id(), v.deceased() ? "deceased" : "incapable"));
      return Finding.notMet(Finding.text("reason.RequesterStanding.cannotAct", id), used);
    }
    if (coAccusedExcludedFromVictimSide() && requester.role().isVictimSide()) {
      used.add(ScreeningFacts.participant(requester.id(), "chargedInSameOffence"));
      if (requester.chargedInSameOffence()) {
        return Finding.notMet(Finding.text("reason.RequesterStanding.coAccused", id), used);
      }
    }
    if (requester instanceof VictimRepresentative r) {
      Optional<Finding> f = representative(facts, r, used);
      if (f.isPresent()) {
        return f.get();
      }
    }
    if (familyMemberOnlyForDeceasedVictim() && requester instanceof VictimFamilyMember family) {
      Optional<Finding> f = directiveFamilyMember(facts, family, used);
      if (f.isPresent()) {
        return f.get();
      }
    }
    return Finding.met(Finding.text("reason.RequesterStanding.met", id, role), used);
  }

  /** A representative acts for a victim with standing (and, if required, a registered one). */
  private Optional<Finding> representative(ScreeningFacts facts, VictimRepresentative r,
      List<String> used) {
    String id = r.id().value();
    String victimId = r.actsFor().value();
    used.add(ScreeningFacts.participant(r.id(), "actsFor"));
    used.add(ScreeningFacts.participant(r.actsFor(), "role"));
    Participant represented = facts.caseFile().participant(r.actsFor()).orElseThrow();
    if (!(represented instanceof Victim victim)) {
      return Optional.of(Finding.notMet(Finding.text("reason.RequesterStanding.notAVictim", id,
          victimId), used));
    }
    if (coAccusedExcludedFromVictimSide()) {
      used.add(ScreeningFacts.participant(r.actsFor(), "chargedInSameOffence"));
      if (victim.chargedInSameOffence()) {
        return Optional.of(Finding.notMet(Finding.text(
            "reason.RequesterStanding.representsCoAccused", id, victimId), used));
      }
    }
    if (representativeOnlyForRegisteredVictim()) {
      String path = ScreeningFacts.participant(r.actsFor(), "registeredVictim");
      if (victim.registeredVictim() == Truth.UNKNOWN) {
        return Optional.of(Finding.unknown(Finding.text(
            "reason.RequesterStanding.registrationUnknown", victimId), used, List.of(path)));
      }
      used.add(path);
      if (victim.registeredVictim() == Truth.NO) {
        return Optional.of(Finding.notMet(Finding.text(
            "reason.RequesterStanding.notRegistered", id, victimId), used));
      }
    }
    return Optional.empty();
  }

  /** A family member of a deceased victim, in the sense of Directive Art. 2(1)(b). */
  private Optional<Finding> directiveFamilyMember(ScreeningFacts facts, VictimFamilyMember family,
      List<String> used) {
    String id = family.id().value();
    String related = family.relatedTo().value();
    used.add(ScreeningFacts.participant(family.id(), "relatedTo"));
    used.add(ScreeningFacts.participant(family.relatedTo(), "deceased"));
    Optional<Participant> victim = facts.caseFile().participant(family.relatedTo());
    boolean deceasedVictim = victim.isPresent() && victim.get() instanceof Victim v
        && v.deceased();
    if (!deceasedVictim) {
      return Optional.of(Finding.notMet(Finding.text(
          "reason.RequesterStanding.familyOfLivingVictim", id, related), used));
    }
    String relationshipPath = ScreeningFacts.participant(family.id(), "relationship");
    if (family.relationship().isEmpty()) {
      return Optional.of(Finding.unknown(Finding.text(
          "reason.RequesterStanding.relationshipUnknown"), used, List.of(relationshipPath)));
    }
    used.add(relationshipPath);
    Relationship relationship = family.relationship().get();
    RuleStatus status = switch (relationship) {
      case SPOUSE, PARENT, CHILD, SIBLING, DEPENDANT -> RuleStatus.MET;
      case CONJUGAL_PARTNER -> RuleStatus.MET;
      case OTHER_RELATIVE -> RuleStatus.REVIEW;
      case CARER -> RuleStatus.NOT_MET;
    };
    if (relationship == Relationship.CONJUGAL_PARTNER) {
      String since = ScreeningFacts.participant(family.id(), "cohabitingSince");
      if (family.cohabitingSince().isEmpty()) {
        return Optional.of(Finding.unknown(Finding.text(
            "reason.RequesterStanding.cohabitationUnknown"), used, List.of(since)));
      }
      used.add(since);
      if (family.cohabitingSince().get().isAfter(facts.asOf())) {
        status = RuleStatus.NOT_MET;
      }
    }
    return switch (status) {
      case MET -> Optional.empty();
      case REVIEW -> Optional.of(Finding.review(Finding.text(
          "reason.RequesterStanding.relativeReview", id, relationship), used));
      default -> Optional.of(Finding.notMet(Finding.text(
          "reason.RequesterStanding.notFamily", id, relationship), used));
    };
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
