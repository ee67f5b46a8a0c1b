package org.rjkit.samples.rulebook.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.core.language.Message;
import org.rjkit.eligibility.json.ScreeningRequestReader;
import org.rjkit.core.json.ScreeningRequestWriter;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.samples.rulebook.json.Change.Step;

/**
 * A screening request as a JSON tree that rule book changes are applied to, one at a time, and
 * that is then read by the project's strict {@link ScreeningRequestReader}.
 *
 * <p>In the {@linkplain Mode#CLOSED closed} grammar of the rule tables, every field named must be
 * a field of the contract at that place, every value must have the type the contract gives it
 * (and be one of its values when it is enumerated), every selector must match, and every change
 * must change something; each breach is a {@link ChangeException} naming the nearest valid name.
 * In the {@linkplain Mode#CONTRACT contract} tables, which show what a careless client may send,
 * only the selectors and the "changes something" rule are checked. Not thread-safe.
 */
public final class RequestTree {

  /** How strictly changes are checked. */
  public enum Mode {
    /** Field names, types and enumerated values are the contract's. */
    CLOSED,
    /** Any name or value may be written; the reader decides. */
    CONTRACT
  }

  private static final List<String> KEYS =
      List.of("id", "participantId", "protectedParticipantId", "assessedOn");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final ContractSchema SCHEMA = ContractSchema.v1();

  private final ObjectNode root;
  private final Mode mode;

  private RequestTree(ObjectNode root, Mode mode) {
    this.root = root;
    this.mode = mode;
  }

  /**
   * A tree holding a copy of a request document.
   *
   * @param json the request document, not null
   * @param mode how strictly changes are checked, not null
   * @return the tree
   * @throws InvalidInputException if the text is not a JSON object
   */
  public static RequestTree of(String json, Mode mode) {
    checkNotNull(mode, "mode");
    return new RequestTree(RjkitJson.readObject(json), mode);
  }

  /**
   * The tree of a request.
   *
   * @param request not null
   * @return a closed-grammar tree of its JSON document
   */
  public static RequestTree of(ScreeningRequest request) {
    return new RequestTree(new ScreeningRequestWriter().toTree(request), Mode.CLOSED);
  }

  /** A copy of this tree, in the same mode. */
  public RequestTree copy() {
    return new RequestTree(root.deepCopy(), mode);
  }

  /**
   * Applies one change.
   *
   * @param change not null
   * @throws ChangeException if the change breaks the grammar
   */
  public void apply(Change change) {
    ObjectNode before = root.deepCopy();
    List<Step> steps = change.steps();
    JsonNode current = root;
    ContractSchema.Shape shape = SCHEMA.root();
    StringBuilder at = new StringBuilder();
    for (int i = 0; i < steps.size() - 1; i++) {
      Step step = steps.get(i);
      Step next = steps.get(i + 1);
      if (step.name().isPresent()) {
        String name = step.name().get();
        ObjectNode object = (ObjectNode) current;
        shape = fieldShape(shape, name, at);
        appendName(at, name);
        JsonNode child = object.get(name);
        if (child == null) {
          boolean lastAppends = next.appends() && i + 1 == steps.size() - 1 && !change.remove();
          if (next.name().isPresent() && !change.remove()) {
            child = object.putObject(name);
          } else if (lastAppends) {
            child = object.putArray(name);
          } else {
            throw ChangeException.of("notInCase", change.path(), at.toString());
          }
        }
        current = expectContainer(child, next, at);
      } else {
        ArrayNode array = (ArrayNode) current;
        int index = single(array, step, at, change);
        at.append('[').append(step.selector().get()).append(']');
        shape = SCHEMA.items(shape);
        current = expectContainer(array.get(index), next, at);
      }
    }
    Step last = steps.get(steps.size() - 1);
    if (last.name().isPresent()) {
      String name = last.name().get();
      ObjectNode object = (ObjectNode) current;
      if (change.remove()) {
        if (!object.has(name)) {
          if (mode == Mode.CLOSED) {
            fieldShape(shape, name, at);
          }
          appendName(at, name);
          throw ChangeException.of("alreadyAbsent", change.path(), at.toString());
        }
        object.remove(name);
      } else {
        ContractSchema.Shape fieldShape = fieldShape(shape, name, at);
        appendName(at, name);
        object.set(name, value(change.value().orElseThrow(), fieldShape, at.toString()));
      }
    } else {
      ArrayNode array = (ArrayNode) current;
      ContractSchema.Shape itemShape = SCHEMA.items(shape);
      if (last.appends()) {
        if (change.remove()) {
          throw ChangeException.of("removeAppends", change.path());
        }
        array.add(value(change.value().orElseThrow(), itemShape, at + "[+]"));
      } else if (change.remove()) {
        List<Integer> matches = matches(array, last);
        if (matches.isEmpty()) {
          throw noMatch(array, last, at, change);
        }
        for (int k = matches.size() - 1; k >= 0; k--) {
          array.remove(matches.get(k));
        }
      } else {
        int index = single(array, last, at, change);
        array.set(index, value(change.value().orElseThrow(), itemShape,
            at + "[" + last.selector().get() + "]"));
      }
    }
    if (root.equals(before)) {
      throw ChangeException.of("changesNothing", change.path());
    }
  }

