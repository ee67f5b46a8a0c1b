package org.rjkit.samples.rulebook.conformance;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.LocalizedText;
import org.rjkit.core.language.Message;
import org.rjkit.core.language.Messages;
import org.rjkit.core.language.Text;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.rule.Rule;
import org.rjkit.samples.rulebook.RuleBook;
import org.rjkit.samples.rulebook.RuleBook.Contract;
import org.rjkit.samples.rulebook.RuleBook.History;
import org.rjkit.samples.rulebook.RuleBook.HistoryKind;
import org.rjkit.samples.rulebook.RuleBook.Row;
import org.rjkit.samples.rulebook.RuleBook.Screening;
import org.rjkit.samples.rulebook.RuleBook.Section;
import org.rjkit.samples.rulebook.RuleBookRunner;
import org.rjkit.samples.rulebook.RuleBooks;
import org.rjkit.samples.rulebook.conformance.CaseResult.Result;
import org.rjkit.samples.rulebook.conformance.Target.Decided;
import org.rjkit.samples.rulebook.conformance.Target.Failed;
import org.rjkit.samples.rulebook.conformance.Target.Rejected;
import org.rjkit.samples.rulebook.conformance.json.HistoryEvents;

/**
 * The conformance kit's cases, exported from the rule books, and their run against a target.
 *
 * @param cases the cases, in document and row order
 */
public record ConformanceSuite(List<ConformanceCase> cases) {

  /** Copies the cases. */
  public ConformanceSuite {
    cases = ImmutableList.copyOf(cases);
  }

  /**
   * This suite with more cases after its own.
   *
   * @param more not null
   * @return the longer suite
   */
  public ConformanceSuite with(List<ConformanceCase> more) {
    return new ConformanceSuite(ImmutableList.<ConformanceCase>builder().addAll(cases)
        .addAll(more).build());
  }

  /**
   * Exports every row of the documents as a case.
   *
   * @param books the documents, checked, not null
   * @param registry the programmes, for the rules' citations, not null
   * @return the suite
   * @throws org.rjkit.samples.rulebook.RuleBookException if a row's changes break the grammar
   */
  public static ConformanceSuite from(List<RuleBook> books, ProgrammeRegistry registry) {
    List<ConformanceCase> out = new ArrayList<>();
    for (RuleBook book : books) {
      String name = book.file().getFileName().toString().replaceFirst("\\.md$", "");
      String programme = RuleBooks.startingRequest(book).programme().value();
      for (Section s : book.sections()) {
        for (Row row : s.rows()) {
          String json = RuleBookRunner.changed(book, row).toJson();
          Level level = row.expected() instanceof Contract ? Level.CONTRACT : Level.SCREENING;
          out.add(new ConformanceCase(String.format(Locale.ROOT, "%s/L%04d", name, row.line()),
              level, programme, requirement(book, s, row, registry), book.source() + ":"
              + row.line(), row.scenario(), json, row.expected()));
        }
      }
    }
    return new ConformanceSuite(out);
  }

  private static String requirement(RuleBook book, Section s, Row row,
      ProgrammeRegistry registry) {
    if (row.expected() instanceof Contract) {
      return "interchange format 1" + (s.heading().isEmpty() ? "" : ": " + s.heading());
    }
    Optional<String> id = s.ruleId().or(() -> {
      Screening sc = (Screening) row.expected();
      return sc.notMet().isEmpty() ? Optional.empty()
          : Optional.of(String.join(" ", sc.notMet().stream().map(e -> e.ruleId()).toList()));
    });
    if (id.isEmpty()) {
      return "every rule";
    }
    Optional<Rule> rule = book.programme().flatMap(p -> registry.all().stream()
        .filter(x -> x.id().value().equals(p)).findFirst())
        .flatMap(p -> p.versions().stream().flatMap(v -> v.rules().stream())
            .filter(r -> r.id().equals(id.get())).findFirst());
    return rule.map(r -> r.id() + " (" + cite(r.citations().get(0)) + ")").orElse(id.get());
  }

  private static String cite(Citation c) {
    return c.instrument() + ", " + c.provision();
  }

