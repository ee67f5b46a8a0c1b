package org.rjkit.eligibility.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rjkit.eligibility.Scenario.registeredVictimOfOffenderServingThreeYears;

import java.time.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rjkit.core.language.Language;

/**
 * The sentence conditions on their own: the penitentiary sentence of Criminal Code s.743.1, a
 * vendor programme's own minimum term, and whether the sentence is still being served. Each row
 * starts from the CSC starting case (three years from 10 January 2022, in custody) and names
 * the sentence facts the finding rests on, by their place in the case ({@code sentences[1]} is
 * the second sentence), and what its reason says.
 */
@DisplayName("Rule vocabulary: sentences")
class SentenceRulesTest {

  private static Finding evaluate(RuleDefinition d, String changes) {
    return d.evaluate(Facts.of(registeredVictimOfOffenderServingThreeYears().with(changes)));
  }

  private static void check(Finding f, RuleStatus status, String used, String missing,
      String en, String fr) {
    assertEquals(status, f.status(), f.reason().in(Language.EN));
    assertEquals(used, Facts.paths(f.facts()), "facts used");
    assertEquals(missing, Facts.paths(f.missingFacts()), "facts missing");
    assertTrue(f.reason().in(Language.EN).contains(en), f.reason().in(Language.EN));
    assertTrue(f.reason().in(Language.FR).contains(fr), f.reason().in(Language.FR));
  }

  @ParameterizedTest(name = "s.743.1: {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # sentences                  | status  | facts used                                                                   | facts missing         | the English reason says                        | the French reason says
      none                         | MET     | sentences[0].term                                                            | -                     | Sentence S1 is a term of imprisonment of two years or more | La peine S1 est un emprisonnement de deux ans ou plus
      life                         | MET     | sentences[0].kind                                                            | -                     | Sentence S1 is life imprisonment              | La peine S1 est l'emprisonnement à perpétuité
      indeterminate                | MET     | sentences[0].kind                                                            | -                     | Sentence S1 is an indeterminate sentence       | La peine S1 est une peine de durée indéterminée
      consecutive P12M+P12M        | MET     | sentences[0].term sentences[1].term sentences[1].consecutiveTo               | -                     | Sentences S1 and S2 are served one after the other | Les peines S1 et S2 sont purgées
      term P2Y-1D                  | NOT_MET | sentences[0].kind sentences[0].term                                          | -                     | every term of imprisonment, alone or served consecutively, is under two years | par. 743.1(3)
      consecutive P1Y+P1Y-1D       | NOT_MET | sentences[0].kind sentences[0].term sentences[1].kind sentences[1].term sentences[1].consecutiveTo | - | is under two years                    | moins de deux ans
      fine                         | NOT_MET | sentences[0].kind                                                            | -                     | other kinds of sentence never count            | les autres peines ne comptent jamais
      no sentence                  | NOT_MET | sentences                                                                    | -                     | no sentence has been imposed                   | aucune peine n'a été infligée
      undated term P730D           | UNKNOWN | sentences[0].term sentences[0].startsOn                                      | sentences[0].startsOn | depends on the date they start                 | dépend de leur date de début
      sentences unknown            | UNKNOWN | sentences                                                                    | sentences             | does not state the sentences                   | n'indique pas les peines
      # issue 8: the aggregate is the sum of the terms (s.743.1(1)(c)); long-term supervision (s.753.1(3)(a), s.743.1(3.1))
      consecutive P1M+P23M from 2025-01-31 | MET | sentences[0].term sentences[1].term sentences[1].consecutiveTo       | -                     | Sentences S1 and S2 are served one after the other | Les peines S1 et S2 sont purgées
      consecutive P23M+P1M from 2025-01-31 | MET | sentences[0].term sentences[1].term sentences[1].consecutiveTo       | -                     | Sentences S1 and S2 are served one after the other | Les peines S1 et S2 sont purgées
      supervision LONG_TERM_SUPERVISION; no sentence | MET | supervision.status                                         | -                     | long-term supervision order                    | surveillance de longue durée
      supervision LONG_TERM_SUPERVISION; sentences unknown | MET | supervision.status                                   | -                     | s.743.1(3.1)                                   | par. 743.1(3.1)
      """)
  void a_penitentiary_sentence_rests_on_the_sentences_that_make_it_one(String changes,
      RuleStatus status, String used, String missing, String en, String fr) {
    check(evaluate(new FederalSentence(), changes), status, used, missing, en, fr);
  }

  @ParameterizedTest(name = "at least six months: {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # sentences                  | status  | facts used                                                                   | facts missing         | the English reason says                        | the French reason says
      term P6M                     | MET     | sentences[0].term                                                            | -                     | Sentence S1 is a term of imprisonment of at least the programme's minimum term of six months. | La peine S1 est un emprisonnement d'au moins la durée minimale de six mois
      term P6M-1D                  | NOT_MET | sentences[0].kind sentences[0].term                                          | -                     | No term of imprisonment, alone or served consecutively, reaches the programme's minimum term of six months | n'atteint la durée minimale de six mois
      consecutive P3M+P3M          | MET     | sentences[0].term sentences[1].term sentences[1].consecutiveTo               | -                     | Sentences S1 and S2 are served one after the other and in the aggregate reach the programme's minimum term of six months. | Les peines S1 et S2 sont purgées l'une après l'autre
      consecutive P3M+P3M-1D       | NOT_MET | sentences[0].kind sentences[0].term sentences[1].kind sentences[1].term sentences[1].consecutiveTo | - | reaches the programme's minimum term of six months | n'atteint la durée minimale de six mois
      concurrent P3M+P3M           | NOT_MET | sentences[0].kind sentences[0].term sentences[1].kind sentences[1].term     | -                     | reaches the programme's minimum term of six months | n'atteint la durée minimale de six mois
      life                         | MET     | sentences[0].kind                                                            | -                     | Sentence S1 is life imprisonment, which reaches the programme's minimum term of six months. | La peine S1 est l'emprisonnement à perpétuité, qui atteint la durée minimale de six mois
      indeterminate                | MET     | sentences[0].kind                                                            | -                     | Sentence S1 is an indeterminate sentence, which reaches | La peine S1 est une peine de durée indéterminée, qui atteint
      fine                         | NOT_MET | sentences[0].kind                                                            | -                     | other kinds of sentence never count            | les autres peines ne comptent jamais
      conditional sentence P1Y     | NOT_MET | sentences[0].kind                                                            | -                     | other kinds of sentence never count            | les autres peines ne comptent jamais
      no sentence                  | NOT_MET | sentences                                                                    | -                     | no sentence has been imposed                   | aucune peine n'a été infligée
      undated term P183D           | UNKNOWN | sentences[0].term sentences[0].startsOn                                      | sentences[0].startsOn | Whether the terms reach the programme's minimum term of six months depends on the date they start | dépend de leur date de début
      undated term P1Y             | MET     | sentences[0].term                                                            | -                     | Sentence S1 is a term of imprisonment of at least | La peine S1 est un emprisonnement d'au moins
      sentences unknown            | UNKNOWN | sentences                                                                    | sentences             | does not state the sentences                   | n'indique pas les peines
      """)
  void a_programmes_own_minimum_term_is_counted_like_the_two_years_of_s743_1(String changes,
      RuleStatus status, String used, String missing, String en, String fr) {
    check(evaluate(FederalSentence.atLeast(Period.ofMonths(6)), changes), status, used, missing,
        en, fr);
  }

