package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.consent.CurrentConsent;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.participant.Participant;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Victim;
import org.rjkit.core.participant.VictimRepresentative;

/**
 * Each required party has given voluntary, informed consent that is current on {@code asOf}
 * ({@link org.rjkit.core.consent.ConsentHistory#currentOn}: the person's latest act on or before
 * the date decides; a withdrawal withdraws consent whichever record it is written on; a consent
 * given again after a withdrawal restores it), in one of the accepted forms: a grant in an
 * accepted form since the person's latest withdrawal (programmes.md, "current consent").
 *
 * <p>The requester's own consent is always required. The parties add the offender concerned
 * and the victim side as {@link ConsentParty#VICTIM_SIDE} defines it, which depends on who asks;
 * for a victim who is deceased or incapable, the consent of at least one person acting for them
 * counts (none on record: UNKNOWN).
 *
 * <p>A withdrawn (and not given again) or uninformed consent, or one not given in a form the
 * programme accepts, is NOT_MET; a missing record, or a record that does not say whether it was
 * informed or (when forms matter) in which form, is UNKNOWN. NOT_MET wins over UNKNOWN.
 *
 * @param parties whose consent is required besides the requester's, at least one
 * @param forms the accepted forms, at least one; all three when the form does not matter
 * @since 1.0
 */
