package org.rjkit.samples.rulebook.conversion;

import org.rjkit.core.language.LocalizedText;

/** The description paragraph the converter writes at the top of each rule book. */
final class Descriptions {

  private Descriptions() {}

  static LocalizedText of(String programme) {
    return switch (programme) {
      case "ca-csc-restorative-opportunities" -> LocalizedText.of(
          "The Correctional Service of Canada's Restorative Opportunities programme offers"
              + " victim–offender communication after sentence, for offenders under a federal"
              + " (penitentiary) sentence. ELIGIBLE means the request can be taken on and the"
              + " case can proceed to communication.",
          "Le programme Possibilités de justice réparatrice du Service correctionnel du Canada"
              + " offre la communication entre la victime et le délinquant après la peine, pour"
              + " les délinquants sous le coup d'une peine fédérale (pénitentiaire). ADMISSIBLE"
              + " signifie que la demande peut être reçue et que le dossier peut passer à la"
              + " communication.");
      case "ca-qc-pmrg" -> LocalizedText.of(
          "Québec's general alternative measures programme for adults (Criminal Code s.717): an"
              + " adult charged with a less serious offence may be dealt with by alternative"
              + " measures instead of judicial proceedings. ELIGIBLE means the conditions that"
              + " facts decide are met; the prosecutor still decides.",
          "Le programme de mesures de rechange général pour adultes du Québec (Code criminel,"
              + " art. 717) : un adulte accusé d'une infraction moins grave peut faire l'objet de"
              + " mesures de rechange plutôt que de poursuites judiciaires. ADMISSIBLE signifie"
              + " que les conditions que les faits décident sont remplies ; le poursuivant décide"
              + " encore.");
      case "ca-ycja-extrajudicial-sanctions" -> LocalizedText.of(
          "Extrajudicial sanctions under the Youth Criminal Justice Act s.10, for a young person"
              + " (12 to 17 on the offence date). ELIGIBLE means the conditions of s.10(2) that"
              + " facts decide are met.",
          "Sanctions extrajudiciaires de la Loi sur le système de justice pénale pour les"
              + " adolescents, art. 10, pour un adolescent (12 à 17 ans à la date de"
              + " l'infraction). ADMISSIBLE signifie que les conditions du par. 10(2) que les"
              + " faits décident sont remplies.");
      case "nz-sentencing-act-s24a" -> LocalizedText.of(
          "Sentencing Act 2002 (New Zealand) s.24A: before sentencing an offender who pleaded"
              + " guilty, where there is a victim, the District Court must adjourn for a"
              + " restorative justice inquiry. ELIGIBLE means the court must adjourn.",
          "Sentencing Act 2002 (Nouvelle-Zélande), art. 24A : avant de prononcer la peine d'un"
              + " délinquant qui a plaidé coupable, lorsqu'il y a une victime, le tribunal de"
              + " district doit ajourner pour examiner la justice réparatrice. ADMISSIBLE"
              + " signifie que le tribunal doit ajourner.");
      case "gb-ew-victim-initiated" -> LocalizedText.of(
          "Restorative justice through police and victim services in England and Wales: any"
              + " victim of any crime, at any stage, including while the offender is in prison."
              + " ELIGIBLE means the victim's (or the offender's) request can proceed.",
          "La justice réparatrice par la police et les services aux victimes en Angleterre et"
              + " au pays de Galles : toute victime de toute infraction, à tout stade, y compris"
              + " pendant l'incarcération du délinquant. ADMISSIBLE signifie que la demande de la"
              + " victime (ou du délinquant) peut être suivie.");
      case "eu-victims-directive-art12" -> LocalizedText.of(
          "The safeguards of Directive 2012/29/EU Art. 12(1) for providing a restorative justice"
              + " service to a victim in a member state bound by the Directive. ELIGIBLE means"
              + " the safeguards are met.",
          "Les garanties de l'article 12, paragraphe 1, de la directive 2012/29/UE pour la"
              + " prestation d'un service de justice réparatrice à une victime dans un État"
              + " membre lié par la directive. ADMISSIBLE signifie que les garanties sont"
              + " respectées.");
      default -> LocalizedText.of("The programme " + programme + ".",
          "Le programme " + programme + ".");
    };
  }
}