  @ParameterizedTest(name = "still under sentence: {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # with no supervision status, the sentences   | status  | facts used                                                                     | facts missing                              | the English reason says                | the French reason says
      supervision FULL_PAROLE                        | MET     | supervision.status                                                             | -                                          | is on full parole: still under sentence | est en libération conditionnelle totale : il purge toujours sa peine
      no supervision status                          | REVIEW  | sentences[0].startsOn sentences[0].term                                        | -                                          | the sentence has expired               | la peine est expirée
      no supervision status; term P6Y                | MET     | sentences[0].startsOn sentences[0].term                                        | -                                          | still serving a penitentiary sentence  | purge toujours une peine
      no supervision status; consecutive P3Y+P3Y     | MET     | sentences[0].startsOn sentences[0].term sentences[1].term sentences[1].consecutiveTo | -                                    | still serving a penitentiary sentence  | purge toujours une peine
      no supervision status; concurrent P3Y+P6Y      | MET     | sentences[0].startsOn sentences[0].term sentences[1].startsOn sentences[1].term | -                                         | still serving a penitentiary sentence  | purge toujours une peine
      no supervision status; life                    | MET     | sentences[0].kind                                                              | -                                          | A life or indeterminate sentence never expires | n'expire jamais
      no supervision status; fine                    | REVIEW  | sentences                                                                      | -                                          | no term of imprisonment is still being served | aucun emprisonnement n'est purgé
      no supervision status; no sentence             | REVIEW  | sentences                                                                      | -                                          | no term of imprisonment is still being served | aucun emprisonnement n'est purgé
      no supervision status; undated term P3Y        | UNKNOWN | supervision.status sentences[0].startsOn sentences[0].term                     | supervision.status sentences[0].startsOn   | a start date is missing and no supervision status is stated | une date de début manque
      no supervision status; sentences unknown       | UNKNOWN | supervision.status sentences                                                   | supervision.status sentences               | Neither the supervision status nor the sentences are stated | Ni le statut de surveillance ni les peines
      # issue 8: the same sentences as s.743.1; a provincial term never counts; s.743.1(2) through imposedOn
      no supervision status; also term P12M imposed 2026-06-01 | REVIEW | sentences[0].startsOn sentences[0].term sentences[1].startsOn sentences[1].term | - | a provincial term does not count | une peine provinciale ne compte pas
      no supervision status; term P2Y-1D starting 2025-06-01 | REVIEW | sentences[0].startsOn sentences[0].term                                 | -                                          | a provincial term does not count       | une peine provinciale ne compte pas
      no supervision status; also term P2Y-1D imposed 2024-12-01 | MET | sentences[0].startsOn sentences[0].term sentences[1].startsOn sentences[1].term sentences[1].imposedOn | - | S9, is served in a penitentiary too, Criminal Code s.743.1(2) | par. 743.1(2)
      no supervision status; also term P2Y-1D imposed 2025-02-01 | REVIEW | sentences[0].startsOn sentences[0].term sentences[1].startsOn sentences[1].term | - | the sentence has expired | la peine est expirée
      no supervision status; also term P2Y-1D imposed 2024-12-01 undated | UNKNOWN | supervision.status sentences[0].startsOn sentences[0].term sentences[1].startsOn sentences[1].term sentences[1].imposedOn | supervision.status sentences[1].startsOn | a start date is missing | une date de début manque
      no supervision status; consecutive P1M+P35M from 2025-01-31; as of 2028-01-29 | MET | sentences[0].startsOn sentences[0].term sentences[1].term sentences[1].consecutiveTo | - | still serving a penitentiary sentence | purge toujours une peine dans un pénitencier
      """)
  void whether_the_sentence_is_still_served_rests_on_the_status_or_on_the_sentences_dates(
      String changes, RuleStatus status, String used, String missing, String en, String fr) {
    check(evaluate(new StillUnderSentence(RuleStatus.REVIEW), changes), status, used, missing,
        en, fr);
  }
}
