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
import org.rjkit.core.truth.Truth;

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
      # The person's latest act decides (programmes.md, "current consent", revised)
      2026-10-01/yes/2026-11-05 2026-10-20/yes/-   | 2026-11-21 | WITHDRAWN        | a withdrawal written on an older record withdraws a later grant
      2026-10-20/yes/- 2026-10-01/yes/2026-11-05   | 2026-11-21 | WITHDRAWN        | the same, records in the other order
      2026-10-01/yes/2026-11-05 2026-11-06/yes/-   | 2026-11-21 | CURRENT          | a grant after the latest withdrawal restores consent
      2026-10-01/yes/2026-11-05 2026-11-05/yes/-   | 2026-11-21 | WITHDRAWN        | on the same day a withdrawal prevails over a grant
      2026-11-05/yes/- 2026-10-01/yes/2026-11-05   | 2026-11-21 | WITHDRAWN        | the same, records in the other order
      2026-11-05/yes/- 2026-11-05/no/-             | 2026-11-21 | NOT_INFORMED     | on the same day an uninformed grant prevails over an informed one
      2026-11-05/no/- 2026-11-05/yes/-             | 2026-11-21 | NOT_INFORMED     | the same, records in the other order
      2026-11-05/yes/- 2026-11-05/?/-              | 2026-11-21 | INFORMED_UNKNOWN | on the same day a grant not known to be informed prevails over an informed one
      2026-10-01/yes/2026-11-05 2026-10-20/yes/-   | 2026-11-04 | CURRENT          | a withdrawal after the date does not count, whatever record it is on
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
    ConsentRecord oral = new ConsentRecord(VICTIM, LocalDate.of(2026, 10, 1), Truth.YES,
        Optional.of(ConsentForm.ORAL), Optional.empty());
    CurrentConsent current = new ConsentHistory(List.of(oral))
        .currentOn(VICTIM, LocalDate.of(2026, 11, 21));
    assertEquals(Optional.of(oral), current.record());
    assertEquals(Optional.of(ConsentForm.ORAL), current.form());
  }

  @Test
  void a_withdrawal_cannot_be_dated_before_the_consent() {
    assertThrows(IllegalArgumentException.class, () -> new ConsentRecord(VICTIM,
        LocalDate.of(2026, 10, 1), Truth.YES, Optional.empty(),
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

  /**
   * A programme that requires a form (written) is satisfied by a grant in that form since the
   * latest withdrawal (programmes.md, "current consent"). Each record is
   * "givenOn/form/withdrawnOn" ("?" for a form not stated); the accepted forms are WRITTEN and
   * ORAL_RECORDED.
   */
  @ParameterizedTest(name = "{3}: records [{0}] -> {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # records                                             | status    | written | scenario
      2026-10-01/WRITTEN/-                                  | CURRENT   | yes     | written consent
      2026-10-01/ORAL/-                                     | CURRENT   | no      | oral consent only
      2026-10-01/WRITTEN/- 2026-11-01/ORAL/-                | CURRENT   | yes     | written consent then an oral reaffirmation is still written
      2026-11-01/ORAL/- 2026-10-01/WRITTEN/-                | CURRENT   | yes     | the same, records in the other order
      2026-10-01/WRITTEN/2026-10-15 2026-11-01/ORAL/-       | CURRENT   | no      | written consent withdrawn, then given again orally only
      2026-10-01/WRITTEN/2026-10-15 2026-11-01/ORAL_RECORDED/- | CURRENT | yes   | written consent withdrawn, then given again and recorded
      2026-10-01/WRITTEN/2026-10-15 2026-10-15/WRITTEN/-    | WITHDRAWN | no      | a grant on the day of the withdrawal is not after it
      2026-10-01/?/-                                        | CURRENT   | unknown | the form is not stated
      2026-10-01/ORAL/- 2026-11-01/?/-                      | CURRENT   | unknown | an oral consent and one of unknown form
      """)
  void a_form_requirement_is_met_by_a_grant_in_that_form_since_the_latest_withdrawal(
      String records, ConsentStatus status, String written, String scenario) {
    List<ConsentRecord> list = new ArrayList<>();
    for (String r : records.trim().split("\\s+")) {
      String[] f = r.split("/");
      list.add(new ConsentRecord(VICTIM, LocalDate.parse(f[0]), Truth.YES,
          f[1].equals("?") ? Optional.empty() : Optional.of(ConsentForm.valueOf(f[1])),
          f[2].equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(f[2]))));
    }
    CurrentConsent c = new ConsentHistory(list).currentOn(VICTIM, LocalDate.of(2026, 11, 21));
    assertEquals(status, c.status(), scenario);
    java.util.Set<ConsentForm> accepted =
        java.util.EnumSet.of(ConsentForm.WRITTEN, ConsentForm.ORAL_RECORDED);
    assertEquals(written.equals("yes"), c.grantedInFormSinceWithdrawal(accepted), scenario);
    assertEquals(written.equals("unknown"), !c.grantedInFormSinceWithdrawal(accepted)
        && c.grantOfUnknownFormSinceWithdrawal(), scenario);
  }

  @Test
  void an_uninformed_grant_in_writing_is_not_written_informed_consent() {
    ConsentRecord uninformedWritten = new ConsentRecord(VICTIM, LocalDate.of(2026, 10, 1),
        Truth.NO, Optional.of(ConsentForm.WRITTEN), Optional.empty());
    ConsentRecord informedOral = ConsentRecord.informed(VICTIM, LocalDate.of(2026, 11, 1),
        ConsentForm.ORAL);
    CurrentConsent c = new ConsentHistory(List.of(uninformedWritten, informedOral))
        .currentOn(VICTIM, LocalDate.of(2026, 11, 21));
    assertEquals(ConsentStatus.CURRENT, c.status());
    assertEquals(false, c.grantedInFormSinceWithdrawal(java.util.Set.of(ConsentForm.WRITTEN)));
  }

  static List<ConsentRecord> parse(ParticipantId who, String records) {
    List<ConsentRecord> list = new ArrayList<>();
    if (records.equals("-")) {
      return list;
    }
    for (String r : records.trim().split("\\s+")) {
      String[] f = r.split("/");
      Truth informed = f[1].equals("?") ? Truth.UNKNOWN : Truth.of(f[1].equals("yes"));
      Optional<LocalDate> withdrawn = f[2].equals("-") ? Optional.empty()
          : Optional.of(LocalDate.parse(f[2]));
      list.add(new ConsentRecord(who, LocalDate.parse(f[0]), informed,
          Optional.of(ConsentForm.WRITTEN), withdrawn));
    }
    return list;
  }
}
