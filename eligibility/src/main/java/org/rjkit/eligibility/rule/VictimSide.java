package org.rjkit.eligibility.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.participant.Participant;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Relationship;
import org.rjkit.core.participant.Victim;
import org.rjkit.core.participant.VictimFamilyMember;
import org.rjkit.core.participant.VictimRepresentative;

/**
 * The victim side and those who act for a victim (programmes.md, common facts; CCRA s.2(3) and
 * (4), CVBR s.3 and s.4; CA-RO-9, CA-RO-10, CA-RO-36): a victim who is deceased or incapable
 * neither asks nor consents, and anyone acting for them does; a participant charged in the same
 * offence has no standing on the victim's side.
 */
final class VictimSide {

  private VictimSide() {}

  /** Someone who may act for a victim who cannot: known to act, or whose standing is open. */
  record Actor(ParticipantId id, Optional<String> openFact) {

    /** Whether the person is known to act for the victim. */
    boolean acts() {
      return openFact.isEmpty();
    }
  }

  /** The victims with standing: {@code VICTIM} participants not charged in the same offence. */
  static List<Victim> victims(ScreeningFacts facts) {
    List<Victim> victims = new ArrayList<>();
    for (Participant p : facts.caseFile().participants()) {
      if (p instanceof Victim v && !v.chargedInSameOffence()) {
        victims.add(v);
      }
    }
    return victims;
  }

  /** The victim with standing a participant id names, if it names one. */
  static Optional<Victim> victimWithStanding(ScreeningFacts facts, ParticipantId id) {
    return facts.caseFile().participant(id).filter(Victim.class::isInstance)
        .map(Victim.class::cast).filter(v -> !v.chargedInSameOffence());
  }

  /**
   * Those who may act for a victim who is deceased or incapable, in document order: a
   * {@code VICTIM_REPRESENTATIVE} whose {@code actsFor} names them, or a
   * {@code VICTIM_FAMILY_MEMBER} {@code relatedTo} them (a {@code CONJUGAL_PARTNER} only after
   * one year of cohabitation by {@code asOf}, CCRA s.2(3)(b)); never someone charged in the same
   * offence. A family member whose relationship, or a conjugal partner whose start of
   * cohabitation, is not stated may act: their standing is open.
   */
  static List<Actor> actorsFor(ScreeningFacts facts, Victim victim) {
    List<Actor> actors = new ArrayList<>();
    LocalDate asOf = facts.asOf();
    for (Participant p : facts.caseFile().participants()) {
      if (p.chargedInSameOffence()) {
        continue;
      }
      if (p instanceof VictimRepresentative r && r.actsFor().equals(victim.id())) {
        actors.add(new Actor(r.id(), Optional.empty()));
      } else if (p instanceof VictimFamilyMember f && f.relatedTo().equals(victim.id())) {
        if (f.relationship().isEmpty()) {
          actors.add(new Actor(f.id(),
              Optional.of(ScreeningFacts.participant(f.id(), "relationship"))));
        } else if (f.relationship().get() != Relationship.CONJUGAL_PARTNER) {
          actors.add(new Actor(f.id(), Optional.empty()));
        } else if (f.cohabitingSince().isEmpty()) {
          actors.add(new Actor(f.id(),
              Optional.of(ScreeningFacts.participant(f.id(), "cohabitingSince"))));
        } else if (!f.cohabitingSince().get().plusYears(1).isAfter(asOf)) {
          actors.add(new Actor(f.id(), Optional.empty()));
        }
      }
    }
    return actors;
  }

  /** The fact path used when no one on record acts for a victim who cannot act. */
  static String actingFor(ParticipantId victim) {
    return "participants[actingFor=" + victim.value() + "]";
  }
}
