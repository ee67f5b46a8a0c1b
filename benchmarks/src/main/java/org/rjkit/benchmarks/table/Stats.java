package org.rjkit.benchmarks.table;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Medians and the way the table writes numbers. */
final class Stats {

  private Stats() {}

  /** The median of at least one value (the mean of the middle two for an even count). */
  static double median(List<Double> values) {
    checkArgument(!values.isEmpty(), "a median needs at least one value");
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** The smallest and largest values, written "min–max" with {@link #number}. */
  static String range(List<Double> values) {
    checkArgument(!values.isEmpty(), "a range needs at least one value");
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    return number(min) + "–" + number(max);
  }

  /** Three significant figures, thousands grouped: 0.241, 7.30, 31.0, 5,800. */
  static String number(double value) {
    double magnitude = Math.abs(value);
    if (magnitude >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (magnitude >= 100) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    if (magnitude >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    if (magnitude >= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /** A ratio written with two significant figures and a times sign: 31×, 1.2×, 0.42×. */
  static String ratio(double value) {
    if (value >= 10) {
      return String.format(Locale.ROOT, "%.0f×", value);
    }
    if (value >= 1) {
      return String.format(Locale.ROOT, "%.1f×", value);
    }
    return String.format(Locale.ROOT, "%.2f×", value);
  }

  /** Bytes as KB (1,000 bytes) with {@link #number}. */
  static String kilobytes(double bytes) {
    return number(bytes / 1000) + " KB";
  }
}
