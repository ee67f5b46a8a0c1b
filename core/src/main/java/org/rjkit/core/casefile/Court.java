package org.rjkit.core.casefile;

/**
 * The court dealing with the case.
 *
 * @since 1.0
 */
public enum Court {
  /** District Court (New Zealand). */
  DISTRICT_COURT,
  /** High Court (New Zealand). */
  HIGH_COURT,
  /** Youth court (youth justice court in Canada, Youth Court elsewhere). */
  YOUTH_COURT,
  /** Magistrates' court (England and Wales). */
  MAGISTRATES_COURT,
  /** Crown Court (England and Wales). */
  CROWN_COURT,
  /** A Canadian provincial court (Court of Québec, Ontario Court of Justice, ...). */
  PROVINCIAL_COURT,
  /** A Canadian superior court of criminal jurisdiction. */
  SUPERIOR_COURT
}
