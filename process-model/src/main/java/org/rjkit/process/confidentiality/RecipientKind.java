package org.rjkit.process.confidentiality;

/**
 * Who would receive a piece of information.
 *
 * @since 1.0
 */
public enum RecipientKind {
  /** A participant in the case (a party, supporter or community member). */
  PARTICIPANT,
  /** The facilitator (mediator) conducting the process. */
  FACILITATOR,
  /** Staff of the programme that runs the process (for CSC, the NHQ Restorative Justice Unit). */
  PROGRAMME_STAFF,
  /** A parole board (for Canada, the Parole Board of Canada). */
  PAROLE_BOARD,
  /** A court that sentences the offender. */
  SENTENCING_COURT,
  /** The police. */
  POLICE,
  /** The prosecution. */
  PROSECUTOR,
  /** A researcher evaluating programmes. */
  RESEARCHER,
  /** The public and the media. */
  PUBLIC
}
