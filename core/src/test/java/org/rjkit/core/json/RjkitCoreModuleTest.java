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
}
