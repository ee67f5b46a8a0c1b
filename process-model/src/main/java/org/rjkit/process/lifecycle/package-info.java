/**
 * The case lifecycle: stages from referral to closure, every change an immutable {@link
 * org.rjkit.process.lifecycle.ProcessEvent} in the case history, the state a fold of that
 * history ({@link org.rjkit.process.lifecycle.ProcessCase}), and guards that refuse a change with
 * a {@link org.rjkit.process.lifecycle.TransitionRefusedException} naming the rule, its reason and
 * its sources ({@link org.rjkit.process.lifecycle.LifecycleRule}).
 */
package org.rjkit.process.lifecycle;
