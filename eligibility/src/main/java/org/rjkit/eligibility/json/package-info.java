/**
 * The JSON documents of the eligibility module, interchange format version 1: the decision
 * ({@link org.rjkit.eligibility.json.DecisionWriter}, {@link org.rjkit.eligibility.json.DecisionReader},
 * {@code schema/decision.schema.json}); the rule-set document that defines a vendor's own
 * programme ({@link org.rjkit.eligibility.json.RuleSetDocumentReader},
 * {@link org.rjkit.eligibility.json.RuleSetDocumentWriter},
 * {@link org.rjkit.eligibility.json.ConditionType}, {@code schema/rule-set.schema.json}); and
 * screening requests checked against the registered programmes
 * ({@link org.rjkit.eligibility.json.ScreeningRequestReader}). The only package of the module that
 * uses Jackson.
 */
package org.rjkit.eligibility.json;
