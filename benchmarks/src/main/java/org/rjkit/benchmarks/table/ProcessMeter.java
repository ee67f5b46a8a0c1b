package org.rjkit.benchmarks.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one whole process and measures it from outside: wall time, time to the first byte on
 * standard output, CPU time and peak resident memory (sampled from {@code /proc} every 10 ms
 * while it runs, so the last few milliseconds may be missed), and the bytes it wrote.
 */
final class ProcessMeter {

  /**
   * What one run measured.
   *
   * @param exitCode the process's exit status
   * @param wallSeconds from start to exit
   * @param firstByteSeconds from start to the first byte on standard output (NaN if none)
   * @param cpuSeconds user plus system CPU time of the process (NaN without /proc)
   * @param peakRssKb the peak resident set size, VmHWM (NaN without /proc)
   * @param bytesOut bytes written to standard output
   * @param stderr the first 2,000 characters written to standard error
   */
  record Run(int exitCode, double wallSeconds, double firstByteSeconds, double cpuSeconds,
      double peakRssKb, long bytesOut, String stderr) {

    /** Cores busy on average: CPU time over wall time. */
    double coresBusy() {
      return cpuSeconds / wallSeconds;
    }
  }

  /** Clock ticks per second of /proc/PID/stat (USER_HZ, 100 on Linux). */
  private static final double TICKS = 100.0;

  private ProcessMeter() {}

  /**
   * Runs a command to its end.
   *
   * @param command the program and its arguments
   * @param directory the working directory
   * @param environment added to the inherited environment
   * @return what was measured
   */
  static Run run(List<String> command, Path directory, Map<String, String> environment) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.environment().putAll(environment);
    AtomicLong firstByte = new AtomicLong(-1);
    AtomicLong bytes = new AtomicLong();
    StringBuilder errors = new StringBuilder();
    long start = System.nanoTime();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command.get(0), e);
    }
    closeQuietly(process);
    Thread out = drain(process.getInputStream(), (buffer, n) -> {
      firstByte.compareAndSet(-1, System.nanoTime());
      bytes.addAndGet(n);
    });
    Thread err = drain(process.getErrorStream(), (buffer, n) -> {
      synchronized (errors) {
        if (errors.length() < 2000) {
          errors.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
      }
    });
    Path proc = Path.of("/proc", Long.toString(process.pid()));
    double cpu = Double.NaN;
    double rss = Double.NaN;
    while (process.isAlive()) {
      double[] sample = sample(proc);
      if (sample != null) {
        cpu = sample[0];
        rss = Double.isNaN(rss) ? sample[1] : Math.max(rss, sample[1]);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroy();
        throw new IllegalStateException("interrupted", e);
      }
    }
    int exit;
    try {
      exit = process.waitFor();
      out.join();
      err.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    long end = System.nanoTime();
    double first = firstByte.get() < 0 ? Double.NaN : (firstByte.get() - start) / 1e9;
    String stderr;
    synchronized (errors) {
      stderr = errors.length() > 2000 ? errors.substring(0, 2000) : errors.toString();
    }
    return new Run(exit, (end - start) / 1e9, first, cpu, rss, bytes.get(), stderr);
  }

  /** CPU seconds and VmHWM in kB of a live process, or null when it has gone. */
  private static double[] sample(Path proc) {
    try {
      String stat = Files.readString(proc.resolve("stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // After the command: state is field 3, utime 14 and stime 15 (1-based, man proc).
      double cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
      double hwm = Double.NaN;
      for (String line : Files.readAllLines(proc.resolve("status"))) {
        if (line.startsWith("VmHWM:")) {
          hwm = Double.parseDouble(line.substring(6).trim().split("\\s+")[0]);
        }
      }
      return Double.isNaN(hwm) ? null : new double[] {cpu, hwm};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static void closeQuietly(Process process) {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // Nothing is written to the process; a failed close changes nothing.
    }
  }

  private interface Chunks {
    void accept(byte[] buffer, int length);
  }

  private static Thread drain(InputStream in, Chunks sink) {
    Thread thread = new Thread(() -> {
      byte[] buffer = new byte[1 << 16];
      try (in) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          if (n > 0) {
            sink.accept(buffer, n);
          }
        }
      } catch (IOException e) {
        // The process has gone; what was read is what it wrote.
      }
    }, "drain");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
