package org.rjkit.samples.rulebook.conversion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rjkit.core.json.RjkitJson;

/**
 * The changes, in the rule book's grammar, that turn one request tree into another: field
 * assignments and removals, list elements selected by their key (or position when the key is
 * not unique), removed, changed in place or appended with {@code [+]}. When a list's elements
 * cannot be matched in order, the whole list is assigned.
 */
final class TreeDiff {

  private static final List<String> KEYS =
      List.of("id", "participantId", "protectedParticipantId", "assessedOn");
  private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_.:/+-]+");

  private TreeDiff() {}

  /** The changes from {@code base} to {@code target}, each as written in a rule book. */
  static List<String> changes(ObjectNode base, ObjectNode target, boolean wholeLists) {
    List<String> out = new ArrayList<>();
    object("", base, target, out, wholeLists);
    return out;
  }

  static String literal(JsonNode value) {
    if (value.isTextual()) {
      String s = value.textValue();
      boolean bare = BARE.matcher(s).matches() && !s.equals("true") && !s.equals("false")
          && !s.equals("null");
      return bare ? s : RjkitJson.write(value);
    }
    return RjkitJson.write(value);
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static void object(String path, ObjectNode base, ObjectNode target, List<String> out,
      boolean wholeLists) {
    Iterator<String> names = base.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!target.has(name)) {
        out.add("remove " + join(path, name));
      }
    }
    List<String> order = new ArrayList<>();
    target.fieldNames().forEachRemaining(order::add);
    if (path.isEmpty() && order.remove("case")) {
      order.add(0, "case");  // the case first: a requester is added before being named
    }
    for (String name : order) {
      JsonNode t = target.get(name);
      JsonNode b = base.get(name);
      if (b == null) {
        out.add(join(path, name) + " = " + literal(t));
      } else if (!b.equals(t)) {
        if (b.isObject() && t.isObject()) {
          object(join(path, name), (ObjectNode) b, (ObjectNode) t, out, wholeLists);
        } else if (b.isArray() && t.isArray() && !wholeLists
            && array(join(path, name), (ArrayNode) b, (ArrayNode) t, out)) {
          continue;
        } else {
          out.add(join(path, name) + " = " + literal(t));
        }
      }
    }
  }

  private static Optional<String> key(JsonNode e) {
    if (e.isTextual()) {
      return Optional.of(e.textValue());
    }
    if (e.isObject()) {
      for (String k : KEYS) {
        if (e.has(k) && e.get(k).isTextual()) {
          return Optional.of(e.get(k).textValue());
        }
      }
    }
    return Optional.empty();
  }

  /** Appends the element-wise changes and returns true, or returns false (nothing added). */
  private static boolean array(String path, ArrayNode base, ArrayNode target, List<String> out) {
    List<String> baseKeys = new ArrayList<>();
    for (JsonNode e : base) {
      Optional<String> k = key(e);
      if (k.isEmpty() || !BARE.matcher(k.get()).matches()) {
        return false;
      }
      baseKeys.add(k.get());
    }
    List<String> targetKeys = new ArrayList<>();
    for (JsonNode e : target) {
      Optional<String> k = key(e);
      if (k.isEmpty()) {
        return false;
      }
      targetKeys.add(k.get());
    }
    // align in order: each target element matches the next base element with its key
    int[] matchOf = new int[target.size()];
    int j = 0;
    boolean appending = false;
    List<Integer> removed = new ArrayList<>();
    for (int i = 0; i < target.size(); i++) {
      int m = -1;
      for (int k = j; k < base.size(); k++) {
        if (baseKeys.get(k).equals(targetKeys.get(i))) {
          m = k;
          break;
        }
      }
      if (m < 0) {
        appending = true;
        matchOf[i] = -1;
        continue;
      }
      if (appending) {
        return false;  // an added element before a kept one: the order cannot be kept
      }
      for (int k = j; k < m; k++) {
        removed.add(k);
      }
      matchOf[i] = m;
      j = m + 1;
    }
    for (int k = j; k < base.size(); k++) {
      removed.add(k);
    }
    List<String> current = new ArrayList<>(baseKeys);
    List<String> ops = new ArrayList<>();
    for (int r = removed.size() - 1; r >= 0; r--) {
      int index = removed.get(r);
      ops.add("remove " + path + "[" + selector(current, index) + "]");
      current.remove(index);
    }
    // positions in the current list of the kept base elements
    List<Integer> keptBase = new ArrayList<>();
    for (int k = 0; k < base.size(); k++) {
      if (!removed.contains(k)) {
        keptBase.add(k);
      }
    }
    for (int i = 0; i < target.size(); i++) {
      if (matchOf[i] < 0) {
        continue;
      }
      JsonNode b = base.get(matchOf[i]);
      JsonNode t = target.get(i);
      if (b.equals(t)) {
        continue;
      }
      int position = keptBase.indexOf(matchOf[i]);
      String at = path + "[" + selector(current, position) + "]";
      if (b.isObject() && t.isObject()) {
        object(at, (ObjectNode) b, (ObjectNode) t, ops, false);
      } else {
        ops.add(at + " = " + literal(t));
      }
    }
    for (int i = 0; i < target.size(); i++) {
      if (matchOf[i] < 0) {
        ops.add(path + "[+] = " + literal(target.get(i)));
      }
    }
    if (ops.isEmpty()) {
      return false;
    }
    out.addAll(ops);
    return true;
  }

  private static String selector(List<String> current, int index) {
    String k = current.get(index);
    boolean unique = current.stream().filter(k::equals).count() == 1;
    boolean digits = k.chars().allMatch(Character::isDigit);
    return unique && !digits ? k : Integer.toString(index);
  }
}
