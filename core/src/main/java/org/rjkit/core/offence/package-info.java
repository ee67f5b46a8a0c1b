/** Offences: category, date and the contexts that programmes exclude. */
package org.rjkit.core.offence;
