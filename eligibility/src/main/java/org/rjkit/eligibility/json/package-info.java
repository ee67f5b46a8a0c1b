/**
 * The decision document of the interchange format, version 1: {@link
 * org.rjkit.eligibility.json.DecisionWriter} and {@link org.rjkit.eligibility.json.DecisionReader},
 * and its JSON Schema ({@code schema/decision.schema.json}). The only package of the module that
 * uses Jackson.
 */
package org.rjkit.eligibility.json;
