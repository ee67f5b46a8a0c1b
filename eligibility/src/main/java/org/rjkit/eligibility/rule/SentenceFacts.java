package org.rjkit.eligibility.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.sentence.Sentence;
import org.rjkit.core.sentence.SentenceId;
import org.rjkit.core.sentence.Sentences;

/**
 * The facts a sentence finding rests on, named by the sentences' places in the case, looked up
 * once for the whole case so that a finding on any number of sentences costs time linear in
 * their number.
 */
final class SentenceFacts {

  private final Sentences sentences;
  private final Map<SentenceId, Integer> positions;

  SentenceFacts(Sentences sentences) {
    this.sentences = sentences;
    this.positions = sentences.positions();
  }

  /** The place of a sentence in the case. */
  int position(SentenceId id) {
    return positions.get(id);
  }

  /** A field of a sentence, as a fact. */
  String fact(SentenceId id, String field) {
    return ScreeningFacts.sentence(position(id), field);
  }

  /** Whether a term is served after another term of imprisonment (not a chain's first). */
  boolean followsATerm(Sentence s) {
    Optional<SentenceId> before = s.consecutiveTo();
    return before.isPresent()
        && sentences.all().get(position(before.get())) instanceof Sentence.Imprisonment;
  }

  /**
   * The terms of distinct sentences and the links between them: each one's {@code term}, and its
   * {@code consecutiveTo} when it follows another term; with {@code starts}, the
   * {@code startsOn} of each chain's first term before it.
   */
  void addTerms(Collection<SentenceId> ids, boolean starts, List<String> used) {
    for (SentenceId id : ids) {
      Sentence s = sentences.all().get(position(id));
      boolean follows = followsATerm(s);
      if (starts && !follows) {
        used.add(fact(id, "startsOn"));
      }
      used.add(fact(id, "term"));
      if (follows) {
        used.add(fact(id, "consecutiveTo"));
      }
    }
  }

  /**
   * Every term of the chains whose first terms are given, each once, in document order.
   *
   * @param firsts the first terms of the chains
   * @return the terms
   */
  List<SentenceId> termsOfChainsStartingAt(Set<SentenceId> firsts) {
    List<Sentence> all = sentences.all();
    int[] first = new int[all.size()];
    Arrays.fill(first, -1);
    int[] walk = new int[all.size()];
    List<SentenceId> terms = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (!(all.get(i) instanceof Sentence.Imprisonment)) {
        continue;
      }
      int length = 0;
      int cursor = i;
      while (first[cursor] < 0 && followsATerm(all.get(cursor))) {
        walk[length++] = cursor;
        cursor = position(all.get(cursor).consecutiveTo().orElseThrow());
      }
      int found = first[cursor] >= 0 ? first[cursor] : cursor;
      first[cursor] = found;
      for (int k = 0; k < length; k++) {
        first[walk[k]] = found;
      }
      if (firsts.contains(all.get(found).id())) {
        terms.add(all.get(i).id());
      }
    }
    return terms;
  }
}
