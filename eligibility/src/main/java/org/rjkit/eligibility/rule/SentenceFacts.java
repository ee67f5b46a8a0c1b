package org.rjkit.eligibility.rule;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
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
  private final List<Sentence> all;

  SentenceFacts(Sentences sentences) {
    this.sentences = sentences;
    this.all = sentences.all();
  }

  /** The place of a sentence in the case (the sentences index their ids once). */
  int position(SentenceId id) {
    int i = sentences.indexOf(id);
    if (i < 0) {
      throw new IllegalArgumentException("no sentence of the case has the id");
    }
    return i;
  }

  /** A field of a sentence, as a fact. */
  String fact(SentenceId id, String field) {
    return ScreeningFacts.sentence(position(id), field);
  }

  /** Whether a term is served after another term of imprisonment (not a chain's first). */
  boolean followsATerm(Sentence s) {
    Optional<SentenceId> before = s.consecutiveTo();
    return before.isPresent() && all.get(position(before.get())) instanceof Sentence.Imprisonment;
  }

  /**
   * The terms of distinct sentences and the links between them: each one's {@code term}, and its
   * {@code consecutiveTo} when it follows another term; with {@code starts}, the
   * {@code startsOn} of each chain's first term before it.
   */
  void addTerms(Collection<SentenceId> ids, boolean starts, List<String> used) {
    for (SentenceId id : ids) {
      addTermAt(position(id), starts, used);
    }
  }

  /**
   * {@link #addTerms} for the terms of one chain, in the order served, without {@code starts}:
   * the first term follows no term of imprisonment, and every other follows the one before it,
   * so only the places are looked up.
   */
  void addChain(List<SentenceId> chain, List<String> used) {
    boolean first = true;
    for (SentenceId id : chain) {
      int position = position(id);
      used.add(ScreeningFacts.sentence(position, "term"));
      if (!first) {
        used.add(ScreeningFacts.sentence(position, "consecutiveTo"));
      }
      first = false;
    }
  }

  /** {@link #addTerms} for the sentence at a place in the case. */
  void addTermAt(int position, boolean starts, List<String> used) {
    boolean follows = followsATerm(all.get(position));
    if (starts && !follows) {
      used.add(ScreeningFacts.sentence(position, "startsOn"));
    }
    used.add(ScreeningFacts.sentence(position, "term"));
    if (follows) {
      used.add(ScreeningFacts.sentence(position, "consecutiveTo"));
    }
  }

  /**
   * Every term of the chains whose first terms are given, each once, in document order.
   *
   * @param firsts the first terms of the chains
   * @return the terms
   */
  List<SentenceId> termsOfChainsStartingAt(Set<SentenceId> firsts) {
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

  /**
   * Facts that are distinct by construction (the fields of distinct sentences, each named once),
   * so that {@link Finding} need not look for repeats among them: a finding on a chain of
   * 100,000 terms names 200,000 facts. Only the sentence rules fill one, and only with facts
   * they know to be distinct.
   */
  static final class Distinct extends AbstractList<String> implements RandomAccess {
    private String[] facts;
    private int size;

    Distinct(int expected) {
      facts = new String[Math.max(4, expected)];
    }

    @Override
    public boolean add(String fact) {
      if (size == facts.length) {
        facts = Arrays.copyOf(facts, size * 2);
      }
      facts[size++] = fact;
      return true;
    }

    @Override
    public String get(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException(index);
      }
      return facts[index];
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public Object[] toArray() {
      return Arrays.copyOf(facts, size, Object[].class);
    }
  }
}
