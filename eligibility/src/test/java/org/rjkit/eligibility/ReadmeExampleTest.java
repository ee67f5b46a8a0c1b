package org.rjkit.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.casefile.Jurisdiction;
import org.rjkit.core.casefile.Stage;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.consent.ConsentRecord;
import org.rjkit.core.language.Language;
import org.rjkit.core.participant.Offender;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.participant.Victim;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.core.safety.SafetyAssessment;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.core.sentence.Imposition;
import org.rjkit.core.sentence.Sentence;
import org.rjkit.core.sentence.SentenceId;
import org.rjkit.core.sentence.SupervisionStatus;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.eligibility.screening.Eligibility;

/**
 * The Java example in README.md, compiled and run. The code between the markers below must
 * appear in the README exactly (the test checks it), so the README never shows code that does
 * not compile or does not do what it says.
 */
class ReadmeExampleTest {

  @Test
  void the_readme_example_runs_and_explains_why_two_years_less_a_day_is_not_federal() {
    // README-EXAMPLE-START
    ParticipantId victim = ParticipantId.of("P1");
    ParticipantId offender = ParticipantId.of("P2");
    CaseFile caseFile = CaseFile.builder(CaseId.of("C-2026-0042"))
        .jurisdiction(Jurisdiction.parse("CA"))
        .stage(Stage.POST_SENTENCE)
        .participant(Victim.of(victim, true))
        .participant(Offender.builder(offender).acceptsResponsibility(true).build())
        .sentence(new Sentence.Imprisonment(
            Imposition.startingOn(SentenceId.of("S1"), LocalDate.of(2025, 6, 2)),
            Period.parse("P2Y-1D")))                      // two years less a day
        .supervision(SupervisionStatus.IN_CUSTODY)          // serving it, in custody
        .consent(ConsentRecord.informed(victim, LocalDate.of(2026, 10, 1), ConsentForm.WRITTEN))
        .consent(ConsentRecord.informed(offender, LocalDate.of(2026, 10, 3), ConsentForm.WRITTEN))
        .safetyAssessment(new SafetyAssessment(LocalDate.of(2026, 10, 5), RiskLevel.LOW))
        .build();

    Decision decision = Eligibility.screen(new ScreeningRequest(
        ProgrammeId.of("ca-csc-restorative-opportunities"), victim,
        LocalDate.of(2026, 11, 21), caseFile));

    System.out.println(decision.outcome());               // INELIGIBLE
    for (RuleResult rule : decision.rules()) {
      if (rule.status() != RuleStatus.MET) {              // CSC-RO-FEDERAL-SENTENCE
        System.out.println(rule.ruleId() + ": " + rule.reason().in(Language.FR));
        rule.citations().forEach(c -> System.out.println("  " + c));  // Criminal Code, s. 743.1
      }
    }
    // README-EXAMPLE-END

    assertEquals(Outcome.INELIGIBLE, decision.outcome());
    List<RuleResult> unmet = decision.rules().stream()
        .filter(r -> r.status() != RuleStatus.MET).toList();
    assertEquals(List.of("CSC-RO-FEDERAL-SENTENCE"),
        unmet.stream().map(RuleResult::ruleId).toList());
    assertTrue(unmet.get(0).citations().stream()
        .anyMatch(c -> c.provision().contains("743.1")));
  }

  @Test
  void the_readme_shows_exactly_the_example_that_this_test_runs() throws IOException {
    Path here = Path.of("src/test/java/org/rjkit/eligibility/ReadmeExampleTest.java");
    String source = Files.readString(here, StandardCharsets.UTF_8);
    String example = source.substring(source.indexOf("// README-EXAMPLE-START"),
        source.indexOf("    // README-EXAMPLE-END"));
    String body = example.lines().skip(1).map(l -> l.length() >= 4 ? l.substring(4) : l)
        .collect(Collectors.joining("\n"));
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains(body), "README.md must contain the example verbatim:\n" + body);
  }
}
