package org.rjkit.samples.screening;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.rjkit.core.input.InputError;
import org.rjkit.core.input.InvalidInputException;
import org.rjkit.core.language.Messages;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.eligibility.screening.Screener;
import org.rjkit.eligibility.json.ScreeningRequestReader;

/**
 * One {@code screen} run: reads the requests in input order, decides them and prints the
 * decisions in input order, with memory bounded by a fixed window of requests in flight, so that
 * it does not grow with the number of requests.
 *
 * <p>With {@code workers} above zero the run is a pipeline: a reader thread splits the input
 * into {@link Batch batches} of consecutive lines (on a byte buffer), {@code workers} threads
 * decode, read, screen and write each batch's decisions to the batch's own bytes, and the calling
 * thread prints the batches in input order, each decision's bytes once. A fixed set of
 * {@code 2 × workers + 2} batches cycles between them, so at most that many batches are in
 * flight. With {@code workers} zero, the calling thread does all of it, one batch at a time; both
 * print the same bytes, errors and summary, and return the same status.
 */
final class ScreeningRun {

  private static final int PROGRESS_EVERY = 10_000;
  /** Entries per batch. */
  static final int BATCH_ENTRIES = 256;

  private static final byte[] LINE_END = System.lineSeparator().getBytes(StandardCharsets.UTF_8);

  private final Arguments arguments;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean progress;
  private final ScreeningRequestReader reader;
  private final ScreeningRequestReader.Overrides overrides;
  private final Function<ScreeningRequest, Decision> decider;
  private final int workers;
  private final int batchEntries;
  private final Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
  private long decided;
  private long invalid;
  private long failed;

  ScreeningRun(Arguments arguments, PrintStream out, PrintStream err, boolean progress,
      ProgrammeRegistry registry) {
    this(arguments, out, err, progress, registry, new Screener(registry)::screen,
        defaultWorkers(), batchEntries(Runtime.getRuntime().maxMemory(), defaultWorkers()));
  }

  /** A run that decides with {@code decider} (tests give one that fails on purpose). */
  ScreeningRun(Arguments arguments, PrintStream out, PrintStream err, boolean progress,
      ProgrammeRegistry registry, Function<ScreeningRequest, Decision> decider) {
    this(arguments, out, err, progress, registry, decider, defaultWorkers(),
        batchEntries(Runtime.getRuntime().maxMemory(), defaultWorkers()));
  }

  /**
   * Entries per batch for a heap of {@code maxMemory} bytes: the batches in flight (a window of
   * {@code 2 × workers + 2}) hold at most an eighth of the heap, at about 16 KiB an entry (its
   * line and the decision written for it), between 8 and {@link #BATCH_ENTRIES}. With
   * {@code -Xmx256m} and two workers that is 256 entries; with {@code -Xmx32m}, 42, so that a
   * small heap never holds megabyte buffers that its collector cannot place.
   */
  static int batchEntries(long maxMemory, int workers) {
    int window = workers == 0 ? 1 : 2 * workers + 2;
    long perBatch = maxMemory / 8 / window;
    return (int) Math.max(8, Math.min(BATCH_ENTRIES, perBatch / (16 << 10)));
  }

  /**
   * A run with {@code workers} screening threads (0: all on the calling thread) and batches of
   * {@code batchEntries} entries; {@code decider} must be safe to call from several threads.
   */
  ScreeningRun(Arguments arguments, PrintStream out, PrintStream err, boolean progress,
      ProgrammeRegistry registry, Function<ScreeningRequest, Decision> decider, int workers,
      int batchEntries) {
    if (workers < 0 || batchEntries < 1) {
      throw new IllegalArgumentException("workers must be 0 or more and batches hold 1 or more");
    }
    this.arguments = arguments;
    this.out = out;
    this.err = err;
    this.progress = progress;
    this.overrides = new ScreeningRequestReader.Overrides(
        arguments.programme().map(ProgrammeId::of), arguments.asOf());
    this.decider = decider;
    this.reader = new ScreeningRequestReader(registry);
    this.workers = workers;
    this.batchEntries = batchEntries;
  }

  /**
   * The screening threads of a run: one per processor, or {@code -Drjkit.screen.threads=N}
   * (0 screens on the main thread). On one processor the run does not start threads.
   */
  static int defaultWorkers() {
    int processors = Runtime.getRuntime().availableProcessors();
    int threads = Integer.getInteger("rjkit.screen.threads", processors);
    return threads <= 1 && processors <= 1 ? 0 : Math.max(0, threads);
  }