  /**
   * Applies changes in order.
   *
   * @param changes not null
   * @throws ChangeException naming the first change that breaks the grammar
   */
  public void applyAll(List<Change> changes) {
    changes.forEach(this::apply);
  }

  /**
   * Reads the tree with the strict request reader.
   *
   * @return the request
   * @throws InvalidInputException carrying every problem, each with its JSON path
   */
  public ScreeningRequest read() {
    return ScreeningRequestReader.builtIn().read(root, ScreeningRequestReader.Overrides.NONE);
  }

  /**
   * The tree as indented JSON text.
   *
   * @return the document
   */
  public String toPrettyJson() {
    return RjkitJson.writePretty(root);
  }

  /**
   * The tree as JSON text on one line.
   *
   * @return the document
   */
  public String toJson() {
    return RjkitJson.write(root);
  }

  /**
   * The tree itself (not a copy), for the diff of the converter and the exports.
   *
   * @return the root object
   */
  public ObjectNode node() {
    return root;
  }

  // ------------------------------------------------------------------ steps

  private ContractSchema.Shape fieldShape(ContractSchema.Shape shape, String name,
      CharSequence at) {
    if (mode == Mode.CONTRACT) {
      return SCHEMA.field(shape, name);
    }
    List<String> names = SCHEMA.fieldNames(shape);
    if (!names.contains(name)) {
      throw at.length() == 0
          ? ChangeException.of("unknownFieldOfRequest", name, Nearest.hint(name, names))
          : ChangeException.of("unknownField", name, at.toString(), Nearest.hint(name, names));
    }
    return SCHEMA.field(shape, name);
  }

  private static void appendName(StringBuilder at, String name) {
    if (at.length() > 0) {
      at.append('.');
    }
    at.append(name);
  }

  private static JsonNode expectContainer(JsonNode child, Step next, CharSequence at) {
    if (next.name().isPresent() && !child.isObject()) {
      throw ChangeException.of("notAnObject", at.toString(), next.name().get());
    }
    if (next.selector().isPresent() && !child.isArray()) {
      throw ChangeException.of("notAList", at.toString(), next.selector().get());
    }
    return child;
  }

  private static Optional<String> key(JsonNode element) {
    if (element.isTextual()) {
      return Optional.of(element.textValue());
    }
    if (element.isObject()) {
      for (String k : KEYS) {
        JsonNode v = element.get(k);
        if (v != null && v.isTextual()) {
          return Optional.of(v.textValue());
        }
      }
    }
    return Optional.empty();
  }

  private static List<Integer> matches(ArrayNode array, Step step) {
    List<Integer> found = new ArrayList<>();
    String selector = step.selector().orElseThrow();
    if (step.index()) {
      int index = Integer.parseInt(selector);
      if (index < array.size()) {
        found.add(index);
      }
      return found;
    }
    for (int i = 0; i < array.size(); i++) {
      if (key(array.get(i)).filter(selector::equals).isPresent()) {
        found.add(i);
      }
    }
    return found;
  }

