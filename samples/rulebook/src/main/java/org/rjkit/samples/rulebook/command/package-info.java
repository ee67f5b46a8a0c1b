/** The {@code ./rjkit rulebook} and {@code ./rjkit conformance} commands. */
package org.rjkit.samples.rulebook.command;
