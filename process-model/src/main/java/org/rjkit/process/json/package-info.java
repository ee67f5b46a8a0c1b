/**
 * JSON for the process model. {@link org.rjkit.process.json.ProcessJson#redacting()} writes
 * process content as {@code {"redacted":true}} (agreement terms included); only {@link
 * org.rjkit.process.json.ProcessJson#authorised(org.rjkit.process.confidentiality.DisclosureDecision)},
 * given a decision that permits process content, writes it out. Jackson is used only in this
 * package.
 */
package org.rjkit.process.json;
