package org.rjkit.core.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rjkit.core.screening.ScreeningRequest;

/**
 * Writes a screening request (interchange format version 1), the exact inverse of
 * {@code org.rjkit.eligibility.json.ScreeningRequestReader}: {@code schemaVersion}, {@code programme}, {@code requesterId},
 * {@code asOf}, then the case document under {@code case} as {@link CaseDocumentWriter} writes it,
 * then {@code offenderId} when the request names the offender it concerns.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 1.0
 */
public final class ScreeningRequestWriter {

  private final CaseDocumentWriter caseWriter = new CaseDocumentWriter();

  /** A writer; it holds no state. */
  public ScreeningRequestWriter() {}

  /**
   * The request as a JSON tree.
   *
   * @param request not null
   * @return a new object node
   */
  public ObjectNode toTree(ScreeningRequest request) {
    checkNotNull(request, "request");
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("schemaVersion", ScreeningRequest.SCHEMA_VERSION);
    n.put("programme", request.programme().value());
    n.put("requesterId", request.requesterId().value());
    n.put("asOf", CaseDocumentWriter.date(request.asOf()));
    n.set("case", caseWriter.toTree(request.caseFile()));
    request.offenderId().ifPresent(id -> n.put("offenderId", id.value()));
    return n;
  }

  /**
   * The request as JSON text on one line (one line of a JSON Lines file).
   *
   * @param request not null
   * @return the JSON text
   */
  public String write(ScreeningRequest request) {
    return RjkitJson.write(toTree(request));
  }

  /**
   * The request as indented JSON text.
   *
   * @param request not null
   * @return the JSON text, two-space indented, {@code \n} line ends
   */
  public String writePretty(ScreeningRequest request) {
    return RjkitJson.writePretty(toTree(request));
  }
}
