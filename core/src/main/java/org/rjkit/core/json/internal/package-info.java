/**
 * Internal, not API: the strict JSON walker every rjkit reader uses ({@code ObjectInput}) and the
 * problems it collects ({@code Problems}). Only rjkit's own modules may use this package; it may
 * change in any release and is left out of the published Javadoc.
 */
package org.rjkit.core.json.internal;
