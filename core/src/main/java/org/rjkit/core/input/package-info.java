/** Errors in outside input: each names a JSON path and the problem, never the value. */
package org.rjkit.core.input;
