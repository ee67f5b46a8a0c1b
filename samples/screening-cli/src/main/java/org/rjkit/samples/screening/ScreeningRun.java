package org.rjkit.samples.screening;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.json.ScreeningRequestReader;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.screening.Screener;
import org.rjkit.eligibility.json.DecisionWriter;
import org.rjkit.eligibility.json.ScreeningRequests;

/**
 * One {@code screen} run: reads each request in input order, decides it and prints the decision
 * at once, so that memory does not grow with the number of requests.
 */
final class ScreeningRun implements RequestSource.Sink {

  private static final int PROGRESS_EVERY = 10_000;

  private final Arguments arguments;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean progress;
  private final ScreeningRequests reader;
  private final ScreeningRequestReader.Overrides overrides;
  private final Function<ScreeningRequest, Decision> decider;
  private final TextReport text;
  private final Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
  private long decided;
  private long invalid;
  private long failed;

  ScreeningRun(Arguments arguments, PrintStream out, PrintStream err, boolean progress,
      ProgrammeRegistry registry) {
    this(arguments, out, err, progress, registry, new Screener(registry)::screen);
  }

  /** A run that decides with {@code decider} (tests give one that fails on purpose). */
  ScreeningRun(Arguments arguments, PrintStream out, PrintStream err, boolean progress,
      ProgrammeRegistry registry, Function<ScreeningRequest, Decision> decider) {
    this.arguments = arguments;
    this.out = out;
    this.err = err;
    this.progress = progress;
    this.overrides = new ScreeningRequestReader.Overrides(
        arguments.programme().map(ProgrammeId::of), arguments.asOf());
    this.decider = decider;
    this.reader = new ScreeningRequests(registry);
    this.text = new TextReport(arguments.language(), out);
  }

  int run() {
    RequestSource.read(arguments.paths(), this);
    if (progress && decided + invalid + failed >= PROGRESS_EVERY) {
      err.print("\r\033[K");
    }
    if (arguments.format() == Arguments.Format.TEXT) {
      text.summary(outcomes, decided, invalid + failed);
    }
    out.flush();
    if (invalid > 0) {
      return Main.INVALID_INPUT;
    }
    return failed > 0 ? Main.FAILURE : Main.OK;
  }

  @Override
  public void item(RequestSource.Item item) {
    try {
      ScreeningRequest request = reader.read(item.text(), overrides);
      Decision decision = decider.apply(request);
      outcomes.merge(decision.outcome(), 1L, Long::sum);
      decided++;
      if (arguments.format() == Arguments.Format.JSON) {
        out.println(DecisionWriter.toJson(decision));
      } else if (arguments.format() == Arguments.Format.SUMMARY) {
        out.println(SummaryReport.line(decision));
      } else {
        text.decision(item.where(), decision);
      }
    } catch (InvalidInputException e) {
      invalid++;
      for (InputError error : e.errors()) {
        err.println(item.where() + ": " + error.path() + ": " + error.message());
      }
    } catch (RuntimeException | StackOverflowError e) {
      // A failure of rjkit itself on one request, never the input's fault: one line naming the
      // input and the kind of failure (never its message, which might carry input), and the run
      // goes on with the next request. Nothing broader is caught: an OutOfMemoryError ends it.
      failed++;
      err.println(item.where() + ": internal error (" + e.getClass().getSimpleName() + ")");
    }
    showProgress();
  }

  @Override
  public void problem(RequestSource.Problem problem) {
    invalid++;
    err.println(problem.where() + ": " + problem.message());
  }

  private void showProgress() {
    long seen = decided + invalid + failed;
    if (progress && seen % PROGRESS_EVERY == 0) {
      err.print("\rrjkit: " + seen + " requests screened");
      err.flush();
    }
  }
}
