package org.rjkit.eligibility.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import java.lang.reflect.RecordComponent;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rjkit.core.casefile.Court;
import org.rjkit.core.casefile.Stage;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.offence.OffenceCategory;
import org.rjkit.core.offence.OffenceContext;
import org.rjkit.core.participant.Plea;
import org.rjkit.core.participant.Role;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.RuleSetVersion;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.eligibility.programmes.Programmes;
import org.rjkit.eligibility.rule.AcceptsResponsibility;
import org.rjkit.eligibility.rule.AcknowledgesBasicFacts;
import org.rjkit.eligibility.rule.AgeOnOffenceDates;
import org.rjkit.eligibility.rule.ConsentOfParties;
import org.rjkit.eligibility.rule.ConsentParty;
import org.rjkit.eligibility.rule.CounselAdvised;
import org.rjkit.eligibility.rule.CourtIn;
import org.rjkit.eligibility.rule.FederalSentence;
import org.rjkit.eligibility.rule.JurisdictionIn;
import org.rjkit.eligibility.rule.NoContactOrders;
import org.rjkit.eligibility.rule.NoDenialNorTrialWish;
import org.rjkit.eligibility.rule.NoPriorRestorativeProcess;
import org.rjkit.eligibility.rule.OffenceCategoriesIncluded;
import org.rjkit.eligibility.rule.OffenceExclusions;
import org.rjkit.eligibility.rule.PleaIn;
import org.rjkit.eligibility.rule.ProsecutionViable;
import org.rjkit.eligibility.rule.RequesterStanding;
import org.rjkit.eligibility.rule.RestorativeServiceAvailable;
import org.rjkit.eligibility.rule.Rule;
import org.rjkit.eligibility.rule.RuleDefinition;
import org.rjkit.eligibility.rule.SafetyRisk;
import org.rjkit.eligibility.rule.SpecialistAssessmentForContexts;
import org.rjkit.eligibility.rule.StageIn;
import org.rjkit.eligibility.rule.StillUnderSentence;
import org.rjkit.eligibility.rule.VictimParticipationNotRequired;
import org.rjkit.eligibility.rule.VictimPresent;

/**
 * Every kind of condition, with every one of its parameters given a value other than its
 * default (optional parameters present, sets not empty, flags set, statuses other than the
 * usual one), is written in a rule-set document and read back equal to itself. The table has
 * exactly one row per record the sealed {@link RuleDefinition} permits, so a record added to the
 * vocabulary fails here until it has a row.
 */
class ConditionRoundTripTest {

  private static final Map<Class<? extends RuleDefinition>, RuleDefinition> EVERY_PARAMETER_SET =
      ImmutableMap.<Class<? extends RuleDefinition>, RuleDefinition>builder()
          .put(StageIn.class, new StageIn(EnumSet.of(Stage.PRE_CHARGE, Stage.POST_SENTENCE)))
          .put(JurisdictionIn.class, new JurisdictionIn(Set.of("GB-ENG", "GB-WLS"),
              Set.of("GB-KEN")))
          .put(RequesterStanding.class, RequesterStanding.of(
              EnumSet.of(Role.VICTIM_REPRESENTATIVE, Role.VICTIM_FAMILY_MEMBER),
              RequesterStanding.Restriction.CO_ACCUSED_EXCLUDED_FROM_VICTIM_SIDE,
              RequesterStanding.Restriction.FAMILY_MEMBER_ONLY_FOR_DECEASED_VICTIM,
              RequesterStanding.Restriction.REPRESENTATIVE_ONLY_FOR_REGISTERED_VICTIM))
          .put(FederalSentence.class, FederalSentence.atLeast(Period.of(1, 6, 15)))
          .put(StillUnderSentence.class, new StillUnderSentence(RuleStatus.REVIEW))
          .put(AgeOnOffenceDates.class, AgeOnOffenceDates.between(12, 18))
          .put(OffenceExclusions.class, new OffenceExclusions(
              EnumSet.of(OffenceCategory.HOMICIDE, OffenceCategory.IMPAIRED_DRIVING),
              EnumSet.of(OffenceContext.SEXUAL, OffenceContext.INTIMATE_PARTNER)))
          .put(OffenceCategoriesIncluded.class, new OffenceCategoriesIncluded(
              EnumSet.of(OffenceCategory.THEFT, OffenceCategory.MISCHIEF),
              EnumSet.of(OffenceCategory.ROBBERY)))
          .put(SpecialistAssessmentForContexts.class, new SpecialistAssessmentForContexts(
              EnumSet.of(OffenceContext.HATE, OffenceContext.AGAINST_CHILD)))
          .put(AcceptsResponsibility.class, new AcceptsResponsibility())
          .put(AcknowledgesBasicFacts.class, new AcknowledgesBasicFacts())
          .put(NoDenialNorTrialWish.class, new NoDenialNorTrialWish())
          .put(ConsentOfParties.class, new ConsentOfParties(
              EnumSet.of(ConsentParty.OFFENDER, ConsentParty.VICTIM_SIDE),
              EnumSet.of(ConsentForm.WRITTEN, ConsentForm.ORAL_RECORDED)))
          .put(SafetyRisk.class, new SafetyRisk(EnumSet.of(RiskLevel.DANGER),
              EnumSet.of(RiskLevel.MODERATE, RiskLevel.HIGH)))
          .put(NoContactOrders.class, new NoContactOrders(RuleStatus.REVIEW))
          .put(PleaIn.class, new PleaIn(EnumSet.of(Plea.GUILTY, Plea.NONE)))
          .put(CourtIn.class, new CourtIn(EnumSet.of(Court.YOUTH_COURT, Court.CROWN_COURT)))
          .put(NoPriorRestorativeProcess.class, new NoPriorRestorativeProcess())
          .put(RestorativeServiceAvailable.class, new RestorativeServiceAvailable())
          .put(ProsecutionViable.class, new ProsecutionViable())
          .put(CounselAdvised.class, CounselAdvised.rightToCounselAndOpportunityToConsult())
          .put(VictimPresent.class, new VictimPresent())
          .put(VictimParticipationNotRequired.class, new VictimParticipationNotRequired())
          .buildOrThrow();

