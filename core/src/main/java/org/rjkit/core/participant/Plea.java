package org.rjkit.core.participant;

/**
 * The plea the accused has entered.
 *
 * @since 1.0
 */
public enum Plea {
  /** Pleaded guilty. */
  GUILTY,
  /** Pleaded not guilty. */
  NOT_GUILTY,
  /** No plea entered yet. */
  NONE
}
