package org.rjkit.samples.walkthrough;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the walkthrough and prints it to standard output, in UTF-8. */
public final class Main {

  private Main() {}

  /**
   * Runs the walkthrough.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Walkthrough.run(out);
    out.flush();
  }
}
