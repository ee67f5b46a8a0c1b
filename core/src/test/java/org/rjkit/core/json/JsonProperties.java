package org.rjkit.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.fixtures.CaseArbitraries;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.participant.Participant;
import org.rjkit.core.participant.VictimFamilyMember;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.core.sentence.Sentences;

/**
 * Laws of the JSON contract, over realistic generated cases ({@link CaseArbitraries}): what the
 * writer writes, the reader reads back unchanged; every way of breaking a valid document is
 * rejected with an error naming where; and no personal value ever shows in an error message or a
 * {@code toString()}.
 */
@Domain(CaseArbitraries.class)
@Domain(DomainContext.Global.class)
class JsonProperties {

  private final TestRequestReader reader = new TestRequestReader();
  private final ScreeningRequestWriter writer = new ScreeningRequestWriter();
  private final CaseDocumentReader caseReader = new CaseDocumentReader();
  private final CaseDocumentWriter caseWriter = new CaseDocumentWriter();

  @Property
  void what_the_writer_writes_the_reader_reads_back_unchanged(@ForAll ScreeningRequest request) {
    assertEquals(request, reader.read(writer.write(request)));
    assertEquals(request, reader.read(writer.writePretty(request)));
    Statistics.label("sentences").collect(request.caseFile().sentences()
        .map(s -> s.all().isEmpty() ? "known: none" : "known: some").orElse("unknown"));
    Statistics.label("sentences").coverage(c -> {
      c.check("unknown").percentage(p -> p > 5);
      c.check("known: none").percentage(p -> p > 5);
      c.check("known: some").percentage(p -> p > 30);
    });
    Statistics.label("consecutive sentences").collect(request.caseFile().sentences()
        .map(Sentences::all).orElse(List.of()).stream()
        .anyMatch(s -> s.consecutiveTo().isPresent()));
    Statistics.label("consecutive sentences").coverage(c -> c.check(true).percentage(p -> p > 10));
    Statistics.label("consent withdrawn").collect(request.caseFile().consents().records()
        .stream().anyMatch(rec -> rec.withdrawnOn().isPresent()));
    Statistics.label("consent withdrawn").coverage(c -> c.check(true).percentage(p -> p > 10));
  }

  @Property
  void a_case_document_alone_round_trips_too(@ForAll CaseFile caseFile) {
    assertEquals(caseFile, caseReader.read(caseWriter.write(caseFile)));
  }

  @Property(tries = 100)
  void what_the_writer_writes_validates_against_the_published_schema(
      @ForAll ScreeningRequest request) {
    assertEquals(List.of(), PublishedSchemas.violations(PublishedSchemas.SCREENING_REQUEST,
        writer.toTree(request)));
  }

  @Property
  void writing_is_deterministic(@ForAll ScreeningRequest request) {
    assertEquals(writer.write(request), writer.write(reader.read(writer.write(request))));
  }

