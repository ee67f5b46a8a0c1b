package org.rjkit.samples.screening;

import java.io.PrintStream;
import org.rjkit.core.citation.Citation;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.RuleSetVersion;
import org.rjkit.eligibility.json.RuleSetDocumentWriter;
import org.rjkit.eligibility.rule.Rule;

/**
 * {@code rjkit programmes}: every programme, its versions, its rules and their citations; with
 * {@code --format json}, one rule-set document per line.
 */
final class ProgrammeListing {

  private ProgrammeListing() {}

  static int print(Arguments arguments, PrintStream out, ProgrammeRegistry registry) {
    if (arguments.format() == Arguments.Format.JSON) {
      // One rule-set document per line: the same format a vendor's own programme is written in.
      RuleSetDocumentWriter writer = new RuleSetDocumentWriter();
      registry.all().forEach(p -> out.println(writer.write(p)));
      return Main.OK;
    }
    for (Programme p : registry.all()) {
      out.println(p.id() + " — " + p.name().in(arguments.language()));
      for (RuleSetVersion v : p.versions()) {
        out.println("  version " + v.version() + " (" + (arguments.language().tag().equals("fr")
            ? "en vigueur depuis le " : "in force from ") + v.effectiveFrom() + ")");
        for (Rule r : v.rules()) {
          out.println("    " + r.id() + " [" + r.phase() + "] " + r.policy().in(arguments.language()));
          for (Citation c : r.citations()) {
            out.println("        " + c + c.url().map(u -> " <" + u + ">").orElse(""));
          }
        }
      }
      out.println();
    }
    return Main.OK;
  }
}
