package org.rjkit.process.type;

/**
 * What the facilitator does in a process type.
 *
 * @since 1.0
 */
public enum Facilitation {
  /** The facilitator attends the meeting and guides it. */
  ATTENDS,
  /** The facilitator reviews each message and relays it (or returns it); parties never write directly. */
  RELAYS,
  /** The facilitator arranges the measure and follows it up; the parties do not communicate. */
  ARRANGES
}
