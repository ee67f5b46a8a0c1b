package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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

  private boolean formMatters() {
    return forms.size() < ConsentForm.values().length;
  }

  /** What was found for one person, or for those who may act for a victim. */
  private record Check(Optional<Finding> notMet, List<String> used, List<String> missing) {}

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    LinkedHashSet<ParticipantId> who = new LinkedHashSet<>();
    List<ParticipantId> notWithdrawn = new ArrayList<>();
    List<Victim> actedFor = new ArrayList<>();
    List<String> used = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    Participant requester = facts.requester();
    for (ConsentParty party : parties) {
      switch (party) {
        case REQUESTER -> who.add(requester.id());
        case OFFENDER -> {
          Optional<Offender> offender = facts.offender();
          if (offender.isPresent()) {
            who.add(offender.get().id());
          } else {
            Finding unknown = facts.offenderUnknown();
            used.addAll(unknown.missingFacts());
            missing.addAll(unknown.missingFacts());
          }
        }
        case VICTIM_SIDE -> {
          if (requester.role().isVictimSide()) {
            who.add(requester.id());
            if (requester instanceof VictimRepresentative r) {
              VictimSide.victimWithStanding(facts, r.actsFor())
                  .filter(v -> !v.needsSomeoneToAct())
                  .ifPresent(v -> notWithdrawn.add(v.id()));
            }
          } else {
            List<Victim> victims = VictimSide.victims(facts);
            if (victims.isEmpty()) {
              used.add(ScreeningFacts.VICTIM_PARTICIPANT);
              missing.add(ScreeningFacts.VICTIM_PARTICIPANT);
            }
            for (Victim v : victims) {
              if (v.needsSomeoneToAct()) {
                actedFor.add(v);
              } else {
                who.add(v.id());
              }
            }
          }
        }
        default -> throw new AssertionError(party);
      }
    }
    who.add(requester.id());  // always required; in its place when the parties list it
    List<ParticipantId> consented = new ArrayList<>();
    for (ParticipantId id : who) {
      Check c = check(facts, id);
      if (c.notMet().isPresent()) {
        return c.notMet().get();
      }
      used.addAll(c.used());
      missing.addAll(c.missing());
      if (c.missing().isEmpty()) {
        consented.add(id);
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
    String key = "reason.ConsentOfParties.met" + (formMatters() ? ".form" : "");
    if (!actedFor.isEmpty()) {
      return Finding.met(Finding.text(key + ".actedFor", Vocabulary.ids(consented),
          Vocabulary.ids(actedFor.stream().map(Victim::id).toList())), used);
    }
    return Finding.met(Finding.text(key, Vocabulary.ids(consented)), used);
  }

  /** One person's consent: NOT_MET with its reason, or the facts used and missing. */
  private Check check(ScreeningFacts facts, ParticipantId id) {
    String path = ScreeningFacts.consent(id);
    CurrentConsent consent = facts.caseFile().consentOn(id, facts.asOf());
    switch (consent.status()) {
      case WITHDRAWN -> {
        return notMet(Finding.notMet(Finding.text("reason.ConsentOfParties.withdrawn",
            id.value()), List.of(path)));
      }
      case NOT_INFORMED -> {
        return notMet(Finding.notMet(Finding.text("reason.ConsentOfParties.notInformed",
            id.value()), List.of(path)));
      }
      case NO_RECORD -> {
        return new Check(Optional.empty(), List.of(path), List.of(path));
      }
      case INFORMED_UNKNOWN -> {
        return new Check(Optional.empty(), List.of(path, path + ".informed"),
            List.of(path + ".informed"));
      }
      case CURRENT -> {
        if (!formMatters() || consent.grantedInFormSinceWithdrawal(forms)) {
          return new Check(Optional.empty(),
              formMatters() ? List.of(path, path + ".form") : List.of(path), List.of());
        }
        if (consent.grantOfUnknownFormSinceWithdrawal()) {
          return new Check(Optional.empty(), List.of(path, path + ".form"),
              List.of(path + ".form"));
        }
        ConsentForm form = consent.form().orElseThrow();
        return notMet(Finding.notMet(Finding.text("reason.ConsentOfParties.form", id.value(),
            form, forms), List.of(path, path + ".form")));
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
      Check c = check(facts, actor.id());
      if (actor.acts() && c.notMet().isEmpty() && c.missing().isEmpty()) {
        return new Check(Optional.empty(), c.used(), List.of());
      }
      if (c.notMet().isPresent()) {
        used.addAll(c.notMet().get().facts());
        continue;
      }
      used.addAll(c.used());
      missing.addAll(c.missing());
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
