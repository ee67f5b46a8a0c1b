package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.sentence.PenitentiaryService;
import org.rjkit.core.sentence.Sentence;
import org.rjkit.core.sentence.SentenceId;
import org.rjkit.core.sentence.Sentences;
import org.rjkit.core.sentence.SupervisionStatus;
import org.rjkit.core.truth.Truth;

/**
 * The offender is still under sentence on {@code asOf} (CCRA s.2(1) "offender", s.2.1). A stated
 * {@code supervision.status} decides: in custody, on day or full parole, on statutory release or
 * under long-term supervision (a deemed offender) is MET; {@code WARRANT_EXPIRED} gives
 * {@code whenExpired}. Without a status it is derived from the penitentiary sentences only, the
 * same sentences as {@link FederalSentence} (Criminal Code s.743.1): life and indeterminate
 * sentences never expire; a chain of two years or more in the aggregate ends at its start plus
 * its aggregate term; a term imposed while one of them was being served is served in a
 * penitentiary too and extends it (s.743.1(2)). MET while one of them is being served,
 * {@code whenExpired} once all have ended. A provincial term still being served does not count:
 * it is not a federal sentence.
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
  public Finding evaluate(ScreeningFacts facts) {
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
        used.add(ScreeningFacts.sentence(i, "kind"));
      }
      return Finding.met("A life or indeterminate sentence never expires: the offender is"
              + " still under sentence.",
          "Une peine à perpétuité ou de durée indéterminée n'expire jamais : le délinquant"
              + " purge toujours sa peine.", used);
    }
    PenitentiaryService service = sentences.penitentiaryServiceOn(facts.asOf());
    SentenceFacts index = new SentenceFacts(sentences);
    List<SentenceId> terms = new ArrayList<>();
    for (Sentence s : sentences.all()) {
      if (s instanceof Sentence.Imprisonment) {
        terms.add(s.id());
      }
    }
    index.addTerms(terms, true, used);
    for (SentenceId id : service.servedInPenitentiary()) {
      used.add(index.fact(id, "imposedOn"));
    }
    if (service.serving() == Truth.YES) {
      String enMore = service.servedInPenitentiary().isEmpty() ? ""
          : " (a term imposed while a penitentiary sentence was being served, "
              + Vocabulary.names(service.servedInPenitentiary()) + ", is served in a penitentiary"
              + " too, Criminal Code s.743.1(2))";
      String frMore = service.servedInPenitentiary().isEmpty() ? ""
          : " (une peine infligée pendant qu'une peine dans un pénitencier était purgée, "
              + Vocabulary.names(service.servedInPenitentiary()) + ", est aussi purgée dans un"
              + " pénitencier, Code criminel, par. 743.1(2))";
      return Finding.met("The offender is still serving a penitentiary sentence on the date"
              + " decided for, by the sentences' dates" + enMore + ".",
          "D'après les dates des peines, le délinquant purge toujours une peine dans un"
              + " pénitencier à la date de la décision" + frMore + ".", used);
    }
    if (service.serving() == Truth.UNKNOWN) {
      List<String> missing = new ArrayList<>();
      missing.add(STATUS);
      used.add(0, STATUS);
      for (SentenceId first : service.startNeeded()) {
        missing.add(index.fact(first, "startsOn"));
      }
      return Finding.unknown("Whether the sentence is still being served cannot be derived: a"
              + " start date is missing and no supervision status is stated.",
          "On ne peut établir si la peine est toujours purgée : une date de début manque et"
              + " aucun statut de surveillance n'est indiqué.", used, missing);
    }
    if (used.isEmpty()) {
      used.add("sentences");
    }
    return Finding.of(whenExpired, "By the sentences' dates, no term of imprisonment is still"
            + " being served in a penitentiary on the date decided for (a provincial term does"
            + " not count: it is not a federal sentence): the sentence has expired"
            + afterExpiryEn(),
        "D'après les dates des peines, aucun emprisonnement n'est purgé dans un pénitencier à la"
            + " date de la décision (une peine provinciale ne compte pas : ce n'est pas une peine"
            + " fédérale) : la peine est expirée" + afterExpiryFr(), used);
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

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
