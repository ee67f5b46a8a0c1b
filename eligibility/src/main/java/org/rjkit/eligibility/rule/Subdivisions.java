package org.rjkit.eligibility.rule;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rjkit.core.casefile.Jurisdiction;

/**
 * Which jurisdiction lies within which (programmes.md, "jurisdictions include their
 * subdivisions"): a subdivision lies within its country, and an ISO 3166-2:GB subdivision within
 * its nation ({@code GB-KEN} within {@code GB-ENG}), from the table of Debian's
 * {@code iso-codes} package shipped as {@code iso-3166-2-gb.tsv}; a grouping of nations
 * ({@code GB-EAW}, {@code GB-GBN}, {@code GB-UKM}) is made of its nations.
 */
final class Subdivisions {

  private static final String RESOURCE = "iso-3166-2-gb.tsv";
  private static final Pattern ALTERNATIVE = Pattern.compile("\\b(GB-[A-Z]{3})\\]");

  /** Each code's parent (nation), for the subdivisions that have one. */
  private static final Map<String, String> PARENTS;
  /** Each grouping's parts. */
  private static final Map<String, List<String>> PARTS;

  static {
    Map<String, String> parents = new LinkedHashMap<>();
    Map<String, List<String>> parts = new LinkedHashMap<>();
    try (InputStream in = Subdivisions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the ISO 3166-2:GB table is missing: " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in,
          StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (line.startsWith("= ")) {
          parts.put(f[0].substring(2), ImmutableList.copyOf(f[1].split(" ")));
          continue;
        }
        if (!f[1].isEmpty()) {
          parents.put(f[0], f[1]);
        }
        Matcher alternative = ALTERNATIVE.matcher(f[3]);
        while (alternative.find()) {
          parents.put(alternative.group(1), f[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PARENTS = ImmutableMap.copyOf(parents);
    PARTS = ImmutableMap.copyOf(parts);
  }

  private Subdivisions() {}

  /** The number of subdivisions with a parent, for tests. */
  static int withParent() {
    return PARENTS.size();
  }

  /** The parent of a subdivision in the table, if it has one. */
  static Optional<String> parent(String code) {
    return Optional.ofNullable(PARENTS.get(code));
  }

  /**
   * Whether {@code j} lies within {@code container}: the same code, a subdivision of a country
   * named alone, or a subdivision whose parent (or parent's parent) is the container.
   */
  static boolean within(Jurisdiction j, Jurisdiction container) {
    if (!j.country().equals(container.country())) {
      return false;
    }
    if (container.subdivision().isEmpty()) {
      return true;
    }
    String target = container.toString();
    String code = j.toString();
    for (int depth = 0; code != null && depth < 8; depth++) {
      if (code.equals(target)) {
        return true;
      }
      code = PARENTS.get(code);
    }
    return false;
  }

  /**
   * Whether every part of {@code j} lies within one of the codes: {@code j} itself does, or it is
   * a grouping all of whose parts are covered ({@code GB-EAW} by {@code GB-ENG} and
   * {@code GB-WLS}).
   */
  static boolean covered(Jurisdiction j, List<Jurisdiction> codes) {
    for (Jurisdiction c : codes) {
      if (within(j, c)) {
        return true;
      }
    }
    List<String> parts = PARTS.get(j.toString());
    if (parts == null) {
      return false;
    }
    for (String part : parts) {
      if (!covered(Jurisdiction.parse(part), codes)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether some part of {@code j} lies within one of the codes, or one of the codes lies within
   * {@code j}: the case may or may not be where the codes are ({@code GB} for {@code GB-ENG};
   * {@code CA} for {@code CA-QC}).
   */
  static boolean overlaps(Jurisdiction j, List<Jurisdiction> codes) {
    for (Jurisdiction c : codes) {
      if (within(c, j)) {
        return true;
      }
    }
    List<String> parts = PARTS.get(j.toString());
    if (parts == null) {
      return false;
    }
    for (String part : parts) {
      Jurisdiction p = Jurisdiction.parse(part);
      if (covered(p, codes) || overlaps(p, codes)) {
        return true;
      }
    }
    return false;
  }

  /** The jurisdictions of a list of codes, parsed. */
  static List<Jurisdiction> parse(Iterable<String> codes) {
    List<Jurisdiction> list = new ArrayList<>();
    codes.forEach(c -> list.add(Jurisdiction.parse(c)));
    return list;
  }
}
