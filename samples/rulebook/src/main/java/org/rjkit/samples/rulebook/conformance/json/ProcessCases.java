package org.rjkit.samples.rulebook.conformance.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.core.language.Message;
import org.rjkit.samples.rulebook.RuleBook.History;
import org.rjkit.samples.rulebook.RuleBook.HistoryKind;
import org.rjkit.samples.rulebook.RuleBookException;
import org.rjkit.samples.rulebook.conformance.ConformanceCase;
import org.rjkit.samples.rulebook.conformance.Level;

/**
 * The conformance kit's process level: {@code process-model/cases.json} of the rule book folder,
 * cases built from a stored process history document (the process model's golden document,
 * {@code process-model/story.json}) and changes to its events:
 *
 * <pre>{"history": "story.json", "cases": [
 *   {"id": "P03", "scenario": "...", "requirement": "PROC-STAGE-ORDER (...)",
 *    "changes": [{"event": "E15", "set": {"stage": "PREPARATION"}}],
 *    "expected": {"history": "refused", "eventId": "E15", "ruleId": "PROC-STAGE-ORDER"}}]}</pre>
 *
 * A change sets fields of the event with that id ({@code set}), replaces the event with
 * another one keeping its id ({@code replace}), or removes it ({@code remove}: the events
 * after it are numbered again, as a careless edit of the store would leave them). The expected
 * result is {@code {"history": "loads"}}, {@code {"history": "refused", "eventId", "ruleId"}}, or
 * {@code {"history": "view-empty", "recipient": "KIND[:ID]", "purpose", "on"}}.
 */
public final class ProcessCases {

  /** The file of the process cases, under the rule book folder. */
  public static final String FILE = "process-model/cases.json";

  private ProcessCases() {}

  /**
   * Reads the process cases of a rule book folder.
   *
   * @param bookDir the rule book folder, not null
   * @return the cases, in the file's order; none when the folder has no such file
   * @throws RuleBookException naming the file and the case when a case cannot be read or a
   *     change matches no event
   */
  public static List<ConformanceCase> load(Path bookDir) {
    checkNotNull(bookDir, "bookDir");
    Path file = bookDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    String name = file.toString();
    List<ConformanceCase> out = new ArrayList<>();
    try {
      ObjectNode root = RjkitJson.readObject(Files.readString(file, StandardCharsets.UTF_8));
      Path historyFile = file.resolveSibling(text(root, "history", name));
      ObjectNode history = RjkitJson.readObject(Files.readString(historyFile,
          StandardCharsets.UTF_8));
      JsonNode cases = root.get("cases");
      if (cases == null || !cases.isArray() || cases.isEmpty()) {
        throw new RuleBookException(name, 0, error("casesList"));
      }
      for (int i = 0; i < cases.size(); i++) {
        String where = "cases[" + i + "]";
        JsonNode c = cases.get(i);
        if (!c.isObject()) {
          throw new RuleBookException(name, 0, error("mustBeObject", where));
        }
        ObjectNode doc = history.deepCopy();
        JsonNode changes = c.get("changes");
        if (changes != null) {
          for (int j = 0; j < changes.size(); j++) {
            apply(doc, changes.get(j), name, where + ".changes[" + j + "]");
          }
        }
        String id = text(c, "id", name + " " + where);
        out.add(new ConformanceCase("process-model/" + id, Level.PROCESS,
            text(doc, "programme", historyFile.toString()), text(c, "requirement",
            name + " " + where), "rulebook/" + FILE + "#" + id, text(c, "scenario",
            name + " " + where), RjkitJson.write(doc), expected(c.get("expected"), name,
            where)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidInputException e) {
      throw new RuleBookException(name, 0, error("notJson", e.errors().get(0).path(),
          e.errors().get(0).problem()));
    }
    return out;
  }

  static History expected(JsonNode e, String file, String where) {
    if (e == null || !e.isObject()) {
      throw new RuleBookException(file, 0, error("mustBeObject", where + ".expected"));
    }
    String kind = text(e, "history", file + " " + where + ".expected");
    return switch (kind) {
      case "loads" -> new History(HistoryKind.LOADS, "", "", "", "", "");
      case "refused" -> new History(HistoryKind.REFUSED, text(e, "eventId", file + " " + where),
          text(e, "ruleId", file + " " + where), "", "", "");
      case "view-empty" -> new History(HistoryKind.VIEW_EMPTY, "", "", text(e, "recipient",
          file + " " + where), text(e, "purpose", file + " " + where), text(e, "on",
          file + " " + where));
      default -> throw new RuleBookException(file, 0,
          error("expectedHistory", where + ".expected.history"));
    };
  }

  /**
   * The expected result as written in the file and in the JSON Lines export.
   *
   * @param h not null
   * @param into the object to write into, not null
   */
  static void write(History h, ObjectNode into) {
    switch (h.kind()) {
      case LOADS -> into.put("history", "loads");
      case REFUSED -> into.put("history", "refused").put("eventId", h.eventId())
          .put("ruleId", h.ruleId());
      case VIEW_EMPTY -> into.put("history", "view-empty").put("recipient", h.recipient())
          .put("purpose", h.purpose()).put("on", h.on());
    }
  }

  private static void apply(ObjectNode doc, JsonNode change, String file, String where) {
    ArrayNode events = (ArrayNode) doc.get("events");
    if (change.has("remove")) {
      int at = indexOf(events, change.get("remove").asText(), file, where);
      events.remove(at);
      for (int i = 0; i < events.size(); i++) {
        ((ObjectNode) events.get(i)).put("eventId", "E" + (i + 1));
      }
      return;
    }
    int at = indexOf(events, text(change, "event", file + " " + where), file, where);
    ObjectNode event = (ObjectNode) events.get(at);
    if (change.has("set") && change.get("set").isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = change.get("set").fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        if (!event.has(f.getKey())) {
          throw new RuleBookException(file, 0, error("noField", where,
              event.get("eventId").asText(), f.getKey()));
        }
        if (event.get(f.getKey()).equals(f.getValue())) {
          throw new RuleBookException(file, 0, error("changesNothing", where,
              f.getKey()));
        }
        event.set(f.getKey(), f.getValue());
      }
    } else if (change.has("replace") && change.get("replace").isObject()) {
      ObjectNode replacement = change.get("replace").deepCopy();
      replacement.put("eventId", event.get("eventId").asText());
      events.set(at, replacement);
    } else {
      throw new RuleBookException(file, 0, error("changeShape", where));
    }
  }

  private static int indexOf(ArrayNode events, String eventId, String file, String where) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).path("eventId").asText().equals(eventId)) {
        return i;
      }
    }
    throw new RuleBookException(file, 0, error("noEvent", where, eventId));
  }

  private static Message error(String key, Object... arguments) {
    return Message.of("rulebook.process." + key, arguments);
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.textValue().isBlank()) {
      throw new RuleBookException(where, 0, error("mustBeText", field));
    }
    return v.textValue();
  }
}
