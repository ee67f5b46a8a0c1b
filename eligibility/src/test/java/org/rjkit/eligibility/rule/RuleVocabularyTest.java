package org.rjkit.eligibility.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.eligibility.Scenario.registeredVictimOfOffenderServingThreeYears;

import com.google.common.collect.ImmutableMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.casefile.Court;
import org.rjkit.core.casefile.Stage;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.language.Language;
import org.rjkit.core.offence.OffenceCategory;
import org.rjkit.core.offence.OffenceContext;
import org.rjkit.core.participant.Plea;
import org.rjkit.core.participant.Role;

/**
 * Each condition of the rule vocabulary, evaluated on its own: what it finds, the facts it names
 * (the fact paths of the decision document, so that a reviewer can see what a result rests on),
 * and the reason it gives in English and French, which names what was found. Each row starts
 * from the CSC starting case: a registered victim (P1) asks; the offender (P2), born in 1990,
 * serves three years for a robbery (O1) committed in 2021; both consented in writing in
 * October 2026; one safety assessment (LOW, 5 October 2026); decided on 21 November 2026.
 */
@DisplayName("Rule vocabulary: findings")
class RuleVocabularyTest {

  /** The conditions the tables name. */
  static final Map<String, RuleDefinition> DEFINITIONS = ImmutableMap.<String, RuleDefinition>
      builder()
      .put("post-sentence stage", new StageIn(EnumSet.of(Stage.POST_SENTENCE)))
      .put("district court", new CourtIn(EnumSet.of(Court.DISTRICT_COURT)))
      .put("jurisdiction Québec", JurisdictionIn.of("CA-QC"))
      .put("guilty plea", new PleaIn(EnumSet.of(Plea.GUILTY)))
      .put("victim's standing", RequesterStanding.of(EnumSet.of(Role.VICTIM),
          RequesterStanding.Restriction.CO_ACCUSED_EXCLUDED_FROM_VICTIM_SIDE))
      .put("representative's standing", RequesterStanding.of(
          EnumSet.of(Role.VICTIM_REPRESENTATIVE), RequesterStanding.Restriction.CO_ACCUSED_EXCLUDED_FROM_VICTIM_SIDE,
          RequesterStanding.Restriction.REPRESENTATIVE_ONLY_FOR_REGISTERED_VICTIM))
      .put("offences included", new OffenceCategoriesIncluded(
          EnumSet.of(OffenceCategory.THEFT), EnumSet.of(OffenceCategory.HOMICIDE)))
      .put("accepts responsibility", new AcceptsResponsibility())
      .put("acknowledges basic facts", new AcknowledgesBasicFacts())
      .put("no denial nor trial wish", new NoDenialNorTrialWish())
      .put("counsel advised", CounselAdvised.rightToCounsel())
      .put("counsel advised and consulted", CounselAdvised.rightToCounselAndOpportunityToConsult())
      .put("adult", AgeOnOffenceDates.atLeast(18))
      .put("young person", AgeOnOffenceDates.between(12, 18))
      .put("no homicide nor sexual offence", new OffenceExclusions(
          EnumSet.of(OffenceCategory.HOMICIDE), EnumSet.of(OffenceContext.SEXUAL)))
      .put("specialist for sexual offences", new SpecialistAssessmentForContexts(
          EnumSet.of(OffenceContext.SEXUAL)))
      .put("consent of the offender", ConsentOfParties.anyForm(ConsentParty.OFFENDER))
      .put("consent of both sides", ConsentOfParties.anyForm(ConsentParty.VICTIM_SIDE,
          ConsentParty.OFFENDER))
      .put("written consent of both sides", new ConsentOfParties(
          EnumSet.of(ConsentParty.VICTIM_SIDE, ConsentParty.OFFENDER),
          EnumSet.of(ConsentForm.WRITTEN, ConsentForm.ORAL_RECORDED)))
      .put("danger refused, high risk reviewed", SafetyRisk.DANGER_REFUSED_HIGH_REVIEWED)
      .put("no-contact orders reviewed", new NoContactOrders(RuleStatus.REVIEW))
      .put("no-contact orders refused", new NoContactOrders(RuleStatus.NOT_MET))
      .put("under sentence, expiry reviewed", new StillUnderSentence(RuleStatus.REVIEW))
      .put("under sentence, expiry refused", new StillUnderSentence(RuleStatus.NOT_MET))
      .put("victim present", new VictimPresent())
      .put("victim not required", new VictimParticipationNotRequired())
      .build();

