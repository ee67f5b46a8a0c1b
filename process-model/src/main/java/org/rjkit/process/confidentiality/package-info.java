/**
 * Confidentiality: what was said or written in a process ({@link
 * org.rjkit.process.confidentiality.ProcessContent}) is classified apart from administrative
 * facts, and a {@link org.rjkit.process.confidentiality.DisclosurePolicy} decides, for a class of
 * information, a recipient and a purpose, whether it may be disclosed (CA-RO-26, EU-6, UN-5, NZ-9,
 * CONF-1..9).
 */
package org.rjkit.process.confidentiality;
