package org.rjkit.samples.rulebook.conformance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Messages;
import org.rjkit.samples.rulebook.conformance.CaseResult.Result;

/**
 * The results of a run, as the DMN TCK writes them: a CSV file with one line per case, and a
 * summary of totals.
 */
public final class Results {

  /** The CSV header. */
  public static final String HEADER = "case,level,programme,requirement,result,message";

  private Results() {}

  /**
   * The results as CSV (RFC 4180: fields with a comma, quote or line end are quoted).
   *
   * @param results not null
   * @return the CSV text, with a header line, {@code \n} line ends
   */
  public static String csv(List<CaseResult> results) {
    return csv(results, Language.EN);
  }

  /**
   * The results as CSV, their details in a language (the columns and results are the format's
   * tokens, the same in every language).
   *
   * @param results not null
   * @param language the reader's language, not null
   * @return the CSV text, with a header line, {@code \n} line ends
   */
  public static String csv(List<CaseResult> results, Language language) {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    for (CaseResult r : results) {
      ConformanceCase c = r.testCase();
      b.append(field(c.id())).append(',').append(c.level().label()).append(',')
          .append(field(c.programme())).append(',').append(field(c.requirement())).append(',')
          .append(r.result()).append(',').append(field(r.in(language))).append('\n');
    }
    return b.toString();
  }

  static String field(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n")
        || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }

  /**
   * A summary in English: totals and percentages, then per level and per programme.
   *
   * @param results not null
   * @param target the target's name
   * @return the summary, several lines
   */
  public static String summary(List<CaseResult> results, String target) {
    return summary(results, target, Language.EN);
  }

  /**
   * A summary in a language: totals and percentages, then per level and per programme. Its
   * words are keys {@code rulebook.conformance.*} of {@code org/rjkit/samples/rulebook/messages}.
   *
   * @param results not null
   * @param target the target's name
   * @param language the reader's language, not null
   * @return the summary, several lines
   */
  public static String summary(List<CaseResult> results, String target, Language language) {
    int total = results.size();
    StringBuilder b = new StringBuilder();
    b.append(Messages.format(language, "rulebook.conformance.summary.title", target)).append('\n');
    b.append(String.format(Locale.ROOT, "  %7s: %d%n",
        Messages.format(language, "rulebook.conformance.summary.total"), total));
    for (Result r : Result.values()) {
      long n = results.stream().filter(x -> x.result() == r).count();
      b.append(String.format(language.locale(), "  %7s: %d %5.1f%%%n",
          Messages.format(language, "rulebook.conformance.summary." + r.name()), n,
          total == 0 ? 0.0 : 100.0 * n / total));
    }
    Map<String, int[]> groups = new LinkedHashMap<>();
    for (CaseResult r : results) {
      String key = Messages.format(language,
          "rulebook.conformance.level." + r.testCase().level().name())
          + " " + r.testCase().programme();
      int[] counts = groups.computeIfAbsent(key, k -> new int[2]);
      counts[0]++;
      if (r.result() == Result.SUCCESS) {
        counts[1]++;
      } else if (r.result() == Result.NOT_APPLICABLE) {
        counts[0]--;
      }
    }
    groups.forEach((k, v) -> b.append(String.format(Locale.ROOT, "  %-45s %d/%d%n", k, v[1],
        v[0])));
    return b.toString();
  }

  /**
   * Whether every case succeeded.
   *
   * @param results not null
   * @return true when some results are SUCCESS and all are SUCCESS or NOT_APPLICABLE (a level
   *     the target does not implement)
   */
  public static boolean allPass(List<CaseResult> results) {
    return results.stream().anyMatch(r -> r.result() == Result.SUCCESS)
        && results.stream().allMatch(r -> r.result() == Result.SUCCESS
        || r.result() == Result.NOT_APPLICABLE);
  }
}
