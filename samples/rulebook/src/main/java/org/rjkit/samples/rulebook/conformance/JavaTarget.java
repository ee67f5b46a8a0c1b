package org.rjkit.samples.rulebook.conformance;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rjkit.process.confidentiality.PolicyRegistry;
import org.rjkit.process.confidentiality.Purpose;
import org.rjkit.process.confidentiality.Recipient;
import org.rjkit.process.disclosure.Disclosures;
import org.rjkit.process.json.ProcessHistoryStorageReader;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.eligibility.json.ScreeningRequestReader;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.RuleSetNotInForceException;
import org.rjkit.eligibility.screening.Screener;
import org.rjkit.eligibility.UnknownProgrammeException;

/**
 * The Java API as a target: the strict request reader, then any {@link Screener}. An unknown
 * programme is a rejection at {@code $.programme}, a date before its first version at
 * {@code $.asOf}, as the contract makes them input errors. Process-model cases run against the
 * library's {@link ProcessHistoryStorageReader} and {@link Disclosures}.
 */
public final class JavaTarget implements Target {

  private final Screener screener;

  /**
   * @param screener the implementation under test, not null
   */
  public JavaTarget(Screener screener) {
    this.screener = checkNotNull(screener, "screener");
  }

  @Override
  public Response screen(String requestJson) {
    ScreeningRequest request;
    try {
      request = ScreeningRequestReader.builtIn().read(requestJson);
    } catch (InvalidInputException e) {
      return new Rejected(e.errors().stream().map(InputError::path).distinct().toList());
    }
    try {
      return new Decided(screener.screen(request));
    } catch (UnknownProgrammeException e) {
      return new Rejected(List.of("$.programme"));
    } catch (RuleSetNotInForceException e) {
      return new Rejected(List.of("$.asOf"));
    } catch (RuntimeException e) {
      return Failed.of("rulebook.target.screenerFailed", e.getClass().getSimpleName());
    }
  }

  /**
   * Loads the history with {@link ProcessHistoryStorageReader#builtIn()} and builds the view with
   * {@link Disclosures#disclose(PolicyRegistry, ProcessCase, Recipient, Purpose, LocalDate)}
   * under the built-in registry.
   */
  @Override
  public Optional<HistoryAnswer> history(String historyJson, Optional<ViewAsk> view) {
    ProcessCase loaded;
    try {
      loaded = ProcessHistoryStorageReader.builtIn().read(historyJson);
    } catch (InvalidInputException e) {
      return Optional.of(new Refused(e.errors().stream()
          .map(x -> x.path() + ": " + x.message()).toList()));
    } catch (RuntimeException e) {
      return Optional.of(Failed.of("rulebook.target.processFailed", e.getClass().getSimpleName()));
    }
    if (view.isEmpty()) {
      return Optional.of(new Loaded(false));
    }
    Optional<Recipient> recipient;
    try {
      recipient = Optional.of(ProcessHistoryStorageReader.recipient(view.get().recipient(),
          "$.recipient"));
    } catch (InvalidInputException e) {
      recipient = Optional.empty();
    }
    try {
      Purpose purpose = Purpose.valueOf(view.get().purpose());
      LocalDate on = LocalDate.parse(view.get().on());
      if (recipient.isEmpty()) {
        return Optional.of(Failed.of("rulebook.target.noRecipient"));
      }
      return Optional.of(new Loaded(Disclosures.disclose(PolicyRegistry.builtIn(), loaded,
          recipient.get(), purpose, on).view().isEmpty()));
    } catch (RuntimeException e) {
      return Optional.of(Failed.of("rulebook.target.viewFailed", e.getClass().getSimpleName()));
    }
  }

  @Override
  public String name() {
    return "java";
  }
}
