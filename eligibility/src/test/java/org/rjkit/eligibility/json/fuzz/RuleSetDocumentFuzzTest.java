package org.rjkit.eligibility.json.fuzz;

import static org.rjkit.core.json.fuzz.ReadingInvariant.marker;
import static org.rjkit.core.json.fuzz.ReadingInvariant.text;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.rjkit.core.casefile.Court;
import org.rjkit.core.casefile.Stage;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.core.offence.OffenceCategory;
import org.rjkit.core.offence.OffenceContext;
import org.rjkit.core.participant.Plea;
import org.rjkit.core.participant.Role;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.eligibility.json.ConditionType;
import org.rjkit.eligibility.json.RuleSetDocumentReader;
import org.rjkit.eligibility.json.RuleSetDocumentWriter;
import org.rjkit.eligibility.rule.ConsentParty;

/**
 * Fuzzes {@link RuleSetDocumentReader#read(String)} and
 * {@link RuleSetDocumentReader#register(String, org.rjkit.eligibility.screening.ProgrammeRegistry)}: any
 * text gives a programme or an input error (paths from {@code $}, no value of the input), never
 * another exception, a hang or unbounded memory. What else must hold is in {@link RuleSetChecks}:
 * a programme read writes and reads back equal, {@code register} agrees with {@code read}, and a
 * registered programme screens every golden case to a decision that round-trips.
 *
 * <p>Two fuzz tests:
 * <ul>
 *   <li>{@link #read} takes raw bytes as UTF-8. Seeds in {@code RuleSetDocumentFuzzTestInputs/read/}:
 *       the six built-in programmes as {@link RuleSetDocumentWriter} writes them, the sample
 *       {@code community-mediation-example.json}, a small document with a planted marker in every
 *       kind of field, and each crash fuzzing has found.</li>
 *   <li>{@link #mutatedRuleSet} is structure-aware: it starts from one of those seven programmes
 *       and applies up to eight mutations the fuzzer chooses, at paths it chooses: a marker, a
 *       word of the format, fuzzer text, a number, a literal, an empty object or array, a copy of
 *       another value, deep nesting, deletion, duplication, renaming a field to a marker, a new
 *       condition of any type with fuzzer-chosen parameters, a new version on a fuzzer-chosen
 *       date; then, optionally, the same field twice in one object and fuzzer bytes spliced in
 *       place of a value. Nearly every input is a well-formed document close to a valid one, so
 *       the checks of every condition type, of versions and of rules run; an input that is a
 *       valid programme with unusual rules is then screened.</li>
 * </ul>
 * {@code JAZZER_FUZZ=1} fuzzes (see docs/fuzzing.md).
 */
class RuleSetDocumentFuzzTest {

  @Timeout(10)
  @DictionaryFile(resourcePath = "rule-set.dict")
  @DictionaryFile(resourcePath = "/org/rjkit/core/json/fuzz/rjkit-json.dict")
  @FuzzTest(maxDuration = "30s")
  void read(byte[] data) {
    RuleSetChecks.check(text(data));
  }

