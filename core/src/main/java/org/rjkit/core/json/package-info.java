/**
 * The interchange format, version 1, in JSON: strict readers and deterministic writers for the
 * screening request and the case document, their JSON Schemas, rjkit's one Jackson configuration
 * ({@link org.rjkit.core.json.RjkitJson}), and the strict walker every rjkit reader uses
 * ({@link org.rjkit.core.json.ObjectInput}, {@link org.rjkit.core.json.Problems}). The only
 * package of the core module that imports Jackson.
 */
package org.rjkit.core.json;
