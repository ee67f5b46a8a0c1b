/**
 * A runnable walkthrough of a CSC Restorative Opportunities case: a victim's request, indirect
 * mediation with letters relayed by the mediator, an apology agreed and followed up, the history
 * as the mediator sees it, and what a parole board may see of the same case (nothing).
 */
package org.rjkit.samples.walkthrough;
