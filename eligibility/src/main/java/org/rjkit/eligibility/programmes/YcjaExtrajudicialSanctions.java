package org.rjkit.eligibility.programmes;

import static org.rjkit.eligibility.programmes.Sources.Ycja.YCJA_10;
import static org.rjkit.eligibility.programmes.Sources.Ycja.YCJA_10_2_C;
import static org.rjkit.eligibility.programmes.Sources.Ycja.YCJA_10_2_D;
import static org.rjkit.eligibility.programmes.Sources.Ycja.YCJA_10_2_E;
import static org.rjkit.eligibility.programmes.Sources.Ycja.YCJA_10_2_F_G;
import static org.rjkit.eligibility.programmes.Sources.Ycja.YCJA_10_3;
import static org.rjkit.eligibility.programmes.Sources.Ycja.YCJA_2_1;
import static org.rjkit.eligibility.programmes.Texts.name;
import static org.rjkit.eligibility.programmes.Texts.policy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.rjkit.core.casefile.Stage;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.RuleSetVersion;
import org.rjkit.eligibility.rule.AcceptsResponsibility;
import org.rjkit.eligibility.rule.AgeOnOffenceDates;
import org.rjkit.eligibility.rule.ConsentOfParties;
import org.rjkit.eligibility.rule.ConsentParty;
import org.rjkit.eligibility.rule.CounselAdvised;
import org.rjkit.eligibility.rule.JurisdictionIn;
import org.rjkit.eligibility.rule.NoDenialNorTrialWish;
import org.rjkit.eligibility.rule.ProsecutionViable;
import org.rjkit.eligibility.rule.Rule;
import org.rjkit.eligibility.rule.StageIn;

/**
 * {@code ca-ycja-extrajudicial-sanctions}: an extrajudicial sanction for a young person under the
 * Youth Criminal Justice Act s.10.
 *
 * @since 1.0
 */
public final class YcjaExtrajudicialSanctions {

  /** Rule 1: jurisdiction in Canada. */
  public static final String JURISDICTION = "YCJA-ES-JURISDICTION";
  /** Rule 2: a young person on the offence date. */
  public static final String YOUNG_PERSON = "YCJA-ES-YOUNG-PERSON";
  /** Rule 3: stage pre-charge or post-charge. */
  public static final String STAGE = "YCJA-ES-STAGE";
  /** Rule 4: no denial, no wish for trial. */
  public static final String NO_DENIAL = "YCJA-ES-NO-DENIAL-NOR-TRIAL";
  /** Rule 5: sufficient evidence, not barred. */
  public static final String PROSECUTION = "YCJA-ES-PROSECUTION";
  /** Rule 6: accepts responsibility. */
  public static final String RESPONSIBILITY = "YCJA-ES-ACCEPTS-RESPONSIBILITY";
  /** Rule 7: counsel advised and opportunity to consult. */
  public static final String COUNSEL = "YCJA-ES-COUNSEL";
  /** Rule 8: current informed consent of the young person. */
  public static final String CONSENT = "YCJA-ES-CONSENT";

  private static final List<Rule> RULES = List.of(
      Rule.builder(JURISDICTION, Phase.ELIGIBILITY)
          .policy(policy(JURISDICTION))
          .cites(YCJA_10).rows("CA-YJ-6")
          .is(JurisdictionIn.of("CA")),
      Rule.builder(YOUNG_PERSON, Phase.ELIGIBILITY)
          .policy(policy(YOUNG_PERSON))
          .cites(YCJA_2_1).rows("CA-YJ-1")
          .is(AgeOnOffenceDates.between(12, 18)),
      Rule.builder(STAGE, Phase.ELIGIBILITY)
          .policy(policy(STAGE))
          .cites(YCJA_10).rows("CA-YJ-5")
          .is(new StageIn(EnumSet.of(Stage.PRE_CHARGE, Stage.POST_CHARGE))),
      Rule.builder(NO_DENIAL, Phase.ELIGIBILITY)
          .policy(policy(NO_DENIAL))
          .cites(YCJA_10_3).rows("CA-YJ-7")
          .is(new NoDenialNorTrialWish()),
      Rule.builder(PROSECUTION, Phase.ELIGIBILITY)
          .policy(policy(PROSECUTION))
          .cites(YCJA_10_2_F_G).rows("CA-YJ-6")
          .is(new ProsecutionViable()),
      Rule.builder(RESPONSIBILITY, Phase.SUITABILITY)
          .policy(policy(RESPONSIBILITY))
          .cites(YCJA_10_2_E).rows("CA-YJ-6")
          .is(new AcceptsResponsibility()),
      Rule.builder(COUNSEL, Phase.SUITABILITY)
          .policy(policy(COUNSEL))
          .cites(YCJA_10_2_D).rows("CA-YJ-6")
          .is(CounselAdvised.rightToCounselAndOpportunityToConsult()),
      Rule.builder(CONSENT, Phase.SUITABILITY)
          .policy(policy(CONSENT))
          .cites(YCJA_10_2_C).rows("CA-YJ-6", "CA-YJ-4")
          .is(ConsentOfParties.anyForm(ConsentParty.OFFENDER)));

  /** The programme. */
  public static final Programme PROGRAMME = Programme.of(Programmes.YCJA_EXTRAJUDICIAL_SANCTIONS,
      name(Programmes.YCJA_EXTRAJUDICIAL_SANCTIONS),
      new RuleSetVersion("2026-01-01", LocalDate.of(2026, 1, 1), RULES));

  private YcjaExtrajudicialSanctions() {}
}
