package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.sentence.PenitentiaryFinding;
import org.rjkit.core.sentence.Sentence;
import org.rjkit.core.sentence.SentenceChain;
import org.rjkit.core.sentence.SentenceId;
import org.rjkit.core.sentence.Sentences;
import org.rjkit.core.sentence.SupervisionStatus;
import org.rjkit.core.internal.Terms;
import org.rjkit.core.truth.Truth;

/**
 * The offender is under a penitentiary (federal) sentence, Criminal Code s.743.1: life, an
 * indeterminate sentence, a term of two years or more, or consecutive terms that in the
 * aggregate amount to two years or more, measured on the calendar from the chain's start.
 * Conditional sentences, probation, fines and discharges never count. An offender under a
 * long-term supervision order ({@code supervision.status} {@code LONG_TERM_SUPERVISION}) is under
 * a penitentiary sentence: the order follows a sentence of two years or more (s.753.1(3)(a)) and
 * any term imposed during it is served in a penitentiary (s.743.1(3.1)). Otherwise an absent
 * {@code sentences} list is UNKNOWN; an empty one (no sentence) is NOT_MET. The aggregate of
 * consecutive terms is their sum, component by component, anchored at the chain's start.
 *
 * <p>A vendor's programme may set its own {@code minimumTerm} instead of the two years of
 * s.743.1: the rule then asks for a custodial sentence of at least that term, counted the same
 * way (life and indeterminate sentences always reach it; a term, or consecutive terms in the
 * aggregate, reach it when {@code start + terms >= start + minimumTerm} on the calendar;
 * concurrent terms never add up; other kinds of sentence never count). The built-in programmes
 * use s.743.1 itself ({@link #FederalSentence()}).
 *
 * @param minimumTerm the programme's own minimum term, positive from any start; empty for the
 *     penitentiary sentence of Criminal Code s.743.1
 */
public record FederalSentence(Optional<Period> minimumTerm) implements RuleDefinition {

  /** Checks that a minimum term, when given, is positive whatever the start date. */
  public FederalSentence {
    checkNotNull(minimumTerm, "minimumTerm");
    minimumTerm.ifPresent(t -> checkArgument(Terms.isPositive(t, Optional.empty()),
        "minimumTerm must be positive"));
    minimumTerm.ifPresent(t -> checkArgument(Terms.isWithinLimit(t),
        "minimumTerm must not be longer than a thousand years"));
  }

  /** A penitentiary sentence as Criminal Code s.743.1 defines it (two years or more). */
  public FederalSentence() {
    this(Optional.empty());
  }

