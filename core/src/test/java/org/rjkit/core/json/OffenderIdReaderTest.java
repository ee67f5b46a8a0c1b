package org.rjkit.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.core.json.InputErrors.assertReported;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.screening.ScreeningRequest;

/**
 * The request's optional {@code offenderId} (interchange.md, "Screening request"; programmes.md,
 * "the offender concerned"): it names an offender of the case; when the requester is an
 * offender, or an offender's family member, it is implied and, if given, must agree. The case
 * has a victim P1, two co-accused offenders P2 and P3, and P4, a member of P3's family.
 */
@DisplayName("The offender a screening request concerns")
class OffenderIdReaderTest {

  private static final String CASE = "{\"caseId\":\"C1\",\"participants\":["
      + "{\"id\":\"P1\",\"role\":\"VICTIM\"},{\"id\":\"P2\",\"role\":\"OFFENDER\"},"
      + "{\"id\":\"P3\",\"role\":\"OFFENDER\"},"
      + "{\"id\":\"P4\",\"role\":\"OFFENDER_FAMILY_MEMBER\",\"relatedTo\":\"P3\"}]}";

  private final TestRequestReader reader = new TestRequestReader();

  private static String request(String requester, String offenderId) {
    return "{\"schemaVersion\":\"1\",\"programme\":\"ca-csc-restorative-opportunities\","
        + "\"requesterId\":\"" + requester + "\",\"asOf\":\"2026-11-21\",\"case\":" + CASE
        + (offenderId.equals("-") ? "" : ",\"offenderId\":" + offenderId) + "}";
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      # what                                                  | requester | offenderId | read as
      a victim's request names the offender it concerns       | P1        | "P3"       | P3
      a victim's request without offenderId                   | P1        | -          | -
      an offender's request may name the offender it is       | P3        | "P3"       | P3
      an offender's request implies it                        | P3        | -          | -
      a family member's request may name the relative         | P4        | "P3"       | P3
      """)
  void reads(String what, String requester, String offenderId, String readAs) {
    ScreeningRequest r = reader.read(request(requester, offenderId));
    assertEquals(readAs.equals("-") ? Optional.empty() : Optional.of(ParticipantId.of(readAs)),
        r.offenderId());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      # what                                                  | requester | offenderId | message says
      an offenderId that names no participant                 | P1        | "P9"       | names no participant of the case
      an offenderId that names the victim                     | P1        | "P1"       | must name a participant with the role OFFENDER
      an offenderId that names a family member                | P1        | "P4"       | must name a participant with the role OFFENDER
      an offender's request naming the co-accused             | P2        | "P3"       | must name the offender the requester is or is related to
      a family member's request naming another offender       | P4        | "P2"       | must name the offender the requester is or is related to
      an offenderId that is not an identifier                 | P1        | "P 2"      | must be an identifier
      an offenderId that is a number                          | P1        | 2          | must be
      """)
  void rejects(String what, String requester, String offenderId, String message) {
    assertReported(InputErrors.of(() -> reader.read(request(requester, offenderId))),
        "$.offenderId", message);
  }

  @Test
  void an_error_never_echoes_the_value_given() {
    InputErrors.of(() -> reader.read(request("P1", "\"Secret-Name\""))).forEach(e ->
        assertTrue(!e.message().contains("Secret-Name"), e.message()));
  }

  @Test
  void the_offender_concerned_round_trips_through_the_writer() {
    ScreeningRequest r = reader.read(request("P1", "\"P3\""));
    String json = new ScreeningRequestWriter().write(r);
    assertTrue(json.endsWith(",\"offenderId\":\"P3\"}"), json);
    assertEquals(r, reader.read(json));
    ScreeningRequest without = reader.read(request("P1", "-"));
    assertTrue(!new ScreeningRequestWriter().write(without).contains("offenderId"));
  }

  @Test
  void the_java_request_checks_the_offender_concerned_alike() {
    ScreeningRequest r = reader.read(request("P2", "-"));
    assertEquals(Optional.of(ParticipantId.of("P2")), r.withOffenderId(ParticipantId.of("P2"))
        .offenderId());
    assertThrows(IllegalArgumentException.class, () -> r.withOffenderId(ParticipantId.of("P3")));
    assertThrows(IllegalArgumentException.class, () -> r.withOffenderId(ParticipantId.of("P1")));
    assertEquals(Optional.of(ParticipantId.of("P3")),
        ScreeningRequest.impliedOffender(r.caseFile(), ParticipantId.of("P4")));
    assertEquals(Optional.empty(),
        ScreeningRequest.impliedOffender(r.caseFile(), ParticipantId.of("P1")));
  }
}
