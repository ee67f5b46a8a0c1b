package org.rjkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.rjkit.process.type.Facilitation;
import org.rjkit.process.type.Participation;
import org.rjkit.process.type.ProcessRole;
import org.rjkit.process.type.ProcessType;

class ProcessTypeTest {

  @ParameterizedTest(name = "{0}: harmed {1}, responsible {2}, supporters {3}, facilitator {4}")
  @CsvSource(delimiter = '|', textBlock = """
      DIRECT_MEDIATION       | REQUIRED | REQUIRED | MAY_JOIN     | ATTENDS
      INDIRECT_MEDIATION     | REQUIRED | REQUIRED | NOT_INVOLVED | RELAYS
      LETTERS                | REQUIRED | REQUIRED | NOT_INVOLVED | RELAYS
      VIDEO_MESSAGES         | REQUIRED | REQUIRED | NOT_INVOLVED | RELAYS
      AUDIO_MESSAGES         | REQUIRED | REQUIRED | NOT_INVOLVED | RELAYS
      CONFERENCING           | REQUIRED | REQUIRED | MAY_JOIN     | ATTENDS
      TALKING_CIRCLE         | REQUIRED | REQUIRED | MAY_JOIN     | ATTENDS
      HEALING_CIRCLE         | REQUIRED | REQUIRED | MAY_JOIN     | ATTENDS
      SENTENCING_CIRCLE      | REQUIRED | REQUIRED | MAY_JOIN     | ATTENDS
      LETTER_OF_APOLOGY      | REQUIRED | REQUIRED | NOT_INVOLVED | RELAYS
      FINANCIAL_COMPENSATION | REQUIRED | REQUIRED | NOT_INVOLVED | ARRANGES
      COMMUNITY_DONATION     | MAY_JOIN | REQUIRED | NOT_INVOLVED | ARRANGES
      COMMUNITY_REPARATION   | MAY_JOIN | REQUIRED | NOT_INVOLVED | ARRANGES
      """)
  void who_takes_part_in_each_process(ProcessType type, Participation harmed,
      Participation responsible, Participation supporters, Facilitation facilitation) {
    assertEquals(harmed, type.participation(ProcessRole.HARMED_PARTY));
    assertEquals(responsible, type.participation(ProcessRole.RESPONSIBLE_PARTY));
    assertEquals(supporters, type.participation(ProcessRole.SUPPORTER));
    assertEquals(facilitation, type.facilitation());
    assertEquals(Participation.NOT_INVOLVED, type.participation(ProcessRole.FACILITATOR));
  }

  @ParameterizedTest
  @EnumSource(ProcessType.class)
  void every_process_type_cites_a_source_and_relayed_types_use_relayed_channels(ProcessType type) {
    assertFalse(type.citations().isEmpty());
    assertEquals(type.relaysMessages(),
        !type.channels().isEmpty() && type.channels().stream().allMatch(c -> c.isRelayed()));
  }
}
