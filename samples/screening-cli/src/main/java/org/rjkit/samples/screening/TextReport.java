package org.rjkit.samples.screening;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Messages;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.rule.RuleStatus;

/**
 * The human-readable report of {@code rjkit screen}, in the language of {@code --lang}: every
 * heading and label is a key of {@code org/rjkit/samples/screening/messages*.properties}
 * ({@code cli.report.*}), outcomes and statuses included.
 */
final class TextReport {

  private static final int STATUS_WIDTH = 14;

  private final Language language;
  private final PrintStream out;
  private final Map<Outcome, String> outcomes = new EnumMap<>(Outcome.class);
  private final Map<RuleStatus, String> statuses = new EnumMap<>(RuleStatus.class);

  TextReport(Language language, PrintStream out) {
    this.language = language;
    this.out = out;
    for (Outcome o : Outcome.values()) {
      outcomes.put(o, text("cli.report.outcome." + o.name()));
    }
    for (RuleStatus s : RuleStatus.values()) {
      statuses.put(s, text("cli.report.status." + s.name()));
    }
  }

  void decision(String where, Decision d) {
    out.println(text("cli.report.where", where));
    out.println(text("cli.report.header", d.caseId().toString(), d.programme().toString(),
        d.ruleSetVersion().toString(), d.asOf().toString(), d.asOf()));
    out.println(text("cli.report.outcome", outcomes.get(d.outcome()),
        outcomes.get(d.phases().get(Phase.ELIGIBILITY)),
        outcomes.get(d.phases().get(Phase.SUITABILITY))));
    int width = d.rules().stream().mapToInt(r -> r.ruleId().length()).max().orElse(0);
    for (RuleResult r : d.rules()) {
      out.println("  " + pad(statuses.get(r.status()), STATUS_WIDTH) + " " + pad(r.ruleId(), width)
          + "  " + r.reason().in(language));
      if (r.status() != RuleStatus.MET) {
        out.println("  " + pad("", STATUS_WIDTH) + " " + pad("", width) + "  "
            + text("cli.report.see", citations(r.citations())));
      }
    }
    if (!d.missingFacts().isEmpty()) {
      out.println(text("cli.report.missingFacts",
          String.join(text("cli.report.listSeparator"), d.missingFacts())));
    }
    out.println();
  }

  void summary(Map<Outcome, Long> counts, long decided, long problems) {
    List<String> parts = new ArrayList<>();
    counts.forEach((outcome, n) -> parts.add(text("cli.report.summary.count", String.valueOf(n),
        outcomes.get(outcome))));
    String line = text("cli.report.summary", String.valueOf(decided));
    if (decided > 0) {
      line = text("cli.report.summary.counts", line,
          String.join(text("cli.report.listSeparator"), parts));
    }
    if (problems > 0) {
      line = text("cli.report.summary.invalid", line, String.valueOf(problems));
    }
    out.println(line);
  }

  private String citations(List<Citation> citations) {
    List<String> texts = new ArrayList<>(citations.size());
    for (Citation c : citations) {
      texts.add(c.in(language));
    }
    return String.join(text("cli.report.citationSeparator"), texts);
  }

  private String text(String key, Object... arguments) {
    return Messages.format(language, key, arguments);
  }

  private static String pad(String s, int width) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < width) {
      b.append(' ');
    }
    return b.toString();
  }
}
