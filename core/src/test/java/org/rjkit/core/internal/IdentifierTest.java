package org.rjkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.offence.OffenceId;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.core.sentence.SentenceId;

/**
 * Identifiers (case, participant, offence, sentence, programme ids) are 1 to 64 letters, digits or
 * {@code . _ : / -} (interchange.md, revised by issue 8: the slash is allowed), starting with a letter or digit: short enough to log, too narrow to carry a
 * name or a sentence someone said.
 */
@DisplayName("An identifier")
class IdentifierTest {

  @ParameterizedTest(name = "\"{0}\" is an identifier")
  @ValueSource(strings = {"C1", "P", "7", "C-2026-0042", "ca-csc-restorative-opportunities",
      "NZ:CRI.2026_004", "C1/2", "a123456789012345678901234567890123456789012345678901234567890123"})
  void accepts(String value) {
    assertTrue(Identifier.isValid(value));
    assertEquals(value, Identifier.check(value, "case id"));
  }

  @ParameterizedTest(name = "\"{0}\" is not an identifier")
  @ValueSource(strings = {"", "-C1", ".hidden", "C 1", "Jane Doe", "é1", "/C1", "C1\n",
      "a1234567890123456789012345678901234567890123456789012345678901234"})
  void rejects(String value) {
    assertFalse(Identifier.isValid(value));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Identifier.check(value, "participant id"));
    assertTrue(e.getMessage().startsWith("participant id must be 1 to 64"), e::getMessage);
  }

  @Test
  void null_is_no_identifier() {
    assertFalse(Identifier.isValid(null));
    assertThrows(NullPointerException.class, () -> Identifier.check(null, "case id"));
  }

  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of("case id", (Function<String, Comparable<?>>) CaseId::of),
        Arguments.of("participant id", (Function<String, Comparable<?>>) ParticipantId::of),
        Arguments.of("offence id", (Function<String, Comparable<?>>) OffenceId::of),
        Arguments.of("sentence id", (Function<String, Comparable<?>>) SentenceId::of),
        Arguments.of("programme id", (Function<String, Comparable<?>>) ProgrammeId::of));
  }

  @ParameterizedTest(name = "a {0} checks its syntax")
  @MethodSource("kinds")
  void every_kind_of_id_checks_the_syntax(String kind, Function<String, Comparable<?>> of) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> of.apply("Jane Doe"));
    assertTrue(e.getMessage().startsWith(kind + " must be"), e::getMessage);
    assertFalse(e.getMessage().contains("Jane"), e::getMessage);
  }

  @ParameterizedTest(name = "a {0} prints as its value")
  @MethodSource("kinds")
  void every_kind_of_id_prints_as_its_value(String kind, Function<String, Comparable<?>> of) {
    assertEquals("C-2026-0042", of.apply("C-2026-0042").toString());
  }

  /** Ids sort by their text, character by character (so "P10" comes before "P2"). */
  @ParameterizedTest(name = "{0}s sort by their text")
  @MethodSource("kinds")
  @SuppressWarnings({"unchecked", "rawtypes"})
  void every_kind_of_id_sorts_by_its_text(String kind, Function<String, Comparable<?>> of) {
    List<Comparable> ids = Stream.of("P2", "P10", "A1", "P2").map(of).map(c -> (Comparable) c)
        .sorted().toList();
    assertEquals(List.of("A1", "P10", "P2", "P2"),
        ids.stream().map(Object::toString).toList());
    Comparable a = of.apply("A1");
    Comparable b = of.apply("B1");
    assertTrue(a.compareTo(b) < 0);
    assertTrue(b.compareTo(a) > 0);
    assertEquals(0, a.compareTo(of.apply("A1")));
  }

  @Test
  void the_check_agrees_with_the_published_pattern_for_every_character_in_every_place() {
    for (char c = 0; c < 0x3000; c++) {
      for (String value : new String[] {c + "", c + "a", "a" + c, "a" + c + "b",
          "a".repeat(63) + c, "a".repeat(64) + c}) {
        assertEquals(Identifier.SYNTAX.matcher(value).matches(), Identifier.isValid(value),
            () -> "U+" + Integer.toHexString(value.charAt(value.length() - 1)));
      }
    }
  }
}
