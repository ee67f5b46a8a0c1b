/**
 * JSON for the process model. Storage and disclosure are kept apart: {@link
 * org.rjkit.process.json.ProcessHistoryStorageWriter} writes the system of record (the whole
 * history, content included), {@link org.rjkit.process.json.ProcessHistoryStorageReader} strictly
 * loads it back, re-applying every guard, while {@link
 * org.rjkit.process.json.ProcessJson} writes what a recipient is sent: {@link
 * org.rjkit.process.json.ProcessJson#redacting()} writes views with process content as
 * {@code {"redacted":true}}, and {@link
 * org.rjkit.process.json.ProcessJson#authorised(org.rjkit.process.confidentiality.DisclosureCapability)}
 * writes only the content its capability covers. Jackson is used only in this package.
 */
package org.rjkit.process.json;
