package org.rjkit.core.order;

/**
 * Kinds of order that restrict contact.
 *
 * @since 1.0
 */
public enum OrderKind {
  /** A court non-communication order or a parole no-contact condition (GL 785-1). */
  NO_CONTACT
}
