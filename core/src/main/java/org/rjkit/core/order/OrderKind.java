package org.rjkit.core.order;

/** Kinds of order that restrict contact. */
public enum OrderKind {
  /** A court non-communication order or a parole no-contact condition (GL 785-1). */
  NO_CONTACT
}
