package org.rjkit.eligibility.rule;

/**
 * The vocabulary of eligibility rules: a closed family of parameterised conditions on a case. A
 * programme (built in, or a vendor's own rule-set document) is an ordered list of {@link Rule}s,
 * each of which wraps one definition with an id, a phase, a policy sentence and citations.
 *
 * <p>Every definition is an immutable record whose components are plain data (sets of enum
 * values, numbers, codes), so that the same vocabulary can be written as JSON. Evaluation never
 * throws for incomplete facts: a missing fact gives {@link org.rjkit.eligibility.RuleStatus#UNKNOWN}
 * and names the missing fact paths.
 */
public sealed interface RuleDefinition
    permits StageIn, JurisdictionIn, RequesterStanding, FederalSentence, StillUnderSentence,
        AgeOnOffenceDates, OffenceExclusions, OffenceCategoriesIncluded,
        SpecialistAssessmentForContexts,
        AcceptsResponsibility, AcknowledgesBasicFacts, NoDenialNorTrialWish, ConsentOfParties,
        SafetyRisk, NoContactOrders, PleaIn, CourtIn, NoPriorRestorativeProcess,
        RestorativeServiceAvailable, ProsecutionViable, CounselAdvised, VictimPresent,
        VictimParticipationNotRequired {

  /**
   * Evaluates the condition against a case.
   *
   * @param facts the case, requester and date, not null
   * @return what was found, never null
   */
  Finding evaluate(CaseFacts facts);
}
