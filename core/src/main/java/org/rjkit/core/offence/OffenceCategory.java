package org.rjkit.core.offence;

/**
 * The library's offence vocabulary. Programmes exclude or include offences by category.
 *
 * @since 1.0
 */
public enum OffenceCategory {
  /** Theft. */
  THEFT,
  /** Theft from a shop. */
  SHOPLIFTING,
  /** Mischief: property damage, graffiti. */
  MISCHIEF,
  /** Break and enter, burglary. */
  BREAK_AND_ENTER,
  /** Assault without bodily harm. */
  ASSAULT,
  /** Assault causing bodily harm. */
  ASSAULT_CAUSING_BODILY_HARM,
  /** Sexual assault; always in a {@link OffenceContext#SEXUAL} context. */
  SEXUAL_ASSAULT,
  /** Robbery. */
  ROBBERY,
  /** Fraud. */
  FRAUD,
  /** Impaired driving. */
  IMPAIRED_DRIVING,
  /** Homicide (murder, manslaughter). */
  HOMICIDE,
  /** Threats, uttering threats. */
  THREATS,
  /** Criminal harassment, stalking. */
  HARASSMENT,
  /** Drug offences. */
  DRUG_OFFENCE,
  /** Any other offence. */
  OTHER
}
