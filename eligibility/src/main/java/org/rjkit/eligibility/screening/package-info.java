/**
 * Screening a request against registered programmes: {@link
 * org.rjkit.eligibility.screening.Eligibility} for the built-in programmes, a {@link
 * org.rjkit.eligibility.screening.Screener} over a {@link
 * org.rjkit.eligibility.screening.ProgrammeRegistry} for a vendor's own. This package sits above
 * the built-in programmes ({@code org.rjkit.eligibility.programmes}), which are made of the
 * engine's types ({@code org.rjkit.eligibility}) and the rule vocabulary
 * ({@code org.rjkit.eligibility.rule}); no package depends back on it but the JSON readers that
 * take a registry.
 */
package org.rjkit.eligibility.screening;
