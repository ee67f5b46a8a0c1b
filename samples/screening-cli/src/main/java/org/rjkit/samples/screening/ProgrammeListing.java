package org.rjkit.samples.screening;

import java.io.PrintStream;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Messages;
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
    Language language = arguments.language();
    for (Programme p : registry.all()) {
      out.println(Messages.format(language, "cli.programmes.programme", p.id().toString(),
          p.name()));
      for (RuleSetVersion v : p.versions()) {
        out.println(Messages.format(language, "cli.programmes.version", v.version(),
            v.effectiveFrom().toString(), v.effectiveFrom()));
        for (Rule r : v.rules()) {
          out.println(Messages.format(language, "cli.programmes.rule", r.id(),
              Messages.format(language, "cli.programmes.phase." + r.phase().name()), r.policy()));
          for (Citation c : r.citations()) {
            out.println(c.url()
                .map(u -> Messages.format(language, "cli.programmes.citationUrl", c.in(language),
                    u.toString()))
                .orElseGet(() -> Messages.format(language, "cli.programmes.citation",
                    c.in(language))));
          }
        }
      }
      out.println();
    }
    return Main.OK;
  }
}
