package org.rjkit.core.sentence;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;

/**
 * The terms of imprisonment of a case as a forest: each term's parent is the term of
 * imprisonment it is served after ({@code consecutiveTo}); a term served after nothing, or after
 * a sentence that is not imprisonment, is a root. Built in time and memory linear in the number
 * of sentences, without recursion, so that a chain of any length and a term followed by any
 * number of terms never exhaust the stack or the heap: the chains share their common first terms
 * ({@link Path}), and each term's aggregate from its chain's start is summed once.
 */
final class ChainForest {

  /** The terms, in document order. */
  final Sentence.Imprisonment[] terms;
  /** Each term's position in the case's sentences. */
  final int[] position;
  /** Each term's parent (an index into {@link #terms}), or -1 for a root. */
  final int[] parent;
  /** Each term's root. */
  final int[] root;
  /** How many terms come before it in its chain. */
  final int[] depth;
  /** The aggregate of the terms from the root up to and including this one. */
  final Aggregate[] through;
  /** The leaves, in the order of the chains: roots in document order, depth first. */
  final int[] leaves;

  ChainForest(SentenceList all) {
    int count = 0;
    for (Sentence s : all) {
      if (s instanceof Sentence.Imprisonment) {
        count++;
      }
    }
    terms = new Sentence.Imprisonment[count];
    position = new int[count];
    int[] termAt = new int[all.size()]; // a sentence's index among the terms, or -1
    int k = 0;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i) instanceof Sentence.Imprisonment term) {
        terms[k] = term;
        position[k] = i;
        termAt[i] = k;
        k++;
      } else {
        termAt[i] = -1;
      }
    }
    parent = new int[count];
    int[] childCount = new int[count];
    for (int t = 0; t < count; t++) {
      Optional<SentenceId> before = terms[t].consecutiveTo();
      Integer at = before.isPresent() ? all.positionOf(before.get()) : null;
      int p = at == null ? -1 : termAt[at];
      parent[t] = p;
      if (p >= 0) {
        childCount[p]++;
      }
    }
    // children in document order, as offsets into one array
    int[] childStart = new int[count + 1];
    for (int t = 0; t < count; t++) {
      childStart[t + 1] = childStart[t] + childCount[t];
    }
    int[] children = new int[childStart[count]];
    int[] filled = new int[count];
    for (int t = 0; t < count; t++) {
      if (parent[t] >= 0) {
        children[childStart[parent[t]] + filled[parent[t]]++] = t;
      }
    }
    root = new int[count];
    depth = new int[count];
    through = new Aggregate[count];
    int[] leafList = new int[count];
    int leafCount = 0;
    int[] stack = new int[count];
    for (int r = 0; r < count; r++) {
      if (parent[r] >= 0) {
        continue;
      }
      int top = 0;
      stack[top++] = r;
      while (top > 0) {
        int t = stack[--top];
        int p = parent[t];
        root[t] = p < 0 ? t : root[p];
        depth[t] = p < 0 ? 0 : depth[p] + 1;
        through[t] = (p < 0 ? Aggregate.ZERO : through[p]).plus(terms[t].term());
        if (childCount[t] == 0) {
          leafList[leafCount++] = t;
        }
        // push in reverse so that the first child in document order is visited first
        for (int c = childStart[t + 1] - 1; c >= childStart[t]; c--) {
          stack[top++] = children[c];
        }
      }
    }
    leaves = Arrays.copyOf(leafList, leafCount);
  }

  /** The chain from a leaf's root to the leaf, sharing this forest. */
  Path path(int leaf) {
    return new Path(this, leaf);
  }

  /**
   * The terms from a root to a term, read from the forest when asked: a chain costs no memory of
   * its own. Immutable.
   */
  static final class Path extends AbstractList<Sentence.Imprisonment> {
    private final ChainForest forest;
    private final int last;

    Path(ChainForest forest, int last) {
      this.forest = forest;
      this.last = last;
    }

    Aggregate aggregate() {
      return forest.through[last];
    }

    @Override
    public int size() {
      return forest.depth[last] + 1;
    }

    @Override
    public Sentence.Imprisonment get(int index) {
      int size = size();
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException("index " + index + " of a chain of " + size);
      }
      if (index == 0) {
        return forest.terms[forest.root[last]];
      }
      int t = last;
      for (int steps = size - 1 - index; steps > 0; steps--) {
        t = forest.parent[t];
      }
      return forest.terms[t];
    }

    private List<Sentence.Imprisonment> materialise() {
      Sentence.Imprisonment[] out = new Sentence.Imprisonment[size()];
      int t = last;
      for (int i = out.length - 1; i >= 0; i--) {
        out[i] = forest.terms[t];
        t = forest.parent[t];
      }
      return Collections.unmodifiableList(Arrays.asList(out));
    }

    @Override
    public ListIterator<Sentence.Imprisonment> listIterator(int index) {
      return materialise().listIterator(index);
    }

    @Override
    public java.util.Iterator<Sentence.Imprisonment> iterator() {
      return listIterator(0);
    }

    @Override
    public Object[] toArray() {
      return materialise().toArray();
    }

    @Override
    public <T> T[] toArray(T[] a) {
      return materialise().toArray(a);
    }
  }
}
