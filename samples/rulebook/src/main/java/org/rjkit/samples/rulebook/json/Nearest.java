package org.rjkit.samples.rulebook.json;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.rjkit.core.language.Message;

/** The nearest valid name to a misspelt one, by edit distance (ties: the first listed). */
public final class Nearest {

  private Nearest() {}

  /**
   * The candidate closest to a name.
   *
   * @param name the name as written, not null
   * @param candidates the valid names, in a stable order, not null
   * @return the nearest candidate, or empty when there is none
   */
  public static Optional<String> to(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = name.toLowerCase(Locale.ROOT);
    for (String c : candidates) {
      int d = distance(lower, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * A sentence naming the nearest candidate and, when they are few, all of them.
   *
   * @param name the name as written, not null
   * @param candidates the valid names, not null
   * @return such as {@code "; nearest valid name: term (valid: id, kind, term)"}
   */
  public static Message hint(String name, Collection<String> candidates) {
    return hint(name, candidates, "name");
  }

  /**
   * A sentence naming the nearest candidate, calling them by a noun.
   *
   * @param name the name as written, not null
   * @param candidates the valid names, not null
   * @param noun {@code name}, {@code status} or {@code value}: the key
   *     {@code rulebook.hint.nearest.NOUN} says "nearest valid NOUN"
   * @return such as {@code "; nearest valid status: NOT_MET (valid: ...)"}
   */
  public static Message hint(String name, Collection<String> candidates, String noun) {
    Optional<String> nearest = to(name, candidates);
    if (nearest.isEmpty()) {
      return Message.of("rulebook.hint.none");
    }
    if (candidates.size() <= 24) {
      Message all = null;
      for (String c : candidates) {
        Message one = Message.of("rulebook.hint.candidate", c);
        all = all == null ? one : Message.of("rulebook.hint.candidates", all, one);
      }
      return Message.of("rulebook.hint.nearestAll." + noun, nearest.get(), all);
    }
    return Message.of("rulebook.hint.nearest." + noun, nearest.get());
  }

  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1),
            previous[j - 1] + cost);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
