package org.rjkit.core.sentence;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.rjkit.core.truth.Truth;

/**
 * Whether a case's sentences make the offender subject to a penitentiary (federal) sentence
 * under Criminal Code s.743.1, with the ground and the sentences that decide it.
 *
 * @param penitentiary YES, NO, or UNKNOWN when a start date is needed
 * @param ground why
 * @param sentences the sentences that decide it (empty for {@link Ground#NO_SENTENCE})
 * @since 1.0
 */
public record PenitentiaryFinding(Truth penitentiary, Ground ground, List<SentenceId> sentences) {

  /** The ground of a finding. */
  public enum Ground {
    /** Imprisonment for life (s.743.1(1)(a)). */
    LIFE,
    /** An indeterminate sentence (dangerous offender). */
    INDETERMINATE,
    /** A single term of two years or more (s.743.1(1)(b)). */
    TERM_OF_TWO_YEARS_OR_MORE,
    /** Consecutive terms that in the aggregate amount to two years or more (s.743.1(1)(c)). */
    CONSECUTIVE_TERMS_OF_TWO_YEARS_OR_MORE,
    /** Every term and chain is under two years, or no sentence is imprisonment (s.743.1(3)). */
    UNDER_TWO_YEARS,
    /** The case states that there is no sentence. */
    NO_SENTENCE,
    /** Whether a term reaches two years depends on its unknown start date. */
    START_DATE_NEEDED
  }

  /**
   * Checks the components.
   *
   * @param penitentiary YES, NO, or UNKNOWN when a start date is needed
   * @param ground why
   * @param sentences the sentences that decide it (empty for {@link Ground#NO_SENTENCE})
   */
  public PenitentiaryFinding {
    checkNotNull(penitentiary, "penitentiary");
    checkNotNull(ground, "ground");
    sentences = ImmutableList.copyOf(sentences);
  }
}
