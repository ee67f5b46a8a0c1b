package org.rjkit.eligibility.programmes;

import java.util.List;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.eligibility.Programme;

/**
 * The six programmes rjkit ships, with their stable ids. Each is defined, rule by rule, in its
 * own class, citing the rows of the rule catalogue and their sources.
 *
 * @since 1.0
 */
public final class Programmes {

  /** Correctional Service of Canada Restorative Opportunities. */
  public static final ProgrammeId CSC_RESTORATIVE_OPPORTUNITIES =
      ProgrammeId.of("ca-csc-restorative-opportunities");
  /** Québec general alternative measures programme for adults. */
  public static final ProgrammeId QC_PMRG = ProgrammeId.of("ca-qc-pmrg");
  /** Youth Criminal Justice Act s.10 extrajudicial sanctions. */
  public static final ProgrammeId YCJA_EXTRAJUDICIAL_SANCTIONS =
      ProgrammeId.of("ca-ycja-extrajudicial-sanctions");
  /** Sentencing Act 2002 (NZ) s.24A adjournment. */
  public static final ProgrammeId NZ_SENTENCING_ACT_S24A = ProgrammeId.of("nz-sentencing-act-s24a");
  /** England and Wales, victim-initiated restorative justice. */
  public static final ProgrammeId GB_EW_VICTIM_INITIATED = ProgrammeId.of("gb-ew-victim-initiated");
  /** Directive 2012/29/EU Art. 12 safeguards. */
  public static final ProgrammeId EU_VICTIMS_DIRECTIVE_ART12 =
      ProgrammeId.of("eu-victims-directive-art12");

  private Programmes() {}

  /** {@return the six built-in programmes, in the order of the interchange format's table} */
  public static List<Programme> all() {
    return List.of(CscRestorativeOpportunities.PROGRAMME, QuebecPmrg.PROGRAMME,
        YcjaExtrajudicialSanctions.PROGRAMME, NzSentencingActS24a.PROGRAMME,
        EnglandWalesVictimInitiated.PROGRAMME, EuVictimsDirectiveArt12.PROGRAMME);
  }
}
