/** The conformance kit's JSON: the exported cases (JSON Lines) and the HTTP target. */
package org.rjkit.samples.rulebook.conformance.json;
