package org.rjkit.process.confidentiality;

/**
 * Why information would be disclosed.
 *
 * @since 1.0
 */
public enum Purpose {
  /** Conducting the restorative process itself. */
  CONDUCT_OF_PROCESS,
  /** Administering the programme's case. */
  CASE_ADMINISTRATION,
  /** Protecting someone from harm. */
  SAFETY,
  /** Protecting a child. */
  CHILD_PROTECTION,
  /** Investigating an offence. */
  INVESTIGATION,
  /** Prosecuting an offence. */
  PROSECUTION,
  /** Deciding on parole or conditional release. */
  PAROLE_DECISION,
  /** Deciding a sentence. */
  SENTENCING_DECISION,
  /** Complying with a court order in proceedings. */
  COURT_PROCEEDINGS,
  /** Research and evaluation. */
  RESEARCH,
  /** Informing the public. */
  PUBLIC_INFORMATION
}
