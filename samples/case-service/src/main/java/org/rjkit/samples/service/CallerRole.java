package org.rjkit.samples.service;

/** The roles a bearer token names. */
enum CallerRole {
  /** Conducts the process: relays messages, records safety. */
  FACILITATOR,
  /** The programme's own staff: intake and review. */
  PROGRAMME_STAFF,
  /** A victim-side or offender-side participant, with their participant id. */
  PARTICIPANT,
  /** A parole-board liaison: receives only what the programme's policy permits. */
  PAROLE_BOARD,
  /** Receives the reports and no personal data. */
  RESEARCHER,
  /** Reads the audit log and no content. */
  AUDITOR
}
