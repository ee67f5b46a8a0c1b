/** The rule book rendered as HTML, in English or French, with each example's result. */
package org.rjkit.samples.rulebook.html;
