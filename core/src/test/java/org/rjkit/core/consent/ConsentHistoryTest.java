package org.rjkit.core.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.participant.ParticipantId;

/**
 * Consent is voluntary at all stages, may be withdrawn at any time, and may be given again
 * (CCRA s.26.1(2); CSC fact sheets: "You can reconsider your decision in the future").
 */
@DisplayName("Current consent of a participant on a date")
class ConsentHistoryTest {

  private static final ParticipantId VICTIM = ParticipantId.of("P1");
  private static final ParticipantId OFFENDER = ParticipantId.of("P2");

  /**
   * Each row: the participant's consent records ("givenOn/informed/withdrawnOn", separated by
   * spaces; "-" for none), the date asked about, and the state of consent on that date.
   */
  @ParameterizedTest(name = "{3}: records [{0}] on {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # records                                    | on         | status           | scenario
      -                                            | 2026-11-21 | NO_RECORD        | no consent on record
      2026-10-01/yes/-                             | 2026-11-21 | CURRENT          | informed consent, never withdrawn
      2026-10-01/yes/-                             | 2026-09-30 | NO_RECORD        | consent given after the date does not count yet
      2026-10-01/yes/2026-11-02                    | 2026-11-21 | WITHDRAWN        | withdrawn before the date
      2026-10-01/yes/2026-11-21                    | 2026-11-21 | WITHDRAWN        | withdrawn on the date itself
      2026-10-01/yes/2026-12-01                    | 2026-11-21 | CURRENT          | a withdrawal dated after the date does not count
      2026-10-01/yes/2026-11-02 2026-11-10/yes/-   | 2026-11-21 | CURRENT          | consent given again after a withdrawal
      2026-10-01/yes/2026-11-02 2026-11-10/yes/-   | 2026-11-05 | WITHDRAWN        | between the withdrawal and the new consent
      2026-10-01/no/-                              | 2026-11-21 | NOT_INFORMED     | consent given without information
      2026-10-01/?/-                               | 2026-11-21 | INFORMED_UNKNOWN | the record does not say whether informed
      2026-10-01/no/- 2026-10-05/yes/-             | 2026-11-21 | CURRENT          | informed consent given later replaces it
      """)
  void the_latest_consent_given_on_or_before_the_date_decides(String records, LocalDate on,
      ConsentStatus status, String scenario) {
    ConsentHistory history = new ConsentHistory(parse(VICTIM, records));
    assertEquals(status, history.currentOn(VICTIM, on).status(), scenario);
  }

  @Test
  void another_participants_consent_never_counts() {
    ConsentHistory history = new ConsentHistory(parse(OFFENDER, "2026-10-01/yes/-"));
    assertEquals(ConsentStatus.NO_RECORD,
        history.currentOn(VICTIM, LocalDate.of(2026, 11, 21)).status());
  }

  @Test
  void the_current_consent_carries_the_record_it_rests_on_and_its_form() {
    ConsentRecord oral = new ConsentRecord(VICTIM, LocalDate.of(2026, 10, 1), Optional.of(true),
        Optional.of(ConsentForm.ORAL), Optional.empty());
    CurrentConsent current = new ConsentHistory(List.of(oral))
        .currentOn(VICTIM, LocalDate.of(2026, 11, 21));
    assertEquals(Optional.of(oral), current.record());
    assertEquals(Optional.of(ConsentForm.ORAL), current.form());
  }

  @Test
  void a_withdrawal_cannot_be_dated_before_the_consent() {
    assertThrows(IllegalArgumentException.class, () -> new ConsentRecord(VICTIM,
        LocalDate.of(2026, 10, 1), Optional.of(true), Optional.empty(),
        Optional.of(LocalDate.of(2026, 9, 30))));
  }

  @ParameterizedTest(name = "{0} counts as written consent: {1}")
  @CsvSource({"WRITTEN, true", "ORAL_RECORDED, true", "ORAL, false"})
  void oral_consent_recorded_in_writing_counts_as_written(ConsentForm form, boolean written) {
    assertEquals(written, form.isWrittenOrRecorded());
  }

  @ParameterizedTest(name = "{0} is current consent: {1}")
  @CsvSource({"CURRENT, true", "WITHDRAWN, false", "NOT_INFORMED, false",
      "INFORMED_UNKNOWN, false", "NO_RECORD, false"})
  void only_informed_consent_not_withdrawn_is_current(ConsentStatus status, boolean current) {
    assertEquals(current, status.isCurrent());
  }

  @Test
  void a_record_added_to_a_history_counts_from_its_date_and_the_old_history_is_unchanged() {
    LocalDate nov21 = LocalDate.of(2026, 11, 21);
    ConsentHistory before = new ConsentHistory(parse(VICTIM, "2026-10-01/yes/-"));
    ConsentRecord withdrawal = ConsentRecord.informed(VICTIM, LocalDate.of(2026, 10, 1),
        ConsentForm.WRITTEN).withdrawn(LocalDate.of(2026, 11, 2));
    ConsentRecord again = ConsentRecord.informed(VICTIM, LocalDate.of(2026, 11, 10),
        ConsentForm.ORAL_RECORDED);
    ConsentHistory after = ConsentHistory.EMPTY.with(withdrawal).with(again);
    assertEquals(List.of(withdrawal, again), after.records());
    assertEquals(ConsentStatus.WITHDRAWN,
        after.currentOn(VICTIM, LocalDate.of(2026, 11, 5)).status());
    assertEquals(ConsentStatus.CURRENT, after.currentOn(VICTIM, nov21).status());
    assertEquals(Optional.of(ConsentForm.ORAL_RECORDED), after.currentOn(VICTIM, nov21).form());
    assertEquals(List.of(before.records().get(0), again), before.with(again).records());
    assertEquals(1, before.records().size());
    assertEquals(List.of(), ConsentHistory.EMPTY.records());
  }

  @Test
  void a_current_consent_has_a_record_exactly_when_there_is_one() {
    ConsentRecord record = ConsentRecord.informed(VICTIM, LocalDate.of(2026, 10, 1),
        ConsentForm.WRITTEN);
    assertThrows(IllegalArgumentException.class,
        () -> new CurrentConsent(ConsentStatus.NO_RECORD, Optional.of(record)));
    assertThrows(IllegalArgumentException.class,
        () -> new CurrentConsent(ConsentStatus.CURRENT, Optional.empty()));
    assertEquals(Optional.empty(), CurrentConsent.NONE.form());
    assertEquals(ConsentStatus.NO_RECORD, CurrentConsent.NONE.status());
  }

  static List<ConsentRecord> parse(ParticipantId who, String records) {
    List<ConsentRecord> list = new ArrayList<>();
    if (records.equals("-")) {
      return list;
    }
    for (String r : records.trim().split("\\s+")) {
      String[] f = r.split("/");
      Optional<Boolean> informed = f[1].equals("?") ? Optional.empty()
          : Optional.of(f[1].equals("yes"));
      Optional<LocalDate> withdrawn = f[2].equals("-") ? Optional.empty()
          : Optional.of(LocalDate.parse(f[2]));
      list.add(new ConsentRecord(who, LocalDate.parse(f[0]), informed,
          Optional.of(ConsentForm.WRITTEN), withdrawn));
    }
    return list;
  }
}
