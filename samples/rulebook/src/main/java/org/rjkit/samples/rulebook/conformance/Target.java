package org.rjkit.samples.rulebook.conformance;

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

  /** A short name for the summary: {@code java}, or the service's URL. */
  String name();

  /** What a target answered. */
  sealed interface Response permits Decided, Rejected, Failed {}

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
   * @param message what, never a value of the case
   */
  record Failed(String message) implements Response {}
}
