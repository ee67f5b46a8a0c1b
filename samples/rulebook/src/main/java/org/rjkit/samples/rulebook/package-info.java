/**
 * The rule book: one Markdown document per programme that programme officers and lawyers read
 * and edit (the programme's description and sources, each rule with its policy sentence and
 * citations, and its table of examples), parsed, checked against the programme's code, and run
 * row by row. See {@code docs/rulebook.md}.
 */
package org.rjkit.samples.rulebook;
