/**
 * The conformance kit: the rule books' rows exported as cases (a request, the expected outcome
 * and the status of every rule not MET; or a document the contract must accept or reject, with
 * the JSON paths), run against a {@link org.rjkit.samples.rulebook.conformance.Target} (the Java
 * API or an HTTP service), with results in the style of the DMN TCK's result files.
 */
package org.rjkit.samples.rulebook.conformance;
