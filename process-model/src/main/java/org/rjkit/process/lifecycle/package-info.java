/**
 * The case lifecycle: stages from referral to closure, every change an immutable {@link
 * org.rjkit.process.lifecycle.ProcessEvent} in the case history, the state a fold of that
 * history ({@link org.rjkit.process.lifecycle.ProcessCase}), and guards that refuse a change with
 * a {@link org.rjkit.process.lifecycle.TransitionRefusedException} naming the rule, its reason and
 * its sources ({@link org.rjkit.process.lifecycle.LifecycleRule}).
 *
 * <p>Inside the package the case is built from small immutable parts of its state (its consents,
 * screening, communication and disclosures, and its agreement), the guards live in their own
 * class, and the fold, the guards and the automatic consequences each dispatch over {@link
 * org.rjkit.process.lifecycle.EventKind} with a switch that has no default branch, so that a new
 * kind of event that is not handled does not compile. A case linked to the case file it was taken
 * on with ({@link org.rjkit.process.lifecycle.ProcessCase#linkedTo}) screens the programme's own
 * rules on the case file and its own recorded consents and safety assessments at each gate.
 */
package org.rjkit.process.lifecycle;
