/** Three-valued logic: a missing fact is unknown, never false. */
package org.rjkit.core.truth;
