package org.rjkit.samples.rulebook.conformance;

/** What a case checks. */
public enum Level {
  /** The JSON contract: documents that must be accepted, or rejected naming the JSON path. */
  CONTRACT,
  /** The screening of a programme: the outcome and the status of every rule not MET. */
  SCREENING,
  /**
   * The process model: stored histories that must load or be refused (naming the event and the
   * rule), and views that must be empty for a recipient who is denied.
   */
  PROCESS;

  /** The level as written in the results: {@code contract}, {@code screening}, {@code process}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
