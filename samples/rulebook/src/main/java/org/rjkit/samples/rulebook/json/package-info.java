/**
 * The rule book's change grammar on the JSON tree of a screening request: assignments and
 * removals on the contract's named fields, checked against the published JSON Schema, then read
 * by the project's strict request reader.
 */
package org.rjkit.samples.rulebook.json;
