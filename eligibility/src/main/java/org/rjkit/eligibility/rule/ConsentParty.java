package org.rjkit.eligibility.rule;

/** Whose consent a {@link ConsentOfParties} rule requires. */
public enum ConsentParty {
  /** The participant who asks. */
  REQUESTER,
  /** The offender (the first participant with the {@code OFFENDER} role). */
  OFFENDER,
  /**
   * The victim's side: the requester when the requester is on the victim's side (victim,
   * representative, victim's family); otherwise, as when the offender or the offender's family
   * asks, every participant with the {@code VICTIM} role.
   */
  VICTIM_SIDE
}