  private static int single(ArrayNode array, Step step, CharSequence at, Change change) {
    if (step.appends()) {
      throw ChangeException.of("appendEnds", change.path());
    }
    List<Integer> found = matches(array, step);
    if (found.isEmpty()) {
      throw noMatch(array, step, at, change);
    }
    if (found.size() > 1) {
      throw ChangeException.of("ambiguous", change.path(), at + "[" + step.selector().get() + "]",
          found.size(), at + "[" + found.get(0) + "]");
    }
    return found.get(0);
  }

  private static ChangeException noMatch(ArrayNode array, Step step, CharSequence at,
      Change change) {
    Set<String> keys = new LinkedHashSet<>();
    array.forEach(e -> key(e).ifPresent(keys::add));
    String selector = step.selector().orElseThrow();
    Message hint = step.index()
        ? Message.of(array.size() == 1 ? "rulebook.change.listHasOne"
            : "rulebook.change.listHas", array.size())
        : keys.isEmpty() ? Message.of("rulebook.change.listEmpty")
            : Nearest.hint(selector, List.copyOf(keys));
    return ChangeException.of("noElement", change.path(), at + "[" + selector + "]", hint);
  }

  // ------------------------------------------------------------------ values

  private JsonNode value(String text, ContractSchema.Shape shape, String at) {
    Optional<String> type = SCHEMA.type(shape);
    JsonNode value;
    char first = text.charAt(0);
    if (first == '"' || first == '[' || first == '{') {
      try {
        value = RjkitJson.readTree(text);
      } catch (InvalidInputException e) {
        throw ChangeException.of("notJson", at);
      }
    } else if (type.isPresent() && type.get().equals("string")) {
      value = TextNode.valueOf(text);
    } else if (text.equals("true") || text.equals("false")) {
      value = BooleanNode.valueOf(text.equals("true"));
    } else if (NUMBER.matcher(text).matches()) {
      value = RjkitJson.readTree(text);
    } else if (text.equals("null") && mode == Mode.CONTRACT) {
      value = com.fasterxml.jackson.databind.node.NullNode.getInstance();
    } else if (text.equals("null")) {
      throw ChangeException.of("nullValue", at);
    } else {
      value = TextNode.valueOf(text);
    }
    if (mode == Mode.CLOSED) {
      check(value, shape, at);
    }
    return value;
  }

  /** Checks a value's names, types and enumerated values against the contract. */
  private void check(JsonNode value, ContractSchema.Shape shape, String at) {
    Optional<String> type = SCHEMA.type(shape);
    if (type.isPresent()) {
      boolean ok = switch (type.get()) {
        case "object" -> value.isObject();
        case "array" -> value.isArray();
        case "string" -> value.isTextual();
        case "boolean" -> value.isBoolean();
        case "integer" -> value.isIntegralNumber();
        case "number" -> value.isNumber();
        default -> true;
      };
      if (!ok) {
        throw ChangeException.of("wrongType", at, describe(type.get()));
      }
    }
    if (value.isTextual()) {
      List<String> values = SCHEMA.enumValues(shape);
      if (!values.isEmpty() && !values.contains(value.textValue())) {
        throw ChangeException.of("notAValue", at,
            Nearest.hint(value.textValue(), values, "value"));
      }
    } else if (value.isObject()) {
      List<String> names = SCHEMA.fieldNames(shape);
      Iterator<String> it = value.fieldNames();
      while (it.hasNext()) {
        String name = it.next();
        if (!names.isEmpty() && !names.contains(name)) {
          throw ChangeException.of("unknownField", name, at, Nearest.hint(name, names));
        }
        check(value.get(name), SCHEMA.field(shape, name), at + "." + name);
      }
    } else if (value.isArray()) {
      ContractSchema.Shape items = SCHEMA.items(shape);
      for (int i = 0; i < value.size(); i++) {
        check(value.get(i), items, at + "[" + i + "]");
      }
    }
  }

  private static Message describe(String type) {
    return Message.of("rulebook.change.type." + switch (type) {
      case "object", "array", "boolean" -> type;
      case "integer", "number" -> "number";
      default -> "string";
    });
  }
}
