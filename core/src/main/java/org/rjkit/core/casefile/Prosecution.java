package org.rjkit.core.casefile;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * What the prosecutor has decided, where a programme depends on it (Criminal Code s.717(1)(f),(g);
 * YCJA s.10(2)(f),(g)). Each fact may be unknown.
 *
 * @param sufficientEvidence the prosecutor considers there is sufficient evidence to proceed
 * @param barredAtLaw prosecution of the offence is barred at law
 */
public record Prosecution(Optional<Boolean> sufficientEvidence, Optional<Boolean> barredAtLaw) {

  /** Nothing known about the prosecution. */
  public static final Prosecution UNKNOWN = new Prosecution(Optional.empty(), Optional.empty());

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
    return new Prosecution(Optional.of(sufficientEvidence), Optional.of(barredAtLaw));
  }
}
