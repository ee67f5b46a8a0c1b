package org.rjkit.core.sentence;

/**
 * The kinds of sentence a case document can state.
 *
 * @since 1.0
 */
public enum SentenceKind {
  /** A determinate term of imprisonment. */
  IMPRISONMENT,
  /** Imprisonment for life. */
  LIFE,
  /** An indeterminate sentence (dangerous offender). */
  INDETERMINATE,
  /** A conditional sentence of imprisonment served in the community (CC s.742.1). */
  CONDITIONAL_SENTENCE,
  /** Probation. */
  PROBATION,
  /** A fine. */
  FINE,
  /** An absolute or conditional discharge. */
  DISCHARGE
}