  private final RuleSetDocumentWriter writer = new RuleSetDocumentWriter();
  private final RuleSetDocumentReader reader = new RuleSetDocumentReader();

  @Test
  void the_table_has_one_row_for_every_record_of_the_vocabulary() {
    assertEquals(Set.of(RuleDefinition.class.getPermittedSubclasses()),
        EVERY_PARAMETER_SET.keySet());
    EVERY_PARAMETER_SET.forEach((type, example) -> assertEquals(type, example.getClass()));
  }

  static Stream<RuleDefinition> everyCondition() {
    return EVERY_PARAMETER_SET.values().stream();
  }

  @ParameterizedTest(name = "{0} reads back equal to itself")
  @MethodSource("everyCondition")
  void a_condition_with_every_parameter_set_reads_back_equal_to_itself(RuleDefinition d) {
    Programme programme = programmeOf(d);
    String document = writer.write(programme);
    Programme back = reader.read(document);
    assertEquals(d, back.versions().get(0).rules().get(0).definition());
    assertEquals(org.rjkit.eligibility.Frozen.programme(programme), back);
  }

  @ParameterizedTest(name = "{0} writes every parameter of its type")
  @MethodSource("everyCondition")
  void a_condition_with_every_parameter_set_writes_every_parameter(RuleDefinition d) {
    ConditionType type = ConditionType.of(d);
    assertEquals(d.getClass(), type.definition());
    ObjectNode condition = (ObjectNode) writer.toTree(programmeOf(d)).get("versions").get(0)
        .get("rules").get(0).get("condition");
    List<String> written = new ArrayList<>();
    condition.fieldNames().forEachRemaining(written::add);
    List<String> expected = new ArrayList<>(List.of("type"));
    expected.addAll(type.parameters());
    assertEquals(expected, written, "the optional parameters are written too");
    assertEquals(type.name(), condition.get("type").textValue());
  }

  /** A value that is not its component's default: present, not empty, set, not zero. */
  @ParameterizedTest(name = "{0} sets every component to a value other than its default")
  @MethodSource("everyCondition")
  void the_example_sets_every_component_to_a_value_other_than_its_default(RuleDefinition d)
      throws ReflectiveOperationException {
    for (RecordComponent component : d.getClass().getRecordComponents()) {
      Object value = component.getAccessor().invoke(d);
      String name = d.getClass().getSimpleName() + "." + component.getName();
      if (value instanceof Optional<?> o) {
        assertTrue(o.isPresent(), name + " is present");
      } else if (value instanceof Collection<?> c) {
        assertFalse(c.isEmpty(), name + " is not empty");
        if (c.iterator().next() instanceof Enum<?> e
            && e.getDeclaringClass() == RequesterStanding.Restriction.class) {
          assertEquals(EnumSet.allOf(RequesterStanding.Restriction.class), Set.copyOf(c),
              name + " sets every restriction");
        }
      } else if (value instanceof Boolean b) {
        assertTrue(b, name + " is set");
      } else if (value instanceof Integer i) {
        assertNotEquals(0, i, name + " is not zero");
      } else if (value instanceof RuleStatus s) {
        assertEquals(RuleStatus.REVIEW, s, name + " is the less usual status");
      } else if (value instanceof org.rjkit.eligibility.rule.CounselAdvised.Extent x) {
        assertEquals(org.rjkit.eligibility.rule.CounselAdvised.Extent
            .RIGHT_TO_COUNSEL_AND_OPPORTUNITY_TO_CONSULT, x, name + " requires the most");
      } else {
        throw new AssertionError(name + ": a component of a kind this test does not check: "
            + component.getType());
      }
    }
  }

  /** The first built-in programme's first version, with one rule: the condition given. */
  private static Programme programmeOf(RuleDefinition d) {
    Programme builtIn = Programmes.all().get(0);
    RuleSetVersion version = builtIn.versions().get(0);
    Rule template = version.rules().get(0);
    Rule rule = new Rule(template.id(), template.phase(), template.policy(),
        template.citations(), template.catalogueRows(), d);
    return new Programme(builtIn.id(), builtIn.name(), List.of(new RuleSetVersion(
        version.version(), version.effectiveFrom(), List.of(rule))));
  }
}
