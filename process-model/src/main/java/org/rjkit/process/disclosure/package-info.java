/**
 * Views of a case for a recipient and a purpose, redacted as a {@link
 * org.rjkit.process.confidentiality.DisclosurePolicy} decides, with every decision recorded in
 * the case history ({@link org.rjkit.process.disclosure.Disclosures}).
 */
package org.rjkit.process.disclosure;
