package org.rjkit.core.casefile;

/**
 * Where the criminal proceedings stand.
 *
 * @since 1.0
 */
public enum Stage {
  /** Before any charge is laid. */
  PRE_CHARGE,
  /** Charged, before trial or plea. */
  POST_CHARGE,
  /** Convicted, not yet sentenced. */
  PRE_SENTENCE,
  /** Sentenced. */
  POST_SENTENCE
}
