/**
 * The interchange format, version 1, in JSON: strict readers and deterministic writers for the
 * screening request and the case document, their JSON Schemas, rjkit's one Jackson configuration
 * ({@link org.rjkit.core.json.RjkitJson}). The strict walker every rjkit reader uses is internal
 * ({@code org.rjkit.core.json.internal}).
 */
package org.rjkit.core.json;
