/**
 * The interchange format, version 1, in JSON: strict readers and deterministic writers for the
 * screening request and the case document, their JSON Schemas, and rjkit's one Jackson
 * configuration ({@link org.rjkit.core.json.RjkitJson}). The only package of the core module that
 * imports Jackson.
 */
package org.rjkit.core.json;
