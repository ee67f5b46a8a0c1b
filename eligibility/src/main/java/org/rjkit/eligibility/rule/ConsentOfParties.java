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
import org.rjkit.core.participant.Role;
import org.rjkit.eligibility.RuleStatus;

/**
 * Each required party has given voluntary, informed consent that is current on {@code asOf}
 * ({@link org.rjkit.core.consent.ConsentHistory#currentOn}: the latest record given on or before
 * the date counts; a consent given again after a withdrawal restores consent; a withdrawal dated
 * after the date does not count), in one of the accepted forms.
 *
 * <p>A withdrawn (and not given again) or uninformed consent, or one in a form the programme
 * does not accept, is NOT_MET; a missing record, or a record that does not say whether it was
 * informed or (when forms matter) in which form, is UNKNOWN. NOT_MET wins over UNKNOWN.
 *
 * @param parties whose consent is required, at least one
 * @param forms the accepted forms, at least one; all three when the form does not matter
 */
public record ConsentOfParties(Set<ConsentParty> parties, Set<ConsentForm> forms)
    implements RuleDefinition {

  /** Copies the sets in declaration order. */
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

  @Override
  public Finding evaluate(CaseFacts facts) {
    LinkedHashSet<ParticipantId> who = new LinkedHashSet<>();
    List<String> used = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (ConsentParty party : parties) {
      switch (party) {
        case REQUESTER -> who.add(facts.requesterId());
        case OFFENDER -> {
          Optional<Offender> offender = facts.offender();
          if (offender.isPresent()) {
            who.add(offender.get().id());
          } else {
            used.add(CaseFacts.OFFENDER_PARTICIPANT);
            missing.add(CaseFacts.OFFENDER_PARTICIPANT);
          }
        }
        case VICTIM_SIDE -> {
          if (facts.requester().role().isVictimSide()) {
            who.add(facts.requesterId());
          } else {
            boolean any = false;
            for (Participant p : facts.caseFile().participants()) {
              if (p.role() == Role.VICTIM) {
                who.add(p.id());
                any = true;
              }
            }
            if (!any) {
              used.add(CaseFacts.VICTIM_PARTICIPANT);
              missing.add(CaseFacts.VICTIM_PARTICIPANT);
            }
          }
        }
        default -> throw new AssertionError(party);
      }
    }
    for (ParticipantId id : who) {
      String path = CaseFacts.consent(id);
      used.add(path);
      CurrentConsent consent = facts.caseFile().consentOn(id, facts.asOf());
      switch (consent.status()) {
        case WITHDRAWN -> {
          return Finding.notMet("Participant " + id + " withdrew consent and has not given it"
                  + " again.",
              "Le participant " + id + " a retiré son consentement et ne l'a pas donné de"
                  + " nouveau.", List.of(path));
        }
        case NOT_INFORMED -> {
          return Finding.notMet("Participant " + id + " consented without being fully"
                  + " informed.",
              "Le participant " + id + " a consenti sans avoir été pleinement informé.",
              List.of(path));
        }
        case NO_RECORD -> missing.add(path);
        case INFORMED_UNKNOWN -> {
          used.add(path + ".informed");
          missing.add(path + ".informed");
        }
        case CURRENT -> {
          if (formMatters()) {
            used.add(path + ".form");
            Optional<ConsentForm> form = consent.form();
            if (form.isEmpty()) {
              missing.add(path + ".form");
            } else if (!forms.contains(form.get())) {
              return Finding.notMet("Participant " + id + " consented in the form "
                      + form.get().name() + "; the programme requires "
                      + Vocabulary.names(forms) + ".",
                  "Le participant " + id + " a consenti sous la forme " + form.get().name()
                      + " ; le programme exige " + Vocabulary.names(forms) + ".",
                  List.of(path, path + ".form"));
            }
          }
        }
        default -> throw new AssertionError(consent.status());
      }
    }
    if (!missing.isEmpty()) {
      return new Finding(RuleStatus.UNKNOWN,
          org.rjkit.core.language.BilingualText.of(
              "A required consent is not on record, or its record is incomplete.",
              "Un consentement requis ne figure pas au dossier, ou son relevé est incomplet."),
          used, missing);
    }
    return Finding.met("Every required participant (" + Vocabulary.names(List.copyOf(who))
            + ") has given informed consent that is current"
            + (formMatters() ? ", in an accepted form." : "."),
        "Chaque participant requis (" + Vocabulary.names(List.copyOf(who)) + ") a donné un"
            + " consentement éclairé toujours en vigueur"
            + (formMatters() ? ", sous une forme acceptée." : "."), used);
  }
}
