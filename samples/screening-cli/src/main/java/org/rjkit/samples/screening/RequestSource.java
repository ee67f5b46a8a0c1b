package org.rjkit.samples.screening;

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

  /**
   * A problem reading a file (not found, unreadable, not UTF-8, too large); the message is a key
   * of the command line's bundle ({@code cli.file.*}), printed in the run's language.
   */
  record Problem(Path file, OptionalLong line, String message) {
    String where() {
      return line.isPresent() ? file + ":" + line.getAsLong() : file.toString();
    }
  }

  /** Receives the items, the lines and the problems, in input order. */
  interface Sink {
    /** A request read whole (a {@code .json} file). */
    void item(Item item);

    /**
     * A line of a JSON Lines file, not decoded yet (see {@link #lineText}); the bytes are valid
     * only during the call.
     */
    void line(Path file, long line, byte[] bytes, int offset, int length);

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
            ? "cli.file.brokenLink" : "cli.file.noSuchFileOrFolder"));
        continue;
      } catch (FileSystemException e) {
        sink.problem(new Problem(path, OptionalLong.empty(), describe(e, "fileOrFolder")));
        continue;
      } catch (IOException e) {
        sink.problem(new Problem(path, OptionalLong.empty(), "cli.file.unreadable"));
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
                entries.add(new Entry(file, "cli.file.brokenLink"));
              } else if (attributes.isRegularFile() && isRequestFile(file)) {
                entries.add(new Entry(file, null));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              entries.add(new Entry(file, e instanceof FileSystemLoopException
                  ? "cli.file.loop"
                  : e instanceof FileSystemException fse
                      ? describe(fse, "folder")
                      : "cli.file.folderUnreadable"));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
              if (e != null) {
                entries.add(new Entry(dir, e instanceof FileSystemException fse
                    ? describe(fse, "folder") : "cli.file.folderIncomplete"));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | UncheckedIOException e) {
      entries.add(new Entry(folder, "cli.file.folderUnreadable"));
    }
    entries.sort(Comparator.comparing(Entry::path));
    return entries;
  }

  /**
   * Why a file or folder could not be read, without any content: a key of the command line's
   * bundle; {@code what} is {@code file}, {@code folder} or {@code fileOrFolder}.
   */
  private static String describe(FileSystemException e, String what) {
    if (e instanceof AccessDeniedException) {
      return "cli.file.permissionDenied." + what;
    }
    if (e instanceof NoSuchFileException) {
      return "cli.file.noSuch." + what;
    }
    return "cli.file.cannotRead." + what;
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
            "cli.file.tooLarge"));
        return;
      }
      byte[] bytes = Files.readAllBytes(file);
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      sink.item(new Item(file, OptionalLong.empty(), text));
    } catch (CharacterCodingException e) {
      sink.problem(new Problem(file, OptionalLong.empty(), "cli.file.notUtf8"));
    } catch (FileSystemException e) {
      sink.problem(new Problem(file, OptionalLong.empty(), describe(e, "file")));
    } catch (IOException e) {
      sink.problem(new Problem(file, OptionalLong.empty(), "cli.file.cannotRead.file"));
    }
  }

  /**
   * Reads a JSON Lines file in chunks of 64 KiB and splits it into lines on the buffer. Lines end
   * at {@code \n}; a {@code \r} just before it (or at the end of the file) is dropped, any other
   * {@code \r} is part of the line. A line is passed to {@link Sink#line} as bytes, to be
   * decoded on its own by {@link #lineText} (where the sink likes, possibly on another thread),
   * so that a line that is not valid UTF-8 is reported with its own number and the lines around
   * it are still read. A line longer than {@link #MAX_DOCUMENT_BYTES} (counting a final
   * {@code \r}) is skipped to its end and reported, so that one bad line never exhausts memory.
   */
  private static void readLines(Path file, Sink sink) {
    long line = 0;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] chunk = new byte[CHUNK_BYTES];
      LineBuffer pending = new LineBuffer();  // the start of a line that began in an earlier chunk
      boolean tooLong = false;
      int n;
      while ((n = in.read(chunk, 0, chunk.length)) >= 0) {
        int start = 0;
        for (int i = 0; i < n; i++) {
          if (chunk[i] != '\n') {
            continue;
          }
          line++;
          if (tooLong || pending.size() + (i - start) > MAX_DOCUMENT_BYTES) {
            sink.problem(new Problem(file, OptionalLong.of(line), TOO_LONG));
          } else if (pending.size() == 0) {
            int end = i > start && chunk[i - 1] == '\r' ? i - 1 : i;
            sink.line(file, line, chunk, start, end - start);
          } else {
            pending.write(chunk, start, i - start);
            pending.dropTrailingCarriageReturn();
            sink.line(file, line, pending.bytes(), 0, pending.size());
          }
          pending.reset();
          tooLong = false;
          start = i + 1;
        }
        if (!tooLong && pending.size() + (n - start) > MAX_DOCUMENT_BYTES) {
          tooLong = true;
          pending.reset();
        }
        if (!tooLong) {
          pending.write(chunk, start, n - start);
        }
      }
      if (tooLong) {
        sink.problem(new Problem(file, OptionalLong.of(line + 1), TOO_LONG));
        return;
      }
      pending.dropTrailingCarriageReturn();
      if (pending.size() > 0) {
        sink.line(file, line + 1, pending.bytes(), 0, pending.size());
      }
    } catch (FileSystemException e) {
      sink.problem(new Problem(file, OptionalLong.of(line + 1), describe(e, "file")));
    } catch (IOException e) {
      sink.problem(new Problem(file, OptionalLong.of(line + 1), "cli.file.cannotRead.file"));
    }
  }

  private static final int CHUNK_BYTES = 1 << 16;
  private static final String TOO_LONG = "cli.file.lineTooLong";

  /**
   * What one line of a JSON Lines file holds: its text, or why it is not read.
   *
   * @param text the line as text when it is to be read as a request, else null
   * @param problem why the line is refused (not UTF-8, a byte-order mark after the first line),
   *     a key of the command line's bundle, else null; both are null for a blank line, which is skipped
   */
  record LineText(String text, String problem) {}

  private static final LineText BLANK = new LineText(null, null);

  /**
   * Decodes and checks one line given to {@link Sink#line}: the line must be UTF-8 on its own; a
   * byte-order mark may open line 1 only; a line of JSON whitespace only is blank.
   *
   * @param bytes the line's bytes, without its line end
   * @param line its number, from 1
   * @return the text to read, the problem, or blank
   */
  static LineText lineText(byte[] bytes, int offset, int length, long line) {
    // The JDK's decoder is fast but replaces malformed input with U+FFFD: only when that
    // character appears is the line decoded again strictly, to tell the two apart.
    String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0 && !isStrictUtf8(bytes, offset, length)) {
      return new LineText(null, "cli.file.lineNotUtf8");
    }
    if (line > 1 && text.startsWith(BYTE_ORDER_MARK)) {
      return new LineText(null, "cli.file.lineByteOrderMark");
    }
    if (isBlank(line == 1 ? withoutByteOrderMark(text) : text)) {
      return BLANK;
    }
    return new LineText(text, null);
  }

  private static boolean isStrictUtf8(byte[] bytes, int offset, int length) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes, offset, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
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

  /** The bytes of a line that spans chunks. */
  private static final class LineBuffer extends ByteArrayOutputStream {

    LineBuffer() {
      super(1 << 12);
    }

    byte[] bytes() {
      return buf;
    }

    void dropTrailingCarriageReturn() {
      if (count > 0 && buf[count - 1] == '\r') {
        count--;
      }
    }
  }
}
