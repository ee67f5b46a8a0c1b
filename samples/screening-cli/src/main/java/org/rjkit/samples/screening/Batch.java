package org.rjkit.samples.screening;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.rjkit.core.language.Language;
import org.rjkit.eligibility.Outcome;
import org.rjkit.samples.screening.json.DecisionLines;

/**
 * A run of consecutive inputs of a {@code screen} run (JSON Lines lines, whole request files,
 * problems met reading), in input order, and what screening them printed: the unit the reader
 * hands to a worker and the writer prints in order. A run holds a fixed number of batches and
 * reuses them, so that memory stays the same whatever the number of requests.
 *
 * <p>One thread at a time: the reader fills a batch, one worker screens it, the writer prints it
 * and gives it back; the queues between them order their accesses.
 */
final class Batch {

  /** What an entry is. */
  static final byte LINE = 0;
  static final byte ITEM = 1;
  static final byte PROBLEM = 2;

  /** What became of an entry. */
  static final byte SKIPPED = 0;
  static final byte DECIDED = 1;
  static final byte INVALID = 2;
  static final byte FAILED = 3;
  /** Decided, then writing the decision failed: counted as both, as the one-thread run did. */
  static final byte DECIDED_THEN_FAILED = 4;
  /** Refused while reading (not UTF-8, too long, unreadable): invalid, but not a request. */
  static final byte REFUSED = 5;

  /** Input bytes beyond which a batch is closed even if it has room for more entries. */
  static final int MAX_DATA_BYTES = 1 << 20;

  private static final int KEEP_BYTES = 4 << 20;

  final int capacity;
  int size;
  final byte[] kinds;
  final Path[] files;
  /** The line number, or 0 for a whole file. */
  final long[] lines;
  /** An item's text or a problem's message. */
  final String[] texts;
  final int[] dataStart;
  final int[] dataLength;
  byte[] data;
  int dataSize;

  final Bytes out = new Bytes();
  final int[] outEnd;
  final byte[] results;
  final Outcome[] outcomes;
  final String[][] errors;
  /** A failure beyond one entry's (an {@code OutOfMemoryError}): ends the run. */
  Throwable fatal;

  private boolean done;
  private DecisionLines json;
  private TextReport text;
  private final Language language;

  Batch(int capacity, Language language) {
    this.capacity = capacity;
    this.language = language;
    kinds = new byte[capacity];
    files = new Path[capacity];
    lines = new long[capacity];
    texts = new String[capacity];
    dataStart = new int[capacity];
    dataLength = new int[capacity];
    data = new byte[1 << 16];
    outEnd = new int[capacity];
    results = new byte[capacity];
    outcomes = new Outcome[capacity];
    errors = new String[capacity][];
  }

  boolean isFull() {
    return size == capacity || dataSize >= MAX_DATA_BYTES;
  }

  void addLine(Path file, long line, byte[] bytes, int offset, int length) {
    if (dataSize + length > data.length) {
      data = Arrays.copyOf(data, Math.max(dataSize + length, data.length * 2));
    }
    System.arraycopy(bytes, offset, data, dataSize, length);
    int i = add(LINE, file, line, null);
    dataStart[i] = dataSize;
    dataLength[i] = length;
    dataSize += length;
  }

  void addItem(Path file, long line, String text) {
    add(ITEM, file, line, text);
  }

  void addProblem(Path file, long line, String message) {
    add(PROBLEM, file, line, message);
  }

  private int add(byte kind, Path file, long line, String text) {
    int i = size++;
    kinds[i] = kind;
    files[i] = file;
    lines[i] = line;
    texts[i] = text;
    return i;
  }

  /** Where entry {@code i} came from: {@code FILE:LINE}, or {@code FILE} for a whole file. */
  String where(int i) {
    return lines[i] > 0 ? files[i] + ":" + lines[i] : files[i].toString();
  }

  /** The JSON writer of this batch's output (a new one after a failed write). */
  DecisionLines json() {
    if (json == null) {
      json = new DecisionLines(out);
    }
    return json;
  }

  /** Drops a JSON writer that may hold part of a decision that failed. */
  void dropJson() {
    json = null;
  }

  /** The text report of this batch's output. */
  TextReport text() {
    if (text == null) {
      text = new TextReport(language, new PrintStream(out, false, StandardCharsets.UTF_8));
    }
    return text;
  }

  synchronized void markDone() {
    done = true;
    notifyAll();
  }

  synchronized void awaitDone() throws InterruptedException {
    while (!done) {
      wait();
    }
  }

  /** Empties the batch for reuse, letting go of an exceptionally large buffer. */
  void clear() {
    Arrays.fill(files, 0, size, null);
    Arrays.fill(texts, 0, size, null);
    Arrays.fill(outcomes, 0, size, null);
    Arrays.fill(errors, 0, size, null);
    size = 0;
    dataSize = 0;
    if (data.length > KEEP_BYTES) {
      data = new byte[1 << 16];
    }
    out.clear(KEEP_BYTES);
    fatal = null;
    synchronized (this) {
      done = false;
    }
  }

  /** A growable byte buffer without locks (one thread at a time). */
  static final class Bytes extends OutputStream {
    byte[] buf = new byte[1 << 16];
    int count;

    @Override
    public void write(int b) {
      if (count == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b) {
      write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      if (count + len > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(count + len, buf.length * 2));
      }
      System.arraycopy(b, off, buf, count, len);
      count += len;
    }

    int size() {
      return count;
    }

    void truncate(int size) {
      count = size;
    }

    void clear(int keep) {
      count = 0;
      if (buf.length > keep) {
        buf = new byte[1 << 16];
      }
    }
  }
}
