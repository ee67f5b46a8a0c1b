/**
 * The restorative process after eligibility: process types, the case lifecycle as a fold of
 * immutable events, communication relayed by a facilitator, outcome agreements, and the
 * confidentiality of everything said or written in the process.
 *
 * <p>Sub-packages: {@code type} (the catalogue of process types), {@code lifecycle} (stages,
 * events, commands and guards), {@code communication} (messages relayed by the facilitator),
 * {@code agreement} (outcome agreements), {@code confidentiality} (process content and disclosure
 * policies), {@code disclosure} (redacted views of a case for a recipient), {@code json} (a JSON
 * writer that redacts by default) and {@code citation} (the sources the rules cite).
 */
package org.rjkit.process;