  int run() {
    if (workers == 0) {
      runHere();
    } else {
      runPipeline();
    }
    if (progress && decided + invalid + failed >= PROGRESS_EVERY) {
      err.print("\r\033[K");
    }
    if (arguments.format() == Arguments.Format.TEXT) {
      new TextReport(arguments.language(), out).summary(outcomes, decided, invalid + failed);
    }
    out.flush();
    if (invalid > 0) {
      return Main.INVALID_INPUT;
    }
    return failed > 0 ? Main.FAILURE : Main.OK;
  }

  /** Reads, screens and prints on this thread, batch by batch. */
  private void runHere() {
    Batch batch = new Batch(batchEntries, arguments.language());
    Filler filler = new Filler(batch, full -> {
      screen(full);
      print(full);
      full.clear();
      return full;
    });
    RequestSource.read(arguments.paths(), filler);
    filler.finish();
  }

  /** Marks the end of the input on the queue to the printer. */
  private static final Batch END = new Batch(1, null);
  /** Tells a worker to stop. */
  private static final Batch STOP = new Batch(1, null);

  private void runPipeline() {
    int window = 2 * workers + 2;
    BlockingQueue<Batch> free = new ArrayBlockingQueue<>(window);
    BlockingQueue<Batch> work = new ArrayBlockingQueue<>(window + workers);
    BlockingQueue<Batch> ordered = new ArrayBlockingQueue<>(window + 1);
    for (int i = 0; i < window; i++) {
      free.add(new Batch(batchEntries, arguments.language()));
    }
    Throwable[] readFailure = new Throwable[1];
    List<Thread> threads = new ArrayList<>();
    Thread readerThread = new Thread(() -> {
      try {
        Filler filler = new Filler(free.take(), full -> {
          ordered.put(full);
          work.put(full);
          return free.take();
        });
        RequestSource.read(arguments.paths(), filler);
        filler.finish();
      } catch (InterruptedException | Stopped e) {
        return;  // the printer stopped the run
      } catch (Throwable t) {
        readFailure[0] = t;  // published to the printer by the queue
      }
      try {
        ordered.put(END);
      } catch (InterruptedException e) {
        // the printer stopped the run
      }
    }, "rjkit-read");
    threads.add(readerThread);
    for (int i = 0; i < workers; i++) {
      threads.add(new Thread(() -> {
        try {
          for (Batch batch = work.take(); batch != STOP; batch = work.take()) {
            try {
              screen(batch);
            } catch (Throwable t) {
              batch.fatal = t;
            } finally {
              batch.markDone();
            }
          }
        } catch (InterruptedException e) {
          // the printer stopped the run
        }
      }, "rjkit-screen-" + (i + 1)));
    }
    for (Thread thread : threads) {
      thread.setDaemon(true);
      thread.start();
    }
    boolean finished = false;
    try {
      for (Batch batch = ordered.take(); batch != END; batch = ordered.take()) {
        batch.awaitDone();
        if (batch.fatal != null) {
          throw rethrow(batch.fatal);
        }
        print(batch);
        batch.clear();
        free.put(batch);
      }
      if (readFailure[0] != null) {
        throw rethrow(readFailure[0]);
      }
      for (int i = 0; i < workers; i++) {
        work.put(STOP);
      }
      finished = true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      if (!finished) {
        threads.forEach(Thread::interrupt);
      }
    }
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof Error error) {
      throw error;
    }
    if (t instanceof RuntimeException runtime) {
      throw runtime;
    }
    throw new IllegalStateException(t.getClass().getSimpleName());
  }

  /** The reader's thread was interrupted while handing on a batch. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }

  /** What to do with a full batch; returns the (empty) batch to fill next. */
  private interface Handoff {
    Batch next(Batch full) throws InterruptedException;
  }

  /** Fills batches with what the source reads, in input order. */
  private static final class Filler implements RequestSource.Sink {
    private Batch batch;
    private final Handoff handoff;

    Filler(Batch first, Handoff handoff) {
      this.batch = first;
      this.handoff = handoff;
    }

    @Override
    public void item(RequestSource.Item item) {
      batch.addItem(item.file(), item.line().orElse(0), item.text());
      handOnIfFull();
    }

    @Override
    public void line(Path file, long line, byte[] bytes, int offset, int length) {
      batch.addLine(file, line, bytes, offset, length);
      handOnIfFull();
    }

    @Override
    public void problem(RequestSource.Problem problem) {
      batch.addProblem(problem.file(), problem.line().orElse(0), problem.message());
      handOnIfFull();
    }

    private void handOnIfFull() {
      if (batch.isFull()) {
        handOn();
      }
    }

    private void handOn() {
      try {
        batch = handoff.next(batch);
      } catch (InterruptedException e) {
        throw new Stopped();
      }
    }

    void finish() {
      if (batch.size > 0) {
        handOn();
      }
    }
  }

  /** Decodes, reads, screens and writes every entry of a batch, on the calling thread. */
  private void screen(Batch batch) {
    for (int i = 0; i < batch.size; i++) {
      switch (batch.kinds[i]) {
        case Batch.PROBLEM -> {
          batch.results[i] = Batch.REFUSED;
          batch.errors[i] = new String[] {at(batch.where(i), text(batch.texts[i]))};
        }
        case Batch.ITEM -> decide(batch, i, batch.texts[i]);
        default -> {
          RequestSource.LineText line = RequestSource.lineText(batch.data, batch.dataStart[i],
              batch.dataLength[i], batch.lines[i]);
          if (line.problem() != null) {
            batch.results[i] = Batch.REFUSED;
            batch.errors[i] = new String[] {at(batch.where(i), text(line.problem()))};
          } else if (line.text() == null) {
            batch.results[i] = Batch.SKIPPED;
          } else {
            decide(batch, i, line.text());
          }
        }
      }
      batch.outEnd[i] = batch.out.size();
    }
  }

  private void decide(Batch batch, int i, String text) {
    int start = batch.out.size();
    boolean decidedHere = false;
    try {
      ScreeningRequest request = reader.read(text, overrides);
      Decision decision = decider.apply(request);
      batch.outcomes[i] = decision.outcome();
      decidedHere = true;
      switch (arguments.format()) {
        case JSON -> writeJson(batch, decision, start);
        case SUMMARY -> {
          batch.out.write(SummaryReport.line(decision).getBytes(StandardCharsets.UTF_8));
          batch.out.write(LINE_END);
        }
        case TEXT -> batch.text().decision(batch.where(i), decision);
      }
      batch.results[i] = Batch.DECIDED;
    } catch (InvalidInputException e) {
      batch.results[i] = Batch.INVALID;
      String where = batch.where(i);
      String[] lines = new String[e.errors().size()];
      for (int k = 0; k < lines.length; k++) {
        InputError error = e.errors().get(k);
        lines[k] = at(where, error.toString(arguments.language()));
      }
      batch.errors[i] = lines;
    } catch (RuntimeException | StackOverflowError e) {
      // A failure of rjkit itself on one request, never the input's fault: one line naming the
      // input and the kind of failure (never its message, which might carry input), and the run
      // goes on with the next request. Nothing broader is caught: an OutOfMemoryError ends it.
      batch.results[i] = decidedHere ? Batch.DECIDED_THEN_FAILED : Batch.FAILED;
      batch.errors[i] = new String[] {
          at(batch.where(i), text("cli.internalError", e.getClass().getSimpleName()))};
    }
  }

  /** {@code WHERE: TEXT} in the run's language. */
  private String at(String where, String text) {
    return Messages.format(arguments.language(), "cli.error.at", where, text);
  }

  /** A message of the command line's bundle in the run's language. */
  private String text(String key, Object... values) {
    return Messages.format(arguments.language(), key, values);
  }

  private static void writeJson(Batch batch, Decision decision, int start) {
    try {
      batch.json().write(decision);
    } catch (RuntimeException | StackOverflowError e) {
      // Nothing of a decision that could not be written is printed (the one-thread run built
      // the whole line before printing it).
      batch.out.truncate(start);
      batch.dropJson();
      throw e;
    }
  }

  /** Prints a screened batch: its decisions' bytes, its errors in order, and the counts. */
  private void print(Batch batch) {
    int written = 0;
    for (int i = 0; i < batch.size; i++) {
      byte result = batch.results[i];
      switch (result) {
        case Batch.DECIDED, Batch.DECIDED_THEN_FAILED -> {
          outcomes.merge(batch.outcomes[i], 1L, Long::sum);
          decided++;
          if (result == Batch.DECIDED_THEN_FAILED) {
            failed++;
          }
        }
        case Batch.INVALID, Batch.REFUSED -> invalid++;
        case Batch.FAILED -> failed++;
        default -> { }
      }
      String[] errors = batch.errors[i];
      if (errors != null) {
        // Everything printed before the error reaches the output first, as it did when every
        // line was printed at once.
        out.write(batch.out.buf, written, batch.outEnd[i] - written);
        written = batch.outEnd[i];
        out.flush();
        for (String line : errors) {
          err.println(line);
        }
      }
      // Progress is shown after requests (not after problems reading), as before.
      if (result != Batch.SKIPPED && result != Batch.REFUSED) {
        showProgress();
      }
    }
    out.write(batch.out.buf, written, batch.out.size() - written);
  }

  private void showProgress() {
    long seen = decided + invalid + failed;
    if (progress && seen % PROGRESS_EVERY == 0) {
      err.print("\r" + text("cli.progress", String.valueOf(seen)));
      err.flush();
    }
  }
}
