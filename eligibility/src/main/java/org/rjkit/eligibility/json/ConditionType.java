package org.rjkit.eligibility.json;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.rjkit.eligibility.rule.AcceptsResponsibility;
import org.rjkit.eligibility.rule.AcknowledgesBasicFacts;
import org.rjkit.eligibility.rule.AgeOnOffenceDates;
import org.rjkit.eligibility.rule.ConsentOfParties;
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
import org.rjkit.eligibility.rule.RuleDefinition;
import org.rjkit.eligibility.rule.SafetyRisk;
import org.rjkit.eligibility.rule.SpecialistAssessmentForContexts;
import org.rjkit.eligibility.rule.StageIn;
import org.rjkit.eligibility.rule.StillUnderSentence;
import org.rjkit.eligibility.rule.VictimParticipationNotRequired;
import org.rjkit.eligibility.rule.VictimPresent;

/**
 * The {@code type} of a rule's {@code condition} in a rule-set document: one value per record of
 * the rule vocabulary ({@link RuleDefinition}), named after it in UPPER_SNAKE case, with the
 * names of the parameters the condition object carries besides {@code type} (the record's
 * components, with the same names). Parameters marked optional may be left out.
 *
 * @since 1.0
 */
public enum ConditionType {
  /** {@link StageIn}. */
  STAGE_IN(StageIn.class, List.of("stages"), List.of()),
  /** {@link JurisdictionIn}. */
  JURISDICTION_IN(JurisdictionIn.class, List.of("included", "excluded"), List.of()),
  /** {@link RequesterStanding}. */
  REQUESTER_STANDING(RequesterStanding.class, List.of("roles",
      "coAccusedExcludedFromVictimSide", "familyMemberOnlyForDeceasedVictim",
      "representativeOnlyForRegisteredVictim"), List.of("representativeOnlyForRegisteredVictim")),
  /** {@link FederalSentence}; {@code minimumTerm} is optional (absent: Criminal Code s.743.1). */
  FEDERAL_SENTENCE(FederalSentence.class, List.of("minimumTerm"), List.of("minimumTerm")),
  /** {@link StillUnderSentence}. */
  STILL_UNDER_SENTENCE(StillUnderSentence.class, List.of("whenExpired"), List.of()),
  /** {@link AgeOnOffenceDates}; {@code underAge} is optional (absent: no upper bound). */
  AGE_ON_OFFENCE_DATES(AgeOnOffenceDates.class, List.of("minimumAge", "underAge"),
      List.of("underAge")),
  /** {@link OffenceExclusions}. */
  OFFENCE_EXCLUSIONS(OffenceExclusions.class, List.of("categories", "contexts"), List.of()),
  /** {@link OffenceCategoriesIncluded}. */
  OFFENCE_CATEGORIES_INCLUDED(OffenceCategoriesIncluded.class, List.of("included", "excluded"),
      List.of()),
  /** {@link SpecialistAssessmentForContexts}. */
  SPECIALIST_ASSESSMENT_FOR_CONTEXTS(SpecialistAssessmentForContexts.class,
      List.of("contexts"), List.of()),
  /** {@link AcceptsResponsibility}. */
  ACCEPTS_RESPONSIBILITY(AcceptsResponsibility.class, List.of(), List.of()),
  /** {@link AcknowledgesBasicFacts}. */
  ACKNOWLEDGES_BASIC_FACTS(AcknowledgesBasicFacts.class, List.of(), List.of()),
  /** {@link NoDenialNorTrialWish}. */
  NO_DENIAL_NOR_TRIAL_WISH(NoDenialNorTrialWish.class, List.of(), List.of()),
  /** {@link ConsentOfParties}. */
  CONSENT_OF_PARTIES(ConsentOfParties.class, List.of("parties", "forms"), List.of()),
  /** {@link SafetyRisk}. */
  SAFETY_RISK(SafetyRisk.class, List.of("notMet", "review"), List.of()),
  /** {@link NoContactOrders}. */
  NO_CONTACT_ORDERS(NoContactOrders.class, List.of("whenOrderInForce"), List.of()),
  /** {@link PleaIn}. */
  PLEA_IN(PleaIn.class, List.of("pleas"), List.of()),
  /** {@link CourtIn}. */
  COURT_IN(CourtIn.class, List.of("courts"), List.of()),
  /** {@link NoPriorRestorativeProcess}. */
  NO_PRIOR_RESTORATIVE_PROCESS(NoPriorRestorativeProcess.class, List.of(), List.of()),
  /** {@link RestorativeServiceAvailable}. */
  RESTORATIVE_SERVICE_AVAILABLE(RestorativeServiceAvailable.class, List.of(), List.of()),
  /** {@link ProsecutionViable}. */
  PROSECUTION_VIABLE(ProsecutionViable.class, List.of(), List.of()),
  /** {@link CounselAdvised}. */
  COUNSEL_ADVISED(CounselAdvised.class, List.of("reasonableOpportunityRequired"), List.of()),
  /** {@link VictimPresent}. */
  VICTIM_PRESENT(VictimPresent.class, List.of(), List.of()),
  /** {@link VictimParticipationNotRequired}. */
  VICTIM_PARTICIPATION_NOT_REQUIRED(VictimParticipationNotRequired.class, List.of(), List.of());

