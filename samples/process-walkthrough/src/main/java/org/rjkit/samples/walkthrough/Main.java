package org.rjkit.samples.walkthrough;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the walkthrough and prints it to standard output, in UTF-8; with a FILE argument, also
 * stores the walkthrough's case there as a process history document (for
 * {@code ./rjkit history check FILE}).
 */
public final class Main {

  private Main() {}

  /**
   * Runs the walkthrough.
   *
   * @param args none, or the FILE to store the case in
   */
  public static void main(String[] args) throws java.io.IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Walkthrough.run(out);
    if (args.length == 1) {
      java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]),
          Walkthrough.storedHistory() + "\n", StandardCharsets.UTF_8);
      out.println("  written to " + args[0]);
    }
    out.flush();
  }
}
