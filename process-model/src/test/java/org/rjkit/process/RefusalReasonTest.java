package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.language.Language;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.process.lifecycle.LifecycleRule;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.lifecycle.TransitionRefusedException;

/**
 * What a refusal says to the person who reads it: the rule's reason, then the people whose
 * consent is missing and the programme's rules behind it, each only when there are any.
 */
class RefusalReasonTest {

  @ParameterizedTest(name = "people [{0}], rules [{1}]")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      -  | -         | ''
      V1 | -         | ' Missing current consent: V1.'
      -  | CSC-RO-42 | ' Programme rules not passed or facts missing: CSC-RO-42.'
      V1 | CSC-RO-42 | ' Missing current consent: V1. Programme rules not passed or facts missing: CSC-RO-42.'
      """)
  void a_refusal_reads_as_its_rule_then_the_people_and_rules_behind_it_when_there_are_any(
      String person, String rule, String after) {
    List<ParticipantId> people = person == null ? List.of() : List.of(ParticipantId.of(person));
    List<String> rules = rule == null ? List.of() : List.of(rule);
    TransitionRefusedException e = new TransitionRefusedException(CaseId.of("RO-1"),
        ProcessStage.PREPARATION, ProcessStage.COMMUNICATION, "StageEntered",
        LifecycleRule.SUITABILITY, people, rules);
    assertEquals(LifecycleRule.SUITABILITY.reason().in(Language.EN) + after,
        e.reason().in(Language.EN));
  }
}
