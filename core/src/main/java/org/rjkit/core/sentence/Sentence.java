package org.rjkit.core.sentence;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.internal.Terms;
import org.rjkit.core.offence.OffenceId;

/**
 * A sentence imposed on the offender. A closed family: each kind carries what it needs (a term of
 * imprisonment must have a term; life has none).
 *
 * @since 1.0
 */
public sealed interface Sentence
    permits Sentence.Imprisonment, Sentence.Life, Sentence.Indeterminate,
        Sentence.ConditionalSentence, Sentence.Probation, Sentence.Fine, Sentence.Discharge {

  /**
   * What every sentence states.
   *
   * @return what every sentence states
   */
  Imposition imposition();

  /**
   * The kind of sentence.
   *
   * @return the kind of sentence
   */
  SentenceKind kind();

  /**
   * The sentence's identifier.
   *
   * @return the sentence's identifier
   */
  default SentenceId id() {
    return imposition().id();
  }

  /**
   * The offences sentenced.
   *
   * @return the offences sentenced
   */
  default List<OffenceId> offenceIds() {
    return imposition().offenceIds();
  }

  /**
   * When the sentence starts, when known.
   *
   * @return when the sentence starts, or empty
   */
  default Optional<LocalDate> startsOn() {
    return imposition().startsOn();
  }

  /**
   * The sentence this one is served after, if any.
   *
   * @return the sentence this one is served after, or empty
   */
  default Optional<SentenceId> consecutiveTo() {
    return imposition().consecutiveTo();
  }

  /**
   * The length of the sentence, for kinds that state one (for imprisonment, its term).
   *
   * @return the length of the sentence, for kinds that state one (for imprisonment, its term), or empty
   */
  default Optional<Period> length() {
    return Optional.empty();
  }

  /**
   * A determinate term of imprisonment.
   *
   * @param imposition not null
   * @param term positive once anchored at the start ({@code P2Y-1D} is valid; {@code P0D} is not)
   */
  record Imprisonment(Imposition imposition, Period term) implements Sentence {
    /**
     * Checks the components.
     *
     * @param imposition not null
     * @param term positive once anchored at the start
     */
    public Imprisonment {
      java.util.Objects.requireNonNull(imposition, "imposition");
      Terms.checkPositive(term, imposition.startsOn().or(imposition::imposedOn));
    }

    @Override
    public SentenceKind kind() {
      return SentenceKind.IMPRISONMENT;
    }

    @Override
    public Optional<Period> length() {
      return Optional.of(term);
    }
  }

  /** @param imposition not null */
  record Life(Imposition imposition) implements Sentence {
    /**
     * Checks the components.
     *
     * @param imposition not null
     */
    public Life {
      java.util.Objects.requireNonNull(imposition, "imposition");
    }

    @Override
    public SentenceKind kind() {
      return SentenceKind.LIFE;
    }
  }

  /** An indeterminate sentence (dangerous offender, CC s.753(4)). @param imposition not null */
  record Indeterminate(Imposition imposition) implements Sentence {
    /**
     * Checks the components.
     *
     * @param imposition not null
     */
    public Indeterminate {
      java.util.Objects.requireNonNull(imposition, "imposition");
    }

    @Override
    public SentenceKind kind() {
      return SentenceKind.INDETERMINATE;
    }
  }

  /**
   * A conditional sentence served in the community; never a penitentiary sentence.
   *
   * @param imposition not null
   * @param term the length, when stated; positive once anchored
   */
  record ConditionalSentence(Imposition imposition, Optional<Period> term) implements Sentence {
    /**
     * Checks the components.
     *
     * @param imposition not null
     * @param term the length, when stated; positive once anchored
     */
    public ConditionalSentence {
      java.util.Objects.requireNonNull(imposition, "imposition");
      java.util.Objects.requireNonNull(term, "term");
      term.ifPresent(t -> Terms.checkPositive(t, imposition.startsOn().or(imposition::imposedOn)));
    }

    @Override
    public SentenceKind kind() {
      return SentenceKind.CONDITIONAL_SENTENCE;
    }

    @Override
    public Optional<Period> length() {
      return term;
    }
  }

  /**
   * Probation.
   *
   * @param imposition not null
   * @param term the length, when stated; positive once anchored
   */
  record Probation(Imposition imposition, Optional<Period> term) implements Sentence {
    /**
     * Checks the components.
     *
     * @param imposition not null
     * @param term the length, when stated; positive once anchored
     */
    public Probation {
      java.util.Objects.requireNonNull(imposition, "imposition");
      java.util.Objects.requireNonNull(term, "term");
      term.ifPresent(t -> Terms.checkPositive(t, imposition.startsOn().or(imposition::imposedOn)));
    }

    @Override
    public SentenceKind kind() {
      return SentenceKind.PROBATION;
    }

    @Override
    public Optional<Period> length() {
      return term;
    }
  }

  /** @param imposition not null */
  record Fine(Imposition imposition) implements Sentence {
    /**
     * Checks the components.
     *
     * @param imposition not null
     */
    public Fine {
      java.util.Objects.requireNonNull(imposition, "imposition");
    }

    @Override
    public SentenceKind kind() {
      return SentenceKind.FINE;
    }
  }

  /** An absolute or conditional discharge. @param imposition not null */
  record Discharge(Imposition imposition) implements Sentence {
    /**
     * Checks the components.
     *
     * @param imposition not null
     */
    public Discharge {
      java.util.Objects.requireNonNull(imposition, "imposition");
    }

    @Override
    public SentenceKind kind() {
      return SentenceKind.DISCHARGE;
    }
  }
}
