/**
 * The catalogue of restorative process types (domain-rules §11, CSC formats CA-RO-31, seeds
 * 000-004): who must take part, through which channels, what the facilitator does and whether
 * supporters may join.
 */
package org.rjkit.process.type;
