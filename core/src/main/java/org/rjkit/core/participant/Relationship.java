package org.rjkit.core.participant;

/**
 * A family member's relationship to the person they are related to (CCRA s.2(3)(a)-(e)).
 *
 * @since 1.0
 */
public enum Relationship {
  /** Spouse, or spouse at the time of death (s.2(3)(a)). */
  SPOUSE,
  /** Person in a conjugal relationship, cohabiting (s.2(3)(b): at least one year). */
  CONJUGAL_PARTNER,
  /** Parent (a relative, s.2(3)(c)). */
  PARENT,
  /** Child (a relative, s.2(3)(c)). */
  CHILD,
  /** Brother or sister (a relative, s.2(3)(c)). */
  SIBLING,
  /** Another relative (s.2(3)(c)). */
  OTHER_RELATIVE,
  /** A dependant (s.2(3)(c)). */
  DEPENDANT,
  /** A person with custody or responsible for care or support (s.2(3)(d),(e)). */
  CARER
}
