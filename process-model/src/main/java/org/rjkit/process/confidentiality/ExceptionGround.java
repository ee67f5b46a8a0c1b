package org.rjkit.process.confidentiality;

/**
 * A ground on which confidentiality gives way (domain-rules §10 and modelling note 5). A ground
 * counts only when it is established in the case history and the policy honours it for the
 * recipient and purpose.
 *
 * @since 1.0
 */
public enum ExceptionGround {
  /** Every party agreed to the disclosure (EU-6, UN-5, CONF-1, CONF-2, CONF-3). */
  PARTY_AGREEMENT,
  /** An imminent risk of serious harm to someone (CONF-3, CONF-4, CONF-6, CA-RO-28). */
  IMMINENT_HARM,
  /** Child protection overrules confidentiality (CONF-4, CONF-5, CONF-9). */
  CHILD_PROTECTION,
  /** A new offence was disclosed in the process (CONF-3: "we must report law violations"). */
  NEW_OFFENCE,
  /** A court ordered the disclosure (national law, EU-6, UN-5). */
  COURT_ORDER,
  /** National law requires disclosure due to an overriding public interest (EU-6, CONF-1). */
  NATIONAL_LAW_PUBLIC_INTEREST
}
