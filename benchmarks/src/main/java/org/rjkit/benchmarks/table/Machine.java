package org.rjkit.benchmarks.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the report says about the machine it ran on. */
final class Machine {

  private Machine() {}

  /** Cores, processor, memory, JVM and OS. */
  static String describe() {
    String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name");
    String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal");
    return Runtime.getRuntime().availableProcessors() + " cores"
        + (cpu.isEmpty() ? "" : " (" + cpu + ")")
        + (memory.isEmpty() ? "" : ", " + memory + " RAM")
        + ", Java " + System.getProperty("java.runtime.version") + " ("
        + System.getProperty("java.vm.name") + ")"
        + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version");
  }

  /** The 1, 5 and 15 minute load averages, or "unknown". */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " / " + fields[1] + " / " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String firstValue(Path file, String key) {
    try {
      List<String> lines = Files.readAllLines(file);
      for (String line : lines) {
        if (line.startsWith(key)) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: say nothing.
    }
    return "";
  }
}