  @Timeout(10)
  @FuzzTest(maxDuration = "30s")
  void mutatedRuleSet(FuzzedDataProvider data) {
    Mutation mutation = new Mutation(data,
        BASES.get(data.consumeInt(0, BASES.size() - 1)).deepCopy());
    int count = data.consumeInt(0, 8);
    for (int i = 0; i < count; i++) {
      mutation.mutateOnce();
    }
    RuleSetChecks.check(mutation.text());
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The built-in programmes as rule-set documents, then the sample vendor programme. */
  private static final List<ObjectNode> BASES = Stream.concat(
      RuleSetChecks.BUILT_IN.all().stream().map(new RuleSetDocumentWriter()::toTree),
      Stream.of(sample())).toList();

  private static ObjectNode sample() {
    try (InputStream in = RuleSetDocumentFuzzTest.class.getResourceAsStream(
        "RuleSetDocumentFuzzTestInputs/read/community-mediation-example.json")) {
      return RjkitJson.readObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String[] FIELD_NAMES = {"schemaVersion", "id", "name", "en", "fr",
      "versions", "version", "effectiveFrom", "rules", "phase", "policy", "citations",
      "instrument", "provision", "url", "rows", "condition", "type", "stages", "included",
      "excluded", "roles", "coAccusedExcludedFromVictimSide", "familyMemberOnlyForDeceasedVictim",
      "minimumTerm", "whenExpired", "minimumAge", "underAge", "categories", "contexts",
      "parties", "forms", "notMet", "review", "whenOrderInForce", "pleas", "courts",
      "reasonableOpportunityRequired"};

  /** Words of the format and near misses: values valid somewhere, so they travel far. */
  private static final String[] WORDS = {"1", "2", "", " ", "ELIGIBILITY", "SUITABILITY",
      "MET", "NOT_MET", "REVIEW", "UNKNOWN", "EX-1", "EX-CONSENT", "ex-1", "EX--1", "-EX",
      "CA-RO-13", "CA-AM-1", "ca-ro-13", "CA", "CA-ON", "CA-QC", "GB-ENG", "NZ", "FR", "DK",
      "XX", "CA-", "ca-qc-pmrg", "ca-csc-restorative-opportunities", "x", "2026-01-01",
      "2024-02-29", "2023-02-29", "0000-01-01", "9999-12-31", "2026-13-01", "P2Y", "P18M",
      "P0D", "P-1Y", "-P1Y", "P1000Y", "P1001Y", "P9999999Y", "P1W", "PT1H", "P",
      "https://example.org/", "http://x", "mailto:a@b", "not a url", "https://", "//x",
      "file:///etc/passwd", "https://[::1", "İ", "ı", "\u0000", "\ud800", "\ufeff"};

  private static final Map<String, Enum<?>[]> ENUMS = Map.ofEntries(
      Map.entry("stages", Stage.values()),
      Map.entry("roles", Role.values()),
      Map.entry("whenExpired", RuleStatus.values()),
      Map.entry("whenOrderInForce", RuleStatus.values()),
      Map.entry("categories", OffenceCategory.values()),
      Map.entry("contexts", OffenceContext.values()),
      Map.entry("parties", ConsentParty.values()),
      Map.entry("forms", ConsentForm.values()),
      Map.entry("notMet", RiskLevel.values()),
      Map.entry("review", RiskLevel.values()),
      Map.entry("pleas", Plea.values()),
      Map.entry("courts", Court.values()),
      Map.entry("phase", Phase.values()));

  private static final String[] JURISDICTIONS = {"CA", "CA-ON", "CA-QC", "CA-BC", "GB",
      "GB-ENG", "GB-WLS", "NZ", "FR", "DE", "DK", "IE", "XX", "ca", "CA-", "C", "CAN"};

  private static final long FIRST_DAY = LocalDate.of(0, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

  /** The mutations applied to one document. */
  private static final class Mutation {
    private final FuzzedDataProvider data;
    private JsonNode root;
    private final List<Map.Entry<String, String>> splices = new ArrayList<>();

    Mutation(FuzzedDataProvider data, ObjectNode document) {
      this.data = data;
      this.root = document;
    }

    /** One place a value sits: a field of an object, an element of an array, or the root. */
    private record Slot(JsonNode parent, String field, int index) {
      JsonNode get(JsonNode root) {
        if (parent == null) {
          return root;
        }
        return field != null ? parent.get(field) : parent.get(index);
      }
    }

    private List<Slot> slots() {
      List<Slot> slots = new ArrayList<>();
      slots.add(new Slot(null, null, -1));
      collect(root, slots);
      return slots;
    }

    private static void collect(JsonNode node, List<Slot> slots) {
      if (node.isObject()) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
          String name = names.next();
          slots.add(new Slot(node, name, -1));
          collect(node.get(name), slots);
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          slots.add(new Slot(node, null, i));
          collect(node.get(i), slots);
        }
      }
    }

    private void set(Slot slot, JsonNode value) {
      if (slot.parent() == null) {
        root = value;
      } else if (slot.field() != null) {
        ((ObjectNode) slot.parent()).set(slot.field(), value);
      } else {
        ((ArrayNode) slot.parent()).set(slot.index(), value);
      }
    }

    private enum Kind {
      MARKER, WORD, FUZZ_TEXT, NUMBER, LITERAL, EMPTY, COPY, NEST, DELETE, DUPLICATE,
      RENAME_TO_MARKER, NEW_CONDITION, NEW_VERSION
    }

    /** The kinds to pick from: a new condition twice as often, as it reaches the most code. */
    private static final Kind[] KINDS = Stream.concat(Stream.of(Kind.values()),
        Stream.of(Kind.NEW_CONDITION)).toArray(Kind[]::new);

    void mutateOnce() {
      List<Slot> slots = slots();
      Slot slot = slots.get(data.consumeInt(0, slots.size() - 1));
      JsonNode current = slot.get(root);
      switch (data.pickValue(KINDS)) {
        case MARKER -> set(slot, TextNode.valueOf(marker(data.consumeInt())));
        case WORD -> set(slot, TextNode.valueOf(data.pickValue(WORDS)));
        case FUZZ_TEXT -> set(slot, TextNode.valueOf(data.consumeString(40)));
        case NUMBER -> set(slot, switch (data.consumeInt(0, 3)) {
          case 0 -> NODES.numberNode(data.consumeInt(-2, 160));
          case 1 -> NODES.numberNode(data.consumeLong());
          case 2 -> NODES.numberNode(data.consumeRegularDouble());
          default -> NODES.numberNode(BigDecimal.valueOf(data.consumeLong(),
              data.consumeInt(-400, 400)));
        });
        case LITERAL -> set(slot, switch (data.consumeInt(0, 2)) {
          case 0 -> NODES.nullNode();
          case 1 -> NODES.booleanNode(true);
          default -> NODES.booleanNode(false);
        });
        case EMPTY -> set(slot, data.consumeBoolean() ? NODES.objectNode() : NODES.arrayNode());
        case COPY -> set(slot, slots.get(data.consumeInt(0, slots.size() - 1)).get(root)
            .deepCopy());
        case NEST -> {
          JsonNode nested = current.deepCopy();
          int depth = data.consumeInt(1, 70);
          for (int i = 0; i < depth; i++) {
            if (data.consumeBoolean()) {
              nested = NODES.arrayNode().add(nested);
            } else {
              ObjectNode wrapper = NODES.objectNode();
              wrapper.set(data.pickValue(FIELD_NAMES), nested);
              nested = wrapper;
            }
          }
          set(slot, nested);
        }
        case DELETE -> {
          if (slot.parent() instanceof ObjectNode o) {
            o.remove(slot.field());
          } else if (slot.parent() instanceof ArrayNode a) {
            a.remove(slot.index());
          }
        }
        case DUPLICATE -> {
          if (slot.parent() instanceof ObjectNode o) {
            o.set(data.pickValue(FIELD_NAMES), current.deepCopy());
          } else if (slot.parent() instanceof ArrayNode a) {
            a.insert(data.consumeInt(0, a.size()), current.deepCopy());
          }
        }
        case RENAME_TO_MARKER -> {
          if (slot.parent() instanceof ObjectNode o) {
            o.remove(slot.field());
            o.set(marker(data.consumeInt()), current);
          }
        }
        case NEW_CONDITION -> {
          List<ObjectNode> conditions = objectsHaving("type");
          if (!conditions.isEmpty()) {
            ObjectNode c = conditions.get(data.consumeInt(0, conditions.size() - 1));
            c.removeAll();
            condition(c);
          }
        }
        case NEW_VERSION -> {
          List<ObjectNode> versions = objectsHaving("effectiveFrom");
          if (!versions.isEmpty() && root.get("versions") instanceof ArrayNode list) {
            ObjectNode v = versions.get(data.consumeInt(0, versions.size() - 1)).deepCopy();
            v.put("version", data.consumeBoolean() ? data.pickValue(WORDS)
                : marker(data.consumeInt()));
            v.put("effectiveFrom",
                LocalDate.ofEpochDay(data.consumeLong(FIRST_DAY, LAST_DAY)).toString());
            list.insert(data.consumeInt(0, list.size()), v);
          }
        }
      }
    }

    private List<ObjectNode> objectsHaving(String field) {
      List<ObjectNode> found = new ArrayList<>();
      for (Slot slot : slots()) {
        if (slot.get(root) instanceof ObjectNode o && o.has(field)) {
          found.add(o);
        }
      }
      return found;
    }

    /** Fills {@code c} with a condition of a fuzzer-chosen type and parameters. */
    private void condition(ObjectNode c) {
      ConditionType type = data.pickValue(ConditionType.values());
      c.put("type", type.name());
      for (String parameter : type.parameters()) {
        if (type.optionalParameters().contains(parameter) && data.consumeBoolean()) {
          continue;
        }
        c.set(parameter, parameter(parameter));
      }
    }

    private JsonNode parameter(String name) {
      Enum<?>[] values = ENUMS.get(name);
      if (name.equals("whenExpired") || name.equals("whenOrderInForce")) {
        return TextNode.valueOf(data.pickValue(values).name());
      }
      if (values != null) {
        ArrayNode list = NODES.arrayNode();
        int size = data.consumeInt(0, values.length + 1);
        for (int i = 0; i < size; i++) {
          list.add(data.pickValue(values).name());
        }
        return list;
      }
      return switch (name) {
        case "included", "excluded" -> {
          ArrayNode list = NODES.arrayNode();
          int size = data.consumeInt(0, 4);
          for (int i = 0; i < size; i++) {
            list.add(data.pickValue(JURISDICTIONS));
          }
          yield list;
        }
        case "minimumAge", "underAge" -> NODES.numberNode(data.consumeInt(-1, 151));
        case "minimumTerm" -> TextNode.valueOf(data.consumeBoolean() ? data.pickValue(WORDS)
            : "P" + data.consumeInt(0, 30) + "Y" + data.consumeInt(-12, 12) + "M"
                + data.consumeInt(-400, 400) + "D");
        default -> NODES.booleanNode(data.consumeBoolean());
      };
    }

    /**
     * The document as text, after the optional textual mutations: the same field twice in one
     * object, and fuzzer bytes in place of a value.
     */
    String text() {
      if (data.consumeBoolean()) {
        List<ObjectNode> objects = new ArrayList<>();
        for (Slot slot : slots()) {
          if (slot.get(root) instanceof ObjectNode o && o.size() > 0) {
            objects.add(o);
          }
        }
        if (!objects.isEmpty()) {
          ObjectNode o = objects.get(data.consumeInt(0, objects.size() - 1));
          List<String> names = new ArrayList<>();
          o.fieldNames().forEachRemaining(names::add);
          String name = names.get(data.consumeInt(0, names.size() - 1));
          String sentinel = "zzdupzz" + splices.size();
          o.set(sentinel, o.get(name).deepCopy());
          splices.add(Map.entry(quoted(sentinel), quoted(name)));
        }
      }
      if (data.consumeBoolean()) {
        List<Slot> slots = slots();
        Slot slot = slots.get(data.consumeInt(0, slots.size() - 1));
        String sentinel = "zzrawzz" + splices.size();
        set(slot, TextNode.valueOf(sentinel));
        splices.add(Map.entry(quoted(sentinel), data.consumeString(80)));
      }
      String json = data.consumeBoolean() ? RjkitJson.write(root) : RjkitJson.writePretty(root);
      for (Map.Entry<String, String> splice : splices) {
        json = json.replace(splice.getKey(), splice.getValue());
      }
      return json;
    }

    private static String quoted(String name) {
      return TextNode.valueOf(name).toString();
    }
  }
}
