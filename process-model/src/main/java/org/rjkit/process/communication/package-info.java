/**
 * Communication relayed by a facilitator (indirect mediation, letters, recorded messages): a
 * participant's message goes to the facilitator, who reviews it and relays it or returns it; the
 * recipient only ever sees relayed messages (CA-RO-31, seed 001, seed 002, UN-7).
 */
package org.rjkit.process.communication;
