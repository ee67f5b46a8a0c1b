package org.rjkit.samples.rulebook;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.LocalizedText;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.samples.rulebook.json.Change;

/**
 * One rule book document, as parsed: a programme's rule book (or the interchange contract's),
 * its starting case and its tables.
 *
 * @param file the document's file
 * @param source the document as shown in messages ({@code rulebook/ca-qc-pmrg.md})
 * @param kind a programme's rule book or the contract's
 * @param title the first heading
 * @param programme the programme id the document states ({@code - Programme: `id`}), if any
 * @param description the description paragraphs, in English and in French (the title when a
 *     language's paragraph is missing)
 * @param startingCase the starting case's request document (JSON text)
 * @param startingCaseLine the line where the starting case is stated
 * @param startingCaseProse the starting case told in words
 * @param sections the sections that hold rules or tables, in document order
 */
public record RuleBook(Path file, String source, Kind kind, String title,
    Optional<String> programme, LocalizedText description, String startingCase,
    int startingCaseLine, String startingCaseProse, List<Section> sections) {

  /** Copies the sections. */
  public RuleBook {
    checkNotNull(file, "file");
    sections = ImmutableList.copyOf(sections);
  }

  /** What a document holds. */
  public enum Kind {
    /** A programme's rules and their screening examples. */
    PROGRAMME,
    /** Documents the JSON contract must accept or reject. */
    CONTRACT
  }

  /**
   * A rule (or a heading with no rule) and its tables' rows.
   *
   * @param line the heading's line
   * @param heading the heading's text
   * @param ruleId the rule the heading names, if it names one
   * @param policy the policy sentence stated, if any
   * @param policyLine the policy sentence's line, or 0
   * @param rows the examples, in document order
   */
  public record Section(int line, String heading, Optional<String> ruleId, Optional<String> policy,
      int policyLine, List<Row> rows) {
    /** Copies the rows. */
    public Section {
      rows = ImmutableList.copyOf(rows);
    }
  }

  /**
   * One example.
   *
   * @param line the row's line
   * @param scenario the scenario in words
   * @param changes the changes to the starting case, in order
   * @param expected what must come of it
   */
  public record Row(int line, String scenario, List<Change> changes, Expected expected) {
    /** Copies the changes. */
    public Row {
      changes = ImmutableList.copyOf(changes);
    }
  }

  /** What a row expects. */
  public sealed interface Expected permits Screening, Contract, History {}

  /**
   * A process-model case expects a stored history to load, to be refused naming an event and a
   * rule, or to load with an empty view for a recipient. Only the conformance kit's process level
   * (its {@code process-model/cases.json}) has these; no rule book row does.
   *
   * @param kind LOADS, REFUSED or VIEW_EMPTY
   * @param eventId the event the refusal names (REFUSED), else empty
   * @param ruleId the rule the refusal names (REFUSED), else empty
   * @param recipient the recipient, {@code KIND[:ID]} (VIEW_EMPTY), else empty
   * @param purpose the purpose (VIEW_EMPTY), else empty
   * @param on the date of the view (VIEW_EMPTY), else empty
   */
  public record History(HistoryKind kind, String eventId, String ruleId, String recipient,
      String purpose, String on) implements Expected {
    /** Checks that nothing is null. */
    public History {
      com.google.common.base.Preconditions.checkNotNull(kind, "kind");
      com.google.common.base.Preconditions.checkNotNull(eventId, "eventId");
      com.google.common.base.Preconditions.checkNotNull(ruleId, "ruleId");
      com.google.common.base.Preconditions.checkNotNull(recipient, "recipient");
      com.google.common.base.Preconditions.checkNotNull(purpose, "purpose");
      com.google.common.base.Preconditions.checkNotNull(on, "on");
    }
  }

  /** What a process-model case expects of a stored history. */
  public enum HistoryKind {
    /** The history loads. */
    LOADS,
    /** The history is refused, naming the event and the rule. */
    REFUSED,
    /** The history loads, and the recipient's view is empty. */
    VIEW_EMPTY
  }

  /**
   * A screening row expects an outcome and the status of every rule that is not MET.
   *
   * @param outcome the expected outcome
   * @param notMet every rule not MET, with its status
   * @param reasons words the reasons must contain
   */
  public record Screening(Outcome outcome, List<ExpectedStatus> notMet, List<ReasonWords> reasons)
      implements Expected {
    /** Copies the lists. */
    public Screening {
      notMet = ImmutableList.copyOf(notMet);
      reasons = ImmutableList.copyOf(reasons);
    }
  }

  /**
   * A contract row expects the document to be accepted, or rejected naming these JSON paths.
   *
   * @param accepted whether the reader must accept the document
   * @param rejectedAt the JSON paths the rejection must name (empty when accepted)
   */
  public record Contract(boolean accepted, List<String> rejectedAt) implements Expected {
    /** Copies the paths. */
    public Contract {
      rejectedAt = ImmutableList.copyOf(rejectedAt);
    }
  }

  /**
   * A rule that is expected not to be MET.
   *
   * @param ruleId the rule
   * @param status its status: NOT_MET, UNKNOWN or REVIEW
   */
  public record ExpectedStatus(String ruleId, RuleStatus status) {
    @Override
    public String toString() {
      return ruleId + " = " + status;
    }
  }

  /**
   * Words a rule's reason must contain.
   *
   * @param ruleId the rule
   * @param language the reason's language
   * @param words the words, compared ignoring case
   */
  public record ReasonWords(String ruleId, Language language, String words) {}

  /**
   * Every row, in document order.
   *
   * @return the rows
   */
  public List<Row> rows() {
    return sections.stream().flatMap(s -> s.rows().stream()).toList();
  }
}