  private final Class<? extends RuleDefinition> definition;
  private final List<String> parameters;
  private final List<String> optional;

  ConditionType(Class<? extends RuleDefinition> definition, List<String> parameters,
      List<String> optional) {
    this.definition = definition;
    this.parameters = parameters;
    this.optional = optional;
  }

  /** {@return the vocabulary record this type stands for} */
  public Class<? extends RuleDefinition> definition() {
    return definition;
  }

  /** {@return the parameters of the condition object besides {@code type}, in the order written} */
  public List<String> parameters() {
    return parameters;
  }

  /** {@return the parameters that may be left out} */
  public List<String> optionalParameters() {
    return optional;
  }

  /**
   * The type of a definition.
   *
   * @param definition not null
   * @return its type
   */
  public static ConditionType of(RuleDefinition definition) {
    checkNotNull(definition, "definition");
    return definition.accept(TYPE);
  }

  /** Names the type of each record; the compiler checks that none is left out. */
  private static final RuleDefinition.Visitor<ConditionType> TYPE =
      new RuleDefinition.Visitor<>() {
        @Override
        public ConditionType visit(StageIn d) {
          return STAGE_IN;
        }

        @Override
        public ConditionType visit(JurisdictionIn d) {
          return JURISDICTION_IN;
        }

        @Override
        public ConditionType visit(RequesterStanding d) {
          return REQUESTER_STANDING;
        }

        @Override
        public ConditionType visit(FederalSentence d) {
          return FEDERAL_SENTENCE;
        }

        @Override
        public ConditionType visit(StillUnderSentence d) {
          return STILL_UNDER_SENTENCE;
        }

        @Override
        public ConditionType visit(AgeOnOffenceDates d) {
          return AGE_ON_OFFENCE_DATES;
        }

        @Override
        public ConditionType visit(OffenceExclusions d) {
          return OFFENCE_EXCLUSIONS;
        }

        @Override
        public ConditionType visit(OffenceCategoriesIncluded d) {
          return OFFENCE_CATEGORIES_INCLUDED;
        }

        @Override
        public ConditionType visit(SpecialistAssessmentForContexts d) {
          return SPECIALIST_ASSESSMENT_FOR_CONTEXTS;
        }

        @Override
        public ConditionType visit(AcceptsResponsibility d) {
          return ACCEPTS_RESPONSIBILITY;
        }

        @Override
        public ConditionType visit(AcknowledgesBasicFacts d) {
          return ACKNOWLEDGES_BASIC_FACTS;
        }

        @Override
        public ConditionType visit(NoDenialNorTrialWish d) {
          return NO_DENIAL_NOR_TRIAL_WISH;
        }

        @Override
        public ConditionType visit(ConsentOfParties d) {
          return CONSENT_OF_PARTIES;
        }

        @Override
        public ConditionType visit(SafetyRisk d) {
          return SAFETY_RISK;
        }

        @Override
        public ConditionType visit(NoContactOrders d) {
          return NO_CONTACT_ORDERS;
        }

        @Override
        public ConditionType visit(PleaIn d) {
          return PLEA_IN;
        }

        @Override
        public ConditionType visit(CourtIn d) {
          return COURT_IN;
        }

        @Override
        public ConditionType visit(NoPriorRestorativeProcess d) {
          return NO_PRIOR_RESTORATIVE_PROCESS;
        }

        @Override
        public ConditionType visit(RestorativeServiceAvailable d) {
          return RESTORATIVE_SERVICE_AVAILABLE;
        }

        @Override
        public ConditionType visit(ProsecutionViable d) {
          return PROSECUTION_VIABLE;
        }

        @Override
        public ConditionType visit(CounselAdvised d) {
          return COUNSEL_ADVISED;
        }

        @Override
        public ConditionType visit(VictimPresent d) {
          return VICTIM_PRESENT;
        }

        @Override
        public ConditionType visit(VictimParticipationNotRequired d) {
          return VICTIM_PARTICIPATION_NOT_REQUIRED;
        }
      };
}
