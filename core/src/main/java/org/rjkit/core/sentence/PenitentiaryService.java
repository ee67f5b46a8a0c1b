package org.rjkit.core.sentence;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.rjkit.core.truth.Truth;

/**
 * Whether the offender is serving a penitentiary sentence on a date, derived from the sentences
 * alone (Criminal Code s.743.1): the penitentiary sentences are those of
 * {@link Sentences#penitentiary()} (life, indeterminate, a chain of two years or more in the
 * aggregate) and every term imposed on a day the offender was serving one of them, which is
 * served in a penitentiary too (s.743.1(2)). A term that is not one of these (a provincial term)
 * never counts, even while it is being served.
 *
 * @param serving YES while one of them is being served; UNKNOWN when that depends on a start
 *     date that is not stated; NO once all have ended, or when there is none
 * @param servedInPenitentiary the terms that are penitentiary sentences only by s.743.1(2), in
 *     document order
 * @param startNeeded the first terms of the chains whose start date is needed, in document order
 * @since 1.0
 */
public record PenitentiaryService(Truth serving, List<SentenceId> servedInPenitentiary,
    List<SentenceId> startNeeded) {

  /**
   * Checks the components.
   *
   * @param serving YES while one of them is being served; UNKNOWN when that depends on a start date
   *     that is not stated; NO once all have ended, or when there is none
   * @param servedInPenitentiary the terms that are penitentiary sentences only by s.743.1(2), in
   *     document order
   * @param startNeeded the first terms of the chains whose start date is needed, in document order
   */
  public PenitentiaryService {
    checkNotNull(serving, "serving");
    servedInPenitentiary = ImmutableList.copyOf(servedInPenitentiary);
    startNeeded = ImmutableList.copyOf(startNeeded);
  }
}
