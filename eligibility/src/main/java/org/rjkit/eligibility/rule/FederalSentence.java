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
import org.rjkit.core.sentence.SentenceKind;
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
 * @since 1.0
 */
public record FederalSentence(Optional<Period> minimumTerm) implements RuleDefinition {

  /**
   * Checks that a minimum term, when given, is positive whatever the start date.
   *
   * @param minimumTerm the programme's own minimum term, positive from any start; empty for the
   *     penitentiary sentence of Criminal Code s.743.1
   */
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
      return Finding.met(Finding.text("reason.FederalSentence.longTermSupervision"),
          List.of("supervision.status"));
    }
    Optional<Sentences> known = facts.caseFile().sentences();
    if (known.isEmpty()) {
      return Finding.unknown(Finding.text("reason.FederalSentence.unknown"),
          List.of("sentences"));
    }
    if (minimumTerm.isPresent()) {
      return atLeast(known.get(), minimumTerm.get());
    }
    return penitentiary(known.get());
  }

  private static Finding penitentiary(Sentences sentences) {
    PenitentiaryFinding finding = sentences.penitentiary();
    // the fields of distinct sentences, each named once, in every case below; one fact alone
    // is a List.of, kept as it is
    List<String> used;
    switch (finding.ground()) {
      case LIFE, INDETERMINATE -> {
        SentenceId id = finding.sentences().get(0);
        used = List.of(ScreeningFacts.sentence(sentences.indexOf(id), "kind"));
        boolean life = finding.ground() == PenitentiaryFinding.Ground.LIFE;
        return Finding.met(Finding.text("reason.FederalSentence.indefinite", id.value(),
            life ? SentenceKind.LIFE : SentenceKind.INDETERMINATE), used);
      }
      case TERM_OF_TWO_YEARS_OR_MORE -> {
        SentenceId id = finding.sentences().get(0);
        used = List.of(ScreeningFacts.sentence(sentences.indexOf(id), "term"));
        return Finding.met(Finding.text("reason.FederalSentence.term", id.value()), used);
      }
      case NO_SENTENCE -> {
        return Finding.notMet(Finding.text("reason.FederalSentence.noSentence"),
            List.of("sentences"));
      }
      default -> used = new SentenceFacts.Distinct(16);
    }
    switch (finding.ground()) {
      case CONSECUTIVE_TERMS_OF_TWO_YEARS_OR_MORE -> {
        new SentenceFacts(sentences).addChain(finding.sentences(), used);
        return Finding.met(Finding.text("reason.FederalSentence.consecutive",
            Vocabulary.ids(finding.sentences())), used);
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
        return Finding.notMet(Finding.text("reason.FederalSentence.underTwoYears"), used);
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
        return Finding.unknown(Finding.text("reason.FederalSentence.startNeeded"), used,
            missing);
      }
      default -> throw new AssertionError(finding.ground());
    }
  }

  private static Finding atLeast(Sentences sentences, Period minimum) {
    // the fields of distinct sentences, each named once, in every case below
    List<String> used = new SentenceFacts.Distinct(16);
    for (int i = 0; i < sentences.all().size(); i++) {
      Sentence s = sentences.all().get(i);
      if (s instanceof Sentence.Life || s instanceof Sentence.Indeterminate) {
        used.add(ScreeningFacts.sentence(i, "kind"));
        boolean life = s instanceof Sentence.Life;
        return Finding.met(Finding.text("reason.FederalSentence.minimum.indefinite",
            s.id().value(), life ? SentenceKind.LIFE : SentenceKind.INDETERMINATE, minimum),
            used);
      }
    }
    if (sentences.all().isEmpty()) {
      used.add("sentences");
      return Finding.notMet(Finding.text("reason.FederalSentence.noSentence"), used);
    }
    SentenceFacts index = new SentenceFacts(sentences);
    Set<SentenceId> undecided = new LinkedHashSet<>();
    for (SentenceChain chain : sentences.chains()) {
      Truth reaches = chain.reaches(minimum);
      if (reaches == Truth.YES) {
        index.addChain(chain.ids(), used);
        if (chain.links().size() == 1) {
          return Finding.met(Finding.text("reason.FederalSentence.minimum.term",
              chain.ids().get(0).value(), minimum), used);
        }
        return Finding.met(Finding.text("reason.FederalSentence.minimum.consecutive",
            Vocabulary.ids(chain.ids()), minimum), used);
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
      return Finding.unknown(Finding.text("reason.FederalSentence.minimum.startNeeded",
          minimum), undecidedUsed, missing);
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
    return Finding.notMet(Finding.text("reason.FederalSentence.minimum.notReached", minimum),
        used);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
