package org.rjkit.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Invalid input is reported as a list of errors, each naming where it is and what is wrong. */
@DisplayName("Invalid input")
class InvalidInputExceptionTest {

  @Test
  void an_error_reads_as_its_path_then_its_message() {
    assertEquals("$.stage: is required", new InputError("$.stage", "is required").toString());
  }

  @Test
  void the_message_lists_every_error_in_order() {
    InvalidInputException e = new InvalidInputException(List.of(
        new InputError("$.caseId", "is required"),
        new InputError("$.offences[0].id", "is required")));
    assertEquals("$.caseId: is required; $.offences[0].id: is required", e.getMessage());
    assertEquals(2, e.errors().size());
    assertEquals("$.offences[0].id", e.errors().get(1).path());
  }

  @Test
  void a_single_error_is_the_whole_message() {
    InvalidInputException e = new InvalidInputException("$", "must be a JSON object");
    assertEquals("$: must be a JSON object", e.getMessage());
    assertEquals(List.of(new InputError("$", "must be a JSON object")), e.errors());
  }

  @Test
  void there_is_no_invalid_input_without_an_error() {
    assertThrows(IllegalArgumentException.class, () -> new InvalidInputException(List.of()));
  }
}