  private static Finding evaluate(String definition, String changes) {
    RuleDefinition d = DEFINITIONS.get(definition);
    assertTrue(d != null, definition);
    return d.evaluate(Facts.of(registeredVictimOfOffenderServingThreeYears().with(changes)));
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # condition                        | changes to the case                    | status  | facts used                                                        | facts missing
      # A case that names no offender: every condition on the offender is open
      accepts responsibility             | no offender                            | UNKNOWN | participants[role=OFFENDER]                                       | participants[role=OFFENDER]
      acknowledges basic facts           | no offender                            | UNKNOWN | participants[role=OFFENDER]                                       | participants[role=OFFENDER]
      no denial nor trial wish           | no offender                            | UNKNOWN | participants[role=OFFENDER]                                       | participants[role=OFFENDER]
      guilty plea                        | no offender                            | UNKNOWN | participants[role=OFFENDER]                                       | participants[role=OFFENDER]
      counsel advised                    | no offender                            | UNKNOWN | participants[role=OFFENDER]                                       | participants[role=OFFENDER]
      adult                              | no offender                            | UNKNOWN | participants[role=OFFENDER]                                       | participants[role=OFFENDER]
      consent of the offender            | no offender                            | UNKNOWN | participants[role=OFFENDER] consents[P1]                          | participants[role=OFFENDER]
      # The offender's statements
      accepts responsibility             | none                                   | MET     | participants[P2].acceptsResponsibility                            | -
      no denial nor trial wish           | denies involvement no; wants trial yes | NOT_MET | participants[P2].wantsTrial                                       | -
      no denial nor trial wish           | denies involvement no                  | UNKNOWN | participants[P2].deniesInvolvement participants[P2].wantsTrial    | participants[P2].wantsTrial
      guilty plea                        | plea NOT_GUILTY                        | NOT_MET | participants[P2].plea                                             | -
      # Counsel: the opportunity to consult is a fact only where the programme requires it
      counsel advised                    | advised of right to counsel yes        | MET     | participants[P2].advisedOfRightToCounsel                          | -
      counsel advised and consulted      | advised of right to counsel yes; opportunity to consult counsel yes | MET | participants[P2].advisedOfRightToCounsel participants[P2].hadReasonableOpportunityToConsultCounsel | -
      counsel advised and consulted      | advised of right to counsel yes        | UNKNOWN | participants[P2].advisedOfRightToCounsel participants[P2].hadReasonableOpportunityToConsultCounsel | participants[P2].hadReasonableOpportunityToConsultCounsel
      counsel advised and consulted      | advised of right to counsel yes; opportunity to consult counsel no | NOT_MET | participants[P2].hadReasonableOpportunityToConsultCounsel | -
      # Age on the offence dates
      adult                              | none                                   | MET     | participants[P2].dateOfBirth offences[0].committedOn              | -
      young person                       | none                                   | NOT_MET | participants[P2].dateOfBirth offences[0].committedOn              | -
      adult                              | born unknown; offence on unknown       | UNKNOWN | participants[P2].dateOfBirth offences[0].committedOn              | participants[P2].dateOfBirth offences[0].committedOn
      adult                              | offences unknown                       | UNKNOWN | offences                                                          | offences
      # Offences: the category alone, or the category and its contexts
      no homicide nor sexual offence     | none                                   | MET     | offences[0].category offences[0].contexts                         | -
      no homicide nor sexual offence     | offence HOMICIDE                       | NOT_MET | offences[0].category                                              | -
      no homicide nor sexual offence     | offence ASSAULT; offence in SEXUAL context | NOT_MET | offences[0].category offences[0].contexts                     | -
      no homicide nor sexual offence     | offence SEXUAL_ASSAULT                 | NOT_MET | offences[0].category offences[0].contexts                         | -
      specialist for sexual offences     | offence SEXUAL_ASSAULT                 | REVIEW  | offences[0].category offences[0].contexts                         | -
      specialist for sexual offences     | none                                   | MET     | offences[0].category offences[0].contexts                         | -
      specialist for sexual offences     | offences unknown                       | UNKNOWN | offences                                                          | offences
      # Consent: the records of the parties required, the offender's first (the parties in the order REQUESTER, OFFENDER, VICTIM_SIDE)
      consent of both sides              | none                                   | MET     | consents[P2] consents[P1]                                         | -
      consent of both sides              | requester P2                           | MET     | consents[P2] consents[P1]                                         | -
      consent of both sides              | consent P1 form unknown                | MET     | consents[P2] consents[P1]                                         | -
      written consent of both sides      | none                                   | MET     | consents[P2] consents[P2].form consents[P1] consents[P1].form     | -
      written consent of both sides      | consent P1 form unknown                | UNKNOWN | consents[P2] consents[P2].form consents[P1] consents[P1].form     | consents[P1].form
      written consent of both sides      | consent P2 form ORAL                   | NOT_MET | consents[P2] consents[P2].form                                    | -
      consent of both sides              | consent P2 informed unknown            | UNKNOWN | consents[P2] consents[P2].informed consents[P1]                   | consents[P2].informed
      consent of both sides              | no consent of P1                       | UNKNOWN | consents[P2] consents[P1]                                         | consents[P1]
      # Safety: the latest assessment on or before the date decided for, by its place in the case
      danger refused, high risk reviewed | none                                   | MET     | safetyAssessments[0].riskToVictim                                 | -
      danger refused, high risk reviewed | risk HIGH                              | REVIEW  | safetyAssessments[1].riskToVictim                                 | -
      danger refused, high risk reviewed | risk DANGER on 2026-09-01              | MET     | safetyAssessments[0].riskToVictim                                 | -
      danger refused, high risk reviewed | risk DANGER on 2026-12-01              | MET     | safetyAssessments[0].riskToVictim                                 | -
      danger refused, high risk reviewed | risk DANGER on 2026-10-06              | NOT_MET | safetyAssessments[1].riskToVictim                                 | -
      danger refused, high risk reviewed | no safety assessment                   | UNKNOWN | safetyAssessments                                                 | safetyAssessments
      # No-contact orders: the orders read, or that there is none
      no-contact orders reviewed         | none                                   | MET     | orders                                                            | -
      no-contact orders reviewed         | no-contact protecting P2               | MET     | orders[0].protectedParticipantId orders[0].allowsFacilitatedContact | -
      no-contact orders reviewed         | requester P2; no-contact protecting P1 | REVIEW  | orders[0].protectedParticipantId orders[0].allowsFacilitatedContact | -
      no-contact orders refused          | no-contact protecting P2; no-contact protecting P1 | NOT_MET | orders[1].protectedParticipantId orders[1].allowsFacilitatedContact | -
      no-contact orders refused          | no-contact protecting P1 allowing facilitated contact | MET | orders[0].protectedParticipantId orders[0].allowsFacilitatedContact | -
      # The victim
      victim present                     | none                                   | MET     | participants[P1].role                                             | -
      victim present                     | no victim; requester P2                | NOT_MET | participants[P2].role                                             | -
      victim present                     | no victim; requester P2; add supporter P6 | NOT_MET | participants[P2].role participants[P6].role                    | -
      victim not required                | no victim; requester P2                | MET     | -                                                                 | -
      # Requester, stage, court, jurisdiction
      victim's standing                  | none                                   | MET     | requesterId participants[P1].role participants[P1].chargedInSameOffence | -
      victim's standing                  | requester P2                           | NOT_MET | requesterId participants[P2].role                                 | -
      post-sentence stage                | no stage                               | UNKNOWN | stage                                                             | stage
      district court                     | court DISTRICT_COURT                   | MET     | court                                                             | -
      jurisdiction Québec                | jurisdiction CA-ON                     | NOT_MET | jurisdiction                                                      | -
      # Revised rules (programmes.md, common facts): a country alone where the programme applies in part
      jurisdiction Québec                | none                                   | UNKNOWN | jurisdiction                                                      | jurisdiction
      # The offences the programme includes (QC-3(1)): named by their places in the case
      offences included                  | none                                   | REVIEW  | offences[0].category                                              | -
      offences included                  | offence THEFT                          | MET     | offences[0].category                                              | -
      offences included                  | offence HOMICIDE                       | NOT_MET | offences[0].category                                              | -
      offences included                  | offences unknown                       | UNKNOWN | offences                                                          | offences
      # Standing: a deceased victim does not ask; a representative acts for a registered victim
      victim's standing                  | victim deceased                        | NOT_MET | requesterId participants[P1].role participants[P1].deceased       | -
      representative's standing          | add representative P4 for P1; requester P4 | MET | requesterId participants[P4].role participants[P4].chargedInSameOffence participants[P4].actsFor participants[P1].role participants[P1].chargedInSameOffence participants[P1].registeredVictim | -
      representative's standing          | add representative P4 for P2; requester P4 | NOT_MET | requesterId participants[P4].role participants[P4].chargedInSameOffence participants[P4].actsFor participants[P2].role | -
      # The offender concerned: with co-accused and no offenderId, the missing fact is offenderId
      accepts responsibility             | add offender P7                        | UNKNOWN | offenderId                                                        | offenderId
      consent of the offender            | add offender P7                        | UNKNOWN | offenderId consents[P1]                                           | offenderId
      accepts responsibility             | add offender P7; requester P7          | UNKNOWN | participants[P7].acceptsResponsibility                            | participants[P7].acceptsResponsibility
      accepts responsibility             | add offender P7; offenderId P2         | MET     | participants[P2].acceptsResponsibility                            | -
      """)
  void a_condition_finds_a_status_and_names_the_facts_it_used(String definition,
      String changes, RuleStatus status, String used, String missing) {
    Finding f = evaluate(definition, changes);
    assertEquals(status, f.status(), f.reason().in(Language.EN));
    assertEquals(used, Facts.paths(f.facts()), "facts used");
    assertEquals(missing, Facts.paths(f.missingFacts()), "facts missing");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # condition                        | changes to the case               | the English reason says                                                 | the French reason says
      post-sentence stage                | stage PRE_SENTENCE                | The stage of the proceedings (before sentencing) is not one the programme accepts; it accepts only: after sentencing. | L'étape de la procédure (avant la détermination de la peine) n'est pas admise par le programme, qui n'admet que : après la détermination de la peine.
      post-sentence stage                | none                              | The stage of the proceedings (after sentencing) is one the programme accepts. | L'étape de la procédure (après la détermination de la peine) est admise par le programme.
      district court                     | court HIGH_COURT                  | The case is before the High Court; the programme applies before the District Court only. | L'affaire est devant la Haute Cour ; le programme ne s'applique que devant le tribunal de district.
      jurisdiction Québec                | jurisdiction CA-ON                | dealt with in CA-ON, where the programme does not apply.                | relève du ressort CA-ON, où le programme ne s'applique pas.
      jurisdiction Québec                | none                              | The case names CA, where the programme applies in part only             | L'affaire désigne le ressort CA, où le programme ne s'applique qu'en partie
      guilty plea                        | plea NOT_GUILTY                   | The offender's plea (not guilty) is not one the programme accepts; it requires: guilty. | Le plaidoyer du délinquant (non coupable) n'est pas l'un de ceux qu'accepte le programme, qui exige : coupable.
      victim's standing                  | requester P2                      | The requester P2 asks in the role of offender; the programme takes requests only from these roles: victim. | La personne requérante P2 agit en qualité de délinquant ; le programme ne reçoit que les demandes des rôles suivants : victime.
      # Age: the range of the programme, never the date of birth
      adult                              | none                              | the offender's age was in the programme's range (18 or older).          | dans la fourchette du programme (18 ans ou plus).
      young person                       | none                              | On the date of offence O1 the offender's age was outside the programme's range (12 or older and under 18). | hors de la fourchette du programme (12 ans ou plus et moins de 18 ans).
      # Counsel: the opportunity to consult is mentioned only where it is required
      counsel advised                    | advised of right to counsel yes   | was advised of the right to counsel.                                    | avisé de son droit aux services d'un avocat.
      counsel advised and consulted      | advised of right to counsel yes; opportunity to consult counsel yes | and given a reasonable opportunity to consult counsel. | et a eu la possibilité raisonnable d'en consulter un.
      counsel advised                    | advised of right to counsel unknown | Whether the accused was advised of the right to counsel is not stated. | avisé de son droit à un avocat.
      counsel advised and consulted      | advised of right to counsel yes   | and had an opportunity to consult counsel is not stated.                | et a pu en consulter un.
      # Offences, named by their ids and categories
      no homicide nor sexual offence     | offence HOMICIDE                  | Offence O1 (homicide) is of a category the programme excludes.        | L'infraction O1 (homicide) est d'une catégorie que le programme exclut.
      no homicide nor sexual offence     | offence ASSAULT; offence in SEXUAL context | Offence O1 was committed in a context the programme excludes (sexual violence). | commise dans un contexte que le programme exclut (violence sexuelle).
      specialist for sexual offences     | offence SEXUAL_ASSAULT            | Offence O1 was committed in a context that needs a specialist (sexual violence): a specialist must assess | dans un contexte qui exige un spécialiste (violence sexuelle) : un spécialiste doit évaluer
      specialist for sexual offences     | none                              | in a context that needs a specialist assessment (sexual violence).      | qui exige l'évaluation d'un spécialiste (violence sexuelle).
      # Consent: who consented, and the form only where the programme requires one
      consent of both sides              | none                              | Every required participant (P2 and P1) has given informed consent that is current. | Chaque participant requis (P2 et P1) a donné un consentement éclairé toujours en vigueur.
      written consent of both sides      | none                              | Every required participant (P2 and P1) has given informed consent that is current, in an accepted form. | toujours en vigueur, sous une forme acceptée.
      written consent of both sides      | consent P2 form ORAL              | Participant P2 consented in a form the programme does not accept (oral) and has given no consent in a form it requires (written and oral, recorded) | sous une forme que le programme n'accepte pas (verbal) et n'a donné aucun consentement sous une forme qu'il exige (écrit et verbal, enregistré)
      consent of both sides              | consent P2 not informed           | Participant P2 consented without being fully informed.                  | Le participant P2 a consenti sans avoir été pleinement informé.
      # Safety: the level found
      danger refused, high risk reviewed | none                              | finds low risk to the victim, which does not prevent the case from proceeding. | (risque pour la victime : risque faible) n'empêche pas le dossier d'aller de l'avant.
      danger refused, high risk reviewed | risk HIGH                         | finds high risk to the victim: a decision-maker must review the case.  | (risque pour la victime : risque élevé) exige qu'un décideur examine le dossier.
      danger refused, high risk reviewed | risk DANGER                       | finds danger to the victim: the case cannot proceed.                   | (risque pour la victime : danger) empêche le dossier d'aller de l'avant.
      # No-contact orders: the participant protected, and where the request goes
      no-contact orders reviewed         | no-contact protecting P1          | protects participant P1 and does not allow contact facilitated by the programme: the request must go to the responsible central unit. | protège le participant P1 et ne permet pas de contact facilité par le programme : la demande doit être transmise à l'unité centrale responsable.
      no-contact orders refused          | no-contact protecting P1          | protects participant P1 and does not allow contact facilitated by the programme. | ne permet pas de contact facilité par le programme.
      no-contact orders refused          | none                              | No no-contact order is in force.                                        | Aucune ordonnance de non-communication n'est en vigueur.
      no-contact orders refused          | no-contact protecting P2          | Every no-contact order that protects the victim's side or the requester allows | Toute ordonnance de non-communication protégeant la victime
      # After expiry: reviewed or refused, as the programme says
      under sentence, expiry reviewed    | supervision WARRANT_EXPIRED       | no longer under sentence, and the programme's practice after expiry must be confirmed. | ne purge plus de peine, et la pratique du programme après l'expiration doit être confirmée.
      under sentence, expiry refused     | supervision WARRANT_EXPIRED       | no longer under sentence, and the programme does not take cases after expiry. | ne purge plus de peine, et le programme ne prend pas de dossiers après l'expiration.
      under sentence, expiry refused     | no supervision status             | the sentence has expired, and the programme does not take cases after expiry. | la peine est expirée, et le programme ne prend pas de dossiers après l'expiration.
      under sentence, expiry reviewed    | no supervision status             | the sentence has expired, and the programme's practice after expiry must be confirmed. | la peine est expirée, et la pratique du programme après l'expiration doit être confirmée.
      under sentence, expiry reviewed    | supervision DAY_PAROLE            | The offender is on day parole: still under sentence.                   | Le délinquant est en semi-liberté : il purge toujours sa peine.
      # The victim
      victim present                     | none                              | There is a victim in the case (P1).                                     | L'affaire compte une victime (P1).
      victim not required                | none                              | can proceed without the victim                                          | peut se dérouler sans la victime
      """)
  void a_reason_names_what_was_found_in_english_and_in_french(String definition,
      String changes, String en, String fr) {
    Finding f = evaluate(definition, changes);
    assertTrue(f.reason().in(Language.EN).contains(en), f.reason().in(Language.EN));
    assertTrue(f.reason().in(Language.FR).contains(fr), f.reason().in(Language.FR));
  }

