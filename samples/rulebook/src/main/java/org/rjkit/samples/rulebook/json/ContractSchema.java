package org.rjkit.samples.rulebook.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.json.JsonSchemas;

/**
 * The published JSON Schemas of the screening request and the case document, walked to learn
 * the field names, types and enumerated values the contract allows at each place of a request.
 * A participant's fields are the union over its roles; the strict reader then checks that a
 * field belongs to the participant's own role.
 */
public final class ContractSchema {

  private static final ContractSchema INSTANCE = new ContractSchema(
      JsonSchemas.load(JsonSchemas.SCREENING_REQUEST), JsonSchemas.load(JsonSchemas.CASE_DOCUMENT));

  private final JsonNode request;
  private final JsonNode caseDocument;

  private ContractSchema(JsonNode request, JsonNode caseDocument) {
    this.request = request;
    this.caseDocument = caseDocument;
  }

  /**
   * The schemas of interchange format version 1.
   *
   * @return the shared instance
   */
  public static ContractSchema v1() {
    return INSTANCE;
  }

  /** A place in a document: the schema nodes that describe it (several for a oneOf). */
  public static final class Shape {
    private final List<Node> nodes;

    private Shape(List<Node> nodes) {
      this.nodes = ImmutableList.copyOf(nodes);
    }

    /** Whether the schema says nothing about this place (a field not in the contract). */
    public boolean unknown() {
      return nodes.isEmpty();
    }
  }

  private record Node(JsonNode document, JsonNode schema) {}

  /**
   * The screening request's root.
   *
   * @return its shape
   */
  public Shape root() {
    return expand(List.of(new Node(request, request)));
  }

  /** A shape the schema does not describe. */
  public Shape none() {
    return new Shape(List.of());
  }

  /**
   * The field names an object at this place may have, in the schema's order.
   *
   * @param shape not null
   * @return the names
   */
  public List<String> fieldNames(Shape shape) {
    Set<String> names = new LinkedHashSet<>();
    for (Node n : shape.nodes) {
      JsonNode properties = n.schema().get("properties");
      if (properties != null) {
        properties.fieldNames().forEachRemaining(names::add);
      }
    }
    return ImmutableList.copyOf(names);
  }

  /**
   * The shape of a field.
   *
   * @param shape the object's shape, not null
   * @param name the field, not null
   * @return its shape, {@link Shape#unknown()} when no schema node has it
   */
  public Shape field(Shape shape, String name) {
    List<Node> found = new ArrayList<>();
    for (Node n : shape.nodes) {
      JsonNode properties = n.schema().get("properties");
      if (properties != null && properties.has(name)) {
        found.add(new Node(n.document(), properties.get(name)));
      }
    }
    return expand(found);
  }

  /**
   * The shape of an array's items.
   *
   * @param shape the array's shape, not null
   * @return the items' shape
   */
  public Shape items(Shape shape) {
    List<Node> found = new ArrayList<>();
    for (Node n : shape.nodes) {
      JsonNode items = n.schema().get("items");
      if (items != null) {
        found.add(new Node(n.document(), items));
      }
    }
    return expand(found);
  }

  /**
   * The JSON type the schema gives this place.
   *
   * @param shape not null
   * @return {@code object}, {@code array}, {@code string}, {@code boolean}, {@code integer},
   *     {@code number}, or empty when not stated
   */
  public Optional<String> type(Shape shape) {
    for (Node n : shape.nodes) {
      JsonNode type = n.schema().get("type");
      if (type != null && type.isTextual()) {
        return Optional.of(type.textValue());
      }
      JsonNode constant = n.schema().get("const");
      if (constant != null && constant.isTextual()) {
        return Optional.of("string");
      }
    }
    return Optional.empty();
  }

  /**
   * The values an enumerated string may take here.
   *
   * @param shape not null
   * @return the values in the schema's order, empty when the place is not enumerated
   */
  public List<String> enumValues(Shape shape) {
    Set<String> values = new LinkedHashSet<>();
    for (Node n : shape.nodes) {
      JsonNode e = n.schema().get("enum");
      if (e != null) {
        e.forEach(v -> values.add(v.asText()));
      }
    }
    return ImmutableList.copyOf(values);
  }

  /** Follows $ref and expands oneOf, anyOf and allOf into the list of nodes they stand for. */
  private Shape expand(List<Node> start) {
    List<Node> out = new ArrayList<>();
    for (Node n : start) {
      expandInto(n, out, 0);
    }
    return new Shape(out);
  }

  private void expandInto(Node n, List<Node> out, int depth) {
    if (depth > 16) {
      return;
    }
    JsonNode ref = n.schema().get("$ref");
    if (ref != null && ref.isTextual()) {
      expandInto(resolve(n.document(), ref.textValue()), out, depth + 1);
    }
    out.add(n);
    for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
      JsonNode list = n.schema().get(combinator);
      if (list != null && list.isArray()) {
        Iterator<JsonNode> it = list.elements();
        while (it.hasNext()) {
          expandInto(new Node(n.document(), it.next()), out, depth + 1);
        }
      }
    }
  }

  private Node resolve(JsonNode document, String ref) {
    int hash = ref.indexOf('#');
    String file = hash < 0 ? ref : ref.substring(0, hash);
    String pointer = hash < 0 ? "" : ref.substring(hash + 1);
    JsonNode target = file.isEmpty() ? document
        : file.equals(JsonSchemas.CASE_DOCUMENT) ? caseDocument : request;
    JsonNode schema = pointer.isEmpty() ? target : target.at(JsonPointer.compile(pointer));
    return new Node(target, schema);
  }
}
