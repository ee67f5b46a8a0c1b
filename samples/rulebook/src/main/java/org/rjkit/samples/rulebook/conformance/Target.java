package org.rjkit.samples.rulebook.conformance;

import org.rjkit.core.language.Text;
import org.rjkit.core.language.Message;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.rjkit.eligibility.Decision;

/** An implementation under test: it takes a screening request document and answers. */
public interface Target {

  /**
   * Screens one request document.
   *
   * @param requestJson the request, not null
   * @return the answer; never throws for a bad document or a failing service
   */
  Response screen(String requestJson);

  /**
   * Loads a stored process history and, when a view is asked, builds the recipient's view.
   *
   * @param historyJson the process history document, not null
   * @param view the view to build once it loads, or empty
   * @return the answer, or empty when the target does not implement the process model (its
   *     cases are then NOT_APPLICABLE); never throws for a bad document
   */
  default java.util.Optional<HistoryAnswer> history(String historyJson,
      java.util.Optional<ViewAsk> view) {
    return java.util.Optional.empty();
  }

  /**
   * A view to build.
   *
   * @param recipient {@code KIND[:ID]}
   * @param purpose the purpose's name
   * @param on the date, {@code yyyy-mm-dd}
   */
  record ViewAsk(String recipient, String purpose, String on) {}

  /** What a target answered for a history. */
  sealed interface HistoryAnswer permits Loaded, Refused, Failed {}

  /**
   * The history loaded.
   *
   * @param viewEmpty whether the view asked for is empty (false when none was asked)
   */
  record Loaded(boolean viewEmpty) implements HistoryAnswer {}

  /** A short name for the summary: {@code java}, or the service's URL. */
  String name();

  /** What a target answered. */
  sealed interface Response permits Decided, Rejected, Failed {}

  /**
   * The history was refused.
   *
   * @param errors each error as {@code PATH: MESSAGE}, in order
   */
  record Refused(List<String> errors) implements HistoryAnswer {
    /** Copies the errors. */
    public Refused {
      errors = ImmutableList.copyOf(errors);
    }
  }

  /**
   * The request was decided.
   *
   * @param decision the decision
   */
  record Decided(Decision decision) implements Response {}

  /**
   * The request was rejected as invalid input.
   *
   * @param paths the JSON paths the rejection names, in order, without repeats
   */
  record Rejected(List<String> paths) implements Response {
    /** Copies the paths. */
    public Rejected {
      paths = ImmutableList.copyOf(paths);
    }
  }

  /**
   * Something went wrong that is neither a decision nor a rejection.
   *
   * @param message what, never a value of the case, in every language
   */
  record Failed(Text message) implements Response, HistoryAnswer {

    /**
     * A failure in words of the rulebook bundle ({@code rulebook.target.*}).
     *
     * @param key the bundle key
     * @param arguments its arguments
     * @return the failure
     */
    public static Failed of(String key, Object... arguments) {
      return new Failed(Message.of(key, arguments));
    }
  }
}
