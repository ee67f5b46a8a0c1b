/**
 * Sentences as a closed family, sentence chains ({@code consecutiveTo}) and the Criminal Code
 * s.743.1 arithmetic: aggregate term, penitentiary classification and expiry, all measured on the
 * calendar.
 */
package org.rjkit.core.sentence;
