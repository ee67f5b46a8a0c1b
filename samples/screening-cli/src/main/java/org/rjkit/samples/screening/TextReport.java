package org.rjkit.samples.screening;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.BilingualText;
import org.rjkit.core.language.Language;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.rule.RuleStatus;

/** The human-readable report of {@code rjkit screen}, in English or French. */
final class TextReport {

  private final Language language;
  private final PrintStream out;

  TextReport(Language language, PrintStream out) {
    this.language = language;
    this.out = out;
  }

  void decision(String where, Decision d) {
    out.println("== " + where);
    out.println(t("Case ", "Dossier ") + d.caseId() + " · " + t("programme ", "programme ")
        + d.programme() + " (" + t("rule set ", "règles ") + d.ruleSetVersion() + ") · "
        + t("as of ", "au ") + d.asOf());
    out.println(t("Outcome: ", "Résultat : ") + outcome(d.outcome()) + "   ("
        + t("eligibility: ", "admissibilité : ") + outcome(d.phases().get(Phase.ELIGIBILITY))
        + ", " + t("suitability: ", "pertinence : ") + outcome(d.phases().get(Phase.SUITABILITY))
        + ")");
    int width = d.rules().stream().mapToInt(r -> r.ruleId().length()).max().orElse(0);
    for (RuleResult r : d.rules()) {
      out.println("  " + pad(status(r.status()), 14) + " " + pad(r.ruleId(), width) + "  "
          + r.reason().in(language));
      if (r.status() != RuleStatus.MET) {
        out.println("  " + pad("", 14) + " " + pad("", width) + "  "
            + t("see ", "voir ") + citations(r.citations()));
      }
    }
    if (!d.missingFacts().isEmpty()) {
      out.println(t("Missing facts: ", "Faits manquants : ") + String.join(", ", d.missingFacts()));
    }
    out.println();
  }

  void summary(Map<Outcome, Long> outcomes, long decided, long problems) {
    String counts = outcomes.entrySet().stream()
        .map(e -> e.getValue() + " " + outcome(e.getKey()))
        .collect(Collectors.joining(", "));
    out.println(t("Screened ", "Demandes examinées : ") + decided
        + (decided > 0 ? " (" + counts + ")" : "")
        + (problems > 0 ? t("; invalid: ", " ; invalides : ") + problems : ""));
  }

  private String citations(List<Citation> citations) {
    return citations.stream().map(c -> c.in(language)).collect(Collectors.joining("; "));
  }

  private String outcome(Outcome o) {
    return switch (o) {
      case ELIGIBLE -> t("ELIGIBLE", "ADMISSIBLE");
      case INELIGIBLE -> t("INELIGIBLE", "NON ADMISSIBLE");
      case NEEDS_INFORMATION -> t("NEEDS INFORMATION", "RENSEIGNEMENTS REQUIS");
      case MANUAL_REVIEW -> t("MANUAL REVIEW", "EXAMEN MANUEL");
    };
  }

  private String status(RuleStatus s) {
    return switch (s) {
      case MET -> t("met", "satisfaite");
      case NOT_MET -> t("NOT MET", "NON SATISFAITE");
      case UNKNOWN -> t("unknown", "inconnue");
      case REVIEW -> t("REVIEW", "À EXAMINER");
    };
  }

  private String t(String en, String fr) {
    return BilingualText.of(en, fr).in(language);
  }

  private static String pad(String s, int width) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < width) {
      b.append(' ');
    }
    return b.toString();
  }
}
