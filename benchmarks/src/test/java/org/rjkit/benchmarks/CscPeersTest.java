package org.rjkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rjkit.eligibility.json.ScreeningRequestReader;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.screening.Screener;

/**
 * The floor and the Easy Rules peer of the issue-12 table do the same work as rjkit: on every
 * CSC sample case they reach rjkit's eligibility, and the peer's listener records every rule
 * with the floor's answer for it.
 */
class CscPeersTest {

  private static List<ScreeningRequest> cscSamples() throws IOException {
    Path dir = Samples.root().resolve("cases/ca-csc-restorative-opportunities");
    List<ScreeningRequest> requests = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        requests.add(ScreeningRequestReader.builtIn().read(Files.readString(file)));
      }
    }
    return requests;
  }

  @Test
  void the_floor_is_eligible_exactly_when_rjkit_is_on_every_csc_sample() throws IOException {
    Screener screener = new Screener(ProgrammeRegistry.builtIn());
    List<ScreeningRequest> samples = cscSamples();
    long eligible = 0;
    for (ScreeningRequest request : samples) {
      boolean rjkit = screener.screen(request).outcome() == Outcome.ELIGIBLE;
      eligible += rjkit ? 1 : 0;
      assertEquals(rjkit, CscConditions.eligible(CscConditions.evaluate(request)),
          request.toString());
    }
    // Both answers occur, so the comparison can fail either way.
    assertEquals(true, eligible > 0 && eligible < samples.size());
  }

  @Test
  void easy_rules_records_every_rule_with_the_floors_answer_in_both_variants()
      throws IOException {
    for (ScreeningRequest request : cscSamples()) {
      int bits = CscConditions.evaluate(request);
      List<String> held = new ArrayList<>();
      List<String> notHeld = new ArrayList<>();
      for (int i = 0; i < CscConditions.NAMES.length; i++) {
        ((bits & (1 << i)) != 0 ? held : notHeld).add(CscConditions.NAMES[i]);
      }
      EasyRulesCsc.AuditListener four = EasyRulesCsc.fourFacts(request);
      EasyRulesCsc.AuditListener one = EasyRulesCsc.oneFact(request);
      assertEquals(held, four.held, request.toString());
      assertEquals(notHeld, four.notHeld, request.toString());
      assertEquals(held, one.held, request.toString());
      assertEquals(notHeld, one.notHeld, request.toString());
    }
  }
}
