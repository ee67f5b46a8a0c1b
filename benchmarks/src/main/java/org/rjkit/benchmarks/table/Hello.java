package org.rjkit.benchmarks.table;

/** The empty program of the cold-start reference: {@code java -jar hello.jar} prints one line. */
public final class Hello {

  private Hello() {}

  /**
   * Prints {@code hello}.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
