package org.rjkit.samples.screening;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Reads screening requests from files, JSON Lines files and folders, one at a time and in order,
 * so that a file of a million requests is never held in memory.
 *
 * <p>A {@code .json} file holds one request. A {@code .jsonl} or {@code .ndjson} file holds one
 * request per line (lines end at {@code \n}, optionally {@code \r\n}; each line is UTF-8 on its
 * own; blank lines are skipped). A folder is read recursively, files sorted by path,
 * taking the {@code .json}, {@code .jsonl} and {@code .ndjson} files.
 */
final class RequestSource {

  /** Largest single {@code .json} document read (matches the reader's document limit). */
  static final long MAX_DOCUMENT_BYTES = 8L * 1024 * 1024;

  /** One request's text and where it came from. */
  record Item(Path file, OptionalLong line, String text) {
    String where() {
      return line.isPresent() ? file + ":" + line.getAsLong() : file.toString();
    }
  }

  /** A problem reading a file (not found, unreadable, not UTF-8, too large). */
  record Problem(Path file, OptionalLong line, String message) {
    String where() {
      return line.isPresent() ? file + ":" + line.getAsLong() : file.toString();
    }
  }

  /** Receives the items and the problems, in input order. */
  interface Sink {
    void item(Item item);

    void problem(Problem problem);
  }

  private RequestSource() {}

  /**
   * Reads every path in order, passing each request (or problem) to the sink as it is read.
   *
   * @param paths files and folders, not null
   * @param sink not null
   */
  static void read(List<Path> paths, Sink sink) {
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        for (Path file : filesIn(path, sink)) {
          readFile(file, sink);
        }
      } else if (Files.isRegularFile(path)) {
        readFile(path, sink);
      } else {
        sink.problem(new Problem(path, OptionalLong.empty(), "no such file or folder"));
      }
    }
  }

  private static List<Path> filesIn(Path folder, Sink sink) {
    try (Stream<Path> walk = Files.walk(folder)) {
      List<Path> files = new ArrayList<>();
      walk.filter(Files::isRegularFile).filter(RequestSource::isRequestFile).sorted()
          .forEach(files::add);
      return files;
    } catch (IOException | UncheckedIOException e) {
      sink.problem(new Problem(folder, OptionalLong.empty(), "the folder could not be read"));
      return List.of();
    }
  }

  static boolean isRequestFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || isJsonLines(file);
  }

  static boolean isJsonLines(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  private static void readFile(Path file, Sink sink) {
    if (isJsonLines(file)) {
      readLines(file, sink);
      return;
    }
    try {
      if (Files.size(file) > MAX_DOCUMENT_BYTES) {
        sink.problem(new Problem(file, OptionalLong.empty(),
            "the file is larger than 8 MiB; use JSON Lines for many requests"));
        return;
      }
      byte[] bytes = Files.readAllBytes(file);
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      sink.item(new Item(file, OptionalLong.empty(), text));
    } catch (CharacterCodingException e) {
      sink.problem(new Problem(file, OptionalLong.empty(), "the file is not valid UTF-8"));
    } catch (IOException e) {
      sink.problem(new Problem(file, OptionalLong.empty(), "the file could not be read"));
    }
  }

  /**
   * Reads a JSON Lines file line by line. Lines end at {@code \n}; a {@code \r} just before it
   * (or at the end of the file) is dropped, any other {@code \r} is part of the line. Each line
   * is decoded as UTF-8 on its own, so a line that is not valid UTF-8 is reported with its own
   * number and the lines around it are still read.
   */
  private static void readLines(Path file, Sink sink) {
    long line = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      LineBuffer bytes = new LineBuffer();
      while (true) {
        bytes.reset();
        int end = readBoundedLine(in, bytes);
        if (end == END_OF_INPUT && bytes.size() == 0) {
          return;
        }
        line++;
        if (end == TOO_LONG) {
          sink.problem(new Problem(file, OptionalLong.of(line),
              "the line is longer than 8 MiB"));
        } else {
          Optional<String> text = bytes.decode();
          if (text.isEmpty()) {
            sink.problem(new Problem(file, OptionalLong.of(line),
                "the line is not valid UTF-8"));
          } else if (!text.get().isBlank()) {
            sink.item(new Item(file, OptionalLong.of(line), text.get()));
          }
        }
        if (end == END_OF_INPUT) {
          return;
        }
      }
    } catch (IOException e) {
      sink.problem(new Problem(file, OptionalLong.of(line + 1), "the file could not be read"));
    }
  }

  private static final int END_OF_LINE = 0;
  private static final int END_OF_INPUT = 1;
  private static final int TOO_LONG = 2;

  /**
   * Reads one line's bytes into {@code into}, at most {@link #MAX_DOCUMENT_BYTES} of them, without
   * the {@code \n} and without a {@code \r} just before it; a longer line is skipped to its end
   * so that one bad line never exhausts memory.
   */
  private static int readBoundedLine(InputStream in, LineBuffer into) throws IOException {
    boolean tooLong = false;
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        into.dropTrailingCarriageReturn();
        return tooLong ? TOO_LONG : END_OF_LINE;
      }
      if (!tooLong) {
        if (into.size() >= MAX_DOCUMENT_BYTES) {
          tooLong = true;
          into.reset();
        } else {
          into.write(b);
        }
      }
    }
    into.dropTrailingCarriageReturn();
    return tooLong ? TOO_LONG : END_OF_INPUT;
  }

  /** The bytes of one line. */
  private static final class LineBuffer extends ByteArrayOutputStream {

    LineBuffer() {
      super(1 << 12);
    }

    void dropTrailingCarriageReturn() {
      if (count > 0 && buf[count - 1] == '\r') {
        count--;
      }
    }

    /** The line as text, or empty when its bytes are not valid UTF-8. */
    Optional<String> decode() {
      try {
        return Optional.of(StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(buf, 0, count)).toString());
      } catch (CharacterCodingException e) {
        return Optional.empty();
      }
    }
  }
}
