/** Consent: given, informed, in a form, withdrawn at any time and given again. */
package org.rjkit.core.consent;
