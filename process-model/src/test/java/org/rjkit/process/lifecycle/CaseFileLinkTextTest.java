package org.rjkit.process.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.casefile.Jurisdiction;
import org.rjkit.core.casefile.Stage;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Victim;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.core.sentence.Imposition;
import org.rjkit.core.sentence.Sentence;
import org.rjkit.core.sentence.SentenceId;
import org.rjkit.core.truth.Truth;
import org.rjkit.eligibility.programmes.Programmes;
import org.rjkit.eligibility.screening.Eligibility;

/**
 * The link of a case to its case file prints the request's redacted form (programme, date and
 * case id), never who is in the case file.
 */
class CaseFileLinkTextTest {

  @Test
  void a_link_prints_the_programme_the_date_and_the_case_and_nobody_in_the_case_file() {
    ParticipantId victim = ParticipantId.of("V-7731");
    CaseFile file = CaseFile.builder(CaseId.of("RO-1"))
        .jurisdiction(Jurisdiction.parse("CA")).stage(Stage.POST_SENTENCE)
        .participant(Victim.of(victim, true))
        .participant(Offender.builder(ParticipantId.of("O-4410")).acceptsResponsibility(Truth.YES)
            .build())
        .sentence(new Sentence.Imprisonment(
            Imposition.startingOn(SentenceId.of("S1"), LocalDate.of(2025, 1, 6)),
            Period.parse("P3Y")))
        .build();
    ScreeningRequest intake = new ScreeningRequest(Programmes.CSC_RESTORATIVE_OPPORTUNITIES,
        victim, LocalDate.of(2026, 2, 4), file);
    String text = new CaseFileLink(intake, Eligibility.screener()).toString();
    assertEquals("CaseFileLink[ScreeningRequest[" + Programmes.CSC_RESTORATIVE_OPPORTUNITIES
        + ", 2026-02-04, RO-1]]", text);
    assertFalse(text.contains("V-7731") || text.contains("O-4410"), text);
  }
}
