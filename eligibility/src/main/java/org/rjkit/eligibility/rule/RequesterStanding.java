package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.participant.Participant;
import org.rjkit.core.participant.Role;
import org.rjkit.core.participant.Victim;
import org.rjkit.core.participant.VictimFamilyMember;

/**
 * The requester has standing to ask: their role is one of the given roles, and, as the
 * parameters say, a co-accused has no standing on the victim's side (CCRA s.2(4), CVBR s.4) and
 * a victim's family member asks only for a victim who has died.
 *
 * @param roles the roles that may ask, at least one
 * @param coAccusedExcludedFromVictimSide a requester on the victim's side who is charged in the
 *     same offence ({@code chargedInSameOffence}) has no standing
 * @param familyMemberOnlyForDeceasedVictim a {@code VICTIM_FAMILY_MEMBER} has standing only when
 *     the victim they are related to is {@code deceased}
 */
public record RequesterStanding(Set<Role> roles, boolean coAccusedExcludedFromVictimSide,
    boolean familyMemberOnlyForDeceasedVictim) implements RuleDefinition {

  /** Copies the set in declaration order. */
  public RequesterStanding {
    checkArgument(!roles.isEmpty(), "at least one role");
    roles = Sets.immutableEnumSet(roles);
  }

  @Override
  public Finding evaluate(CaseFacts facts) {
    Participant requester = facts.requester();
    List<String> used = new ArrayList<>(4);
    used.add("requesterId");
    used.add(CaseFacts.participant(requester.id(), "role"));
    String id = requester.id().value();
    String role = requester.role().name();
    if (!roles.contains(requester.role())) {
      return Finding.notMet("The requester " + id + " asks as " + role + "; the programme takes"
              + " requests from " + Vocabulary.names(roles) + " only.",
          "La personne requérante " + id + " agit comme " + role + " ; le programme ne reçoit que"
              + " les demandes de " + Vocabulary.names(roles) + ".", used);
    }
    if (coAccusedExcludedFromVictimSide && requester.role().isVictimSide()) {
      used.add(CaseFacts.participant(requester.id(), "chargedInSameOffence"));
      if (requester.chargedInSameOffence()) {
        return Finding.notMet("The requester " + id + " is charged in the same offence: a"
                + " co-accused has no standing as a victim or on a victim's behalf.",
            "La personne requérante " + id + " est accusée de la même infraction : un coaccusé"
                + " ne peut agir comme victime ni au nom d'une victime.", used);
      }
    }
    if (familyMemberOnlyForDeceasedVictim && requester instanceof VictimFamilyMember family) {
      used.add(CaseFacts.participant(requester.id(), "relatedTo"));
      used.add(CaseFacts.participant(family.relatedTo(), "deceased"));
      Optional<Participant> related = facts.caseFile().participant(family.relatedTo());
      boolean deceasedVictim = related.isPresent() && related.get() instanceof Victim v
          && v.deceased();
      if (!deceasedVictim) {
        return Finding.notMet("The requester " + id + " is a family member of "
                + family.relatedTo().value() + ", who is not a victim who has died; a family"
                + " member asks only for a deceased victim.",
            "La personne requérante " + id + " est un membre de la famille de "
                + family.relatedTo().value() + ", qui n'est pas une victime décédée ; un membre"
                + " de la famille ne peut agir que pour une victime décédée.", used);
      }
    }
    return Finding.met("The requester " + id + " asks as " + role + ", who has standing in the"
            + " programme.",
        "La personne requérante " + id + " agit comme " + role + ", qui a qualité pour agir dans"
            + " le programme.", used);
  }
}
