package org.rjkit.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.fixtures.Cases;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.screening.ScreeningRequest;

@DisplayName("A vendor's own ObjectMapper writes and reads the core documents as the contract says")
class RjkitCoreModuleTest {

  private static final ObjectMapper VENDOR = new ObjectMapper().findAndRegisterModules();
  private final ScreeningRequest request = Cases.interchangeExampleRequest();

  @Test
  void a_plain_mapper_writes_a_case_file_with_the_bytes_of_rjkits_writer() throws Exception {
    CaseFile c = request.caseFile();
    assertEquals(new CaseDocumentWriter().write(c), VENDOR.writeValueAsString(c));
  }

  @Test
  void a_plain_mapper_writes_a_screening_request_with_the_bytes_of_rjkits_writer()
      throws Exception {
    assertEquals(new ScreeningRequestWriter().write(request), VENDOR.writeValueAsString(request));
  }

  @Test
  void a_plain_mapper_reads_a_case_document_back() throws Exception {
    String json = new CaseDocumentWriter().write(request.caseFile());
    assertEquals(request.caseFile(), VENDOR.readValue(json, CaseFile.class));
  }

  @Test
  void reading_reports_every_error_of_the_strict_reader() {
    ObjectNode doc = new CaseDocumentWriter().toTree(request.caseFile());
    doc.put("stage", "LATER");
    doc.put("unknown", 1);
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> VENDOR.readValue(RjkitJson.write(doc), CaseFile.class));
    List<InputError> errors = assertInstanceOf(InvalidInputException.class, e.getCause())
        .errors();
    assertEquals(List.of("$.unknown", "$.stage"), errors.stream().map(InputError::path).toList());
  }

  @Test
  void a_field_given_twice_is_an_error_even_when_the_vendors_mapper_allows_it() {
    String json = new CaseDocumentWriter().write(request.caseFile())
        .replaceFirst("\\{", "{\"stage\":\"PRE_CHARGE\",");
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> VENDOR.readValue(json, CaseFile.class));
    InputError error = assertInstanceOf(InvalidInputException.class, e.getCause()).errors()
        .get(0);
    assertEquals("$.stage", error.path());
    assertTrue(error.message().contains("the same field twice"), error.message());
  }

  @Test
  void nesting_beyond_the_limit_is_an_error() {
    String deep = "[".repeat(RjkitJson.MAX_NESTING_DEPTH + 1)
        + "]".repeat(RjkitJson.MAX_NESTING_DEPTH + 1);
    String json = "{\"caseId\":\"C1\",\"court\":" + deep + "}";
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> new ObjectMapper().findAndRegisterModules().readValue(json, CaseFile.class));
    assertTrue(assertInstanceOf(InvalidInputException.class, e.getCause()).errors().get(0)
        .message().contains("nesting deeper than"));
  }

  /** A case document padded with spaces inside its object to exactly {@code length} characters. */
  private String padded(long length) {
    String json = new CaseDocumentWriter().write(request.caseFile());
    return "{" + " ".repeat((int) (length - json.length())) + json.substring(1);
  }

  private static List<InputError> errors(org.junit.jupiter.api.function.Executable read) {
    Throwable e = assertThrows(Throwable.class, read);
    Throwable cause = e instanceof JsonMappingException ? e.getCause() : e;
    return assertInstanceOf(InvalidInputException.class, cause).errors();
  }

  @Test
  void a_document_longer_than_the_limit_is_refused_with_the_problem_rjkits_reader_reports() {
    String over = padded(RjkitJson.MAX_DOCUMENT_LENGTH + 1);
    List<InputError> expected = errors(() -> new CaseDocumentReader()
        .read(new java.io.StringReader(over)));
    assertEquals("$", expected.get(0).path());
    assertEquals(expected, errors(() -> new CaseDocumentReader().read(over)));
    ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
    assertEquals(expected, errors(() -> plain.readValue(over, CaseFile.class)), "a string");
    assertEquals(expected, errors(() -> plain.readValue(new java.io.StringReader(over),
        CaseFile.class)), "a reader");
    assertEquals(expected, errors(() -> plain.readValue(
        over.getBytes(java.nio.charset.StandardCharsets.UTF_8), CaseFile.class)), "bytes");
    assertEquals(expected, errors(() -> plain.readValue(new java.io.ByteArrayInputStream(
        over.getBytes(java.nio.charset.StandardCharsets.UTF_8)), CaseFile.class)), "a stream");
  }

  @Test
  void a_document_of_exactly_the_limit_is_read_by_both() throws Exception {
    String limit = padded(RjkitJson.MAX_DOCUMENT_LENGTH);
    assertEquals(RjkitJson.MAX_DOCUMENT_LENGTH, limit.length());
    assertEquals(request.caseFile(), new CaseDocumentReader().read(limit));
    assertEquals(request.caseFile(), VENDOR.readValue(limit, CaseFile.class));
    assertEquals(request.caseFile(), VENDOR.readValue(
        limit.getBytes(java.nio.charset.StandardCharsets.UTF_8), CaseFile.class));
  }

  @Test
  void a_long_document_inside_a_vendors_own_is_measured_from_its_own_start() throws Exception {
    String doc = padded(RjkitJson.MAX_DOCUMENT_LENGTH - 10);
    String wrapper = "{\"note\":\"" + "n".repeat(1000) + "\",\"case\":" + doc + "}";
    com.fasterxml.jackson.databind.JsonNode tree = VENDOR.readTree(wrapper);
    assertEquals(request.caseFile(), VENDOR.readerFor(CaseFile.class)
        .readValue(VENDOR.treeAsTokens(tree.get("case"))), "a tree is not measured again");
    ObjectMapper m = new ObjectMapper().findAndRegisterModules();
    com.fasterxml.jackson.core.JsonParser p = m.createParser(wrapper);
    p.nextToken(); // {
    p.nextToken(); // note
    p.nextToken();
    p.nextToken(); // case
    p.nextToken(); // its {
    assertEquals(request.caseFile(), m.readValue(p, CaseFile.class));
    String longer = wrapper.replace(doc, padded(RjkitJson.MAX_DOCUMENT_LENGTH + 1));
    com.fasterxml.jackson.core.JsonParser q = m.createParser(longer);
    for (int i = 0; i < 5; i++) {
      q.nextToken();
    }
    assertEquals("$", errors(() -> m.readValue(q, CaseFile.class)).get(0).path());
  }

  @Test
  void a_string_longer_than_the_limit_is_refused_as_rjkits_reader_refuses_it() {
    String json = "{\"caseId\":\"" + "x".repeat(RjkitJson.MAX_STRING_LENGTH + 1) + "\"}";
    List<InputError> expected = errors(() -> new CaseDocumentReader()
        .read(new java.io.StringReader(json)));
    assertEquals(expected, errors(() -> VENDOR.readValue(json, CaseFile.class)));
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> overLimit() {
    String deep = "[".repeat(RjkitJson.MAX_NESTING_DEPTH + 1)
        + "]".repeat(RjkitJson.MAX_NESTING_DEPTH + 1);
    return java.util.stream.Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("nesting",
            "{\"caseId\":\"C1\",\"court\":" + deep + "}"),
        org.junit.jupiter.params.provider.Arguments.of("a number",
            "{\"caseId\":\"C1\",\"court\":" + "1".repeat(RjkitJson.MAX_NUMBER_LENGTH + 1) + "}"),
        org.junit.jupiter.params.provider.Arguments.of("a field twice",
            "{\"caseId\":\"C1\",\n  \"caseId\":\"C2\"}"),
        org.junit.jupiter.params.provider.Arguments.of("an infinite number",
            "{\"caseId\":\"C1\",\"court\":1e999}"));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("overLimit")
  void a_plain_mapper_refuses_what_rjkits_reader_refuses_with_the_same_problem(String what,
      String json) {
    List<InputError> expected = errors(() -> new CaseDocumentReader()
        .read(new java.io.StringReader(json)));
    ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
    assertEquals(expected, errors(() -> plain.readValue(json, CaseFile.class)), "a string");
    assertEquals(expected, errors(() -> plain.readValue(
        json.getBytes(java.nio.charset.StandardCharsets.UTF_8), CaseFile.class)), "bytes");
  }

  @Test
  void a_field_name_beyond_the_vendors_own_limit_is_a_size_limit_at_the_root() {
    // Jackson's default limit on field names (50,000 characters) is stricter than rjkit's
    // (65,536): the vendor's parser refuses first, and the module reports it as rjkit would.
    String json = "{\"caseId\":\"C1\",\"" + "n".repeat(RjkitJson.MAX_STRING_LENGTH + 1) + "\":1}";
    List<InputError> expected = errors(() -> new CaseDocumentReader().read(json));
    List<InputError> got = errors(() -> VENDOR.readValue(json, CaseFile.class));
    assertEquals(expected.get(0).path(), got.get(0).path());
    assertTrue(expected.get(0).toString().startsWith("$: exceeds a size limit: "), expected::toString);
    assertEquals("$: exceeds a size limit: a field name longer than 50000 characters",
        got.get(0).toString());
  }
}