  /**
   * A custodial sentence of at least a programme's own minimum term.
   *
   * @param minimumTerm positive from any start date, not null
   * @return the definition
   */
  public static FederalSentence atLeast(Period minimumTerm) {
    return new FederalSentence(Optional.of(checkNotNull(minimumTerm, "minimumTerm")));
  }

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    if (minimumTerm.isEmpty() && facts.caseFile().supervision()
        .equals(Optional.of(SupervisionStatus.LONG_TERM_SUPERVISION))) {
      return Finding.met("The offender is under a long-term supervision order, which follows a"
              + " sentence of two years or more (Criminal Code s.753.1(3)(a)) and during which"
              + " any term is served in a penitentiary (s.743.1(3.1)).",
          "Le délinquant est soumis à une ordonnance de surveillance de longue durée, qui suit"
              + " une peine de deux ans ou plus (Code criminel, al. 753.1(3)a)) et pendant"
              + " laquelle toute peine est purgée dans un pénitencier (par. 743.1(3.1)).",
          List.of("supervision.status"));
    }
    Optional<Sentences> known = facts.caseFile().sentences();
    if (known.isEmpty()) {
      return Finding.unknown("The case does not state the sentences.",
          "Le dossier n'indique pas les peines.", List.of("sentences"));
    }
    if (minimumTerm.isPresent()) {
      return atLeast(known.get(), minimumTerm.get());
    }
    return penitentiary(known.get());
  }

  private static Finding penitentiary(Sentences sentences) {
    PenitentiaryFinding finding = sentences.penitentiary();
    List<String> used = new ArrayList<>();
    switch (finding.ground()) {
      case LIFE, INDETERMINATE -> {
        SentenceId id = finding.sentences().get(0);
        used.add(ScreeningFacts.sentence(sentences.indexOf(id), "kind"));
        boolean life = finding.ground() == PenitentiaryFinding.Ground.LIFE;
        return Finding.met("Sentence " + id + " is "
                + (life ? "imprisonment for life" : "an indeterminate sentence")
                + ", a penitentiary sentence (Criminal Code s.743.1(1)).",
            "La peine " + id + " est "
                + (life ? "l'emprisonnement à perpétuité" : "une peine de durée indéterminée")
                + ", une peine d'emprisonnement dans un pénitencier (Code criminel,"
                + " art. 743.1(1)).", used);
      }
      case TERM_OF_TWO_YEARS_OR_MORE -> {
        SentenceId id = finding.sentences().get(0);
        used.add(ScreeningFacts.sentence(sentences.indexOf(id), "term"));
        return Finding.met("Sentence " + id + " is a term of imprisonment of two years or more,"
                + " a penitentiary sentence (Criminal Code s.743.1(1)(b)).",
            "La peine " + id + " est un emprisonnement de deux ans ou plus, purgé dans un"
                + " pénitencier (Code criminel, al. 743.1(1)b)).", used);
      }
      case CONSECUTIVE_TERMS_OF_TWO_YEARS_OR_MORE -> {
        new SentenceFacts(sentences).addTerms(finding.sentences(), false, used);
        return Finding.met("Sentences " + Vocabulary.names(finding.sentences()) + " are served"
                + " one after the other and in the aggregate amount to two years or more, a"
                + " penitentiary sentence (Criminal Code s.743.1(1)(c)).",
            "Les peines " + Vocabulary.names(finding.sentences()) + " sont purgées l'une après"
                + " l'autre et totalisent deux ans ou plus : peine purgée dans un pénitencier"
                + " (Code criminel, al. 743.1(1)c)).", used);
      }
      case NO_SENTENCE -> {
        used.add("sentences");
        return Finding.notMet("The case states that no sentence has been imposed.",
            "Le dossier indique qu'aucune peine n'a été infligée.", used);
      }
      case UNDER_TWO_YEARS -> {
        for (int i = 0; i < sentences.all().size(); i++) {
          Sentence s = sentences.all().get(i);
          used.add(ScreeningFacts.sentence(i, "kind"));
          if (s instanceof Sentence.Imprisonment) {
            used.add(ScreeningFacts.sentence(i, "term"));
            if (s.consecutiveTo().isPresent()) {
              used.add(ScreeningFacts.sentence(i, "consecutiveTo"));
            }
          }
        }
        return Finding.notMet("No sentence is a penitentiary sentence: every term of"
                + " imprisonment, alone or served consecutively, is under two years, and other"
                + " kinds of sentence never count (Criminal Code s.743.1(3)).",
            "Aucune peine n'est purgée dans un pénitencier : chaque emprisonnement, seul ou"
                + " purgé consécutivement, est de moins de deux ans, et les autres peines ne"
                + " comptent jamais (Code criminel, par. 743.1(3)).", used);
      }
      case START_DATE_NEEDED -> {
        SentenceFacts index = new SentenceFacts(sentences);
        List<String> missing = new ArrayList<>();
        index.addTerms(finding.sentences(), false, used);
        for (SentenceId id : finding.sentences()) {
          if (!index.followsATerm(sentences.all().get(index.position(id)))) {
            missing.add(index.fact(id, "startsOn"));
          }
        }
        return Finding.unknown("Whether the terms reach two years depends on the date they"
                + " start, which is not stated.",
            "La question de savoir si les peines atteignent deux ans dépend de leur date de"
                + " début, qui n'est pas indiquée.", used, missing);
      }
      default -> throw new AssertionError(finding.ground());
    }
  }

  private static Finding atLeast(Sentences sentences, Period minimum) {
    List<String> used = new ArrayList<>();
    for (int i = 0; i < sentences.all().size(); i++) {
      Sentence s = sentences.all().get(i);
      if (s instanceof Sentence.Life || s instanceof Sentence.Indeterminate) {
        used.add(ScreeningFacts.sentence(i, "kind"));
        boolean life = s instanceof Sentence.Life;
        return Finding.met("Sentence " + s.id() + " is "
                + (life ? "imprisonment for life" : "an indeterminate sentence")
                + ", which reaches the programme's minimum term of " + minimum + ".",
            "La peine " + s.id() + " est "
                + (life ? "l'emprisonnement à perpétuité" : "une peine de durée indéterminée")
                + ", qui atteint la durée minimale de " + minimum + " fixée par le programme.",
            used);
      }
    }
    if (sentences.all().isEmpty()) {
      used.add("sentences");
      return Finding.notMet("The case states that no sentence has been imposed.",
          "Le dossier indique qu'aucune peine n'a été infligée.", used);
    }
    SentenceFacts index = new SentenceFacts(sentences);
    Set<SentenceId> undecided = new LinkedHashSet<>();
    for (SentenceChain chain : sentences.chains()) {
      Truth reaches = chain.reaches(minimum);
      if (reaches == Truth.YES) {
        index.addTerms(chain.ids(), false, used);
        if (chain.links().size() == 1) {
          return Finding.met("Sentence " + chain.ids().get(0) + " is a term of imprisonment of"
                  + " at least the programme's minimum term of " + minimum + ".",
              "La peine " + chain.ids().get(0) + " est un emprisonnement d'au moins la durée"
                  + " minimale de " + minimum + " fixée par le programme.", used);
        }
        return Finding.met("Sentences " + Vocabulary.names(chain.ids()) + " are served one"
                + " after the other and in the aggregate reach the programme's minimum term of "
                + minimum + ".",
            "Les peines " + Vocabulary.names(chain.ids()) + " sont purgées l'une après l'autre"
                + " et atteignent ensemble la durée minimale de " + minimum + " fixée par le"
                + " programme.", used);
      }
      if (reaches == Truth.UNKNOWN) {
        undecided.add(chain.ids().get(0));
      }
    }
    if (!undecided.isEmpty()) {
      List<String> undecidedUsed = new ArrayList<>();
      index.addTerms(index.termsOfChainsStartingAt(undecided), false, undecidedUsed);
      List<String> missing = new ArrayList<>();
      for (SentenceId first : undecided) {
        missing.add(index.fact(first, "startsOn"));
      }
      return Finding.unknown("Whether the terms reach the programme's minimum term of " + minimum
              + " depends on the date they start, which is not stated.",
          "La question de savoir si les peines atteignent la durée minimale de " + minimum
              + " dépend de leur date de début, qui n'est pas indiquée.", undecidedUsed,
          missing);
    }
    for (int i = 0; i < sentences.all().size(); i++) {
      Sentence s = sentences.all().get(i);
      used.add(ScreeningFacts.sentence(i, "kind"));
      if (s instanceof Sentence.Imprisonment) {
        used.add(ScreeningFacts.sentence(i, "term"));
        if (s.consecutiveTo().isPresent()) {
          used.add(ScreeningFacts.sentence(i, "consecutiveTo"));
        }
      }
    }
    return Finding.notMet("No term of imprisonment, alone or served consecutively, reaches the"
            + " programme's minimum term of " + minimum + ", and other kinds of sentence never"
            + " count.",
        "Aucun emprisonnement, seul ou purgé consécutivement, n'atteint la durée minimale de "
            + minimum + " fixée par le programme, et les autres peines ne comptent jamais.",
        used);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
