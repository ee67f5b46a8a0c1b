package org.rjkit.core.sentence;

import com.google.common.collect.ImmutableMap;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The sentences of a {@link Sentences}, immutable, with what is derived from them and asked for
 * again and again kept once computed: the position of each id, and the chains of imprisonment
 * ({@link ChainForest}). A screening asks for the chains in several rules; a case of 100,000
 * sentences would otherwise index them and build its chains once per rule. What is kept is
 * linear in the number of sentences, and computed at most once per list (a race computes the
 * same value twice, harmlessly: both are immutable).
 */
final class SentenceList extends AbstractList<Sentence> implements RandomAccess {

  private final Sentence[] items;
  /** Each sentence's position by its id; ids are unique. Never modified once built. */
  private final Map<SentenceId, Integer> byId;
  private volatile ImmutableMap<SentenceId, Integer> positions;
  private volatile ChainForest forest;

  SentenceList(Sentence[] items, Map<SentenceId, Integer> byId) {
    this.items = items;
    this.byId = byId;
  }

  /** A copy of the sentences, each not null, in order. */
  static Sentence[] copy(List<Sentence> sentences) {
    Sentence[] items = sentences.toArray(new Sentence[0]);
    for (int i = 0; i < items.length; i++) {
      if (items[i] == null) {
        throw new NullPointerException("at index " + i);
      }
    }
    return items;
  }

  @Override
  public Sentence get(int index) {
    return items[index];
  }

  @Override
  public int size() {
    return items.length;
  }

  @Override
  public Object[] toArray() {
    return Arrays.copyOf(items, items.length, Object[].class);
  }

  /** The position of a sentence, or null when no sentence has the id. */
  Integer positionOf(SentenceId id) {
    return byId.get(id);
  }

  /** Each sentence's position by its id, in document order. */
  ImmutableMap<SentenceId, Integer> positions() {
    ImmutableMap<SentenceId, Integer> p = positions;
    if (p == null) {
      ImmutableMap.Builder<SentenceId, Integer> builder =
          ImmutableMap.builderWithExpectedSize(items.length);
      for (int i = 0; i < items.length; i++) {
        builder.put(items[i].id(), i);
      }
      p = builder.buildOrThrow();
      positions = p;
    }
    return p;
  }

  /** The chains of imprisonment. */
  ChainForest forest() {
    ChainForest f = forest;
    if (f == null) {
      f = new ChainForest(this);
      forest = f;
    }
    return f;
  }
}
