package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.sentence.SentenceChain;
import org.rjkit.core.sentence.Sentences;
import org.rjkit.core.sentence.SupervisionStatus;
import org.rjkit.core.truth.Truth;
import org.rjkit.eligibility.RuleStatus;

/**
 * The offender is still under sentence on {@code asOf} (CCRA s.2(1) "offender", s.2.1). A stated
 * {@code supervision.status} decides: in custody, on day or full parole, on statutory release or
 * under long-term supervision (a deemed offender) is MET; {@code WARRANT_EXPIRED} gives
 * {@code whenExpired}. Without a status it is derived from the sentences: life and indeterminate
 * sentences never expire; a determinate chain expires at its start plus its aggregate term, and
 * after that the result is {@code whenExpired}.
 *
 * @param whenExpired the status once the sentence has expired: REVIEW where the programme's
 *     practice after warrant expiry is not established, NOT_MET where it is known to end
 */
public record StillUnderSentence(RuleStatus whenExpired) implements RuleDefinition {

  private static final String STATUS = "supervision.status";

  /** Checks that the status after expiry is a decided one. */
  public StillUnderSentence {
    checkNotNull(whenExpired, "whenExpired");
    checkArgument(whenExpired == RuleStatus.REVIEW || whenExpired == RuleStatus.NOT_MET,
        "whenExpired must be REVIEW or NOT_MET");
  }

  @Override
  public Finding evaluate(CaseFacts facts) {
    Optional<SupervisionStatus> status = facts.caseFile().supervision();
    if (status.isPresent()) {
      String name = status.get().name();
      if (status.get().isUnderSentence()) {
        return Finding.met("The offender's supervision status is " + name + ": still under"
                + " sentence.",
            "Le statut de surveillance du délinquant est " + name + " : il purge toujours sa"
                + " peine.", List.of(STATUS));
      }
      return Finding.of(whenExpired, "The offender's warrant has expired: the person is no"
              + " longer under sentence" + afterExpiryEn(),
          "Le mandat du délinquant est expiré : la personne ne purge plus de peine"
              + afterExpiryFr(), List.of(STATUS));
    }
    Optional<Sentences> known = facts.caseFile().sentences();
    if (known.isEmpty()) {
      return Finding.unknown("Neither the supervision status nor the sentences are stated.",
          "Ni le statut de surveillance ni les peines ne sont indiqués.",
          List.of(STATUS, "sentences"));
    }
    Sentences sentences = known.get();
    List<String> used = new ArrayList<>();
    if (sentences.hasIndefiniteSentence()) {
      for (int i = 0; i < sentences.all().size(); i++) {
        used.add(CaseFacts.sentence(i, "kind"));
      }
      return Finding.met("A life or indeterminate sentence never expires: the offender is"
              + " still under sentence.",
          "Une peine à perpétuité ou de durée indéterminée n'expire jamais : le délinquant"
              + " purge toujours sa peine.", used);
    }
    Truth served = Truth.NO;
    List<String> missing = new ArrayList<>();
    for (SentenceChain chain : sentences.chains()) {
      int first = sentences.indexOf(chain.ids().get(0));
      used.add(CaseFacts.sentence(first, "startsOn"));
      for (int k = 0; k < chain.ids().size(); k++) {
        int index = sentences.indexOf(chain.ids().get(k));
        used.add(CaseFacts.sentence(index, "term"));
        if (k > 0) {
          used.add(CaseFacts.sentence(index, "consecutiveTo"));
        }
      }
      Truth chainServed = chain.isServedOn(facts.asOf());
      if (chainServed == Truth.UNKNOWN) {
        missing.add(CaseFacts.sentence(first, "startsOn"));
      }
      served = served.or(chainServed);
    }
    if (served == Truth.YES) {
      return Finding.met("The offender is still serving a term of imprisonment on the date"
              + " decided for, by the sentences' dates.",
          "D'après les dates des peines, le délinquant purge toujours une peine"
              + " d'emprisonnement à la date de la décision.", used);
    }
    if (served == Truth.UNKNOWN) {
      missing.add(0, STATUS);
      used.add(0, STATUS);
      return Finding.unknown("Whether the sentence is still being served cannot be derived: a"
              + " start date is missing and no supervision status is stated.",
          "On ne peut établir si la peine est toujours purgée : une date de début manque et"
              + " aucun statut de surveillance n'est indiqué.", used, missing);
    }
    if (used.isEmpty()) {
      used.add("sentences");
    }
    return Finding.of(whenExpired, "By the sentences' dates, no term of imprisonment is still"
            + " being served on the date decided for: the sentence has expired" + afterExpiryEn(),
        "D'après les dates des peines, aucun emprisonnement n'est purgé à la date de la"
            + " décision : la peine est expirée" + afterExpiryFr(), used);
  }

  private String afterExpiryEn() {
    return whenExpired == RuleStatus.REVIEW
        ? ", and the programme's practice after expiry must be confirmed."
        : ", and the programme does not take cases after expiry.";
  }

  private String afterExpiryFr() {
    return whenExpired == RuleStatus.REVIEW
        ? ", et la pratique du programme après l'expiration doit être confirmée."
        : ", et le programme ne prend pas de dossiers après l'expiration.";
  }
}