  @Property(tries = 400)
  void every_broken_document_is_rejected_with_an_error_at_the_broken_place(
      @ForAll ScreeningRequest request, @ForAll Mutation mutation, @ForAll Random random) {
    ObjectNode document = writer.toTree(request);
    Mutated mutated = mutation.apply(document, random);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> reader.read(mutated.json()), () -> mutation + " was accepted: " + mutated.json());
    List<InputError> errors = e.errors();
    assertFalse(errors.isEmpty());
    assertTrue(errors.stream().allMatch(err -> err.path().startsWith("$")), errors::toString);
    assertTrue(errors.stream().anyMatch(err -> err.path().equals(mutated.path())),
        () -> mutation + " at " + mutated.path() + " not reported: " + errors);
    for (String value : personalValues(request)) {
      assertFalse(e.getMessage().contains(value), () -> value + " in " + e.getMessage());
    }
    Statistics.label("mutation").collect(mutation);
    Statistics.label("mutation").coverage(c -> {
      for (Mutation m : Mutation.values()) {
        c.check(m).percentage(p -> p > 5);
      }
    });
  }

  @Property
  void no_date_of_birth_or_other_personal_date_appears_in_to_string(
      @ForAll ScreeningRequest request) {
    CaseFile c = request.caseFile();
    List<String> shown = new ArrayList<>(List.of(request.toString(), c.toString()));
    c.participants().forEach(p -> shown.add(p.toString()));
    List<String> secrets = new ArrayList<>();
    for (Participant p : c.participants()) {
      if (p instanceof Offender o) {
        o.dateOfBirth().ifPresent(d -> secrets.add(d.toString()));
      }
      if (p instanceof VictimFamilyMember f) {
        f.cohabitingSince().ifPresent(d -> secrets.add(d.toString()));
      }
    }
    for (String secret : secrets) {
      for (String text : shown) {
        assertFalse(text.contains(secret), () -> secret + " in " + text);
      }
    }
    // The case and the request name the case only: no participant, no date but the request's.
    for (Participant p : c.participants()) {
      assertFalse(c.toString().contains(p.id().value()));
      assertFalse(request.toString().contains(p.id().value()));
    }
    Statistics.label("has a date of birth").collect(!secrets.isEmpty());
    Statistics.label("has a date of birth").coverage(cov -> cov.check(true).percentage(
        p -> p > 25));
  }

  /** Every id and date of a request: none may appear in an error message. */
  static Set<String> personalValues(ScreeningRequest request) {
    JsonNode document = new ScreeningRequestWriter().toTree(request);
    List<String> values = new ArrayList<>();
    collectValues(document, "", values);
    return values.stream().filter(v -> v.contains("-") && !v.equals(v.toUpperCase(
        java.util.Locale.ROOT)) || v.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}"))
        .collect(Collectors.toSet());
  }

  private static void collectValues(JsonNode node, String field, List<String> into) {
    if (node.isTextual()) {
      if (!field.equals("programme") && !field.equals("schemaVersion")) {
        into.add(node.textValue());
      }
    } else if (node.isArray()) {
      node.forEach(child -> collectValues(child, field, into));
    } else if (node.isObject()) {
      node.properties().forEach(e -> collectValues(e.getValue(), e.getKey(), into));
    }
  }

  // ---------------------------------------------------------------- mutations

  /** A broken document and the path where the break must be reported. */
  record Mutated(String json, String path) {}

  /** A place in a document: a field of an object or an element of an array. */
  record Slot(JsonNode container, String field, int index, String path, String name) {
    JsonNode value() {
      return container.isObject() ? container.get(field) : container.get(index);
    }

    void set(JsonNode value) {
      if (container instanceof ObjectNode o) {
        o.set(field, value);
      } else {
        ((ArrayNode) container).set(index, value);
      }
    }
  }

  private static final Set<String> DATE_FIELDS = Set.of("asOf", "committedOn", "imposedOn",
      "startsOn", "dateOfBirth", "cohabitingSince", "givenOn", "withdrawnOn", "assessedOn");
  private static final Set<String> ENUM_FIELDS = Set.of("stage", "category", "contexts", "kind",
      "role", "relationship", "plea", "form", "riskToVictim", "status", "court");
  private static final Set<String> REFERENCE_FIELDS = Set.of("requesterId", "relatedTo",
      "actsFor", "protectedParticipantId", "participantId", "consecutiveTo", "offenceIds");

  /** Ways of breaking a valid request. */
  enum Mutation {
    WRONG_TYPE, UNKNOWN_FIELD, IMPOSSIBLE_DATE, DANGLING_REFERENCE, CYCLE, BAD_ENUM,
    NON_POSITIVE_TERM, TRUNCATED_JSON;

    Mutated apply(ObjectNode document, Random r) {
      List<Slot> slots = new ArrayList<>();
      List<Slot> objects = new ArrayList<>();
      walk(document, "$", "", slots, objects);
      switch (this) {
        case WRONG_TYPE -> {
          Slot s = pick(r, slots.stream().filter(x -> x.container().isObject()).toList());
          JsonNode v = s.value();
          s.set(v.isTextual() ? IntNode.valueOf(7)
              : v.isBoolean() ? TextNode.valueOf("yes")
              : v.isArray() ? JsonNodeFactory.instance.objectNode()
              : JsonNodeFactory.instance.arrayNode());
          return new Mutated(RjkitJson.write(document), s.path());
        }
        case UNKNOWN_FIELD -> {
          Slot s = pick(r, objects);
          ((ObjectNode) s.value()).put("unexpectedField", true);
          return new Mutated(RjkitJson.write(document), s.path() + ".unexpectedField");
        }
        case IMPOSSIBLE_DATE -> {
          Slot s = pick(r, slots.stream().filter(x -> DATE_FIELDS.contains(x.name())).toList());
          s.set(TextNode.valueOf(pick(r, List.of("2023-02-29", "2022-04-31", "2021-13-01",
              "2020-00-10", "2019-06-00"))));
          return new Mutated(RjkitJson.write(document), s.path());
        }
        case DANGLING_REFERENCE -> {
          Slot s = pick(r, slots.stream()
              .filter(x -> REFERENCE_FIELDS.contains(x.name()) && x.value().isTextual())
              .toList());
          s.set(TextNode.valueOf("ZZ-missing"));
          return new Mutated(RjkitJson.write(document), s.path());
        }
        case CYCLE -> {
          ArrayNode sentences = sentences(document);
          int n = sentences.size();
          if (n >= 2) {
            ((ObjectNode) sentences.get(0)).set("consecutiveTo", sentences.get(1).get("id"));
            ((ObjectNode) sentences.get(1)).set("consecutiveTo", sentences.get(0).get("id"));
            return new Mutated(RjkitJson.write(document), "$.case.sentences[0].consecutiveTo");
          }
          sentences.addObject().put("id", "CY-1").put("kind", "FINE").put("consecutiveTo", "CY-2");
          sentences.addObject().put("id", "CY-2").put("kind", "FINE").put("consecutiveTo", "CY-1");
          return new Mutated(RjkitJson.write(document),
              "$.case.sentences[" + n + "].consecutiveTo");
        }
        case BAD_ENUM -> {
          Slot s = pick(r, slots.stream().filter(x -> ENUM_FIELDS.contains(x.name())
              && x.value().isTextual()).toList());
          s.set(TextNode.valueOf(pick(r, List.of("NOT_A_VALUE", "victim", "Robbery", ""))));
          return new Mutated(RjkitJson.write(document), s.path());
        }
        case NON_POSITIVE_TERM -> {
          String term = pick(r, List.of("P0D", "P-2Y", "P1M-31D", "-P1Y", "P1Y-12M"));
          List<Slot> terms = slots.stream().filter(x -> x.name().equals("term")).toList();
          if (!terms.isEmpty()) {
            Slot s = pick(r, terms);
            s.set(TextNode.valueOf(term));
            return new Mutated(RjkitJson.write(document), s.path());
          }
          ArrayNode sentences = sentences(document);
          sentences.addObject().put("id", "NP-1").put("kind", "IMPRISONMENT").put("term", term)
              .put("startsOn", "2022-01-10");
          return new Mutated(RjkitJson.write(document),
              "$.case.sentences[" + (sentences.size() - 1) + "].term");
        }
        case TRUNCATED_JSON -> {
          String json = RjkitJson.write(document);
          return new Mutated(json.substring(0, r.nextInt(json.length())), "$");
        }
        default -> throw new AssertionError(this);
      }
    }
  }

  private static ArrayNode sentences(ObjectNode document) {
    ObjectNode c = (ObjectNode) document.get("case");
    return c.has("sentences") ? (ArrayNode) c.get("sentences") : c.putArray("sentences");
  }

  /** Every slot of the document, and separately every object (the root too). */
  private static void walk(JsonNode node, String path, String name, List<Slot> slots,
      List<Slot> objects) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
      for (Map.Entry<String, JsonNode> e : entries) {
        String at = path + "." + e.getKey();
        slots.add(new Slot(node, e.getKey(), -1, at, e.getKey()));
        if (e.getValue().isObject()) {
          objects.add(new Slot(node, e.getKey(), -1, at, e.getKey()));
        }
        walk(e.getValue(), at, e.getKey(), slots, objects);
      }
      if (path.equals("$")) {
        objects.add(new Slot(rootHolder(node), "root", -1, "$", ""));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String at = path + "[" + i + "]";
        JsonNode element = node.get(i);
        if (element.isObject()) {
          objects.add(new Slot(node, null, i, at, name));
          walk(element, at, name, slots, objects);
        } else {
          slots.add(new Slot(node, null, i, at, name));
        }
      }
    }
  }

  /** A holder whose only field is the root, so the root is a slot like the others. */
  private static ObjectNode rootHolder(JsonNode root) {
    ObjectNode holder = JsonNodeFactory.instance.objectNode();
    holder.set("root", root);
    return holder;
  }

  private static <T> T pick(Random r, List<T> values) {
    if (values.isEmpty()) {
      throw new AssertionError("nothing to mutate");
    }
    return values.get(r.nextInt(values.size()));
  }
}