  @Test
  void under_an_expired_warrant_the_result_is_the_one_the_programme_sets() {
    assertEquals(RuleStatus.REVIEW,
        evaluate("under sentence, expiry reviewed", "supervision WARRANT_EXPIRED").status());
    assertEquals(RuleStatus.NOT_MET,
        evaluate("under sentence, expiry refused", "supervision WARRANT_EXPIRED").status());
    assertEquals(RuleStatus.NOT_MET,
        evaluate("under sentence, expiry refused", "no supervision status").status());
  }

  @Test
  void a_case_that_states_no_offence_has_no_offence_date_and_no_excluded_offence() {
    ScreeningFacts noOffence = Facts.withNoOffence(registeredVictimOfOffenderServingThreeYears());
    Finding age = DEFINITIONS.get("adult").evaluate(noOffence);
    assertEquals(RuleStatus.NOT_MET, age.status());
    assertEquals(List.of("offences"), age.facts());
    assertTrue(age.reason().in(Language.EN).contains("states no offence"), age.reason().in(Language.EN));
    for (String name : List.of("no homicide nor sexual offence",
        "specialist for sexual offences")) {
      Finding f = DEFINITIONS.get(name).evaluate(noOffence);
      assertEquals(RuleStatus.MET, f.status(), name);
      assertEquals(List.of("offences"), f.facts(), name);
    }
  }

  @Test
  void a_condition_is_evaluated_under_the_id_phase_and_citations_of_its_rule() {
    Rule rule = Rule.builder("EX-SAFETY", org.rjkit.eligibility.rule.Phase.SUITABILITY)
        .policy("Safety.", "Sécurité.")
        .cites(org.rjkit.core.citation.Citation.of("Instrument", "s. 1")).is(
            DEFINITIONS.get("danger refused, high risk reviewed"));
    var result = rule.evaluate(Facts.of(registeredVictimOfOffenderServingThreeYears()
        .with("risk HIGH")));
    assertEquals("EX-SAFETY", result.ruleId());
    assertEquals(RuleStatus.REVIEW, result.status());
    assertEquals(List.of("safetyAssessments[1].riskToVictim"), result.facts());
    assertEquals(Set.of(), Set.copyOf(result.missingFacts()));
  }
}
