package org.rjkit.samples.rulebook.conformance;

/**
 * What a case checks. The process model's guards and disclosure decisions are not yet a level.
 */
public enum Level {
  /** The JSON contract: documents that must be accepted, or rejected naming the JSON path. */
  CONTRACT,
  /** The screening of a programme: the outcome and the status of every rule not MET. */
  SCREENING;

  /** The level as written in the results: {@code contract}, {@code screening}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
