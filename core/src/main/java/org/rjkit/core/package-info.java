/**
 * The rjkit domain model of restorative justice cases: participants and their roles, offences,
 * sentences with the Criminal Code s.743.1 arithmetic, consent, safety, orders and citations.
 *
 * <p>Every type is immutable and always valid. A fact that a case document does not state is
 * modelled as unknown ({@link java.util.Optional#empty()} or {@link org.rjkit.core.truth.Truth#UNKNOWN}),
 * never as false or zero. Nothing here reads the system clock: every date-dependent question takes
 * the date as an argument.
 */
package org.rjkit.core;
