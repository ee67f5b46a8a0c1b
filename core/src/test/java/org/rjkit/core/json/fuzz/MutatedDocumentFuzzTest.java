package org.rjkit.core.json.fuzz;

import static org.rjkit.core.json.fuzz.ReadingInvariant.marker;
import static org.rjkit.core.json.fuzz.ReadingInvariant.valueOrInvalidInput;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
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
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;
import org.rjkit.core.fixtures.Cases;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.CaseDocumentReader;
import org.rjkit.core.json.CaseDocumentWriter;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.core.json.TestRequestReader;
import org.rjkit.core.json.TestRequestReader.Overrides;
import org.rjkit.core.json.ScreeningRequestWriter;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.core.screening.ScreeningRequest;

/**
 * Structure-aware fuzzing: starts from a golden document and applies up to eight mutations the
 * fuzzer chooses, each at a path it chooses: replace the value by a planted marker, a word of the
 * format (an enum value, an id, a date, a length of time), fuzzer text, a number (also a huge one),
 * {@code true}/{@code false}/{@code null}, an empty object or array, a copy of another value of
 * the document, the value nested deeply, or a string at the length limit; delete the value;
 * duplicate an array element or add a field of the format where it does not belong; rename a
 * field to a marker. Then, optionally, the same field twice in one object, and fuzzer bytes
 * spliced into the text in place of a value. The request is read with fuzzer-chosen overrides,
 * and its case alone with {@link CaseDocumentReader}.
 *
 * <p>Besides the invariant ({@link ReadingInvariant}: a value or a well-formed input error that
 * echoes no marker), these laws hold:
 * <ul>
 *   <li>a planted duplicate field, nesting deeper than {@link RjkitJson#MAX_NESTING_DEPTH}, a
 *       string longer than {@link RjkitJson#MAX_STRING_LENGTH} or an integer longer than
 *       {@link RjkitJson#MAX_NUMBER_LENGTH} digits is always rejected, and nesting or a string
 *       within the limit never trips the limit;</li>
 *   <li>a request read has the overridden programme and date, and is written and read again as
 *       the same request;</li>
 *   <li>when the request is read, its case alone reads as the same case (and round-trips).</li>
 * </ul>
 * Random mutations reach much deeper than random bytes: nearly every input is well-formed JSON
 * close to a valid request, so the reader's checks of references, dates, terms and cycles run.
 */
class MutatedDocumentFuzzTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final List<ObjectNode> GOLDEN = Cases.GOLDEN.stream()
      .map(MutatedDocumentFuzzTest::golden).toList();

  /** Field names of the format, to add where they do not belong and to nest under. */
  private static final String[] FIELD_NAMES = {"schemaVersion", "programme", "requesterId",
      "asOf", "case", "caseId", "jurisdiction", "stage", "offences", "sentences", "supervision",
      "participants", "consents", "safetyAssessments", "orders", "court", "prosecution",
      "priorRestorativeProcess", "restorativeServiceAvailable", "id", "category", "committedOn",
      "contexts", "offenceIds", "kind", "term", "imposedOn", "startsOn", "consecutiveTo",
      "status", "participantId", "givenOn", "informed", "form", "withdrawnOn", "assessedOn",
      "riskToVictim", "protectedParticipantId", "allowsFacilitatedContact",
      "sufficientEvidence", "barredAtLaw", "role", "registeredVictim", "deceased", "incapable",
      "residesInCanada", "canadianCitizenOrPermanentResident", "chargedInSameOffence",
      "actsFor", "relatedTo", "relationship", "cohabitingSince", "dateOfBirth",
      "acceptsResponsibility", "acknowledgesBasicFacts", "deniesInvolvement", "wantsTrial",
      "plea", "advisedOfRightToCounsel", "hadReasonableOpportunityToConsultCounsel"};

  /** Words of the format: values that are valid somewhere, so they travel far. */
  private static final String[] WORDS = {"1", "2", "", " ", "ca-csc-restorative-opportunities",
      "P1", "P2", "P3", "V1", "O1", "O2", "S1", "S2", "S3", "C-1", "CA", "CA-QC", "GB-ENG",
      "NZ", "XX", "ca", "CA-", "2024-02-29", "2023-02-29", "0000-01-01", "9999-12-31",
      "2026-11-21", "1990-02-01", "2026-13-01", "P3Y", "P18M", "P2Y-1D", "P-1Y", "P0D", "-P1Y",
      "P1000Y", "P1001Y", "P9999999Y", "P1W", "P0Y0M1D", "P12M-365D", "PT1H", "P",
      "PRE_CHARGE", "POST_CHARGE", "PRE_SENTENCE", "POST_SENTENCE", "DISTRICT_COURT",
      "YOUTH_COURT", "THEFT", "SHOPLIFTING", "ASSAULT", "MURDER", "SEXUAL", "INTIMATE_PARTNER",
      "HATE", "IMPRISONMENT", "LIFE", "INDETERMINATE", "CONDITIONAL_SENTENCE", "PROBATION",
      "FINE", "DISCHARGE", "IN_CUSTODY", "WARRANT_EXPIRED", "VICTIM", "VICTIM_REPRESENTATIVE",
      "VICTIM_FAMILY_MEMBER", "OFFENDER", "OFFENDER_FAMILY_MEMBER", "SUPPORTER",
      "COMMUNITY_MEMBER", "FACILITATOR", "SPOUSE", "CONJUGAL_PARTNER", "PARENT", "GUILTY",
      "NOT_GUILTY", "NONE", "WRITTEN", "ORAL", "LOW", "HIGH", "DANGER", "NO_CONTACT",
      "victim", "İ", "ı", "\u0000", "\ud800", "\ufeff"};

  private static final String[] PROGRAMMES = {"ca-csc-restorative-opportunities",
      "nz-restorative-justice", "x"};
  private static final long FIRST_DAY = LocalDate.of(0, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

  private final TestRequestReader requestReader = new TestRequestReader();
  private final ScreeningRequestWriter requestWriter = new ScreeningRequestWriter();
  private final CaseDocumentReader caseReader = new CaseDocumentReader();
  private final CaseDocumentWriter caseWriter = new CaseDocumentWriter();

  @Timeout(10)
  @FuzzTest(maxDuration = "30s")
  void mutatedGoldenDocument(FuzzedDataProvider data) {
    Mutation mutation = new Mutation(data,
        GOLDEN.get(data.consumeInt(0, GOLDEN.size() - 1)).deepCopy());
    int count = data.consumeInt(0, 8);
    for (int i = 0; i < count; i++) {
      mutation.mutateOnce();
    }
    Overrides overrides = new Overrides(
        data.consumeBoolean() ? Optional.empty() : Optional.of(ProgrammeId.of(
            data.consumeBoolean() ? data.pickValue(PROGRAMMES) : marker(data.consumeInt()))),
        data.consumeBoolean() ? Optional.empty()
            : Optional.of(LocalDate.ofEpochDay(data.consumeLong(FIRST_DAY, LAST_DAY))));
    String json = mutation.text();

    Optional<ScreeningRequest> request = Optional.empty();
    try {
      request = Optional.of(requestReader.read(json, overrides));
      if (request.get() == null) {
        throw new AssertionError("the reader returned null");
      }
    } catch (InvalidInputException e) {
      ReadingInvariant.check("TestRequestReader.read, mutated", e);
      mutation.checkLimitsNotTrippedWithin(e);
    }
    if (request.isPresent()) {
      mutation.checkNothingOverLimits();
      ScreeningRequest r = request.get();
      overrides.programme().filter(p -> !p.equals(r.programme())).ifPresent(p -> {
        throw new AssertionError("the programme override was not applied");
      });
      overrides.asOf().filter(d -> !d.equals(r.asOf())).ifPresent(d -> {
        throw new AssertionError("the date override was not applied");
      });
      if (!requestReader.read(requestWriter.write(r)).equals(r)) {
        throw new AssertionError("a request written and read again is not the same request");
      }
    }

    JsonNode root = mutation.root();
    if (root.isObject() && root.has("case")) {
      String caseJson = RjkitJson.write(root.get("case"));
      valueOrInvalidInput("CaseDocumentReader.read, mutated", () -> caseReader.read(caseJson))
          .ifPresent(c -> {
            if (!caseReader.read(caseWriter.write(c)).equals(c)) {
              throw new AssertionError("a case written and read again is not the same case");
            }
          });
      if (request.isPresent() && !mutation.spliced()) {
        if (!caseReader.read(caseJson).equals(request.get().caseFile())) {
          throw new AssertionError("the case of a request read alone is another case");
        }
      }
    }
  }

  /** The mutations applied to one document. */
  private static final class Mutation {
    private final FuzzedDataProvider data;
    private JsonNode root;
    private boolean spliced;
    private boolean duplicated;
    private final List<Map.Entry<String, String>> splices = new ArrayList<>();

    Mutation(FuzzedDataProvider data, ObjectNode document) {
      this.data = data;
      this.root = document;
    }

    JsonNode root() {
      return root;
    }

    boolean spliced() {
      return spliced;
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
      MARKER, WORD, FUZZ_TEXT, NUMBER, HUGE_INTEGER, LITERAL, EMPTY, COPY, NEST, LONG_STRING,
      DELETE, DUPLICATE, RENAME_TO_MARKER
    }

    void mutateOnce() {
      List<Slot> slots = slots();
      Slot slot = slots.get(data.consumeInt(0, slots.size() - 1));
      JsonNode current = slot.get(root);
      switch (data.pickValue(Kind.values())) {
        case MARKER -> set(slot, TextNode.valueOf(marker(data.consumeInt())));
        case WORD -> set(slot, TextNode.valueOf(data.pickValue(WORDS)));
        case FUZZ_TEXT -> set(slot, TextNode.valueOf(data.consumeString(40)));
        case NUMBER -> set(slot, switch (data.consumeInt(0, 3)) {
          case 0 -> NODES.numberNode(data.consumeInt());
          case 1 -> NODES.numberNode(data.consumeLong());
          case 2 -> NODES.numberNode(data.consumeRegularDouble());
          default -> NODES.numberNode(BigDecimal.valueOf(data.consumeLong(),
              data.consumeInt(-2000, 2000)));
        });
        case HUGE_INTEGER -> {
          StringBuilder digits = new StringBuilder().append(data.consumeInt(1, 9));
          int length = data.consumeInt(1, 60);
          while (digits.length() < length) {
            digits.append(data.consumeInt(0, 9));
          }
          set(slot, NODES.numberNode(new BigInteger(digits.toString())));
        }
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
        case LONG_STRING -> set(slot, TextNode.valueOf("x".repeat(
            RjkitJson.MAX_STRING_LENGTH + data.consumeInt(-1, 1))));
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
      }
    }

    /**
     * The document as text, after the optional textual mutations: the same field twice in one
     * object, and fuzzer bytes in place of a value.
     */
    String text() {
      if (data.consumeBoolean()) {
        List<ObjectNode> objects = new ArrayList<>();
        for (Slot slot : slots()) {
          JsonNode node = slot.get(root);
          if (node instanceof ObjectNode o && o.size() > 0) {
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
          duplicated = true;
        }
      }
      if (data.consumeBoolean()) {
        List<Slot> slots = slots();
        Slot slot = slots.get(data.consumeInt(0, slots.size() - 1));
        String sentinel = "zzrawzz" + splices.size();
        set(slot, TextNode.valueOf(sentinel));
        splices.add(Map.entry(quoted(sentinel), data.consumeString(80)));
        spliced = true;
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

    /** The document was read: nothing in it was over a limit, and it had no duplicate field. */
    void checkNothingOverLimits() {
      if (spliced) {
        return;
      }
      if (duplicated) {
        throw new AssertionError("a document with the same field twice in an object was read");
      }
      if (depth(root) > RjkitJson.MAX_NESTING_DEPTH) {
        throw new AssertionError("a document nested deeper than the limit was read");
      }
      if (longestString(root) > RjkitJson.MAX_STRING_LENGTH) {
        throw new AssertionError("a document with a string longer than the limit was read");
      }
      if (longestInteger(root) > RjkitJson.MAX_NUMBER_LENGTH) {
        throw new AssertionError("a document with a number longer than the limit was read");
      }
    }

    /** The document was rejected: a limit it kept is not among the reasons. */
    void checkLimitsNotTrippedWithin(InvalidInputException e) {
      if (spliced) {
        return;
      }
      String message = e.getMessage();
      if (depth(root) <= RjkitJson.MAX_NESTING_DEPTH && message.contains("nesting deeper")) {
        throw new AssertionError("nesting within the limit was rejected: " + message);
      }
      if (longestString(root) <= RjkitJson.MAX_STRING_LENGTH
          && message.contains("a string longer")) {
        throw new AssertionError("strings within the limit were rejected: " + message);
      }
    }

    /** Levels of arrays and objects: a scalar 0, {@code {}} 1, {@code {"a":[]}} 2. */
    private static int depth(JsonNode node) {
      int deepest = 0;
      for (JsonNode child : node) {
        deepest = Math.max(deepest, depth(child));
      }
      return node.isContainerNode() ? deepest + 1 : 0;
    }

    private static int longestString(JsonNode node) {
      int longest = node.isTextual() ? node.textValue().length() : 0;
      if (node.isObject()) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
          longest = Math.max(longest, names.next().length());
        }
      }
      for (JsonNode child : node) {
        longest = Math.max(longest, longestString(child));
      }
      return longest;
    }

    private static int longestInteger(JsonNode node) {
      int longest = node.isIntegralNumber()
          ? node.bigIntegerValue().abs().toString().length() : 0;
      for (JsonNode child : node) {
        longest = Math.max(longest, longestInteger(child));
      }
      return longest;
    }
  }

  private static ObjectNode golden(String file) {
    try (InputStream in = MutatedDocumentFuzzTest.class.getResourceAsStream("/golden/" + file)) {
      if (in == null) {
        throw new IllegalStateException("no golden document " + file);
      }
      return RjkitJson.readObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
