package org.rjkit.eligibility.rule;

/**
 * Whose consent a {@link ConsentOfParties} rule requires, besides the requester's own, which is
 * always required (programmes.md, "the requester's own consent").
 *
 * @since 1.0
 */
public enum ConsentParty {
  /** The participant who asks (always required, whether listed or not). */
  REQUESTER,
  /** The offender concerned by the request ({@link ScreeningFacts#offender()}). */
  OFFENDER,
  /**
   * The victim side, which depends on who asks (programmes.md, "the victim side's consent").
   * When someone on the victim side asks, the requester's own consent, and for a
   * representative also that the living, capable victim they act for has not withdrawn; a
   * living victim's withdrawal does not bar a family member taking part in their own right.
   * When anyone else asks (the offender, the offender's family), each living, capable victim's
   * own consent and, for a victim who is deceased or incapable, the consent of at least one
   * person acting for them. A participant charged in the same offence is never on the victim
   * side.
   */
  VICTIM_SIDE
}
