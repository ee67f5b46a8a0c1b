/**
 * rjkit's core: the domain vocabulary of restorative justice cases, in subpackages named after
 * its concepts, and {@link org.rjkit.core.RjkitException}, the base type of every rjkit exception.
 */
package org.rjkit.core;
