package org.rjkit.eligibility.programmes;

import static org.rjkit.eligibility.programmes.Sources.Nz.NZ_24A_1_A;
import static org.rjkit.eligibility.programmes.Sources.Nz.NZ_24A_1_B;
import static org.rjkit.eligibility.programmes.Sources.Nz.NZ_24A_1_C;
import static org.rjkit.eligibility.programmes.Sources.Nz.NZ_24A_1_D;
import static org.rjkit.eligibility.programmes.Sources.Nz.NZ_24A_PLAIN;
import static org.rjkit.eligibility.programmes.Texts.name;
import static org.rjkit.eligibility.programmes.Texts.policy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.rjkit.core.casefile.Court;
import org.rjkit.core.casefile.Stage;
import org.rjkit.core.participant.Plea;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.RuleSetVersion;
import org.rjkit.eligibility.rule.CourtIn;
import org.rjkit.eligibility.rule.JurisdictionIn;
import org.rjkit.eligibility.rule.NoPriorRestorativeProcess;
import org.rjkit.eligibility.rule.PleaIn;
import org.rjkit.eligibility.rule.RestorativeServiceAvailable;
import org.rjkit.eligibility.rule.Rule;
import org.rjkit.eligibility.rule.StageIn;
import org.rjkit.eligibility.rule.VictimPresent;

/**
 * {@code nz-sentencing-act-s24a}: the New Zealand Sentencing Act 2002 s.24A. When every rule is
 * met the District Court must adjourn so that a suitable person can inquire whether restorative
 * justice is appropriate. The programme has eligibility rules only: suitability is the inquiry's
 * work (s.24A(2)).
 *
 * @since 1.0
 */
public final class NzSentencingActS24a {

  /** Rule 1a: jurisdiction NZ. */
  public static final String JURISDICTION = "NZ-S24A-JURISDICTION";
  /** Rule 1b: the District Court. */
  public static final String DISTRICT_COURT = "NZ-S24A-DISTRICT-COURT";
  /** Rule 2: before sentencing. */
  public static final String STAGE = "NZ-S24A-PRE-SENTENCE";
  /** Rule 3: a guilty plea. */
  public static final String GUILTY_PLEA = "NZ-S24A-GUILTY-PLEA";
  /** Rule 4: one or more victims. */
  public static final String VICTIM = "NZ-S24A-VICTIM";
  /** Rule 5: no previous restorative process. */
  public static final String NO_PRIOR_PROCESS = "NZ-S24A-NO-PRIOR-PROCESS";
  /** Rule 6: a suitable service is available. */
  public static final String SERVICE = "NZ-S24A-SERVICE-AVAILABLE";

  private static final List<Rule> RULES = List.of(
      Rule.builder(JURISDICTION, Phase.ELIGIBILITY)
          .policy(policy(JURISDICTION))
          .cites(NZ_24A_1_A).rows("NZ-1")
          .is(JurisdictionIn.of("NZ")),
      Rule.builder(DISTRICT_COURT, Phase.ELIGIBILITY)
          .policy(policy(DISTRICT_COURT))
          .cites(NZ_24A_1_A).rows("NZ-1")
          .is(new CourtIn(EnumSet.of(Court.DISTRICT_COURT))),
      Rule.builder(STAGE, Phase.ELIGIBILITY)
          .policy(policy(STAGE))
          .cites(NZ_24A_1_A).rows("NZ-1")
          .is(new StageIn(EnumSet.of(Stage.PRE_SENTENCE))),
      Rule.builder(GUILTY_PLEA, Phase.ELIGIBILITY)
          .policy(policy(GUILTY_PLEA))
          .cites(NZ_24A_1_B).rows("NZ-1")
          .is(new PleaIn(EnumSet.of(Plea.GUILTY))),
      Rule.builder(VICTIM, Phase.ELIGIBILITY)
          .policy(policy(VICTIM))
          .cites(NZ_24A_1_C).rows("NZ-1")
          .is(new VictimPresent()),
      Rule.builder(NO_PRIOR_PROCESS, Phase.ELIGIBILITY)
          .policy(policy(NO_PRIOR_PROCESS))
          .cites(NZ_24A_1_D).rows("NZ-1")
          .is(new NoPriorRestorativeProcess()),
      Rule.builder(SERVICE, Phase.ELIGIBILITY)
          .policy(policy(SERVICE))
          .cites(NZ_24A_PLAIN).rows("NZ-1b")
          .is(new RestorativeServiceAvailable()));

  /** The programme. */
  public static final Programme PROGRAMME = Programme.of(Programmes.NZ_SENTENCING_ACT_S24A,
      name(Programmes.NZ_SENTENCING_ACT_S24A),
      new RuleSetVersion("2026-01-01", LocalDate.of(2026, 1, 1), RULES));

  private NzSentencingActS24a() {}
}