public record ConsentOfParties(Set<ConsentParty> parties, Set<ConsentForm> forms)
    implements RuleDefinition {

  /**
   * Copies the sets in declaration order.
   *
   * @param parties whose consent is required besides the requester's, at least one
   * @param forms the accepted forms, at least one; all three when the form does not matter
   */
  public ConsentOfParties {
    checkArgument(!parties.isEmpty(), "at least one party");
    checkArgument(!forms.isEmpty(), "at least one form");
    parties = Sets.immutableEnumSet(parties);
    forms = Sets.immutableEnumSet(forms);
  }

  /**
   * Consent in any form.
   *
   * @param parties at least one
   * @return the definition
   */
  public static ConsentOfParties anyForm(ConsentParty... parties) {
    return new ConsentOfParties(Set.of(parties), Set.of(ConsentForm.values()));
  }

  private static final int FORMS = ConsentForm.values().length;

  private static final ConsentParty[] PARTIES = ConsentParty.values();

  private static final String MET = "reason.ConsentOfParties.met";
  private static final String MET_FORM = "reason.ConsentOfParties.met.form";
  private static final String MET_ACTED_FOR = "reason.ConsentOfParties.met.actedFor";
  private static final String MET_FORM_ACTED_FOR = "reason.ConsentOfParties.met.form.actedFor";

  private boolean formMatters() {
    return forms.size() < FORMS;
  }

  /** What was found for those who may act for a victim. */
  private record Check(Optional<Finding> notMet, List<String> used, List<String> missing) {}

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    // whose own consent is required, distinct in the order found (a handful: no set)
    List<ParticipantId> who = new ArrayList<>(4);
    List<ParticipantId> notWithdrawn = List.of();
    List<Victim> actedFor = List.of();
    List<String> used = new ArrayList<>(4);
    List<String> missing = new ArrayList<>(2);
    Participant requester = facts.requester();
    for (ConsentParty party : PARTIES) {
      if (!parties.contains(party)) {
        continue;  // the parties in declaration order, as the set iterates, without an iterator
      }
      switch (party) {
        case REQUESTER -> addOnce(who, requester.id());
        case OFFENDER -> {
          Offender offender = facts.offenderOrNull();
          if (offender != null) {
            addOnce(who, offender.id());
          } else {
            Finding unknown = facts.offenderUnknown();
            used.addAll(unknown.missingFacts());
            missing.addAll(unknown.missingFacts());
          }
        }
        case VICTIM_SIDE -> {
          if (requester.role().isVictimSide()) {
            addOnce(who, requester.id());
            if (requester instanceof VictimRepresentative r) {
              Optional<Victim> v = VictimSide.victimWithStanding(facts, r.actsFor())
                  .filter(victim -> !victim.needsSomeoneToAct());
              if (v.isPresent()) {
                if (notWithdrawn.isEmpty()) {
                  notWithdrawn = new ArrayList<>(1);
                }
                notWithdrawn.add(v.get().id());
              }
            }
          } else {
            List<Victim> victims = VictimSide.victims(facts);
            if (victims.isEmpty()) {
              used.add(ScreeningFacts.VICTIM_PARTICIPANT);
              missing.add(ScreeningFacts.VICTIM_PARTICIPANT);
            }
            for (Victim v : victims) {
              if (v.needsSomeoneToAct()) {
                if (actedFor.isEmpty()) {
                  actedFor = new ArrayList<>(1);
                }
                actedFor.add(v);
              } else {
                addOnce(who, v.id());
              }
            }
          }
        }
        default -> throw new AssertionError(party);
      }
    }
    addOnce(who, requester.id());  // always required; in its place when the parties list it
    ImmutableList.Builder<String> consented = ImmutableList.builderWithExpectedSize(who.size());
    for (int i = 0; i < who.size(); i++) {
      ParticipantId id = who.get(i);
      int missingBefore = missing.size();
      Finding notMet = check(facts, id, used, missing);
      if (notMet != null) {
        return notMet;
      }
      if (missing.size() == missingBefore) {
        consented.add(id.value());
      }
    }
    for (ParticipantId victim : notWithdrawn) {
      String path = ScreeningFacts.consent(victim);
      used.add(path);
      if (facts.caseFile().consentOn(victim, facts.asOf()).status()
          == org.rjkit.core.consent.ConsentStatus.WITHDRAWN) {
        return Finding.notMet(Finding.text("reason.ConsentOfParties.representedWithdrew",
            victim.value()), List.of(path));
      }
    }
    for (Victim victim : actedFor) {
      Check c = checkActors(facts, victim);
      if (c.notMet().isPresent()) {
        return c.notMet().get();
      }
      used.addAll(c.used());
      missing.addAll(c.missing());
    }
    if (!missing.isEmpty()) {
      return new Finding(RuleStatus.UNKNOWN, Finding.text("reason.ConsentOfParties.unknown"),
          used, missing);
    }
    if (!actedFor.isEmpty()) {
      return Finding.met(Finding.text(formMatters() ? MET_FORM_ACTED_FOR : MET_ACTED_FOR,
          consented.build(), Vocabulary.ids(actedFor.stream().map(Victim::id).toList())), used);
    }
    return Finding.met(Finding.text(formMatters() ? MET_FORM : MET, consented.build()), used);
  }

  private static void addOnce(List<ParticipantId> who, ParticipantId id) {
    if (!who.contains(id)) {
      who.add(id);
    }
  }

  /**
   * One person's consent: NOT_MET with its reason, or null with the facts used and missing
   * added to {@code used} and {@code missing}.
   */
  private Finding check(ScreeningFacts facts, ParticipantId id, List<String> used,
      List<String> missing) {
    String path = ScreeningFacts.consent(id);
    CurrentConsent consent = facts.caseFile().consentOn(id, facts.asOf());
    switch (consent.status()) {
      case WITHDRAWN -> {
        return Finding.notMet(Finding.text("reason.ConsentOfParties.withdrawn", id.value()),
            List.of(path));
      }
      case NOT_INFORMED -> {
        return Finding.notMet(Finding.text("reason.ConsentOfParties.notInformed", id.value()),
            List.of(path));
      }
      case NO_RECORD -> {
        used.add(path);
        missing.add(path);
        return null;
      }
      case INFORMED_UNKNOWN -> {
        used.add(path);
        used.add(path + ".informed");
        missing.add(path + ".informed");
        return null;
      }
      case CURRENT -> {
        if (!formMatters()) {
          used.add(path);
          return null;
        }
        if (consent.grantedInFormSinceWithdrawal(forms)) {
          used.add(path);
          used.add(path + ".form");
          return null;
        }
        if (consent.grantOfUnknownFormSinceWithdrawal()) {
          used.add(path);
          used.add(path + ".form");
          missing.add(path + ".form");
          return null;
        }
        ConsentForm form = consent.form().orElseThrow();
        return Finding.notMet(Finding.text("reason.ConsentOfParties.form", id.value(),
            form, forms), List.of(path, path + ".form"));
      }
      default -> throw new AssertionError(consent.status());
    }
  }

  /**
   * The consent of at least one person acting for a victim who is deceased or incapable: MET
   * when one has current consent; NOT_MET when every one known to act has a consent that does
   * not count and none is open; otherwise UNKNOWN.
   */
  private Check checkActors(ScreeningFacts facts, Victim victim) {
    List<String> used = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    used.add(ScreeningFacts.participant(victim.id(), victim.deceased() ? "deceased" : "incapable"));
    List<VictimSide.Actor> actors = VictimSide.actorsFor(facts, victim);
    if (actors.isEmpty()) {
      String path = VictimSide.actingFor(victim.id());
      used.add(path);
      return new Check(Optional.empty(), used, List.of(path));
    }
    boolean open = false;
    for (VictimSide.Actor actor : actors) {
      List<String> actorUsed = new ArrayList<>(2);
      List<String> actorMissing = new ArrayList<>(1);
      Finding actorNotMet = check(facts, actor.id(), actorUsed, actorMissing);
      if (actor.acts() && actorNotMet == null && actorMissing.isEmpty()) {
        return new Check(Optional.empty(), actorUsed, List.of());
      }
      if (actorNotMet != null) {
        used.addAll(actorNotMet.facts());
        continue;
      }
      used.addAll(actorUsed);
      missing.addAll(actorMissing);
      open = true;
      if (!actor.acts()) {
        used.add(actor.openFact().get());
        missing.add(actor.openFact().get());
        open = true;
      }
    }
    if (!open) {
      return notMet(Finding.notMet(Finding.text("reason.ConsentOfParties.noActor",
          victim.id().value()), used));
    }
    return new Check(Optional.empty(), used, missing);
  }

  private static Check notMet(Finding f) {
    return new Check(Optional.of(f), f.facts(), List.of());
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
