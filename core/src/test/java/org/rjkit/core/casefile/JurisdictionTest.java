package org.rjkit.core.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JurisdictionTest {

  @ParameterizedTest
  @ValueSource(strings = {"CA", "CA-QC", "GB-ENG", "GB-WLS", "NZ", "FR", "DK"})
  void iso_3166_codes_parse_and_print_back_unchanged(String code) {
    assertEquals(code, Jurisdiction.parse(code).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ca", "XX", "CAN", "CA-", "CA-qc", "CA-QUEB", "-QC"})
  void anything_else_is_rejected(String code) {
    assertThrows(IllegalArgumentException.class, () -> Jurisdiction.parse(code));
  }

  @Test
  void a_subdivision_is_in_its_country() {
    Jurisdiction quebec = Jurisdiction.parse("CA-QC");
    assertTrue(quebec.isIn("CA"));
    assertFalse(quebec.isIn("FR"));
    assertFalse(Jurisdiction.country("GB").isIn("CA"));
    assertEquals(Optional.of("QC"), quebec.subdivision());
  }
}
