/**
 * JSON for the process model. Storage and disclosure are kept apart: {@link
 * org.rjkit.process.json.ProcessHistoryStorage} is the system of record (it writes and strictly
 * loads the whole history, content included, re-applying every guard), while {@link
 * org.rjkit.process.json.ProcessJson} writes what a recipient is sent: {@link
 * org.rjkit.process.json.ProcessJson#redacting()} writes views with process content as
 * {@code {"redacted":true}}, and {@link
 * org.rjkit.process.json.ProcessJson#authorised(org.rjkit.process.confidentiality.DisclosureCapability)}
 * writes only the content its capability covers. Jackson is used only in this package.
 */
package org.rjkit.process.json;
