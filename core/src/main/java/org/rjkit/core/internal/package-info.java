/**
 * Not API: helpers shared by rjkit's own modules (the identifier syntax, checks on a term).
 * Public only so that core, eligibility and the process model can use them; left out of the
 * Javadoc, guarded by an ArchUnit rule (only rjkit's own packages use it, and no public signature
 * outside it shows one of its types), and free to change in any release.
 */
package org.rjkit.core.internal;
