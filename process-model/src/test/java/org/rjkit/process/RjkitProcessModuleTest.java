package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.lifecycle.ProcessCase;

@DisplayName("A vendor's own ObjectMapper never writes process content")
class RjkitProcessModuleTest {

  private static final ObjectMapper VENDOR = new ObjectMapper().findAndRegisterModules();
  private static final String WORDS = "I need to know why it was our house.";

  @Test
  void process_content_is_refused_and_never_written() {
    ProcessContent content = ProcessContent.of(WORDS);
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> VENDOR.writeValueAsString(content));
    assertFalse(e.getMessage().contains(WORDS));
    assertThrows(JsonMappingException.class, () -> VENDOR.writeValueAsString(List.of(content)));
  }

  @Test
  void a_case_and_its_events_are_refused() {
    ProcessCase c = ProcessHistoryStorageTest.story();
    assertThrows(JsonMappingException.class, () -> VENDOR.writeValueAsString(c));
    assertThrows(JsonMappingException.class, () -> VENDOR.writeValueAsString(c.history()));
    assertThrows(JsonMappingException.class,
        () -> VENDOR.writeValueAsString(c.history().get(c.history().size() - 1)));
  }
}
