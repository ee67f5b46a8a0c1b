package org.rjkit.samples.rulebook.conformance.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.RjkitJson;

/** Where an event stands in a process history document. */
public final class HistoryEvents {

  private HistoryEvents() {}

  /**
   * The position of an event in a history's {@code events}.
   *
   * @param historyJson the document, not null
   * @param eventId the event's id, not null
   * @return its index, or -1 when the document has no such event or is not JSON
   */
  public static int indexOf(String historyJson, String eventId) {
    try {
      JsonNode events = RjkitJson.readObject(historyJson).get("events");
      if (events != null && events.isArray()) {
        for (int i = 0; i < events.size(); i++) {
          if (eventId.equals(events.get(i).path("eventId").asText())) {
            return i;
          }
        }
      }
    } catch (InvalidInputException e) {
      return -1;
    }
    return -1;
  }
}
