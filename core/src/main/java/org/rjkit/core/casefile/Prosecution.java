package org.rjkit.core.casefile;

import static com.google.common.base.Preconditions.checkNotNull;

import org.rjkit.core.truth.Truth;

/**
 * What the prosecutor has decided, where a programme depends on it (Criminal Code s.717(1)(f),(g);
 * YCJA s.10(2)(f),(g)). Each fact may be unknown ({@link Truth#UNKNOWN}).
 *
 * @param sufficientEvidence the prosecutor considers there is sufficient evidence to proceed;
 *     not null
 * @param barredAtLaw prosecution of the offence is barred at law; not null
 * @since 1.0
 */
public record Prosecution(Truth sufficientEvidence, Truth barredAtLaw) {

  /** Nothing known about the prosecution. */
  public static final Prosecution UNKNOWN = new Prosecution(Truth.UNKNOWN, Truth.UNKNOWN);

  /**
   * Checks that no component is null.
   *
   * @param sufficientEvidence the prosecutor considers there is sufficient evidence to proceed; not
   *     null
   * @param barredAtLaw prosecution of the offence is barred at law; not null
   * @throws NullPointerException if a component is null
   */
  public Prosecution {
    checkNotNull(sufficientEvidence, "sufficientEvidence");
    checkNotNull(barredAtLaw, "barredAtLaw");
  }

  /**
   * Both facts known.
   *
   * @param sufficientEvidence whether there is sufficient evidence
   * @param barredAtLaw whether prosecution is barred
   * @return the prosecution facts
   */
  public static Prosecution of(boolean sufficientEvidence, boolean barredAtLaw) {
    return new Prosecution(Truth.of(sufficientEvidence), Truth.of(barredAtLaw));
  }
}
