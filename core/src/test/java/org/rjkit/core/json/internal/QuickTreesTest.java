package org.rjkit.core.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.RjkitJson;

/**
 * The fast path of reading a document: for a valid document it builds the very tree
 * {@link RjkitJson#readObject(String)} builds (node classes, values, field order); for every
 * document that method refuses, and for numbers it leaves to that method, it gives up (null).
 */
@DisplayName("The quick tree is RjkitJson's tree, or nothing")
class QuickTreesTest {

  private static final String REQUEST = "{\"schemaVersion\":\"1\",\"programme\":\"ca-csc\","
      + "\"requesterId\":\"V1\",\"asOf\":\"2026-03-01\",\"case\":{\"caseId\":\"C-1\","
      + "\"participants\":[{\"id\":\"V1\",\"role\":\"VICTIM\",\"registeredVictim\":true,"
      + "\"deceased\":false,\"x\":null},{\"id\":\"O1\",\"role\":\"OFFENDER\"}],"
      + "\"sentences\":[],\"nested\":[[1,-2,[]],{},[{\"a\":[\"\\u00e9\\n\\\"\"]}]],"
      + "\"big\":9007199254740993,\"min\":-2147483649,\"zero\":0,\"neg\":-0}}";

  @Test
  void a_valid_document_gives_the_same_tree() {
    for (String json : List.of(REQUEST, "{}", " { \"a\" : [ ] } \n", RjkitJson.BYTE_ORDER_MARK
        + "{\"a\":\"b\"}", "{\"\":1,\"a b\":2}", "{\"a\":\"" + "x".repeat(40_000) + "\"}")) {
      ObjectNode quick = QuickTrees.object(json);
      assertNotNull(quick, json);
      assertSameTree(RjkitJson.readObject(json), quick);
    }
  }

  @Test
  void every_document_rjkit_refuses_is_left_to_it() {
    List<String> refused = new ArrayList<>(List.of("", " ", "[]", "null", "\"a\"", "1", "{",
        "{\"a\":1,}", "{\"a\":1} {}", "{\"a\":1}x", "{\"a\":1,\"a\":2}",
        "{\"b\":{\"a\":1,\"c\":2,\"a\":3}}", "{\"a\":[{\"x\":1,\"x\":1}]}", "{\"a\":1e999}",
        "{'a':1}", "{\"a\":NaN}", "{\"a\":01}", "{\"a\":\"\\x\"}", "{a:1}",
        "{\"a\":\"" + RjkitJson.BYTE_ORDER_MARK + "\"}x", "{\"a\":1}" + RjkitJson.BYTE_ORDER_MARK,
        RjkitJson.BYTE_ORDER_MARK + RjkitJson.BYTE_ORDER_MARK + "{}",
        "{\"a\":" + "1".repeat(RjkitJson.MAX_NUMBER_LENGTH + 1) + "}",
        "{\"a\":\"" + "x".repeat(RjkitJson.MAX_STRING_LENGTH + 1) + "\"}",
        "{\"" + "x".repeat(RjkitJson.MAX_STRING_LENGTH + 1) + "\":1}"));
    refused.add("{\"a\":".repeat(RjkitJson.MAX_NESTING_DEPTH + 1) + "1"
        + "}".repeat(RjkitJson.MAX_NESTING_DEPTH + 1));
    refused.add("[".repeat(RjkitJson.MAX_NESTING_DEPTH + 1));
    for (String json : refused) {
      assertThrows(InvalidInputException.class, () -> RjkitJson.readObject(json),
          "RjkitJson refuses " + abbreviated(json));
      assertNull(QuickTrees.object(json), abbreviated(json));
    }
  }

  @Test
  void numbers_beyond_a_long_and_fractions_are_left_to_rjkit() {
    for (String json : List.of("{\"a\":1.5}", "{\"a\":1e2}", "{\"a\":-0.0}",
        "{\"a\":92233720368547758070}", "{\"a\":[1,2.0]}")) {
      RjkitJson.readObject(json); // valid: RjkitJson reads it
      assertNull(QuickTrees.object(json), json);
    }
  }

  @Test
  void nesting_up_to_the_limit_is_read() {
    int depth = RjkitJson.MAX_NESTING_DEPTH;
    String json = "{\"a\":".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
    assertSameTree(RjkitJson.readObject(json), QuickTrees.object(json));
  }

  private static String abbreviated(String json) {
    return json.length() > 60 ? json.substring(0, 60) + "…" : json;
  }

  /** Equal values, node classes and field order, all the way down. */
  private static void assertSameTree(JsonNode expected, JsonNode actual) {
    assertNotNull(actual);
    assertEquals(expected.getClass(), actual.getClass());
    assertEquals(expected, actual);
    if (expected.isObject()) {
      Iterator<String> want = expected.fieldNames();
      Iterator<String> got = actual.fieldNames();
      while (want.hasNext()) {
        String name = want.next();
        assertEquals(name, got.next());
        assertSameTree(expected.get(name), actual.get(name));
      }
    } else if (expected.isArray()) {
      for (int i = 0; i < expected.size(); i++) {
        assertSameTree(expected.get(i), actual.get(i));
      }
    }
  }
}
