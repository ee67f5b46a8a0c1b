package org.rjkit.samples.screening;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads screening requests from files, JSON Lines files and folders, one at a time and in order,
 * so that a file of a million requests is never held in memory.
 *
 * <p>A {@code .json} file holds one request. A {@code .jsonl} or {@code .ndjson} file holds one
 * request per line (lines end at {@code \n}, optionally {@code \r\n}; each line is UTF-8 on its
 * own; lines of JSON whitespace only are skipped; a byte-order mark may open the file only). A
 * folder is read recursively, following symbolic links, files sorted by path, taking the
 * {@code .json}, {@code .jsonl} and {@code .ndjson} files; a broken symbolic link, a symbolic
 * link loop and a subfolder or file that cannot be read are reported at their own path.
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
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(path, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        sink.problem(new Problem(path, OptionalLong.empty(), Files.isSymbolicLink(path)
            ? "a symbolic link whose target does not exist" : "no such file or folder"));
        continue;
      } catch (FileSystemException e) {
        sink.problem(new Problem(path, OptionalLong.empty(), describe(e, "file or folder")));
        continue;
      } catch (IOException e) {
        sink.problem(new Problem(path, OptionalLong.empty(), "could not be read"));
        continue;
      }
      if (attributes.isDirectory()) {
        for (Entry entry : entriesIn(path)) {
          if (entry.problem() != null) {
            sink.problem(new Problem(entry.path(), OptionalLong.empty(), entry.problem()));
          } else {
            readFile(entry.path(), sink);
          }
        }
      } else {
        readFile(path, sink);
      }
    }
  }

  /** A request file of a folder, or a problem met walking it, at its own path. */
  private record Entry(Path path, String problem) {}

  /**
   * The request files of a folder and the problems met walking it (a broken symbolic link, a
   * symbolic link loop, a subfolder that cannot be read), each at its own path, sorted by path.
   * Symbolic links are followed.
   */
  private static List<Entry> entriesIn(Path folder) {
    List<Entry> entries = new ArrayList<>();
    try {
      Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (attributes.isSymbolicLink()) {
                // with FOLLOW_LINKS, a link is visited as itself only when its target is gone
                entries.add(new Entry(file, "a symbolic link whose target does not exist"));
              } else if (attributes.isRegularFile() && isRequestFile(file)) {
                entries.add(new Entry(file, null));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              entries.add(new Entry(file, e instanceof FileSystemLoopException
                  ? "a symbolic link loop: the folder contains itself; skipped"
                  : e instanceof FileSystemException fse
                      ? describe(fse, "folder")
                      : "the folder could not be read"));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
              if (e != null) {
                entries.add(new Entry(dir, e instanceof FileSystemException fse
                    ? describe(fse, "folder") : "the folder could not be read completely"));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | UncheckedIOException e) {
      entries.add(new Entry(folder, "the folder could not be read"));
    }
    entries.sort(Comparator.comparing(Entry::path));
    return entries;
  }

  /** Why a file or folder could not be read, without any content. */
  private static String describe(FileSystemException e, String what) {
    if (e instanceof AccessDeniedException) {
      return "the " + what + " could not be read: permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such " + what;
    }
    return "the " + what + " could not be read";
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
    } catch (FileSystemException e) {
      sink.problem(new Problem(file, OptionalLong.empty(), describe(e, "file")));
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
          } else if (line > 1 && text.get().startsWith(BYTE_ORDER_MARK)) {
            sink.problem(new Problem(file, OptionalLong.of(line), "the line starts with a"
                + " byte-order mark, which is allowed only at the very start of the file"));
          } else if (!isBlank(line == 1 ? withoutByteOrderMark(text.get()) : text.get())) {
            sink.item(new Item(file, OptionalLong.of(line), text.get()));
          }
        }
        if (end == END_OF_INPUT) {
          return;
        }
      }
    } catch (FileSystemException e) {
      sink.problem(new Problem(file, OptionalLong.of(line + 1), describe(e, "file")));
    } catch (IOException e) {
      sink.problem(new Problem(file, OptionalLong.of(line + 1), "the file could not be read"));
    }
  }

  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private static String withoutByteOrderMark(String text) {
    return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
  }

  /**
   * Whether a line holds only JSON whitespace (RFC 8259: space, tab, CR, LF). A vertical tab or
   * U+2028 is not JSON whitespace: such a line is read, and reported as not JSON.
   */
  static boolean isBlank(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return false;
      }
    }
    return true;
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
