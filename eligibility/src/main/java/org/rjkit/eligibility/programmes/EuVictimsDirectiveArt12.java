package org.rjkit.eligibility.programmes;

import static org.rjkit.eligibility.programmes.Sources.Eu.DIRECTIVE_ART_12_1;
import static org.rjkit.eligibility.programmes.Sources.Eu.DIRECTIVE_ART_12_1_A;
import static org.rjkit.eligibility.programmes.Sources.Eu.DIRECTIVE_ART_12_1_A_B;
import static org.rjkit.eligibility.programmes.Sources.Eu.DIRECTIVE_ART_12_1_C;
import static org.rjkit.eligibility.programmes.Sources.Eu.DIRECTIVE_ART_2_1_A;
import static org.rjkit.eligibility.programmes.Sources.Eu.DIRECTIVE_ART_2_1_A_II_B;
import static org.rjkit.eligibility.programmes.Sources.Eu.DIRECTIVE_DENMARK;
import static org.rjkit.eligibility.programmes.Sources.Eu.TFEU_TERRITORIES;
import static org.rjkit.eligibility.programmes.Sources.Eu.VSE_ART_12;
import static org.rjkit.eligibility.programmes.Texts.name;
import static org.rjkit.eligibility.programmes.Texts.policy;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.rjkit.core.participant.Role;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.RuleSetVersion;
import org.rjkit.eligibility.rule.AcknowledgesBasicFacts;
import org.rjkit.eligibility.rule.ConsentOfParties;
import org.rjkit.eligibility.rule.ConsentParty;
import org.rjkit.eligibility.rule.JurisdictionIn;
import org.rjkit.eligibility.rule.RequesterStanding;
import org.rjkit.eligibility.rule.Rule;
import org.rjkit.eligibility.rule.SafetyRisk;

/**
 * {@code eu-victims-directive-art12}: the safeguards Directive 2012/29/EU Art. 12(1) sets for
 * providing a restorative justice service.
 *
 * <p>Open item: Denmark is excluded because it does not take part in the Directive (Protocol
 * No 22 on the position of Denmark), as the Directive's closing recitals state; the recital's
 * number has not been checked against the official EUR-Lex text.
 *
 * @since 1.0
 */
public final class EuVictimsDirectiveArt12 {

  /** Rule 1: a member state bound by the Directive. */
  public static final String MEMBER_STATE = "EU-ART12-MEMBER-STATE";
  /** Rule 2: the requester is a victim. */
  public static final String REQUESTER = "EU-ART12-REQUESTER-VICTIM";
  /** Rule 3: free and informed consent, not withdrawn. */
  public static final String CONSENT = "EU-ART12-CONSENT";
  /** Rule 4: safety. */
  public static final String SAFETY = "EU-ART12-SAFETY";
  /** Rule 5: the offender acknowledges the basic facts. */
  public static final String BASIC_FACTS = "EU-ART12-BASIC-FACTS";

  private static final List<Rule> RULES = List.of(
      Rule.builder(MEMBER_STATE, Phase.ELIGIBILITY)
          .policy(policy(MEMBER_STATE))
          .cites(DIRECTIVE_DENMARK, TFEU_TERRITORIES).rows("EU-1", "EU-9")
          .is(new JurisdictionIn(
              ImmutableSet.<String>builder()
                  .addAll(Sets.difference(JurisdictionIn.EU_MEMBER_STATES, ImmutableSet.of("DK")))
                  .addAll(JurisdictionIn.EU_REGIONS_WITH_OWN_CODES).build(),
              ImmutableSet.<String>builder().add("DK")
                  .addAll(JurisdictionIn.EU_OVERSEAS_SUBDIVISIONS).build())),
      Rule.builder(REQUESTER, Phase.ELIGIBILITY)
          .policy(policy(REQUESTER))
          .cites(DIRECTIVE_ART_2_1_A, DIRECTIVE_ART_2_1_A_II_B, DIRECTIVE_ART_12_1_A)
          .rows("EU-2")
          .is(RequesterStanding.of(EnumSet.of(Role.VICTIM, Role.VICTIM_FAMILY_MEMBER),
              RequesterStanding.Restriction.CO_ACCUSED_EXCLUDED_FROM_VICTIM_SIDE,
              RequesterStanding.Restriction.FAMILY_MEMBER_ONLY_FOR_DECEASED_VICTIM)),
      Rule.builder(CONSENT, Phase.SUITABILITY)
          .policy(policy(CONSENT))
          .cites(DIRECTIVE_ART_12_1_A_B, VSE_ART_12).rows("EU-2", "EU-3")
          .is(ConsentOfParties.anyForm(ConsentParty.REQUESTER)),
      Rule.builder(SAFETY, Phase.SUITABILITY)
          .policy(policy(SAFETY))
          .cites(DIRECTIVE_ART_12_1, DIRECTIVE_ART_12_1_A).rows("EU-1", "EU-2")
          .is(SafetyRisk.DANGER_REFUSED_HIGH_REVIEWED),
      Rule.builder(BASIC_FACTS, Phase.SUITABILITY)
          .policy(policy(BASIC_FACTS))
          .cites(DIRECTIVE_ART_12_1_C, VSE_ART_12).rows("EU-4")
          .is(new AcknowledgesBasicFacts()));

  /** The programme. */
  public static final Programme PROGRAMME = Programme.of(Programmes.EU_VICTIMS_DIRECTIVE_ART12,
      name(Programmes.EU_VICTIMS_DIRECTIVE_ART12),
      new RuleSetVersion("2026-01-01", LocalDate.of(2026, 1, 1), RULES));

  private EuVictimsDirectiveArt12() {}
}