  /**
   * Runs every case against a target.
   *
   * @param target not null
   * @return one result per case, in the suite's order
   */
  public List<CaseResult> run(Target target) {
    checkNotNull(target, "target");
    List<CaseResult> out = new ArrayList<>();
    for (ConformanceCase c : cases) {
      out.add(c.expected() instanceof History h ? judgeHistory(c, h, target.history(c.request(),
          h.kind() == HistoryKind.VIEW_EMPTY ? Optional.of(new Target.ViewAsk(h.recipient(),
              h.purpose(), h.on())) : Optional.empty()))
          : judge(c, target.screen(c.request())));
    }
    return out;
  }

  static CaseResult judgeHistory(ConformanceCase c, History h,
      Optional<Target.HistoryAnswer> answer) {
    if (answer.isEmpty()) {
      return new CaseResult(c, Result.NOT_APPLICABLE,
          Optional.of(Message.of("rulebook.conformance.detail.noProcessModel")));
    }
    if (answer.get() instanceof Failed f) {
      return new CaseResult(c, Result.ERROR, Optional.of(f.message()));
    }
    // The refusals quoted are the target's own words (a service answers in its language).
    Message difference = switch (h.kind()) {
      case LOADS -> answer.get() instanceof Target.Refused r
          ? Message.of("rulebook.conformance.detail.refused", String.join("; ", r.errors()))
          : null;
      case VIEW_EMPTY -> answer.get() instanceof Target.Refused r
          ? Message.of("rulebook.conformance.detail.refused", String.join("; ", r.errors()))
          : ((Target.Loaded) answer.get()).viewEmpty() ? null
          : Message.of("rulebook.conformance.detail.viewNotEmpty", h.recipient().toString(),
              h.purpose());
      case REFUSED -> answer.get() instanceof Target.Refused r
          ? (r.errors().stream().anyMatch(e -> namesEvent(e, h.eventId(), c.request())
              && e.contains(h.ruleId())) ? null
              : Message.of("rulebook.conformance.detail.otherRefusal", h.eventId(), h.ruleId(),
                  String.join("; ", r.errors())))
          : Message.of("rulebook.conformance.detail.loaded", h.eventId(), h.ruleId());
    };
    return difference == null ? new CaseResult(c, Result.SUCCESS, Optional.empty())
        : new CaseResult(c, Result.FAILURE, Optional.of(difference));
  }

  /**
   * Whether an error ({@code PATH: MESSAGE}) names an event: by its id in the message
   * ({@code event E14 refused by ...}) or by its path in the history ({@code $.events[13]...}).
   */
  static boolean namesEvent(String error, String eventId, String historyJson) {
    if (error.contains("event " + eventId + " ")) {
      return true;
    }
    int index = HistoryEvents.indexOf(historyJson, eventId);
    String path = "$.events[" + index + "]";
    return index >= 0 && (error.startsWith(path + ":") || error.startsWith(path + ".")
        || error.startsWith(path + "["));
  }

  static CaseResult judge(ConformanceCase c, Target.Response response) {
    if (response instanceof Failed f) {
      return new CaseResult(c, Result.ERROR, Optional.of(f.message()));
    }
    List<Message> differences;
    if (c.expected() instanceof Contract contract) {
      differences = response instanceof Rejected r
          ? RuleBookRunner.contractMismatches(contract, r.paths(), false)
          : RuleBookRunner.contractMismatches(contract, List.of(), true);
    } else if (response instanceof Decided d) {
      differences = RuleBookRunner.screeningMismatches((Screening) c.expected(), d.decision());
    } else {
      differences = List.of(Message.of("rulebook.differs.validRejected",
          ((Rejected) response).paths().toString()));
    }
    return differences.isEmpty() ? new CaseResult(c, Result.SUCCESS, Optional.empty())
        : new CaseResult(c, Result.FAILURE, Optional.of(joined(differences)));
  }

  /** The differences of a case, joined by {@code ; } in whichever language is read. */
  private static Text joined(List<Message> differences) {
    Map<Language, String> texts = new LinkedHashMap<>();
    for (Language language : Messages.configured()) {
      texts.put(language, String.join("; ",
          differences.stream().map(m -> m.in(language)).toList()));
    }
    return LocalizedText.of(texts);
  }

  /**
   * The decision a case expects, for people: its outcome and rules not MET.
   *
   * @param decision not null
   * @return such as {@code INELIGIBLE [CSC-RO-SAFETY = NOT_MET]}
   */
  static String show(Decision decision) {
    return decision.outcome() + " " + RuleBookRunner.notMet(decision);
  }
}
