package org.rjkit.process.confidentiality;

/**
 * The confidentiality class of a piece of information about a case.
 *
 * @since 1.0
 */
public enum InformationClass {
  /**
   * Administrative facts: dates, the stage, the process type, who is enrolled, closure reasons,
   * the completion status of agreement items. Under CSC even these (the fact of participation)
   * are kept from parole and sentencing decisions (CA-RO-25).
   */
  ADMINISTRATIVE,
  /** Everything said or written in the process: statements, messages, letters, agreement content. */
  PROCESS_CONTENT
}
