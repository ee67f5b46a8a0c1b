package org.rjkit.core.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.casefile.Court;
import org.rjkit.core.casefile.Stage;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.consent.ConsentStatus;
import org.rjkit.core.offence.OffenceCategory;
import org.rjkit.core.offence.OffenceContext;
import org.rjkit.core.order.OrderKind;
import org.rjkit.core.participant.Plea;
import org.rjkit.core.participant.Relationship;
import org.rjkit.core.participant.Role;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.core.sentence.SentenceKind;
import org.rjkit.core.sentence.SupervisionStatus;
import org.rjkit.core.truth.Truth;

class MessagesTest {

  private static final Language CY = Language.of("cy");

  @Test
  void english_and_french_core_bundles_have_the_same_keys() {
    Set<String> en = Messages.keys("org.rjkit.core.messages", Language.EN);
    Set<String> fr = Messages.keys("org.rjkit.core.messages", Language.FR);
    assertFalse(en.isEmpty());
    assertEquals(en, fr);
  }

  @Test
  void every_core_enum_value_has_a_label_in_english_and_french_and_they_differ_from_the_name() {
    List<Class<? extends Enum<?>>> types = List.of(SentenceKind.class, SupervisionStatus.class,
        OffenceCategory.class, OffenceContext.class, Stage.class, Court.class, Role.class,
        Plea.class, Relationship.class, OrderKind.class, RiskLevel.class, Truth.class,
        ConsentForm.class, ConsentStatus.class);
    for (Class<? extends Enum<?>> type : types) {
      for (Enum<?> value : type.getEnumConstants()) {
        for (Language language : List.of(Language.EN, Language.FR)) {
          String label = Messages.label(language, value);
          assertFalse(label.contains("_") || label.equals(value.name()),
              value + " in " + language + ": " + label);
        }
      }
    }
  }

  @Test
  void french_labels_are_french() {
    assertEquals("après la détermination de la peine",
        Messages.label(Language.FR, Stage.POST_SENTENCE));
    assertEquals("risque faible", Messages.label(Language.FR, RiskLevel.LOW));
    assertEquals("after sentencing", Messages.label(Language.EN, Stage.POST_SENTENCE));
  }

  @ParameterizedTest(name = "{0} reads \"{1}\" and « {2} »")
  @CsvSource(delimiter = '|', textBlock = """
      P2Y      | two years                        | deux ans
      P1Y      | one year                         | un an
      P6M      | six months                       | six mois
      P1M      | one month                        | un mois
      P1D      | one day                          | un jour
      P1Y2M3D  | one year, two months and three days | un an, deux mois et trois jours
      P2Y-1D   | two years less one day           | deux ans moins un jour
      P30M     | 30 months                        | 30 mois
      P0D      | no time                          | aucune durée
      P-6M     | minus six months                 | moins six mois
      """)
  void periods_are_written_in_words(String period, String en, String fr) {
    assertEquals(en, Messages.period(Language.EN, Period.parse(period)));
    assertEquals(fr, Messages.period(Language.FR, Period.parse(period)));
  }

  @Test
  void lists_use_the_language_conjunction() {
    assertEquals("A, B and C", Messages.list(Language.EN, List.of("A", "B", "C")));
    assertEquals("A et B", Messages.list(Language.FR, List.of("A", "B")));
    assertEquals("A", Messages.list(Language.FR, List.of("A")));
    assertEquals("aucun", Messages.list(Language.FR, List.of()));
  }

  @Test
  void arguments_are_formatted_for_the_language() {
    Message m = Message.of("list.end", List.of(Role.VICTIM, Role.OFFENDER),
        new Amount(new BigDecimal("300.00"), Currency.getInstance("CAD")));
    assertEquals("victim and offender and CAD 300.00", m.in(Language.EN));
    String fr = m.in(Language.FR);
    assertEquals("victime et délinquant et 300,00 CAD", fr);
    assertEquals("January 31, 2026", Message.of("list.end", LocalDate.of(2026, 1, 31), "P1001")
        .in(Language.EN).replace(" and P1001", ""));
    assertEquals("31 janvier 2026 et P1001",
        Message.of("list.end", LocalDate.of(2026, 1, 31), "P1001").in(Language.FR));
    assertEquals("12,5 et 1 000", Message.of("list.end", new BigDecimal("12.5"), 1000)
        .in(Language.FR).replace('\u00a0', ' ').replace('\u202f', ' '));
  }

  @Test
  void an_argument_that_would_print_a_java_value_is_refused_when_the_message_is_made() {
    assertThrows(IllegalArgumentException.class, () -> Message.of("list.end", true, "x"));
    assertThrows(IllegalArgumentException.class, () -> Message.of("list.end", new Object(), "x"));
    assertThrows(NullPointerException.class, () -> Message.of("list.end", (Object) null));
  }

  @Test
  void a_missing_key_or_argument_is_an_error_naming_the_key() {
    Messages.MissingMessageException e = assertThrows(Messages.MissingMessageException.class,
        () -> Message.of("no.such.key").in(Language.EN));
    assertEquals("no.such.key", e.key());
    assertThrows(Messages.MissingMessageException.class,
        () -> Message.of("list.end", "only one").in(Language.EN));
  }

  @Test
  void a_language_without_a_bundle_reads_english_and_is_not_configured() {
    assertEquals("after sentencing", Messages.label(CY, Stage.POST_SENTENCE));
    assertFalse(Messages.isConfigured(CY));
    assertTrue(Messages.isConfigured(Language.FR));
    assertTrue(Messages.configured().containsAll(List.of(Language.EN, Language.FR)));
    assertEquals(new TreeSet<>(List.of(Language.EN, Language.FR)),
        new TreeSet<>(Messages.configured()));
  }

  @Test
  void messages_are_values_and_print_english() {
    assertEquals(Message.of("Stage.PRE_CHARGE"), Message.of("Stage.PRE_CHARGE"));
    assertEquals(Message.of("Stage.PRE_CHARGE").hashCode(),
        Message.of("Stage.PRE_CHARGE").hashCode());
    assertEquals("before charge", Message.of("Stage.PRE_CHARGE").toString());
    assertEquals("Stage.PRE_CHARGE", Messages.enumKey(Stage.PRE_CHARGE));
  }
}
