package org.rjkit.benchmarks;

/**
 * The sample requests the benchmarks screen: one per programme, each a case the programme
 * accepts (or, for the EU, would accept), so that every rule of the programme is evaluated.
 */
public enum Cases {
  /** CSC Restorative Opportunities: a registered victim, a three-year term (federal). */
  CSC("cases/ca-csc-restorative-opportunities/01-registered-victim-three-year-term.json"),
  /** Quebec PMRG: an adult charged with shoplifting. */
  QC("cases/ca-qc-pmrg/01-adult-shoplifting.json"),
  /** EU Victims' Rights Directive, art. 12: a theft victim in France. */
  EU("cases/eu-victims-directive-art12/01-france-theft-victim.json"),
  /** CSC: two consecutive twelve-month terms that make a penitentiary sentence. */
  CSC_CONSECUTIVE("cases/ca-csc-restorative-opportunities/02-consecutive-twelve-month-terms.json");

  private final String path;

  Cases(String path) {
    this.path = path;
  }

  /** The request's JSON text, read from the repository's samples. */
  public String json() {
    return Samples.text(path);
  }
}
